"""Generic English knowledge for extraction, loaded once from data files and CLDR.

Nothing here names the referents of any particular text: it says what kind of
name a capitalized span is (head nouns, title words, CLDR place names).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

import yaml
from babel import Locale


@dataclass(frozen=True)
class Knowledge:
    organization_heads: frozenset[str]
    place_heads: frozenset[str]
    site_heads: frozenset[str]
    event_heads: frozenset[str]
    title_heads: frozenset[str]
    title_max_words: int
    honorifics: frozenset[str]
    connectors: frozenset[str]
    name_particles: frozenset[str]
    surname_suffixes: tuple[str, ...]
    person_verbs: frozenset[str]
    work_cues: frozenset[str]
    campaign_cues: frozenset[str]
    not_names: frozenset[str]
    months: frozenset[str]
    demonyms: frozenset[str]
    lowercase_heads: frozenset[str]
    in_heads: frozenset[str]
    place_acronyms: frozenset[str]
    places: frozenset[str]  # lower-cased CLDR territory names, exemplar cities and extra places

    def is_head(self, word: str) -> bool:
        w = word.lower()
        return (w in self.organization_heads or w in self.place_heads or w in self.site_heads
                or w in self.event_heads)


def _cldr_places() -> set[str]:
    """English names of territories and of time-zone exemplar cities, from CLDR (babel)."""
    from babel.dates import get_timezone_location

    en = Locale("en")
    names = {name for code, name in en.territories.items()
             if code.isalpha() or code in ("150", "142", "002", "019", "009", "053")}
    names |= {zone["city"] for zone in en.time_zones.values() if zone.get("city")}
    try:
        import zoneinfo

        zones = [tz for tz in zoneinfo.available_timezones()
                 if "/" in tz and not tz.startswith(("Etc/", "SystemV/", "US/", "Canada/", "Brazil/", "Chile/",
                                                      "Mexico/"))]
    except Exception:  # no tz database on a minimal system: the CLDR names above remain
        zones = []
    names |= {get_timezone_location(tz, locale="en", return_city=True) for tz in zones}
    return {n for n in names if n}


@functools.cache
def _raw_words() -> dict[str, list[str]]:
    data: dict[str, list[str]] = yaml.safe_load(
        resources.files("toolkit.data.extract").joinpath("words.yaml").read_text("utf-8"))
    return data


def word_list(key: str) -> frozenset[str]:
    """One list of `words.yaml`, lower-cased, without the CLDR place names `load_knowledge` also reads."""
    return frozenset(str(w).lower() for w in _raw_words().get(key, []))


@functools.cache
def load_knowledge() -> Knowledge:
    raw = _raw_words()
    words = word_list

    titles = words("title_heads")
    places = {p.lower() for p in _cldr_places()} | {p.lower() for p in raw.get("extra_places", [])}
    return Knowledge(
        organization_heads=words("organization_heads"),
        place_heads=words("place_heads"),
        site_heads=words("site_heads"),
        event_heads=words("event_heads"),
        title_heads=titles,
        title_max_words=max(len(t.split()) for t in titles),
        honorifics=words("honorifics"),
        connectors=words("connectors"),
        name_particles=words("name_particles"),
        surname_suffixes=tuple(sorted(words("surname_suffixes"), key=len, reverse=True)),
        person_verbs=words("person_verbs"),
        work_cues=words("work_cues"),
        campaign_cues=words("campaign_cues"),
        not_names=words("not_names") | words("weekdays"),
        months=words("months") | words("weekdays"),  # calendar words are never terms
        demonyms=words("demonyms"),
        lowercase_heads=words("lowercase_heads"),
        in_heads=words("in_heads"),
        place_acronyms=frozenset(str(w).replace('.', '') for w in raw.get('place_acronyms', [])),
        places=frozenset(places),
    )
