"""Which language a romanized name comes from, judged from its spelling.

Each target language writes foreign names by the conventions for their origin, so the origin is
decided once per name (a French given name makes the surname French too) from the cues in
`toolkit/data/translit/origins.yaml` and the name-part lexicon.
"""

from __future__ import annotations

import re
from functools import cache

from toolkit.translit.parts import name_part, split_surname
from toolkit.translit.rules import data, fold

ORIGINS = ("az", "tr", "ru", "hy", "ka", "pk", "fr", "it", "en")
_GIVEN_WEIGHT = 3.0
_PART_WEIGHT = 2.0


@cache
def _given() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    given = dict(data("origins.yaml")["given"])
    given["en"] = [*given.get("en", []), *data("english.yaml")["given"]]
    for origin, names in given.items():
        for name in dict.fromkeys(names):
            index.setdefault(fold(name), []).append(origin)
    return {k: tuple(v) for k, v in index.items()}


@cache
def _cues(shared: bool = True) -> tuple[tuple[re.Pattern[str], str, float, bool], ...]:
    """The cues, each with whether it is a surname's (origins.yaml); without the `shared_cues`,
    letters English writes too, when `shared` is False."""
    skip = () if shared else tuple(data("origins.yaml")["shared_cues"])
    return tuple((re.compile(row[0]), row[1], float(row[2]), row[3:] == ["surname"])
                 for row in data("origins.yaml")["cues"] if row[0] not in skip)


@cache
def _english_surnames() -> frozenset[str]:
    return frozenset(fold(name) for name in data("english.yaml")["surnames"])


def word_scores(word: str, shared: bool = True, last: bool = True) -> dict[str, float]:
    """Evidence each origin has in one word (`shared`: counting the letters English writes too;
    `last`: the word is a name's last, where a surname stands, so surname cues count)."""
    scores: dict[str, float] = {}
    low = word.lower()
    for origin in _given().get(fold(word), ()):
        scores[origin] = scores.get(origin, 0.0) + _GIVEN_WEIGHT
    part = name_part(word)
    surname = split_surname(word) if part is None else None
    found = part or (surname[0] if surname else None)
    if found is not None:
        # a part shared by several naming traditions (Ali, Hasan) is weaker evidence for each
        claims = [found.origin] if found.origin else [
            o for o, spelled in (("az", found.az), ("tr", found.tr), ("pk", found.ur and not found.az)) if spelled]
        for origin in claims:
            scores[origin] = scores.get(origin, 0.0) + _PART_WEIGHT / len(claims)
    if last and fold(word) in _english_surnames():    # as strong as a given name (Cooper, not a Pakistani oo)
        scores["en"] = scores.get("en", 0.0) + _GIVEN_WEIGHT
    for pattern, origin, weight, of_surname in _cues(shared):
        if (last or not of_surname) and pattern.search(low):
            scores[origin] = scores.get(origin, 0.0) + weight
    return scores


def name_origin(name: str) -> str:
    """The origin of a whole name: the one with the most evidence over its words; "" with none.

    With no evidence, Russian falls back to the Turkic rules the engine began with, and French and
    Italian keep the spelling: guessing an origin would change a name for no reason.

    >>> name_origin("Jacques Chirac"), name_origin("Sergio Mattarella"), name_origin("Nikol Pashinyan")
    ('fr', 'it', 'hy')
    """
    total = _evidence(name)
    # a tie with English goes to English: the names are met in English text, where a given name
    # English shares with another tradition (Robert, Benjamin, Alexander) and nothing else to go on
    # is most often an English-speaker's (Robert Peel, Benjamin Disraeli)
    best = max(ORIGINS, key=lambda o: (total.get(o, 0.0), o == "en", -ORIGINS.index(o)))
    return best if total.get(best, 0.0) > 0 else ""


def _evidence(name: str, shared: bool = True) -> dict[str, float]:
    total: dict[str, float] = {}
    found = re.findall(r"[^\s\-]+", name)
    for n, word in enumerate(found):
        for origin, score in word_scores(word, shared, last=n == len(found) - 1).items():
            total[origin] = total.get(origin, 0.0) + score
    return total


def clear_origin(name: str) -> str:
    """The origin of a name whose evidence is clear, else "": a cue's full weight for one origin,
    more than any other has, not counting letters English writes too. For a name with nothing but
    its spelling to go on (a company's, a club's), where a guess would make nonsense of it: the x of
    Xerox or Exxon is no Azerbaijani x.

    >>> clear_origin("Fenerbahçe"), clear_origin("Kaspersky"), clear_origin("Xerox"), clear_origin("Gazprom")
    ('tr', 'ru', '', '')
    """
    ranked = sorted(_evidence(name, shared=False).items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 1 or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return ""
    return ranked[0][0]


def place_origin(name: str) -> str:
    """The origin of a place name: its country's when the gazetteer knows the place ("" for a
    country whose names no origin's conventions fit), else judged from the spelling.

    >>> place_origin("Sochi"), place_origin("Rennes"), name_origin("Rennes")
    ('ru', 'fr', '')
    """
    from toolkit.translit.gazetteer import country_origin, find_place

    place = find_place(name)
    if place is None:
        return name_origin(name)
    return country_origin(place.country) or ""
