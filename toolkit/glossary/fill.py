"""Propose target renderings for glossary entries, from the most to the least trusted source.

1. curated: a rendering a terminologist approved (or typed in) is never touched;
2. CLDR (babel): country, territory, language and city names;
3. lexicon (`toolkit/data/lexicon.yaml`): well-known bodies, places and events, with sources;
4. rules (`toolkit.translit`): transliteration of names of people and places, marked proposed; a
   place name with a generic word (Lake Sevan, Lachin district) is that word's phrase in the language
   (`compose.yaml` place_heads: озеро Севан, district de Latchine) around the name's own rendering,
   or in Russian the name's adjective for a district of Azerbaijan or Russia (Лачинский район);
5. composition (`toolkit.glossary.compose`): titles, offices, descriptive organization names and
   titles of works built from parts that each have a source (generic words of
   `toolkit/data/compose.yaml`, CLDR names, other entries' renderings), origin `rule`, proposed,
   like a single row of `compose.yaml` (Ambassador, Pakistani): guesses until a terminologist
   approves them, which `check` does not hold translators to;
6. an organization's bare name (Gazprom, Reuters): kept in French and Italian, transliterated in
   Russian and Urdu only when its origin is clear (`toolkit.translit.organization`), proposed.

A language that already has an approved or curated rendering is left alone; proposed
renderings from an earlier fill are replaced by the fresh proposal (they were never reviewed).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

import yaml

from toolkit.glossary.compose import Part, compose, compose_place
from toolkit.glossary.grammar import data as _compose_data
from toolkit.model import Entry, Rendering, Variant
from toolkit.translit import fold, name_origin, transliterate
from toolkit.translit.gazetteer import GEONAMES_SOURCE, established_form, french_form
from toolkit.translit.organization import is_bare_name, organization_name, russian_compound
from toolkit.translit.origin import place_origin
from toolkit.translit.rules import exception_sources, exceptions

RULE_TYPES = ("person", "place")
RULES_SOURCE = "transliteration rules (toolkit/data/translit)"
# what an entry of each type is, for the grammar that attaches it in a composed rendering
_PART_KINDS = {"organization": "body", "place": "place", "person": "name", "title": "title", "work": "name",
               "event": "thing", "term": "thing"}
Known = Mapping[tuple[str, str], Part]  # (folded English spelling, lang) -> the entry's chosen rendering


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
    for alias, code in _compose_data()["grammar"]["en"]["territory_aliases"].items():
        index.setdefault(fold(alias), ("territory", code))
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
        name = loc.territories.get(code)
    elif kind == "language":
        name = loc.languages.get(code)
    else:
        from babel.dates import get_timezone, get_timezone_location

        name = str(get_timezone_location(get_timezone(code), locale=loc, return_city=True))
    return _without_short_vowels(name) if name and lang.startswith("ur") else name


_SHORT_VOWELS = re.compile("[\u064b-\u0652]")


def _without_short_vowels(urdu: str) -> str:
    """CLDR writes some Urdu city names with short-vowel marks (یکاٹیرِنبرگ); Urdu usage, and a translator
    copying the form, writes none. The superscript alef (مصطفیٰ) and madda (آ) are letters: kept."""
    return unicodedata.normalize("NFC", _SHORT_VOWELS.sub("", urdu))


def _spellings(entry: Entry) -> list[str]:
    return [entry.preferred_source, entry.canonical, *(v.text for v in entry.variants if not v.within_doc)]


def _cldr_kind(english: str) -> str:
    found = _cldr_index().get(fold(english))
    return {"territory": "country", "city": "place"}.get(found[0], "thing") if found else "thing"


def _resolver(known: Known) -> Callable[[str, str], Part | None]:
    """Parts for composition: another entry's chosen rendering, then CLDR, then the lexicon."""
    def resolve(english: str, lang: str) -> Part | None:
        part = known.get((fold(english), lang))
        if part is not None:
            return part
        kind, code = _cldr_index().get(fold(english), ("", ""))
        name = cldr_name(english, lang)
        if name and kind != "language" and code not in _compose_data()["grammar"]["en"]["not_countries"]:
            return Part(name, _cldr_kind(english), f"CLDR ({lang}) '{english}'")
        row = _lexicon().get(fold(english))
        if row and row.get(lang):
            return Part(str(row[lang]), _PART_KINDS[row.get("type", "place")], f"lexicon '{row['en']}'")
        return None
    return resolve


