"""Sentence segmentation: exact segments per language, offsets, SRX loading and errors."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolkit.errors import InputError
from toolkit.model import Document
from toolkit.segment import (
    load_rules,
    parse_srx,
    segment_document,
    segment_spans,
    segment_text,
    translate_icu_regex,
)

CASES = [
    # English: plain breaks
    ("en", "The ceremony began. It ended at noon.", ["The ceremony began.", "It ended at noon."]),
    ("en", "Was it true? Yes! It was.", ["Was it true?", "Yes!", "It was."]),
    ("en", "He spoke... Then he left.", ["He spoke...", "Then he left."]),
    ("en", "He spoke… Then he left.", ["He spoke…", "Then he left."]),
    ("en", "No final stop here", ["No final stop here"]),
    ("en", "One.  Two.", ["One.", "Two."]),
    ("en", "In 1992. 613 civilians died.", ["In 1992.", "613 civilians died."]),
    # English: abbreviations and titles
    ("en", "Mr. Aslanov spoke first.", ["Mr. Aslanov spoke first."]),
    ("en", "Mrs. Aliyeva and Dr. Smith arrived.", ["Mrs. Aliyeva and Dr. Smith arrived."]),
    ("en", "Prof. Bellini opened the seminar.", ["Prof. Bellini opened the seminar."]),
    ("en", "Sen. Khan and Gen. Ali attended.", ["Sen. Khan and Gen. Ali attended."]),
    ("en", "Resolution No. 1234 was adopted.", ["Resolution No. 1234 was adopted."]),
    ("en", "Secondary School No.2 held a minute of silence.", ["Secondary School No.2 held a minute of silence."]),
    ("en", "See Art. 5 and Vol. 2 of the report.", ["See Art. 5 and Vol. 2 of the report."]),
    ("en", "The event started at 11 a.m. and lasted an hour.", ["The event started at 11 a.m. and lasted an hour."]),
    ("en", "It ended at 5 p.m. The guests left.", ["It ended at 5 p.m.", "The guests left."]),
    ("en", "Flowers, candles, etc. were laid.", ["Flowers, candles, etc. were laid."]),
    ("en", "They brought flowers, candles, etc. The hall was full.",
     ["They brought flowers, candles, etc.", "The hall was full."]),
    ("en", "Capitals, e.g. Baku, were named.", ["Capitals, e.g. Baku, were named."]),
    ("en", "On Feb. 26 the hall was full.", ["On Feb. 26 the hall was full."]),
    # English: initials and acronyms
    ("en", "R. Aslanov thanked the guests.", ["R. Aslanov thanked the guests."]),
    ("en", "The envoy, R. Aslanov, spoke.", ["The envoy, R. Aslanov, spoke."]),
    ("en", "J. R. R. Tolkien was not there.", ["J. R. R. Tolkien was not there."]),
    ("en", "The U.N. said nothing.", ["The U.N. said nothing."]),
    ("en", "Members of the O.I.C. and others came.", ["Members of the O.I.C. and others came."]),
    ("en", "He works for News.Az in Baku.", ["He works for News.Az in Baku."]),
    ("en", "It cost 3.5 million. Nobody paid.", ["It cost 3.5 million.", "Nobody paid."]),
    # English: quotations
    ("en", '"We remember," he said. "We will not forget."', ['"We remember," he said.', '"We will not forget."']),
    ("en", 'He said: "We remember. We will not forget." Then he sat down.',
     ['He said: "We remember.', 'We will not forget."', "Then he sat down."]),
    ("en", "She said “never again.” The hall stood.", ["She said “never again.”", "The hall stood."]),
    ("en", '"Why?" asked a student.', ['"Why?" asked a student.']),
    ("en", "The poem (\"Silence\") was read. It moved many.", ['The poem ("Silence") was read.', "It moved many."]),
    ("en", "It ended (as planned.) Then tea.", ["It ended (as planned.)", "Then tea."]),
    # English: paragraphs and headings
    ("en", "Khojaly remembered in Paris\n\nPARIS — The embassy met. Guests came.",
     ["Khojaly remembered in Paris", "PARIS — The embassy met.", "Guests came."]),
    ("en", "Line one without stop\nLine two.", ["Line one without stop", "Line two."]),
    ("en", "  Leading spaces. Trailing spaces.  ", ["Leading spaces.", "Trailing spaces."]),
    ("en", "", []),
    ("en", "\n\n\n", []),
    # French
    ("fr", "L'ambassadrice a pris la parole. Les invités ont écouté.",
     ["L'ambassadrice a pris la parole.", "Les invités ont écouté."]),
    ("fr", "M. Aslanov a remercié les invités.", ["M. Aslanov a remercié les invités."]),
    ("fr", "Mme Abdullayeva et MM. Dupont et Martin étaient là.",
     ["Mme Abdullayeva et MM. Dupont et Martin étaient là."]),
    ("fr", "Elle a déclaré : « Nous nous souvenons. » Puis elle s'est tue.",
     ["Elle a déclaré : « Nous nous souvenons. »", "Puis elle s'est tue."]),
    ("fr", "Il l'a rappelé. « En une nuit, tout a changé », a-t-il dit. « Nous nous souvenons. »",
     ["Il l'a rappelé.", "« En une nuit, tout a changé », a-t-il dit.", "« Nous nous souvenons. »"]),
    ("fr", "Pourquoi ? Parce que la mémoire compte !", ["Pourquoi ?", "Parce que la mémoire compte !"]),
    ("fr", "Voir l'art. 3 de la résolution.", ["Voir l'art. 3 de la résolution."]),
    ("fr", "Le lycée no. 2 a participé. Tout le monde était là.",
     ["Le lycée no. 2 a participé.", "Tout le monde était là."]),
    ("fr", "À Bakou, 613 civils. À Paris, une exposition.", ["À Bakou, 613 civils.", "À Paris, une exposition."]),
    # Italian
    ("it", "L'ambasciatore ha parlato. Gli ospiti hanno ascoltato.",
     ["L'ambasciatore ha parlato.", "Gli ospiti hanno ascoltato."]),
    ("it", "Il Prof. Bellini e il Sig. Rossi erano presenti.", ["Il Prof. Bellini e il Sig. Rossi erano presenti."]),
    ("it", "Il prof. Bellini ha parlato. Poi il sig. Rossi.", ["Il prof. Bellini ha parlato.", "Poi il sig. Rossi."]),
    ("it", "La Dott.ssa Conti ha aperto la sessione.", ["La Dott.ssa Conti ha aperto la sessione."]),
    ("it", "La scuola n. 2 ha partecipato. È stato un giorno triste.",
     ["La scuola n. 2 ha partecipato.", "È stato un giorno triste."]),
    ("it", "L'On. Bianchi ha parlato. Poi la musica.", ["L'On. Bianchi ha parlato.", "Poi la musica."]),
    ("it", "«Non dimentichiamo.» Così ha concluso.", ["«Non dimentichiamo.»", "Così ha concluso."]),
    # Russian
    ("ru", "Посол выступил с речью. Гости почтили память погибших.",
     ["Посол выступил с речью.", "Гости почтили память погибших."]),
    ("ru", "В 1992 г. погибли 613 человек.", ["В 1992 г. погибли 613 человек."]),
    ("ru", "МОСКВА, 26 февраля 2024 г. — Посольство провело вечер.",
     ["МОСКВА, 26 февраля 2024 г. — Посольство провело вечер."]),
    ("ru", "Р. Асланов поблагодарил гостей.", ["Р. Асланов поблагодарил гостей."]),
    ("ru", "Были цветы, свечи и т. д. Зал был полон.", ["Были цветы, свечи и т. д.", "Зал был полон."]),
    ("ru", "Фонд (т. е. организация) помог.", ["Фонд (т. е. организация) помог."]),
    ("ru", "Он сказал: «Мы помним. Мы не забудем». Затем он сел.",
     ["Он сказал: «Мы помним.", "Мы не забудем».", "Затем он сел."]),
    ("ru", "Школа им. Низами участвовала.", ["Школа им. Низами участвовала."]),
    ("ru", "Почему? Потому что это важно!", ["Почему?", "Потому что это важно!"]),
    ("ru", "Выступил проф. Иванов.", ["Выступил проф. Иванов."]),
    # Urdu
    ("ur", "سفیر نے خطاب کیا۔ مہمانوں نے سنا۔", ["سفیر نے خطاب کیا۔", "مہمانوں نے سنا۔"]),
    ("ur", "کیا یہ سچ ہے؟ ہاں۔", ["کیا یہ سچ ہے؟", "ہاں۔"]),
    ("ur", "خوجالی میں ۶۱۳ افراد ہلاک ہوئے۔ ۱٬۲۷۵ افراد کو یرغمال بنایا گیا۔",
     ["خوجالی میں ۶۱۳ افراد ہلاک ہوئے۔", "۱٬۲۷۵ افراد کو یرغمال بنایا گیا۔"]),
    ("ur", 'سفیر نے کہا: "ہم نہیں بھولیں گے۔" تقریب ختم ہوئی۔',
     ['سفیر نے کہا: "ہم نہیں بھولیں گے۔"', "تقریب ختم ہوئی۔"]),
    ("ur", "اسلام آباد میں تقریب ہوئی۔ U.N. کے نمائندے بھی آئے۔",
     ["اسلام آباد میں تقریب ہوئی۔", "U.N. کے نمائندے بھی آئے۔"]),
    ("ur", "یہ 1992 کا واقعہ ہے۔\nدوسرا پیراگراف۔", ["یہ 1992 کا واقعہ ہے۔", "دوسرا پیراگراف۔"]),
    # language tags in other forms
    ("en-GB", "Mr. Smith left. He came back.", ["Mr. Smith left.", "He came back."]),
    ("RU", "В 2024 г. состоялся вечер. Все пришли.", ["В 2024 г. состоялся вечер.", "Все пришли."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_exact_segments(lang: str, text: str, expected: list[str]) -> None:
    assert segment_text(text, lang) == expected


def test_case_count() -> None:
    assert len(CASES) >= 60


def test_offsets_index_the_text() -> None:
    text = "Heading\n\nFirst one. Second one.\nThird."
    spans = segment_spans(text, "en")
    assert [text[a:b] for a, b in spans] == ["Heading", "First one.", "Second one.", "Third."]
    assert spans[1] == (9, 19)


def test_document_segments_have_lines_and_indices() -> None:
    text = unicodedata.normalize("NFC", "Title\n\nOne. Two.\nThree.")
    doc = Document(id="en/x.txt", lang="en", text=text)
    segs = list(segment_document(doc))
    assert [(s.index, s.line, s.text) for s in segs] == [(0, 1, "Title"), (1, 3, "One."), (2, 3, "Two."),
                                                         (3, 4, "Three.")]
    assert all(doc.text[s.start:s.end] == s.text for s in segs)


@given(st.text(alphabet=st.sampled_from(list("Ab .?!\n\"«»R1é۔")), max_size=80))
def test_segments_never_lose_or_invent_characters(text: str) -> None:
    spans = segment_spans(text, "en")
    previous = 0
    for a, b in spans:
        assert previous <= a < b <= len(text)
        assert text[previous:a].strip() == ""
        previous = b
    assert text[previous:].strip() == ""


def test_icu_properties_translated() -> None:
    import re

    assert re.fullmatch(translate_icu_regex(r"\p{Lu}+"), "ƏÜÇ")
    assert not re.fullmatch(translate_icu_regex(r"\p{Lu}"), "ə")
    assert re.fullmatch(translate_icu_regex(r"[\p{Ll}\d]+"), "əü12")
    assert re.fullmatch(translate_icu_regex(r"\P{L}"), "1")
    assert re.fullmatch(translate_icu_regex(r"\Qa.b\E"), "a.b")
    assert not re.fullmatch(translate_icu_regex(r"\Qa.b\E"), "axb")


SRX_TEMPLATE = """<?xml version="1.0"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
<header cascade="no"/>
<body><languagerules><languagerule languagerulename="Semi">{rules}</languagerule></languagerules>
<maprules><languagemap languagepattern=".*" languagerulename="Semi"/></maprules></body></srx>"""


def test_custom_srx_file(tmp_path) -> None:
    rules = "<rule break='yes'><beforebreak>;</beforebreak><afterbreak>\\s</afterbreak></rule>"
    path = tmp_path / "semi.srx"
    path.write_text(SRX_TEMPLATE.format(rules=rules), encoding="utf-8")
    assert segment_text("one; two. three", "en", load_rules(path)) == ["one;", "two. three"]


@pytest.mark.parametrize(("content", "message"), [
    ("<srx><body>", "not well-formed SRX"),
    ("<notsrx/>", "not an SRX file"),
    (SRX_TEMPLATE.format(rules="<rule><beforebreak>(</beforebreak></rule>"), "bad regular expression"),
    (SRX_TEMPLATE.format(rules="<rule><beforebreak>\\p{Bogus}</beforebreak></rule>"), "unsupported Unicode property"),
])
def test_bad_srx_is_a_clear_error(tmp_path, content: str, message: str) -> None:
    path = tmp_path / "bad.srx"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_rules(path)
    assert str(path) in str(err.value) and message in str(err.value) and "line" in str(err.value)


def test_srx_entities_are_not_expanded() -> None:
    bomb = b"""<?xml version="1.0"?><!DOCTYPE srx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>
<srx xmlns="http://www.lisa.org/srx20"><body><languagerules><languagerule languagerulename="X">
<rule><beforebreak>&b;</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule></languagerules>
<maprules><languagemap languagepattern=".*" languagerulename="X"/></maprules></body></srx>"""
    rules = parse_srx(bomb)
    assert "aaaa" not in rules.for_language("en")[0].before.pattern
