"""Propose target renderings for glossary entries, from the most to the least trusted source.

1. curated: a rendering a terminologist approved (or typed in) is never touched;
2. CLDR (babel): country, territory, language and city names;
3. lexicon (`toolkit/data/lexicon.yaml`): well-known bodies, places and events, with sources;
4. rules (`toolkit.translit`): transliteration of names of people and places, marked proposed.

A language that already has an approved or curated rendering is left alone; proposed
renderings from an earlier fill are replaced by the fresh proposal (they were never reviewed).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

import yaml

from toolkit.model import Entry, Rendering
from toolkit.translit import fold, transliterate

RULE_TYPES = ("person", "place")


@dataclass
class FillReport:
    proposed: list[tuple[str, Rendering]] = field(default_factory=list)
    missing: list[tuple[str, str]] = field(default_factory=list)  # (entry id, lang) with no source

    def lines(self) -> list[str]:
        by_origin: dict[str, int] = {}
        for _id, r in self.proposed:
            by_origin[r.origin] = by_origin.get(r.origin, 0) + 1
        counts = ", ".join(f"{n} from {o}" for o, n in sorted(by_origin.items())) or "none"
        return [f"renderings proposed: {len(self.proposed)} ({counts}); "
                f"{len(self.missing)} entry-languages without a source"]


@cache
def _lexicon() -> dict[str, dict[str, str]]:
    rows = yaml.safe_load(resources.files("toolkit.data").joinpath("lexicon.yaml").read_text(encoding="utf-8"))
    out: dict[str, dict[str, str]] = {}
    for row in rows:
        for spelling in [row["en"], *row.get("also", [])]:
            out.setdefault(fold(spelling), row)
    return out


@cache
def _cldr_index() -> dict[str, tuple[str, str]]:
    """Folded English name -> (kind, code) for territories, languages and time-zone cities."""
    from babel import Locale

    en = Locale("en")
    index: dict[str, tuple[str, str]] = {}
    for code, name in en.territories.items():
        if code.isalpha():
            index.setdefault(fold(name), ("territory", code))
    for code, name in en.languages.items():
        index.setdefault(fold(name), ("language", code))
    from babel.core import get_global
    from babel.dates import get_timezone, get_timezone_location

    for zone in get_global("zone_territories"):
        try:
            city = get_timezone_location(get_timezone(zone), locale="en", return_city=True)
        except LookupError:
            continue
        index.setdefault(fold(city), ("city", zone))
    return index


def cldr_name(english: str, lang: str) -> str | None:
    """The CLDR name in `lang` of a country, territory, language or city given in English."""
    from babel import Locale, UnknownLocaleError

    found = _cldr_index().get(fold(english))
    if found is None:
        return None
    kind, code = found
    try:
        loc = Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None
    if kind == "territory":
        return loc.territories.get(code)
    if kind == "language":
        return loc.languages.get(code)
    from babel.dates import get_timezone, get_timezone_location

    return str(get_timezone_location(get_timezone(code), locale=loc, return_city=True))


def propose(entry: Entry, lang: str) -> list[Rendering]:
    """The best available renderings of an entry in `lang` (preferred first), or []."""
    spellings = [entry.preferred_source, entry.canonical, *(v.text for v in entry.variants if not v.within_doc)]
    for spelling in spellings:
        if entry.type in ("place", "demonym"):
            name = cldr_name(spelling, lang)
            if name:
                return [Rendering(name, lang, "preferred", "cldr", "proposed", source=f"CLDR ({lang})")]
    for spelling in spellings:
        row = _lexicon().get(fold(spelling))
        if row and row.get(lang):
            source = str(row.get("source", ""))
            return [Rendering(row[lang], lang, "preferred", "lexicon", "proposed", source=source)] + [
                Rendering(text, lang, "admitted", "lexicon", "proposed", source=source)
                for text in row.get(f"{lang}_admitted", [])]
    if entry.type in RULE_TYPES:
        candidates = transliterate(entry.preferred_source, lang)
        if candidates:
            return [Rendering(candidates[0], lang, "preferred", "rule", "proposed",
                              source="transliteration rules (toolkit/data/translit)")]
    return []


def _locked(entry: Entry, lang: str) -> bool:
    return any(r.lang == lang and (r.review == "approved" or r.origin == "curated") for r in entry.renderings)


def fill_renderings(entries: Iterable[Entry], langs: Sequence[str]) -> tuple[list[Entry], FillReport]:
    """Entries with proposals for every language that has no approved rendering yet."""
    report = FillReport()
    out: list[Entry] = []
    for entry in entries:
        if entry.rejected:
            out.append(entry)
            continue
        renderings = list(entry.renderings)
        for lang in langs:
            if _locked(entry, lang):
                continue
            fresh = propose(entry, lang)
            kept = [r for r in renderings if r.lang != lang or r.review == "approved" or r.origin == "curated"]
            if not fresh:
                report.missing.append((entry.id, lang))
                continue
            previous = [r for r in renderings if r.lang == lang]
            if previous != fresh:
                report.proposed.extend((entry.id, r) for r in fresh)
            renderings = kept + fresh
        order = {lang: n for n, lang in enumerate(langs)}
        renderings.sort(key=lambda r: (order.get(r.lang, len(order)), r.lang))
        out.append(replace(entry, renderings=tuple(renderings)) if renderings != list(entry.renderings) else entry)
    return out, report
