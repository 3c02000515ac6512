"""Renderings of an organization's bare proper name: a company, party or club (Gazprom, Musavat, Reuters).

French and Italian keep such a name as its owner writes it. Russian and Urdu write it in their
script, but only when its origin is clear: a Russian stump compound of known parts (Газпром,
Роснефть), or a name the spelling cues clearly place (Fenerbahçe: a Turkish ç before e). A Western
brand has no origin the rules know, and the rules would make nonsense of it (Reuters -> Рётер,
Renault -> Ренольт): no proposal is better than that, and the entry stays on the list of names
without a source for a terminologist to give one.
"""

from __future__ import annotations

import re
from functools import cache

from toolkit.translit.origin import clear_origin
from toolkit.translit.render import transliterate
from toolkit.translit.rules import cap, data

# the origins whose names the Russian and Urdu rules write (French, Italian, English and
# Pakistani-English spellings of brands are not theirs to transliterate: Reuters, Google)
TRANSLITERATED = ("az", "tr", "ru", "hy", "ka")
_BARE_NAME = re.compile(r"[^\W\d_][^\W_]*(?:[-'’][^\W_]+)*")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")


def is_bare_name(name: str) -> bool:
    """One capitalized word, without the generic word (Bank, Party) a descriptive name has."""
    return bool(_BARE_NAME.fullmatch(name)) and name[:1].isupper()


@cache
def _parts() -> dict[str, str]:
    parts: dict[str, str] = data("ru.yaml")["compound_parts"]
    return parts


def russian_compound(name: str) -> str | None:
    """A Russian stump compound of two or more known parts in Cyrillic, or None.

    >>> russian_compound("Gazprom"), russian_compound("Rosneft"), russian_compound("Reuters")
    ('Газпром', 'Роснефть', None)
    """
    low = name.lower()
    # best[i]: the fewest parts that spell low[:i], and their Cyrillic
    best: list[tuple[int, str] | None] = [(0, "")] + [None] * len(low)
    for end in range(1, len(low) + 1):
        for start in range(end):
            found, part, current = best[start], _parts().get(low[start:end]), best[end]
            if found is not None and part is not None and (current is None or found[0] + 1 < current[0]):
                best[end] = (found[0] + 1, found[1] + part)
    whole = best[-1]
    return cap(whole[1], name) if whole is not None and whole[0] >= 2 else None


def organization_name(name: str, lang: str) -> str | None:
    """The rendering of a bare organization name in `lang`, or None when its origin is unclear.

    >>> organization_name("Gazprom", "fr"), organization_name("Gazprom", "ru"), organization_name("Reuters", "ru")
    ('Gazprom', 'Газпром', None)
    """
    base = lang.split("-")[0]
    if base in ("fr", "it"):
        return name
    compound = russian_compound(name)
    origin = "ru" if compound else clear_origin(name)
    if origin not in TRANSLITERATED:
        return None
    rendered = compound if compound and base == "ru" else transliterate(name, base, kind="organization",
                                                                        origin=origin)[0]
    # a letter the rules left in Latin (the q of Qarabağ read as Turkish) is a rendering half made
    return None if _LATIN.search(rendered) else rendered
