"""Deterministic news-like English text for benchmarks: same seed, same bytes.

Names are built from syllables so that no benchmark can be served by a list of
the sample corpus's names; sentences carry the traps of real copy (titles,
initials, abbreviations with dots, numbers with separators, quotations).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

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


def vocabulary(size: int = 30_000, seed: int = 11) -> list[str]:
    """Distinct syllable words, the most frequent first (rank order for a Zipf draw)."""
    rng = random.Random(seed)
    words: dict[str, None] = dict.fromkeys(["the", "of", "and", "to", "in", "a", "was", "on", "for", "that"])
    while len(words) < size:
        words["".join(rng.choice(GIVEN_SYLLABLES) for _ in range(rng.randint(1, 4)))] = None
    return list(words)


def tm_sentences(n: int, seed: int = 3, vocab_size: int = 30_000) -> list[str]:
    """News-length sentences (8–35 words, Zipf-distributed vocabulary, a capital and a full stop)."""
    return list(iter_tm_sentences(n, seed, vocab_size))


def iter_tm_sentences(n: int, seed: int = 3, vocab_size: int = 30_000) -> Iterator[str]:
    """The same sentences as tm_sentences, one at a time (streaming benchmarks hold none of them)."""
    rng = random.Random(seed)
    vocab = vocabulary(vocab_size)
    cumulative, total = [], 0.0
    for rank in range(len(vocab)):
        total += 1 / (rank + 1)
        cumulative.append(total)
    for _ in range(n):
        words = rng.choices(vocab, cum_weights=cumulative, k=rng.randint(8, 35))
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words)), f"{rng.randint(1, 9999):,}")
        yield " ".join(words).capitalize() + "."


def edited(sentence: str, rng: random.Random, edits: int) -> str:
    """The sentence with `edits` words replaced, inserted or deleted (a fuzzy query)."""
    words = sentence.split()
    for _ in range(edits):
        op = rng.randrange(3)
        i = rng.randrange(len(words))
        if op == 0:
            words[i] = "".join(rng.choice(GIVEN_SYLLABLES) for _ in range(3))
        elif op == 1:
            words.insert(i, "new")
        elif len(words) > 3:
            del words[i]
    return " ".join(words)
