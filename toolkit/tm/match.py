"""Fuzzy matching: a CAT-style match percentage and an index that finds every match.

Score (documented in the README): sentences are split into word and punctuation
tokens; d_norm is the token Levenshtein distance after folding case and
diacritics, d_exact the distance on the tokens as written. A token that differs
only in case or accents costs half an edit:

    score = 100 × (1 − (d_norm + (d_exact − d_norm) / 2) / max(n_query, n_unit))

and 100 is kept for identical text. OmegaT scores on tokens in the same way (its
default "fuzzy" score, without our half cost for case); translate-toolkit scores
on characters, so one changed long word costs it more than a short one.

Index: every unit's folded tokens, numbered by occurrence ("the", "the#2"), are
postings in the TM. A unit at or above t% must share at least ⌈t·n⌉ of the query's
n keys (d ≥ max(n, m) − shared), hence contain one of any n − ⌈t·n⌉ + 1 of them:
we read only the postings of that many of the rarest keys, then score the
candidates exactly. No match is ever missed (tests compare with brute force).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from toolkit.model import Unit

if TYPE_CHECKING:
    from toolkit.tm.store import TranslationMemory

_TOKEN = re.compile(r"\w+(?:[’'.-]\w+)*|[^\w\s]", re.UNICODE)
_DF_CAPS = (500, 5_000, 50_000, 10**9)  # common keys are counted up to each cap in turn, only as far as needed
_DF_CAP = _DF_CAPS[0]  # a key with this many postings is common
_READ_FOR_PRUNING = 8  # reading a posting costs about an eighth of verifying a candidate


def tokens(text: str) -> list[str]:
    """Words (with inner apostrophes, dots and hyphens) and punctuation marks."""
    return _TOKEN.findall(text)


@lru_cache(maxsize=262_144)
def fold_token(token: str) -> str:
    """Case and accents off: 'Əliyev' → 'aliyev' (cached: a TM's vocabulary is small)."""
    if token.isascii():
        return token.lower()
    decomposed = unicodedata.normalize("NFKD", token.replace("ı", "i").replace("ə", "a").replace("Ə", "A"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def index_keys(text: str) -> list[str]:
    """Folded tokens numbered by occurrence, so a multiset becomes a set."""
    seen: dict[str, int] = {}
    keys = []
    for tok in tokens(text):
        f = fold_token(tok)
        seen[f] = seen.get(f, 0) + 1
        keys.append(f if seen[f] == 1 else f"{f}#{seen[f]}")
    return keys


def similarity(query: str, candidate: str) -> float:
    """Match percentage of `candidate` for `query` (see the module docstring)."""
    if query == candidate:
        return 100.0
    q, c = tokens(query), tokens(candidate)
    longest = max(len(q), len(c))
    if longest == 0:
        return 100.0 if query.strip() == candidate.strip() else 0.0
    d_exact = Levenshtein.distance(q, c)
    d_norm = Levenshtein.distance([fold_token(t) for t in q], [fold_token(t) for t in c])
    score = 100.0 * (1 - (d_norm + (d_exact - d_norm) / 2) / longest)
    return max(0.0, min(round(score, 2), 99.99))


def word_diff(query: str, candidate: str) -> list[tuple[str, str]]:
    """Word-level diff of candidate against query: (op, text) with op in '=', '-', '+'."""
    q, c = tokens(query), tokens(candidate)
    out: list[tuple[str, str]] = []
    for op in Levenshtein.opcodes(q, c):
        if op.tag == "equal":
            out.append(("=", " ".join(q[op.src_start:op.src_end])))
            continue
        if op.src_end > op.src_start:
            out.append(("-", " ".join(q[op.src_start:op.src_end])))
        if op.dest_end > op.dest_start:
            out.append(("+", " ".join(c[op.dest_start:op.dest_end])))
    return out


@dataclass(frozen=True)
class Match:
    unit: Unit
    score: float


def rank(matches: Iterable[Match], limit: int | None) -> list[Match]:
    """Best first; ties: newest change, then source and target text (deterministic)."""
    ordered = sorted(matches, key=lambda m: (-m.score, _neg(m.unit.changed), m.unit.source, m.unit.target))
    return ordered if limit is None else ordered[:limit]


def _neg(stamp: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in stamp)


def min_shared(n_keys: int, min_score: float) -> int:
    """Fewest query keys a unit scoring ≥ min_score must contain (the count filter)."""
    return max(1, math.ceil(n_keys * min_score / 100 - 1e-9))


class FuzzyIndex:
    """Fuzzy search over one language pair of a TM, through the TM's postings."""

    def __init__(self, store: TranslationMemory, source_lang: str, target_lang: str) -> None:
        self.store, self.source_lang, self.target_lang = store, source_lang, target_lang
        self._df: dict[tuple[str, int, int, int], int] = {}

    @classmethod
    def from_store(cls, store: TranslationMemory, source_lang: str, target_lang: str) -> FuzzyIndex:
        return cls(store, source_lang, target_lang)

    def _rarity(self, key: str, lengths: tuple[int, int], cap: int = _DF_CAP) -> int:
        """Postings of a key in a length window, counted up to a cap (cached: it steers speed, not results)."""
        cache_key = (key, *lengths, cap)
        if cache_key not in self._df:
            self._df[cache_key] = int(self.store.db.execute(
                "SELECT count(*) FROM (SELECT 1 FROM postings WHERE key = ? AND ntok BETWEEN ? AND ? LIMIT ?)",
                (self.store.posting_key(self.source_lang, key), *lengths, cap)).fetchone()[0])
        return self._df[cache_key]

    def _reading_order(self, keys: list[str], lengths: tuple[int, int], must_read: int) -> list[str]:
        """Rarest keys first. Common keys are counted to higher caps only until enough of them are
        resolved, so the very frequent words ("the", ".") are never counted and never read."""
        resolved: list[str] = []
        pending = list(keys)
        for cap in _DF_CAPS:
            below = [k for k in pending if self._rarity(k, lengths, cap) < cap]
            resolved += sorted(below, key=lambda k: (self._rarity(k, lengths, cap), k))
            pending = [k for k in pending if k not in below]
            if len(resolved) >= must_read or not pending:
                break
        return resolved + sorted(pending)

    def _more_postings_than(self, key: str, lengths: tuple[int, int], limit: int) -> bool:
        """Whether a key has more than `limit` postings, counting no further than needed."""
        for cap in _DF_CAPS:
            n = self._rarity(key, lengths, cap)
            if n > limit:
                return True
            if n < cap:
                return False
        return True

    def candidates(self, text: str, min_score: float) -> set[int]:
        """Ids of every unit that can reach min_score (maybe more; never fewer).

        The rarest n − k + 1 keys must be read (prefix filter); a unit seen h times in r
        read keys shares at most h + (n − r) keys, so it needs h ≥ k − (n − r). Reading a
        further key raises that floor; we do so while its postings are few next to the
        candidates it would prune.
        """
        keys = sorted(set(index_keys(text)))
        if not keys:
            return set()
        n = len(keys)
        need = min_shared(n, min_score)
        must = n - need + 1
        # a unit of m tokens scores at most min(n, m) / max(n, m): only this window of lengths can match
        lengths = (need, math.floor(n * 100 / min_score + 1e-9))
        ordered = self._reading_order(keys, lengths, must)
        hits: dict[int, int] = {}
        read = 0
        for key in ordered:
            if read >= must:
                floor = need - (n - read)
                alive = sum(1 for h in hits.values() if h >= floor)
                if self._more_postings_than(key, lengths, max(_DF_CAP, _READ_FOR_PRUNING * alive)):
                    break
            for (unit,) in self.store.db.execute(
                    "SELECT unit FROM postings WHERE key = ? AND ntok BETWEEN ? AND ?",
                    (self.store.posting_key(self.source_lang, key), *lengths)):
                hits[unit] = hits.get(unit, 0) + 1
            read += 1
        floor = need - (n - read)
        return {unit for unit, h in hits.items() if h >= floor}

    def search(self, text: str, min_score: float = 75, limit: int | None = 10) -> list[Match]:
        """Units of this language pair scoring at least min_score against text, best first."""
        query_keys = set(index_keys(text))
        n = len(query_keys)
        survivors = []
        for unit_id, keys in self.store.unit_keys(sorted(self.candidates(text, min_score))):
            longest = max(n, len(keys))
            # score ≤ shared / longest: drop what cannot reach the threshold before scoring it
            if longest and len(query_keys.intersection(keys)) * 100 >= min_score * longest - 1e-9:
                survivors.append(unit_id)
        found = []
        for unit in self.store.units_by_id(survivors, self.target_lang):
            score = similarity(text, unit.source)
            if score >= min_score:
                found.append(Match(unit, score))
        return rank(found, limit)


def brute_force(units: Sequence[Unit], text: str, min_score: float = 75, limit: int | None = 10) -> list[Match]:
    """Score every unit: the reference the index must agree with."""
    return rank((Match(u, s) for u in units if (s := similarity(text, u.source)) >= min_score), limit)
