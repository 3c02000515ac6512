"""Transliteration of names between Latin scripts, Cyrillic and Perso-Arabic, and their variants.

All rules are data (`toolkit/data/translit/*.yaml`) applied by one small engine (`rules.py`);
renderings follow the conventions for a name's origin (`origin.py`, `render.py`), built from known
name parts (`parts.py`). Established forms that break the rules live in `exceptions.yaml`.
Russian inflection comes from pymorphy3 with surname rules as fallback.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from toolkit.translit.morph import is_indeclinable_ru, ru_case_forms, ru_gender
from toolkit.translit.origin import name_origin
from toolkit.translit.render import transliterate
from toolkit.translit.rules import cap as _cap
from toolkit.translit.rules import data as _data
from toolkit.translit.rules import exceptions as _exceptions
from toolkit.translit.rules import fold
from toolkit.translit.rules import rules as _rules
from toolkit.translit.rules import words as _words

__all__ = ["fold", "az_to_en", "en_to_az", "transliterate", "latin_variants", "cyrillic_variants",
           "ru_case_forms", "ru_gender", "is_indeclinable_ru", "normalize_urdu", "to_urdu_digits", "name_origin",
           "_exceptions"]

# short-vowel marks and the superscript alef; madda and hamza, which change the letter, are kept (آ, ۂ)
_HARAKAT = re.compile("[\u064b-\u0652\u0656-\u065f\u0670]")
_URDU_FOLD = str.maketrans({"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u0647": "\u06c1",
                            "\u0629": "\u06c3", "\u0640": None, "\u200c": None, "\u200d": None})


def az_to_en(text: str) -> str:
    """Azerbaijani Latin to the English romanization (Heydər Əliyev -> Heydar Aliyev, Xocalı -> Khojaly)."""
    rules = _rules("latin.yaml", "az_to_en")
    return "".join(_cap(rules.apply(w.lower()), w) if w.strip(" -") else w for w in _words(text))


def en_to_az(text: str) -> str:
    """Best-effort inverse (kh -> x, j -> c, sh -> ş ...); ə cannot be recovered from a or e."""
    rules = _rules("latin.yaml", "en_to_az")
    return "".join(_cap(rules.apply(w.lower()), w) if w.strip(" -") else w for w in _words(text))


def _alternate(text: str, classes: tuple[tuple[str, ...], ...], limit: int) -> set[str]:
    """Spellings of `text` with one piece replaced by an equivalent spelling."""
    results = {text}
    for word_start, word in _spans(text):
        before, after = text[:word_start], text[word_start + len(word):]
        for other in _word_alternates(word, classes):
            results.add(before + other + after)
            if len(results) >= limit:
                return results
    return results


@cache
def _alternation_classes(key: str) -> tuple[tuple[str, ...], ...]:
    """A list of equivalent spellings in latin.yaml, frozen: the key of the caches below."""
    return tuple(tuple(c) for c in _data("latin.yaml")[key])


@lru_cache(maxsize=1 << 15)
def _word_alternates(word: str, classes: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """A word with one piece replaced, in the order of its pieces and their classes (cached: names share
    their words, and a glossary's Russian renderings are worked out by the thousand before a check)."""
    cutter, members = _cutter(classes), _class_members(classes)
    pieces = _cut(word, cutter)
    out: list[str] = []
    for n, (piece, final) in enumerate(pieces):
        key = piece + ("$" if final else "")
        found = members.get(key, ()) + members.get(piece, ()) if final else members.get(piece, ())
        if not found:
            continue
        head = "".join(p for p, _f in pieces[:n])
        tail = "".join(p for p, _f in pieces[n + 1:])
        for index in sorted(set(found)):  # the classes in their order, as they were read
            for other in classes[index]:
                if other in (key, piece) or (other.endswith("$") and not final):
                    continue
                out.append(head + other.rstrip("$") + tail)
    return tuple(out)


@cache
def _class_members(classes: tuple[tuple[str, ...], ...]) -> dict[str, tuple[int, ...]]:
    """Member -> the indexes of the classes it is in (what `_alternate` looks up for each piece)."""
    index: dict[str, list[int]] = {}
    for n, members in enumerate(classes):
        for member in members:
            if n not in index.setdefault(member, []):
                index[member].append(n)
    return {member: tuple(found) for member, found in index.items()}


def _spans(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in re.finditer(r"[^\s\-]+", text)]


@cache
def _cutter(classes: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    """One regex that cuts a word into the longest class members (a "$" member only at the end)."""
    members = sorted({m for c in classes for m in c}, key=lambda m: -len(m.rstrip("$")))
    parts = [re.escape(m[:-1]) + "$" if m.endswith("$") else re.escape(m) for m in members]
    return re.compile("|".join(parts) + "|.", re.DOTALL)


def _cut(word: str, cutter: re.Pattern[str]) -> list[tuple[str, bool]]:
    """Pieces of a word; the flag marks a piece that ends the word."""
    return [(m.group(), m.end() == len(word)) for m in cutter.finditer(word)]


# English names are written one way in Latin letters; a French or Italian rendering is not left out,
# since it may be an Azerbaijani name in French letters (Baïramov, whose Bayramov a check should know)
_SPELLED_ONE_WAY = frozenset({"en"})


@cache
def _latin_variants(text: str, limit: int) -> frozenset[str]:
    return frozenset(latin_variants_uncached(text, limit))


def latin_variants(text: str, limit: int = 64) -> set[str]:
    """Plausible Latin spellings of a name (cached; see latin_variants_uncached)."""
    return set(_latin_variants(text, limit))


def latin_variants_uncached(text: str, limit: int = 64) -> set[str]:
    """Plausible Latin spellings of a name (diacritics, kh/x/h, j/c/dzh, -yev/-ev/-iev, y/i ...).

    >>> {"Khojali", "Xocalı", "Hojaly"} <= latin_variants("Khojaly")
    True
    """
    low = text.lower()
    if name_origin(text) in _SPELLED_ONE_WAY:
        # an English name has one Latin spelling, met with or without its accents (Brontë,
        # Bronte); the romanization alternations (kh/x, j/dzh, -yev/-ev) and an Azerbaijani
        # spelling are not ways anyone writes Leicester
        return {text, _title_like(fold(low), text.split())}
    base = {low, az_to_en(low).lower(), fold(low), en_to_az(low).lower()}
    classes = _alternation_classes("alternation_classes")
    out: set[str] = set()
    for b in sorted(base):
        out |= _alternate(b, classes, limit)
        if len(out) >= limit:
            break
    words_like = text.split()
    return {_title_like(v, words_like) for v in sorted(out)[:limit]} | {text}


def _title_like(variant: str, like: list[str]) -> str:
    parts = variant.split()
    if len(parts) != len(like):
        return variant
    # `_cap` inlined: a glossary's Russian renderings have up to 64 variants each, worked out by the thousand
    return " ".join(p[0].upper() + p[1:] if p and w[:1].isupper() else p for p, w in zip(parts, like, strict=True))


def cyrillic_variants(text: str, limit: int = 64) -> set[str]:
    """Plausible Cyrillic spellings of a name (Алиев/Алиэв/Алыев, Ходжалы/Ходжали ...)."""
    low = text.lower()
    classes = _alternation_classes("cyrillic_alternation_classes")
    found = _alternate(low, classes, limit)
    return {_title_like(v, text.split()) for v in found} | {text}


def normalize_urdu(text: str) -> str:
    """Urdu compare form: Arabic code points as Urdu letters, no short-vowel marks, tatweel or joiners.

    >>> normalize_urdu("حيدر علييف") == normalize_urdu("حیدر علییف")
    True
    """
    text = unicodedata.normalize("NFC", text).translate(_URDU_FOLD)
    return _HARAKAT.sub("", text)


def to_urdu_digits(text: str) -> str:
    """ASCII digits as Urdu (Extended Arabic-Indic) digits: 613 -> ۶۱۳."""
    return text.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
