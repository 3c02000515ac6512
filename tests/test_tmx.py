"""TMX: every real-world sample imports fully; our output validates against the TMX 1.4b DTD,
honours OmegaT's rules, and reads back unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from toolkit.errors import InputError
from toolkit.formats.tmx import normalize_lang, read_tmx, read_tmx_header, write_tmx
from toolkit.model import MultiUnit, Unit


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def units_with_two_languages(path: Path) -> int:
    """Independent count (whole-tree parse): <tu> with non-empty text in two languages."""
    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    count = 0
    for tu in root.iter():
        if _local(tu) != "tu":
            continue
        langs = set()
        for tuv in tu:
            seg = [c for c in tuv if _local(c) == "seg"] if _local(tuv) == "tuv" else []
            if seg and "".join(seg[0].itertext()).strip():
                langs.add((tuv.get("{http://www.w3.org/XML/1998/namespace}lang") or tuv.get("lang") or "").lower())
        count += len(langs) >= 2
    return count


def test_every_real_world_tmx_imports_every_unit(shared) -> None:
    files = sorted(p for p in (shared / "formats" / "samples" / "tmx").iterdir() if p.is_file())
    assert len(files) >= 30
    for path in files:
        units = list(read_tmx(path))
        assert len(units) == units_with_two_languages(path), path.name
        for u in units:
            assert len(u.texts) >= 2 and all(t.strip() for _lang, t in u.texts), path.name
            assert u.source_lang in {lang for lang, _t in u.texts}, path.name


def test_tricky_samples(shared) -> None:
    base = shared / "formats" / "samples" / "tmx"
    tt_loses_source = next(read_tmx(base / "trados-tw4win8__Master_English-German.tmx"))
    assert tt_loses_source.source_lang == "en-US" and tt_loses_source.texts[0][1] == "New!"
    multi = next(read_tmx(base / "translate-toolkit__en-US_en-GB_fr_sr.tmx"))
    assert len(multi.pairs()) == 3
    underscores = next(read_tmx(base / "zanata__dubious-tm-with-underscores.tmx"))
    assert all("_" not in lang for lang, _t in underscores.texts)
    names = list(read_tmx(base / "multitrans__Banking_TextBase.tmx"))
    assert {lang for u in names for lang, _t in u.texts} <= {"en-US", "fr-CA", "en", "fr", "en-CA", "fr-FR"}
    level2 = list(read_tmx(base / "lisa-kit__ImportTest2A.tmx", placeholders=False))
    assert all("{" not in t for u in level2 for _l, t in u.texts)
    assert read_tmx_header(base / "zanata__valid-tmx-with-metadata.tmx")["srclang"] == "*all*"


def test_invalid_files_are_refused_cleanly_or_read_as_far_as_sound(shared) -> None:
    for path in sorted((shared / "formats" / "samples" / "tmx" / "invalid").iterdir()):
        try:
            units = list(read_tmx(path))
        except InputError as exc:
            assert str(path) in str(exc) and "line" in str(exc)
        else:
            assert all(len(u.texts) >= 2 for u in units)


def test_sound_units_before_a_break_are_kept(tmp_path) -> None:
    path = tmp_path / "cut.tmx"
    path.write_text('<tmx version="1.4"><header srclang="en"/><body>'
                    '<tu><tuv xml:lang="en"><seg>One</seg></tuv><tuv xml:lang="fr"><seg>Un</seg></tuv></tu>'
                    '<tu><tuv xml:lang="en"><seg>Two</seg></tuv><tuv xml:lang="fr"><seg>Deux', encoding="utf-8")
    got = []
    with pytest.raises(InputError) as err:
        for u in read_tmx(path):
            got.append(u)
    assert [u.texts for u in got] == [(("en", "One"), ("fr", "Un"))]
    assert "line 1" in str(err.value)


def test_entity_bomb_is_not_expanded(tmp_path) -> None:
    path = tmp_path / "bomb.tmx"
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 8))
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY l0 "lol">{lol}]><tmx version="1.4">'
                    '<header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&l7;</seg></tuv>'
                    '<tuv xml:lang="fr"><seg>x</seg></tuv></tu></body></tmx>', encoding="utf-8")
    try:
        units = list(read_tmx(path))
    except InputError:
        return
    assert all(len(t) < 1000 for u in units for _l, t in u.texts)


def _dtd(shared: Path) -> etree.DTD:
    return etree.DTD(str(shared / "formats" / "schemas" / "tmx" / "tmx14.dtd"))


def test_output_is_dtd_valid_and_follows_omegat_rules(shared, tmp_path) -> None:
    units = [Unit("Khojaly is remembered. ", "On se souvient de Khodjaly.", "en", "fr", doc="paris.txt",
                  created="2024-02-26T10:00:00Z", props=(("x-term", "khojaly"), ("file", "x.txt"))),
             Unit("Bad\x00control\x1fchars", "Caractères\x0bmauvais", "en", "fr"),
             Unit("Empty target", "", "en", "fr"),
             Unit("Urdu", "اردو", "en_US", "ur_PK")]
    path = tmp_path / "out.tmx"
    assert write_tmx(path, units, source_lang="en") == 3
    tree = etree.parse(str(path))
    assert _dtd(shared).validate(tree), _dtd(shared).error_log
    text = path.read_text(encoding="utf-8")
    assert 'type="file"' not in text and "<seg/>" not in text and "_" not in "".join(
        tree.xpath("//tuv/@xml:lang"))
    header = tree.getroot().find("header")
    assert {k: header.get(k) for k in ("creationtool", "segtype", "srclang", "o-tmf", "adminlang", "datatype")} == {
        "creationtool": "onomast", "segtype": "sentence", "srclang": "en", "o-tmf": "onomast", "adminlang": "en-US",
        "datatype": "plaintext"}
    assert tree.xpath("//tu[1]/@creationdate") == ["20240226T100000Z"]
    assert all(not s.endswith(" ") for s in tree.xpath("//seg/text()"))


texts = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=30).filter(lambda s: s.strip())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(texts, texts), min_size=1, max_size=8))
def test_round_trip(tmp_path_factory, pairs) -> None:
    from toolkit.formats.tmx import clean_xml_text

    path = tmp_path_factory.mktemp("rt") / "rt.tmx"
    units = [Unit(s, t, "en", "ru") for s, t in pairs]
    write_tmx(path, units, source_lang="en")
    first = path.read_bytes()
    write_tmx(path, units, source_lang="en")
    assert path.read_bytes() == first  # deterministic
    expected = {(clean_xml_text(s), clean_xml_text(t)) for s, t in pairs
                if clean_xml_text(s).strip() and clean_xml_text(t).strip()}
    got = {(u.texts[0][1], u.texts[1][1]) for u in read_tmx(path)}
    assert got == expected


def test_multilingual_output(shared, tmp_path) -> None:
    path = tmp_path / "multi.tmx"
    write_tmx(path, [MultiUnit("", (("en", "Baku"), ("fr", "Bakou"), ("ru", "Баку"), ("ur", "باکو")), "en")],
              source_lang="en")
    assert _dtd(shared).validate(etree.parse(str(path)))
    assert len(next(read_tmx(path)).pairs()) == 3


@pytest.mark.parametrize(("raw", "tag"), [("en_us", "en-US"), ("EN-GB", "en-GB"), ("fR-Ca", "fr-CA"),
                                          ("French", "fr"), ("zh-hant-tw", "zh-Hant-TW")])
def test_language_codes(raw: str, tag: str) -> None:
    assert normalize_lang(raw) == tag
