"""The TM as a lookup for pre-translation: exact match first, then the best fuzzy match."""

from __future__ import annotations

from toolkit.formats.po import TMLookup, TMMatch
from toolkit.tm.match import FuzzyIndex
from toolkit.tm.store import TranslationMemory


def tm_lookup(store: TranslationMemory, source_lang: str, target_lang: str, threshold: float = 75) -> TMLookup:
    """A function source -> best TMMatch (newest exact match, else fuzzy at or above `threshold`)."""
    fuzzy = FuzzyIndex.from_store(store, source_lang, target_lang)

    def lookup(source: str) -> TMMatch | None:
        exact = store.exact(source, source_lang, target_lang)
        if exact:
            return TMMatch(source, exact[0].target, 100.0)
        matches = fuzzy.search(source, min_score=threshold, limit=1)
        if not matches:
            return None
        best = matches[0]
        return TMMatch(best.unit.source, best.unit.target, best.score)

    return lookup
