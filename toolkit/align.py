"""Sentence alignment of a document and its translation (Gale–Church, with anchors).

Dynamic programming over beads 1-1, 1-2, 2-1, 1-0, 0-1 (and 2-2), scored by
the Gale–Church length model and strengthened by anchors both sides share:
numbers, glossary terms (the target side recognised through their renderings),
and sentence punctuation (questions, exclamations, quotations). Paragraph and
heading boundaries are respected because segments never span a line break.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

# Gale & Church (1993) priors for bead types
PRIORS = {(1, 1): 0.89, (1, 0): 0.0099 / 2, (0, 1): 0.0099 / 2, (2, 1): 0.089 / 2, (1, 2): 0.089 / 2,
          (2, 2): 0.011}
VARIANCE = 6.8
ANCHOR_BONUS = 2.5
ANCHOR_PENALTY = 2.0
LOW_CONFIDENCE = 0.5

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f\u066b\u066c ]\d{3})*(?:[.,\u066b]\d+)?")


@dataclass(frozen=True)
class Bead:
    """Source sentences `source` (indexes) aligned to target sentences `target`."""

    source: tuple[int, ...]
    target: tuple[int, ...]
    score: float
    flagged: bool


_CLOCK = re.compile(r"\b(?P<h>[01]?\d|2[0-3])(?::[0-5]\d|\s?(?:(?P<am>a\.\s?m\.?)|(?P<pm>p\.\s?m\.?)))(?!\d)")


def numbers(text: str) -> frozenset[str]:
    """Numbers as digit strings, whatever the script or separators ('1,275' = '1 275' = '۱۲۷۵').

    >>> sorted(numbers("613 civilians; 1,275 hostages in 1992"))
    ['1275', '1992', '613']
    >>> numbers("۱۲۷۵ اور ۶۱۳") == numbers("1 275 et 613")
    True
    >>> numbers("at 5 p.m.") == numbers("в 17:00")
    True
    """
    text = text.translate(_DIGITS)
    out = set()
    # clock times are one anchor in any notation: 5 p.m. = 17:00 = 17 h
    for m in _CLOCK.finditer(text):
        hour = int(m.group("h"))
        if m.group("pm") and hour < 12:
            hour += 12
        out.add(f"time{hour}")
    text = _CLOCK.sub(" ", text)
    for m in _NUMBER.finditer(text):
        raw = m.group()
        digits = re.sub(r"[.,\u00a0\u202f\u066b\u066c ](?=\d{3}\b)", "", raw)
        digits = re.sub(r"[.,\u066b]\d+$", "", digits) if re.search(r"[.,\u066b]\d{1,2}$", digits) else digits
        digits = re.sub(r"\D", "", digits)
        if digits:
            out.add(digits.lstrip("0") or "0")
    return frozenset(out)


def punctuation_profile(text: str) -> tuple[bool, bool, bool]:
    """(question, exclamation, quotation) marks present, in any script."""
    return ("?" in text or "؟" in text, "!" in text, any(q in text for q in '"“”«»„'))


def _norm_cdf(x: float) -> float:
    return 0.5 * (1 + math.erf(x / math.sqrt(2)))


def length_cost(ls: int, lt: int, ratio: float) -> float:
    """-log P(length difference | match) of the Gale–Church model."""
    if ls == 0 and lt == 0:
        return 0.0
    mean = (ls + lt / ratio) / 2
    delta = (lt - ls * ratio) / math.sqrt(max(mean, 1) * VARIANCE)
    p = 2 * (1 - _norm_cdf(abs(delta)))
    return -math.log(max(p, 1e-12))


def align(source: Sequence[str], target: Sequence[str],
          source_anchors: Sequence[frozenset[str]] | None = None,
          target_anchors: Sequence[frozenset[str]] | None = None,
          length: Callable[[str], int] = len) -> list[Bead]:
    """Align two lists of sentences; anchors are per-sentence sets of shared tokens.

    >>> [(b.source, b.target) for b in align(["A b c.", "D e f g h i."], ["Xy z.", "Uv w xyz ab."])]
    [((0,), (0,)), ((1,), (1,))]
    """
    n, m = len(source), len(target)
    s_len = [max(1, length(unicodedata.normalize("NFC", s))) for s in source]
    t_len = [max(1, length(unicodedata.normalize("NFC", t))) for t in target]
    ratio = (sum(t_len) / sum(s_len)) if n and m else 1.0
    s_anchor = list(source_anchors) if source_anchors is not None else [numbers(s) for s in source]
    t_anchor = list(target_anchors) if target_anchors is not None else [numbers(t) for t in target]
    s_punct = [punctuation_profile(s) for s in source]
    t_punct = [punctuation_profile(t) for t in target]

    def bead_cost(i: int, j: int, di: int, dj: int) -> float:
        cost = -math.log(PRIORS[(di, dj)])
        ls = sum(s_len[i:i + di])
        lt = sum(t_len[j:j + dj])
        if di and dj:
            cost += length_cost(ls, lt, ratio)
            sa = frozenset().union(*s_anchor[i:i + di])
            ta = frozenset().union(*t_anchor[j:j + dj])
            shared = len(sa & ta)
            missing = len(sa ^ ta)
            cost -= ANCHOR_BONUS * shared
            cost += ANCHOR_PENALTY * missing / (1 + shared)
            sp = [any(p[k] for p in s_punct[i:i + di]) for k in range(3)]
            tp = [any(p[k] for p in t_punct[j:j + dj]) for k in range(3)]
            cost += sum(1.0 for a, b in zip(sp, tp, strict=True) if a != b)
        else:
            cost += 4.0 + 0.02 * (ls + lt)
        return cost

    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    band = max(10, abs(n - m) + 6)
    for i in range(n + 1):
        centre = i * m / n if n else 0
        lo, hi = max(0, int(centre) - band), min(m, int(centre) + band)
        for j in range(lo, hi + 1):
            if best[i][j] == inf:
                continue
            for di, dj in PRIORS:
                if i + di > n or j + dj > m:
                    continue
                c = best[i][j] + bead_cost(i, j, di, dj)
                if c < best[i + di][j + dj]:
                    best[i + di][j + dj] = c
                    back[i + di][j + dj] = (di, dj)
    if best[n][m] == inf:  # outside the band: fall back to a full search
        return _unbanded(n, m, bead_cost)
    return _trace(n, m, back, bead_cost, _backward(n, m, bead_cost, band))


def _unbanded(n: int, m: int, bead_cost: Callable[[int, int, int, int], float]) -> list[Bead]:
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if best[i][j] == inf:
                continue
            for di, dj in PRIORS:
                if i + di <= n and j + dj <= m:
                    c = best[i][j] + bead_cost(i, j, di, dj)
                    if c < best[i + di][j + dj]:
                        best[i + di][j + dj], back[i + di][j + dj] = c, (di, dj)
    return _trace(n, m, back, bead_cost, _backward(n, m, bead_cost, None))


def _backward(n: int, m: int, bead_cost: Callable[[int, int, int, int], float],
              band: int | None) -> list[list[float]]:
    """rest[i][j]: cost of the best alignment of what follows (i, j)."""
    inf = float("inf")
    rest = [[inf] * (m + 1) for _ in range(n + 1)]
    rest[n][m] = 0.0
    for i in range(n, -1, -1):
        if band is None:
            lo, hi = 0, m
        else:
            centre = i * m / n if n else 0
            lo, hi = max(0, int(centre) - band - 2), min(m, int(centre) + band + 2)
        for j in range(hi, lo - 1, -1):
            for di, dj in PRIORS:
                if (di or dj) and i + di <= n and j + dj <= m and rest[i + di][j + dj] < inf:
                    c = bead_cost(i, j, di, dj) + rest[i + di][j + dj]
                    if c < rest[i][j]:
                        rest[i][j] = c
    return rest


def _trace(n: int, m: int, back: list[list[tuple[int, int] | None]],
           bead_cost: Callable[[int, int, int, int], float], rest: list[list[float]]) -> list[Bead]:
    beads: list[Bead] = []
    i, j = n, m
    while i > 0 or j > 0:
        step = back[i][j]
        assert step is not None
        di, dj = step
        i, j = i - di, j - dj
        chosen = bead_cost(i, j, di, dj) + rest[i + di][j + dj]
        others = [bead_cost(i, j, a, b) + rest[i + a][j + b] for a, b in PRIORS
                  if (a, b) != (di, dj) and i + a <= n and j + b <= m and rest[i + a][j + b] < float("inf")]
        # confidence: weight of the best complete alignment through this bead against the best
        # complete alignments that leave this point by another bead
        weights = [math.exp(-min(c - chosen, 50.0)) for c in others]
        score = 1.0 / (1.0 + sum(weights))
        flagged = score < LOW_CONFIDENCE or di == 0 or dj == 0
        beads.append(Bead(tuple(range(i, i + di)), tuple(range(j, j + dj)), round(score, 3), flagged))
    beads.reverse()
    return beads


def term_anchors(sentences: Sequence[str], forms_by_term: Mapping[str, Sequence[str]]) -> list[frozenset[str]]:
    """For each sentence, the ids of the terms one of whose forms it contains (case-blind).

    >>> term_anchors(["Le Fonds est là.", "Rien."], {"fund": ["fonds"], "x": ["zzz"]})
    [frozenset({'fund'}), frozenset()]
    """
    lowered = [s.casefold() for s in sentences]
    folded = {tid: [f.casefold() for f in forms if len(f) >= 3] for tid, forms in forms_by_term.items()}
    return [frozenset(tid for tid, forms in folded.items() if any(f in s for f in forms)) for s in lowered]


def anchored(sentences: Sequence[str], forms_by_term: Mapping[str, Sequence[str]]) -> list[frozenset[str]]:
    """Numbers and terms of each sentence, as alignment anchors."""
    terms = term_anchors(sentences, forms_by_term)
    return [numbers(s) | {f"term:{t}" for t in ts} for s, ts in zip(sentences, terms, strict=True)]