def _transliterated(english: str, lang: str) -> str | None:
    candidates = transliterate(english, lang)
    return candidates[0] if candidates else None


def propose(entry: Entry, lang: str, known: Known | None = None) -> list[Rendering]:
    """The best available renderings of an entry in `lang` (preferred first), or [].

    `known` holds the renderings other entries already have, for composed renderings to reuse.
    """
    found = _propose_sourced(entry, lang)
    if found or entry.type in RULE_TYPES:
        return found
    resolve = _resolver(known or {})
    for spelling in _spellings(entry):
        composed = compose(spelling, lang, entry.type, resolve, _transliterated)
        if composed is not None:
            if not composed.feminine:
                return [Rendering(composed.text, lang, "preferred", "rule", "proposed", source=composed.source)]
            return [Rendering(composed.text, lang, "preferred", "rule", "proposed", composed.source, "m"),
                    Rendering(composed.feminine, lang, "admitted", "rule", "proposed", composed.source, "f")]
    if entry.type == "organization" and is_bare_name(entry.preferred_source):
        return _bare_name_renderings(entry.preferred_source, lang)
    return []


def _bare_name_renderings(name: str, lang: str) -> list[Rendering]:
    """A company's, party's or club's own name: kept in French and Italian, written by the rules in
    Russian and Urdu when its origin is clear (`translit.organization`), else nothing."""
    text = organization_name(name, lang)
    if text is None:
        return []
    base = lang.split("-")[0]
    source = ("the organization's own spelling, which French and Italian keep" if base in ("fr", "it")
              else "Russian compound parts (toolkit/data/translit/ru.yaml)" if russian_compound(name) and base == "ru"
              else RULES_SOURCE)
    return [Rendering(text, lang, "preferred", "rule", "proposed", source=source)]


def _propose_sourced(entry: Entry, lang: str) -> list[Rendering]:
    """Renderings from CLDR, the lexicon and the transliteration rules, without composition."""
    spellings = _spellings(entry)
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
    if entry.type == "place":
        for spelling in spellings:
            composed = compose_place(spelling, lang, lambda name, natural: _place_part(name, lang, natural))
            if composed is not None:
                return [Rendering(composed.text, lang, "preferred", "rule", "proposed", source=composed.source)]
    if entry.type in RULE_TYPES:
        return _rule_renderings(entry, lang)
    return []


def _place_part(name: str, lang: str, natural: bool) -> Part | None:
    """The rendering of the name inside a place name with a generic word (Sevan in Lake Sevan), as
    the name alone would have it, with its source; a natural feature's name (`natural`: Kura in Kura
    River) from the lexicon or the rules only, since the gazetteer knows cities (Kura is also Chur)."""
    row = _lexicon().get(fold(name))
    if natural:
        if row and row.get(lang):
            return Part(str(row[lang]), "place", str(row.get("source", "")))
        text = transliterate(name, lang, kind="place", origin=name_origin(name))
        return Part(text[0], "place", RULES_SOURCE) if text else None
    found = _propose_sourced(Entry(id="part", type="place", canonical=name, variants=(Variant(name),)), lang)
    origin = str(row["origin"]) if row and row.get("origin") else place_origin(name)
    return Part(found[0].text, "place", found[0].source, origin) if found else None


