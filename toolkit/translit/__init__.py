"""Transliteration of names between Latin scripts, Cyrillic and Perso-Arabic, and their variants.

All rules are data (`toolkit/data/translit/*.yaml`), applied by one small engine: at each
position of a lower-cased word, the first rule whose regex matches there writes its
replacement and consumes what it matched. Established forms that break the rules live in
`exceptions.yaml`. Russian inflection comes from pymorphy3 with surname rules as fallback.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from toolkit.translit.morph import is_indeclinable_ru, ru_case_forms, ru_gender

__all__ = ["fold", "az_to_en", "en_to_az", "transliterate", "latin_variants", "cyrillic_variants",
           "ru_case_forms", "ru_gender", "is_indeclinable_ru", "normalize_urdu", "to_urdu_digits", "origin_of"]

_AZ_LETTERS = "əƏıİşŞçÇğĞöÖüÜ"
# short-vowel marks and the superscript alef; madda and hamza, which change the letter, are kept (آ, ۂ)
_HARAKAT = re.compile("[\u064b-\u0652\u0656-\u065f\u0670]")
_URDU_FOLD = str.maketrans({"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u0647": "\u06c1",
                            "\u0629": "\u06c3", "\u0640": None, "\u200c": None, "\u200d": None})


@dataclass(frozen=True)
class Rules:
    """An ordered list of (regex, replacement) applied position by position."""

    rules: tuple[tuple[re.Pattern[str], str], ...]

    def apply(self, word: str) -> str:
        out: list[str] = []
        pos = 0
        while pos < len(word):
            for pattern, repl in self.rules:
                m = pattern.match(word, pos)
                if m and m.end() > pos:
                    out.append(repl)
                    pos = m.end()
                    break
            else:
                out.append(word[pos])
                pos += 1
        return "".join(out)


@cache
def _data(name: str) -> Any:
    text = resources.files("toolkit.data.translit").joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


@cache
def _rules(name: str, key: str) -> Rules:
    return Rules(tuple((re.compile(p), r) for p, r in _data(name)[key]))


@cache
def _exceptions() -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for row in _data("exceptions.yaml"):
        for lang, text in row.items():
            if lang not in ("en", "source"):
                out[(fold(row["en"]), lang)] = text
    return out


def fold(text: str) -> str:
    """Matching key: case, diacritics and Azerbaijani letters folded; apostrophes, hyphens, spaces unified.

    >>> fold("Heydər Əliyev") == fold("HEYDAR ALIYEV") == fold("Heydar-Aliyev")
    True
    """
    text = text.replace("ə", "a").replace("Ə", "A").replace("ı", "i").replace("İ", "I")
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[’'`ʼ]", "", text)
    return re.sub(r"[\s\-‐–]+", " ", text).strip()


def _words(text: str) -> list[str]:
    return re.split(r"(\s+|-)", text)


def _cap(word: str, like: str) -> str:
    if like[:1].isupper() and word:
        return word[0].upper() + word[1:]
    return word


def az_to_en(text: str) -> str:
    """Azerbaijani Latin to the English romanization (Heydər Əliyev -> Heydar Aliyev, Xocalı -> Khojaly)."""
    rules = _rules("latin.yaml", "az_to_en")
    return "".join(_cap(rules.apply(w.lower()), w) if w.strip(" -") else w for w in _words(text))


def en_to_az(text: str) -> str:
    """Best-effort inverse (kh -> x, j -> c, sh -> ş ...); ə cannot be recovered from a or e."""
    rules = _rules("latin.yaml", "en_to_az")
    return "".join(_cap(rules.apply(w.lower()), w) if w.strip(" -") else w for w in _words(text))


def origin_of(word: str) -> str:
    """A guess at the language a romanized name comes from, by its spelling."""
    w = word.lower()
    if any(c in w for c in "éèêëàâçœ") or re.search(r"(eau|oi|ou[^n]|ier$|ierre|ette$|ille|eu|aire$|ais$|ie$|^cl)",
                                                        w):
        return "french"
    if re.search(r"kh|sh|zh|dzh|yev|ov$|ova$|ev$|eva$|zade$|l[iy]$|ly$|[əıüöğşç]", w):
        return "azerbaijani"
    if re.search(r"(ini|ino|elli|etti|ucci|ano|one|co|zo)$|^(giu|gio|gia)|cc|zz|gli|gn[aeiou]|"
                 r"sc[ei]|ch[ei]|c[ei]", w):
        return "italian"
    return "azerbaijani"


def _to_russian(word: str) -> str:
    low = word.lower()
    if not low.strip(" -"):
        return word
    if (fold(word), "ru") in _exceptions():
        return _exceptions()[(fold(word), "ru")]
    if any(c in low for c in _AZ_LETTERS):
        # Azerbaijani or Turkish Latin: x, c, q are Azerbaijani letters, not English ones
        return _cap(_rules("ru.yaml", "turkic_latin").apply(low), word)
    scheme = origin_of(low)
    return _cap(_rules("ru.yaml", scheme).apply(low), word)


def _to_urdu(word: str) -> str:
    low = fold(word)
    if not low:
        return word
    parts: dict[str, str] = _data("ur.yaml")["parts"]
    if low in parts:
        return parts[low]
    for suffix, written in (("yeva", "یوا"), ("yev", "یف"), ("ova", "ووا"), ("ov", "وف"), ("zade", "زادہ")):
        stem = low[: -len(suffix)]
        if low.endswith(suffix) and stem in parts:
            return parts[stem] + written
    return _rules("ur.yaml", "rules").apply(low)


def transliterate(text: str, lang: str, source: str = "en") -> list[str]:
    """Candidate renderings of a name in fr, it, ru or ur, best first.

    >>> transliterate("Heydar Aliyev", "ru")[0], transliterate("Xocalı", "ru", source="az")[0]
    ('Гейдар Алиев', 'Ходжалы')
    >>> transliterate("Ilham Aliyev", "ur")[0]
    'الہام علییف'
    """
    name = unicodedata.normalize("NFC", text.strip())
    if source == "az":
        name = az_to_en(name)
    base = lang.split("-")[0].lower()
    whole = _exceptions().get((fold(name), base))
    if base == "ru":
        candidates = [whole] if whole else []
        candidates.append("".join(_to_russian(w) if w.strip(" -") else w for w in _words(name)))
    elif base == "ur":
        parts: dict[str, str] = _data("ur.yaml")["parts"]
        candidates = [parts[fold(name)]] if fold(name) in parts else []
        candidates.append(" ".join(_to_urdu(w) for w in name.replace("-", " ").split()))
    elif base in ("fr", "it"):
        # both keep the Latin spelling of foreign names; French writes Azerbaijani c/j as dj
        candidates = [whole] if whole else [name]
        if base == "fr" and re.search(r"(?<![dD])[jJ]", name):
            candidates.append(re.sub(r"(?<![dD])j", "dj", re.sub(r"(?<![dD])J", "Dj", name)))
    else:
        raise ValueError(f"no transliteration rules for '{lang}'")
    return list(dict.fromkeys(c for c in candidates if c))


def _alternate(text: str, classes: list[list[str]], limit: int) -> set[str]:
    """Spellings of `text` with one piece replaced by an equivalent spelling."""
    cutter = _cutter(tuple(tuple(c) for c in classes))
    results = {text}
    for word_start, word in _spans(text):
        pieces = _cut(word, cutter)
        for n, (piece, final) in enumerate(pieces):
            for cls in classes:
                key = piece + ("$" if final else "")
                if key not in cls and piece not in cls:
                    continue
                for other in cls:
                    if other in (key, piece) or (other.endswith("$") and not final):
                        continue
                    new = "".join(p for p, _f in pieces[:n]) + other.rstrip("$") + "".join(
                        p for p, _f in pieces[n + 1:])
                    results.add(text[:word_start] + new + text[word_start + len(word):])
                    if len(results) >= limit:
                        return results
    return results


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
    base = {low, az_to_en(low).lower(), fold(low), en_to_az(low).lower()}
    classes = _data("latin.yaml")["alternation_classes"]
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
    return " ".join(_cap(p, w) for p, w in zip(parts, like, strict=True))


def cyrillic_variants(text: str, limit: int = 64) -> set[str]:
    """Plausible Cyrillic spellings of a name (Алиев/Алиэв/Алыев, Ходжалы/Ходжали ...)."""
    low = text.lower()
    classes = _data("latin.yaml")["cyrillic_alternation_classes"]
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
