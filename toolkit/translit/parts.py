"""Name parts: the native spelling and the established Russian and Urdu forms of common given names
and surname roots (`toolkit/data/translit/name_parts.yaml`), and surnames cut into root + suffix.

Transliterating part by part is what makes Мамедов out of Mammadov and محمدوف out of it: the root's
established form, then the suffix's rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from toolkit.translit.rules import data, fold


@dataclass(frozen=True)
class NamePart:
    """One given name or surname root, in the scripts and spellings it is written in."""

    az: str = ""
    tr: str = ""
    ru: str = ""
    ur: str = ""
    role: str = "given"
    # the naming tradition the part is evidence for where az and tr do not say: "ru" for the
    # Central Asian and Caucasian names whose bearers' surnames take Russian endings (Ramzan Kadyrov)
    origin: str = ""


@dataclass(frozen=True)
class Suffix:
    """A surname suffix in English romanization and its written form in each target."""

    en: str
    az: str
    ru: str
    ur: str
    after_vowel: bool | None = None    # None: either; True/False: only after a vowel / a consonant


# longest first; the Azerbaijani form takes vowel harmony (see az_suffix)
SUFFIXES: tuple[Suffix, ...] = (
    # Urdu writes the bəy of -bəyov apart and as it sounds, as it writes a surname's final bəy
    # (Hajibeyov -> حاجی بیوف, Elchibey -> ایلچی بے)
    Suffix("beyova", "bəyova", "бекова", " بیووا"),
    Suffix("beyov", "bəyov", "беков", " بیوف"),
    Suffix("zadeh", "zadə", "заде", " زادہ"),
    Suffix("zade", "zadə", "заде", " زادہ"),
    Suffix("oglu", "oğlu", "оглу", " اوغلو"),
    Suffix("yeva", "yeva", "ева", "یوا", after_vowel=True),
    Suffix("yev", "yev", "ев", "یف", after_vowel=True),
    Suffix("ova", "ova", "ова", "ووا"),
    Suffix("eva", "eva", "ева", "یوا", after_vowel=False),
    Suffix("ov", "ov", "ов", "وف"),
    Suffix("ev", "ev", "ев", "یف", after_vowel=False),
    Suffix("li", "li", "ли", "لی"),
    Suffix("ly", "lı", "лы", "لی"),
)

_BACK = set("aıou")
_FRONT = set("əeiöü")


@cache
def name_parts() -> dict[str, NamePart]:
    """Folded spelling (every romanization, and the native spellings) -> the part."""
    index: dict[str, NamePart] = {}
    for row in data("name_parts.yaml")["parts"]:
        part = NamePart(az=row.get("az", ""), tr=row.get("tr", ""), ru=row.get("ru", ""),
                        ur=row.get("ur", ""), role=row.get("role", "given"), origin=row.get("origin", ""))
        for spelling in [*row.get("en", []), part.az, part.tr]:
            if spelling:
                index.setdefault(fold(spelling), part)
    return index


def name_part(word: str) -> NamePart | None:
    return name_parts().get(fold(word))


def split_suffix(word: str) -> tuple[str, Suffix] | None:
    """A surname as its (folded) stem and the longest suffix it ends with (Rasizade -> rasi + zade)."""
    low = fold(word)
    for suffix in SUFFIXES:
        if not low.endswith(suffix.en) or len(low) <= len(suffix.en) + 1:
            continue
        stem = low[: -len(suffix.en)]
        if suffix.after_vowel is not None and (stem[-1] in "aeiouy") != suffix.after_vowel:
            continue
        return stem, suffix
    return None


def split_surname(word: str) -> tuple[NamePart, Suffix] | None:
    """A surname as a known root and a suffix (Mammadov -> Məmməd + ov), or None."""
    split = split_suffix(word)
    if split is None:
        return None
    part = name_parts().get(split[0])
    return (part, split[1]) if part is not None else None


def split_compound(stem: str) -> tuple[NamePart, NamePart] | None:
    """A surname stem made of two known parts (Mammadgulu in Mammadguluzadeh -> Məmməd + Qulu), or None."""
    low = fold(stem)
    for cut in range(len(low) - 3, 2, -1):
        head, rest = name_parts().get(low[:cut]), name_parts().get(low[cut:])
        if head is not None and rest is not None:
            return head, rest
    return None


def az_suffix(root: str, suffix: Suffix) -> str:
    """The suffix with Azerbaijani vowel harmony: Qubad + lı, Əli + li."""
    if suffix.az not in ("li", "lı"):
        return suffix.az
    vowels = [c for c in root.lower() if c in _BACK or c in _FRONT]
    return "lı" if vowels and vowels[-1] in _BACK else "li"
