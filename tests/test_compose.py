"""Composed renderings: titles, offices, descriptive organization names and works, built from sourced parts."""

from __future__ import annotations

import pytest

from toolkit.glossary.compose import compose
from toolkit.glossary.fill import fill_renderings, propose
from toolkit.model import Entry, Rendering, Variant
from toolkit.translit.ru_phrase import agree_ru, inflect_ru

LANGS = ["fr", "it", "ru", "ur"]


def entry(text: str, type_: str, *renderings: Rendering) -> Entry:
    return Entry(id=text.lower().replace(" ", "-").replace(".", ""), type=type_, canonical=text,
                 variants=(Variant(text, 1),), renderings=renderings)


def rendered(text: str, type_: str = "organization") -> dict[str, str]:
    out = {}
    for lang in LANGS:
        found = propose(entry(text, type_), lang)
        assert found, (text, lang)
        assert found[0].origin == "rule" and found[0].review == "proposed" and found[0].source, found[0]
        out[lang] = found[0].text
    return out


# countries and pairs that the sample corpus does not contain
@pytest.mark.parametrize(("english", "type_", "expected"), [
    ("Embassy of Azerbaijan in Germany", "organization", {
        "fr": "ambassade d'Azerbaïdjan en Allemagne", "it": "Ambasciata dell'Azerbaigian in Germania",
        "ru": "Посольство Азербайджана в Германии", "ur": "جرمنی میں آذربائیجان کا سفارت خانہ"}),
    ("Ambassador of Pakistan to Japan", "title", {
        "fr": "ambassadeur du Pakistan au Japon", "it": "ambasciatore del Pakistan in Giappone",
        "ru": "посол Пакистана в Японии", "ur": "جاپان میں پاکستان کے سفیر"}),
    ("Embassy of the United States in Pakistan", "organization", {
        "fr": "ambassade des États-Unis au Pakistan", "it": "Ambasciata degli Stati Uniti in Pakistan",
        "ru": "Посольство Соединенных Штатов в Пакистане",
        "ur": "پاکستان میں ریاست ہائے متحدہ امریکہ کا سفارت خانہ"}),
    ("Ambassador of Russia to Cuba", "title", {
        "fr": "ambassadeur de Russie à Cuba", "it": "ambasciatore di Russia a Cuba", "ru": "посол России на Кубе",
        "ur": "کیوبا میں روس کے سفیر"}),
    ("Embassy of Italy in France", "organization", {
        "fr": "ambassade d'Italie en France", "it": "Ambasciata d'Italia in Francia",
        "ru": "Посольство Италии во Франции", "ur": "فرانس میں اٹلی کا سفارت خانہ"}),
    ("Consulate General of Turkey in Germany", "organization", {
        "fr": "consulat général de Turquie en Allemagne", "it": "Consolato generale di Turchia in Germania",
        "ru": "Генеральное консульство Турции в Германии", "ur": "جرمنی میں ترکیہ کا قونصل خانہ"}),
    ("President of Georgia", "title", {
        "fr": "président de la Géorgie", "it": "presidente della Georgia", "ru": "президент Грузии",
        "ur": "جارجیا کے صدر"}),
    ("Ministry of Defence", "organization", {
        "fr": "ministère de la défense", "it": "Ministero della difesa", "ru": "Министерство обороны",
        "ur": "دفاع کی وزارت"}),
    ("Institute for Strategic Studies", "organization", {
        "fr": "Institut d'études stratégiques", "it": "Istituto di studi strategici",
        "ru": "Институт стратегических исследований", "ur": "انسٹی ٹیوٹ برائے تزویراتی مطالعات"}),
    ("School No. 5", "organization", {
        "fr": "école no 5", "it": "scuola n. 5", "ru": "школа № 5", "ur": "اسکول نمبر 5"}),
    ("The Voice of Baku", "work", {
        "fr": "La Voix de Bakou", "it": "La voce di Baku", "ru": "Голос Баку", "ur": "باکو کی آواز"}),
    ("Ambassador of Azerbaijan to UNESCO", "title", {
        "fr": "ambassadeur d'Azerbaïdjan auprès de l'UNESCO", "it": "ambasciatore dell'Azerbaigian presso l'UNESCO",
        "ru": "посол Азербайджана при ЮНЕСКО", "ur": "یونیسکو میں آذربائیجان کے سفیر"}),
    ("Ministry of Foreign Affairs of Georgia", "organization", {
        "fr": "ministère des affaires étrangères de la Géorgie", "it": "Ministero degli affari esteri della Georgia",
        "ru": "Министерство иностранных дел Грузии", "ur": "جارجیا کے امور خارجہ کی وزارت"}),
    ("Embassy of Iran in Israel", "organization", {
        "fr": "ambassade d'Iran en Israël", "it": "Ambasciata dell'Iran in Israele", "ru": "Посольство Ирана в Израиле",
        "ur": "اسرائیل میں ایران کا سفارت خانہ"}),
    ("First Deputy Prime Minister", "title", {
        "fr": "premier vice-Premier ministre", "it": "primo vice primo ministro",
        "ru": "первый вице-премьер-министр", "ur": "پہلا نائب وزیر اعظم"}),
])
def test_patterns_in_every_language(english: str, type_: str, expected: dict[str, str]) -> None:
    assert rendered(english, type_) == expected


