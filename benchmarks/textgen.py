"""Deterministic news-like English text for benchmarks: same seed, same bytes.

Names are built from syllables so that no benchmark can be served by a list of
the sample corpus's names; sentences carry the traps of real copy (titles,
initials, abbreviations with dots, numbers with separators, quotations).
"""

from __future__ import annotations

import random

GIVEN_SYLLABLES = ["ra", "sha", "ley", "mir", "ka", "zim", "el", "nur", "fa", "rid", "se", "vin", "ay", "dan", "tu"]
SURNAME_ENDINGS = ["ov", "ev", "ova", "eva", "zade", "li", "yev", "bayli", "oglu"]
PLACE_ENDINGS = ["abad", "grad", "kent", "li", "shahr", "ovo", "ino", "ville"]
ORG_HEADS = ["Foundation", "Institute", "Ministry of Culture", "Society", "Council", "Museum", "Centre", "Union"]
TITLES = ["Ambassador", "Minister of Foreign Affairs", "Deputy Mayor", "Chairman", "Director", "Vice-President"]
CONNECT = ["said", "told reporters", "noted", "stressed", "recalled", "added"]
EVENTS = ["commemoration", "conference", "exhibition", "concert", "round table", "memorial evening"]
ABBREVIATIONS = ["Mr.", "Dr.", "Prof.", "Sen."]


def _word(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(GIVEN_SYLLABLES) for _ in range(parts)).capitalize()


def person(rng: random.Random) -> str:
    return f"{_word(rng)} {_word(rng)}{rng.choice(SURNAME_ENDINGS)}"


def place(rng: random.Random) -> str:
    return f"{_word(rng)}{rng.choice(PLACE_ENDINGS)}"


def sentence(rng: random.Random) -> str:
    """One sentence of one of several shapes."""
    kind = rng.randrange(6)
    who, where = person(rng), place(rng)
    surname = who.split()[1]
    if kind == 0:
        return (f"{rng.choice(TITLES)} of {place(rng)} to {place(rng)} {who} opened the "
                f"{rng.choice(EVENTS)} in {where} on {rng.randint(1, 28)} February {rng.randint(1990, 2030)}.")
    if kind == 1:
        return (f"\"We will remember the {rng.randint(2, 999):,} victims,\" {rng.choice(ABBREVIATIONS)} {surname} "
                f"{rng.choice(CONNECT)}.")
    if kind == 2:
        return (f"The {_word(rng)} {rng.choice(ORG_HEADS)} and the {place(rng)} {rng.choice(ORG_HEADS)} "
                f"brought {rng.randint(1000, 99999):,} books to School No.{rng.randint(1, 40)} in {where}.")
    if kind == 3:
        return (f"Speaking at the U.N. office at {rng.randint(1, 11)} a.m., {who[0]}. {surname} recalled that "
                f"{where}'s residents had waited {rng.randint(2, 40)} years.")
    if kind == 4:
        return (f"According to the {_word(rng)} {rng.choice(ORG_HEADS)}, {rng.randint(1, 99)}.{rng.randint(0, 9)} "
                f"per cent of {place(rng)} residents took part.")
    return f"Moreover, the {rng.choice(EVENTS)} \"{_word(rng)} {_word(rng, 1)}\" drew guests from {where}."


def paragraphs(words: int, seed: int = 1992) -> list[str]:
    """Paragraphs (4–7 sentences) until at least `words` words are written."""
    rng = random.Random(seed)
    out: list[str] = []
    count = 0
    while count < words:
        para = " ".join(sentence(rng) for _ in range(rng.randint(4, 7)))
        count += len(para.split())
        out.append(para)
    return out


def document(words: int, seed: int = 1992) -> str:
    """A document of one paragraph per line, with a heading."""
    return "Report\n\n" + "\n".join(paragraphs(words, seed)) + "\n"
