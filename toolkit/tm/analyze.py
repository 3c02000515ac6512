"""CAT analysis: how much of a text the TM already covers, in the bands project managers quote by."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from toolkit.tm.match import Match

BANDS: tuple[tuple[str, float, float], ...] = (
    ("100%", 100, 100), ("95-99%", 95, 99.99), ("85-94%", 85, 94.99), ("75-84%", 75, 84.99),
    ("50-74%", 50, 74.99),
)
_WORD = re.compile(r"\w+(?:[’'.-]\w+)*")


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass
class Analysis:
    """Segments and words per band, in the order CAT tools print them."""

    segments: dict[str, int] = field(default_factory=dict)
    words: dict[str, int] = field(default_factory=dict)

    def add(self, band: str, words: int) -> None:
        self.segments[band] = self.segments.get(band, 0) + 1
        self.words[band] = self.words.get(band, 0) + words

    def rows(self) -> list[tuple[str, int, int]]:
        order = ["repetitions", *(b[0] for b in BANDS), "no match"]
        return [(b, self.segments.get(b, 0), self.words.get(b, 0)) for b in order] + [
            ("total", sum(self.segments.values()), sum(self.words.values()))]


def band_of(score: float | None) -> str:
    if score is None:
        return "no match"
    for name, low, high in BANDS:
        if low <= score <= high:
            return name
    return "no match"


def analyze(segments: Iterable[str], best: Callable[[str], Match | None]) -> Analysis:
    """Band every segment: a repeat of an earlier segment is a repetition, else its best TM score."""
    result = Analysis()
    seen: set[str] = set()
    for text in segments:
        words = word_count(text)
        if text in seen:
            result.add("repetitions", words)
            continue
        seen.add(text)
        match = best(text)
        result.add(band_of(match.score if match else None), words)
    return result