def test_sample_titles_and_bodies() -> None:
    assert rendered("Assistant to the President", "title") == {
        "fr": "assistant du président", "it": "assistente del presidente", "ru": "помощник президента",
        "ur": "صدر کے معاون"}
    assert rendered("Foreign Policy Affairs Department of the Presidential Administration") == {
        "fr": "département des affaires de politique étrangère de l'administration présidentielle",
        "it": "Dipartimento degli affari di politica estera dell'Amministrazione presidenziale",
        "ru": "отдел по вопросам внешней политики президентской администрации",
        "ur": "صدارتی انتظامیہ کا شعبۂ خارجہ پالیسی امور"}
    assert rendered("Secondary School No.2")["ru"] == "средняя школа № 2"
    assert rendered("Khojaly 613", "work") == {"fr": "Khodjaly 613", "it": "Khojaly 613", "ru": "Ходжалы 613",
                                               "ur": "خوجالی 613"}


def test_single_rows_and_demonyms_have_their_source() -> None:
    (pakistani,) = propose(entry("Pakistani", "demonym"), "ru")
    assert (pakistani.text, pakistani.origin, pakistani.review) == ("пакистанский", "rule", "proposed")
    assert "Wiktionary" in pakistani.source
    assert propose(entry("Speaker", "title"), "ur")[0].text == "اسپیکر"


def test_names_alone_are_not_composed() -> None:
    # no generic word: transliterating an unknown organization's name would be a guess of another kind
    assert propose(entry("Zorba Trust", "organization"), "ru") == []
    assert compose("Qala Bala", "fr", "organization", lambda s, lang: None, lambda s, lang: s) is None


def test_parts_come_from_other_entries_curated_first() -> None:
    curated = Rendering("Фонд имени Гейдара Алиева", "ru", "preferred", "curated", "approved")
    foundation = entry("Heydar Aliyev Foundation", "organization", curated)
    title = entry("Vice-President of the Heydar Aliyev Foundation", "title")
    filled, report = fill_renderings([title, foundation], LANGS)
    by_lang = {r.lang: r for r in filled[0].renderings if r.status == "preferred"}
    assert by_lang["ru"].text == "вице-президент Фонда имени Гейдара Алиева"
    assert by_lang["fr"].text == "vice-président de la Fondation Heydar Aliyev"
    assert by_lang["ur"].text == "حیدر علییف فاؤنڈیشن کے نائب صدر"
    assert all(r.origin == "rule" and r.review == "proposed" for r in filled[0].renderings)
    assert curated in filled[1].renderings
    again, report = fill_renderings(filled, LANGS)
    assert again == filled and report.proposed == [] and report.missing == []


