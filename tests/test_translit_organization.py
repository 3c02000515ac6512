"""An organization's bare proper name: kept in French and Italian, transliterated in Russian and
Urdu only when its origin is clear, and never made nonsense of."""

from __future__ import annotations

import pytest

from toolkit.glossary.fill import propose
from toolkit.model import Entry, Variant
from toolkit.translit.organization import is_bare_name, organization_name, russian_compound
from toolkit.translit.origin import clear_origin


def _organization(name: str) -> Entry:
    return Entry(id="x", type="organization", canonical=name, variants=(Variant(name),))


@pytest.mark.parametrize(("name", "russian"), [
    ("Gazprom", "Газпром"), ("Rosneft", "Роснефть"), ("Aeroflot", "Аэрофлот"), ("Sberbank", "Сбербанк"),
    ("Rosoboronexport", "Рособоронэкспорт"), ("Gazprombank", "Газпромбанк"),
])
def test_a_russian_stump_compound_is_written_part_by_part(name: str, russian: str) -> None:
    assert russian_compound(name) == russian


@pytest.mark.parametrize("name", ["Reuters", "Bank", "Transatlantic", "Kosmos"])
def test_a_name_not_wholly_made_of_two_parts_or_more_is_no_compound(name: str) -> None:
    assert russian_compound(name) is None


@pytest.mark.parametrize(("name", "origin"), [
    ("Fenerbahçe", "tr"),    # a ç before e is Turkish: French writes ç only before a, o, u
    ("Kaspersky", "ru"),
    ("Xerox", ""), ("Exxon", ""),    # English x is no Azerbaijani x
    ("Gazprom", ""), ("Musavat", ""),   # no cue at all
])
def test_the_origin_of_a_name_with_nothing_but_its_spelling(name: str, origin: str) -> None:
    assert clear_origin(name) == origin


@pytest.mark.parametrize(("name", "lang", "expected"), [
    ("Gazprom", "fr", "Gazprom"), ("Rosneft", "it", "Rosneft"), ("Reuters", "fr", "Reuters"),
    ("Fenerbahçe", "it", "Fenerbahçe"),
    ("Gazprom", "ru", "Газпром"), ("Rosneft", "ru", "Роснефть"), ("Fenerbahçe", "ru", "Фенербахче"),
    ("Gazprom", "ur", "گازپروم"),
])
def test_bare_names_are_kept_or_transliterated(name: str, lang: str, expected: str) -> None:
    [rendering] = propose(_organization(name), lang)
    assert (rendering.text, rendering.origin, rendering.review, rendering.status) == (
        expected, "rule", "proposed", "preferred")


@pytest.mark.parametrize("name", ["Reuters", "Lukoil", "Renault", "Google", "Bloomberg", "Xerox", "Siemens",
                                  "Michelin", "Yandex"])
@pytest.mark.parametrize("lang", ["ru", "ur"])
def test_no_nonsense_for_a_name_whose_origin_is_unclear(name: str, lang: str) -> None:
    # the French rules would give Reuters -> Рётер, Lukoil -> Люкуаль, Renault -> Ренольт, the
    # Azerbaijani ones Xerox -> Херох
    assert propose(_organization(name), lang) == []


def test_no_rendering_half_left_in_latin() -> None:
    # Qarabağ reads as Turkish (ğ), whose Russian rules have no q
    assert propose(_organization("Qarabağ"), "ru") == []


def test_descriptive_names_are_still_composed_and_phrases_are_not_bare_names() -> None:
    assert not is_bare_name("Gazprom Neft") and not is_bare_name("gazprom") and is_bare_name("Coca-Cola")
    [ministry] = propose(_organization("Ministry of Foreign Affairs of Azerbaijan"), "fr")
    assert ministry.text.startswith("ministère")


def test_the_source_says_where_a_rendering_comes_from() -> None:
    assert "ru.yaml" in propose(_organization("Gazprom"), "ru")[0].source
    assert "own spelling" in propose(_organization("Gazprom"), "it")[0].source
    assert organization_name("Fenerbahçe", "ru-RU") == "Фенербахче"