def _rule_renderings(entry: Entry, lang: str) -> list[Rendering]:
    """The transliteration rules' renderings, and for a place the gazetteer's established form.

    A place GeoNames knows may have its established form among the alternate names
    (`gazetteer.established_form`); French and Italian write a Russian place from its established
    Russian form, which has what the English spelling lost (Chelyabinsk: Челябинск, Čeljabinsk).
    All are guesses (an alternate name is not tagged with its language), so proposed.
    """
    known = next((r for r in map(_lexicon().get, map(fold, _spellings(entry))) if r), {})

    def rules(language: str, cyrillic: str = "") -> list[str]:
        return transliterate(entry.preferred_source, language, kind=entry.type, origin=known.get("origin"),
                             native=known.get("az"), cyrillic=cyrillic)

    candidates = rules(lang)
    if not candidates:
        return []
    base = lang.split("-")[0]
    preferred, source = candidates[0], RULES_SOURCE
    key = (fold(entry.preferred_source), base)
    if preferred == exceptions().get(key):    # an established form the rules do not reach
        source = f"established form (toolkit/data/translit/{exception_sources()[key]})"
    elif entry.type == "place":
        established = established_form(entry.preferred_source, lang, preferred)
        russian = established_form(entry.preferred_source, "ru", rules("ru")[0]) if base in ("fr", "it") else None
        from_russian = rules(lang, russian)[0] if russian and not established else preferred
        exonym = french_form(entry.preferred_source) if base == "fr" else None
        if exonym:
            preferred, source = exonym, f"{GEONAMES_SOURCE}: the French exonym's shape (-o, -a -> -e)"
        elif established:
            preferred, source = established, f"{GEONAMES_SOURCE} nearest the {RULES_SOURCE}"
        elif from_russian != preferred:
            preferred, source = from_russian, f"{RULES_SOURCE} from the Russian {GEONAMES_SOURCE}"
    # French and Italian readers meet the English spelling too (Ilham Aliyev beside İlham Əliyev)
    admitted = [c for c in candidates[1:] if c != preferred] if base in ("fr", "it") else []
    return [Rendering(preferred, lang, "preferred", "rule", "proposed", source=source)] + [
        Rendering(c, lang, "admitted", "rule", "proposed", source=RULES_SOURCE) for c in admitted]


def _locked(entry: Entry, lang: str) -> bool:
    return any(r.lang == lang and (r.review == "approved" or r.origin == "curated") for r in entry.renderings)


def known_parts(entries: Sequence[Entry], langs: Sequence[str]) -> dict[tuple[str, str], Part]:
    """Each entry's rendering per language, by every spelling, for composed renderings of other entries.

    Curated and approved renderings first, else the CLDR, lexicon or rule proposal; composed
    proposals are left out, so the result does not depend on the order of the entries and a second
    fill composes exactly what the first did.
    """
    out: dict[tuple[str, str], Part] = {}
    for entry in entries:
        if entry.rejected or entry.type not in _PART_KINDS:
            continue
        for lang in langs:
            locked = [r for r in entry.renderings if r.lang == lang and r.status == "preferred"
                      and (r.review == "approved" or r.origin == "curated")]
            chosen = locked or _propose_sourced(entry, lang)
            if not chosen:
                continue
            kind = _PART_KINDS[entry.type]
            if kind == "place" and _cldr_kind(entry.preferred_source) == "country":
                kind = "country"
            part = Part(chosen[0].text, kind, f"glossary '{entry.preferred_source}' ({chosen[0].origin})")
            for spelling in _spellings(entry):
                out.setdefault((fold(spelling), lang), part)
    return out


def fill_renderings(entries: Iterable[Entry], langs: Sequence[str]) -> tuple[list[Entry], FillReport]:
    """Entries with proposals for every language that has no approved rendering yet."""
    report = FillReport()
    out: list[Entry] = []
    entries = list(entries)
    known = known_parts(entries, langs)
    for entry in entries:
        if entry.rejected:
            out.append(entry)
            continue
        renderings = list(entry.renderings)
        for lang in langs:
            if _locked(entry, lang):
                continue
            fresh = propose(entry, lang, known)
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