def test_titles_held_by_women_are_admitted_forms() -> None:
    forms = {lang: [(r.text, r.status, r.gender) for r in propose(entry("First Vice-President", "title"), lang)]
             for lang in LANGS}
    assert forms == {
        "fr": [("premier vice-président", "preferred", "m"), ("première vice-présidente", "admitted", "f")],
        "it": [("primo vicepresidente", "preferred", "m"), ("prima vicepresidente", "admitted", "f")],
        "ru": [("первый вице-президент", "preferred", "")],
        "ur": [("پہلا نائب صدر", "preferred", "m"), ("پہلی نائب صدر", "admitted", "f")]}
    (_m, woman) = propose(entry("Ambassador of Azerbaijan to Germany", "title"), "ur")
    assert woman.text == "جرمنی میں آذربائیجان کی سفیر"
    assert [r.text for r in propose(entry("Ambassador of Azerbaijan to Germany", "title"), "fr")] == [
        "ambassadeur d'Azerbaïdjan en Allemagne", "ambassadrice d'Azerbaïdjan en Allemagne"]


def test_approved_composed_rendering_is_kept() -> None:
    approved = Rendering("Ambassade d'Azerbaïdjan en France", "fr", "preferred", "rule", "approved")
    (filled,), _ = fill_renderings([entry("Embassy of Azerbaijan in France", "organization", approved)], LANGS)
    assert [r for r in filled.renderings if r.lang == "fr"] == [approved]
    assert {r.lang for r in filled.renderings} == set(LANGS)


def test_russian_phrase_cases() -> None:
    assert inflect_ru("Соединенные Штаты", "loct") == "Соединенных Штатах"
    assert inflect_ru("вопросы внешней политики", "datv") == "вопросам внешней политики"
    assert inflect_ru("Гейдар Алиев", "gent") == "Гейдара Алиева"
    assert agree_ru("средний", "школа") == "средняя"


@pytest.mark.parametrize(("name", "expected"), [
    ("Lake Sevan", {"fr": "lac Sevan", "it": "lago Sevan", "ru": "озеро Севан", "ur": "جھیل سیوان"}),
    ("Kura River", {"fr": "Kura", "it": "fiume Kura", "ru": "река Кура", "ur": "دریائے کورا"}),  # not Chur
    ("Lachin district", {"fr": "district de Latchine", "it": "distretto di Laçın", "ru": "Лачинский район",
                         "ur": "ضلع لاچین"}),
    ("Province of Sindh", {"fr": "province de Sindh", "it": "provincia di Sindh", "ru": "провинция Синдх",
                           "ur": "صوبہ سندھ"}),
    ("Baku city", {"fr": "ville de Bakou", "it": "città di Baku", "ru": "город Баку", "ur": "باکو شہر"}),
])
def test_a_place_with_a_generic_word_is_composed_not_transliterated(name: str, expected: dict[str, str]) -> None:
    assert rendered(name, "place") == expected
    assert "compose.yaml" in propose(entry(name, "place"), "ru")[0].source


@pytest.mark.parametrize(("name", "expected"), [
    ("Khojaly district", "Ходжалинский район"), ("Jabrayil district", "Джебраильский район"),
    ("Aghdam district", "Агдамский район"), ("Shusha district", "Шушинский район"),
])
def test_russian_names_a_district_of_azerbaijan_by_its_adjective(name: str, expected: str) -> None:
    assert rendered(name, "place")["ru"] == expected


def test_a_district_outside_the_former_soviet_union_keeps_the_noun_and_the_name() -> None:
    assert rendered("Lahore District", "place")["ru"] == "округ Лахор"     # Pakistan's districts are округа
    assert rendered("Lahore District", "place")["fr"] == "district de Lahore"


def test_place_adjectives() -> None:
    from toolkit.translit.ru_phrase import place_adjective_ru

    assert place_adjective_ru("Нахичевань") == "Нахичеванский"
    assert place_adjective_ru("Гёйгёль") == "Гёйгёльский"
    assert place_adjective_ru("Баку") == "Бакинский"
    assert place_adjective_ru("Ширак", "femn") == "Ширакская"
    assert place_adjective_ru("Дера-Гази-Хан") is None


def test_french_elides_de_before_a_vowel_and_the_lexicon_comes_first() -> None:
    assert propose(entry("Absheron Peninsula", "place"), "fr")[0].text == "péninsule d'Absheron"
    khatai = propose(entry("Khatai district", "place"), "ru")[0]
    assert (khatai.text, khatai.origin) == ("Хатаинский район", "lexicon")
    # a lower-case word after the generic one is no name: nothing composed, the rules answer
    assert "compose.yaml" not in propose(entry("Lake of the woods", "place"), "ru")[0].source
