"""Fuzzy TM lookup: median and p95 per query on TMs of 10k, 100k and 1M units, and
translate-toolkit's matcher configured as its `pretranslate` uses it
(max_candidates=1, min_similarity=75, max_length=1000) on the same TM and queries.

Sentences are news-length (8–35 words, Zipf vocabulary) and generated
deterministically; queries are stored sentences with 1–3 words edited.
ONOMAST_BENCH_SCALE scales the sizes (0.1 → 1k, 10k, 100k).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.textgen import edited, tm_sentences
from toolkit.model import Unit
from toolkit.tm.match import FuzzyIndex
from toolkit.tm.store import TranslationMemory

OUT = Path(__file__).parent / "out"
THRESHOLD = 75
QUERIES = 200
PEER_QUERIES = QUERIES  # the same queries for both, cold ones included
PEER_MAX_UNITS = 100_000


def _timed(fn, queries: list[str]) -> tuple[list[float], list[str | None]]:  # type: ignore[no-untyped-def]
    times, best = [], []
    for q in queries:
        started = time.perf_counter()
        found = fn(q)
        times.append(time.perf_counter() - started)
        best.append(found)
    return times, best


def _stats(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered) * 1000, ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))] * 1000


def _peer(sentences: list[str], queries: list[str]):  # type: ignore[no-untyped-def]
    try:
        from translate.search.match import matcher
        from translate.storage.pypo import pofile, pounit
    except ImportError:
        return None
    store = pofile()
    for i, s in enumerate(sentences):
        unit = pounit(s)
        unit.target = f"t{i}"
        store.addunit(unit)
    started = time.perf_counter()
    m = matcher(store, max_candidates=1, min_similarity=THRESHOLD, max_length=1000)
    setup = time.perf_counter() - started

    def best(q: str) -> str | None:
        found = m.matches(q)
        return found[0].source if found else None

    times, found = _timed(best, queries)
    return setup, times, found


def main() -> None:
    scale = float(os.environ.get("ONOMAST_BENCH_SCALE", "1"))
    sizes = [max(100, int(n * scale)) for n in (10_000, 100_000, 1_000_000)]
    all_sentences = tm_sentences(sizes[-1])
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tm.sqlite"
        stored = 0
        with TranslationMemory(path) as tm:
            for size in sizes:
                started = time.perf_counter()
                tm.add(Unit(s, f"t{i}", "en", "fr") for i, s in enumerate(all_sentences[stored:size], stored))
                import_s = time.perf_counter() - started
                stored = size
                rng = random.Random(size)
                queries = [edited(all_sentences[rng.randrange(size)], rng, rng.randint(1, 3)) for _ in range(QUERIES)]
                index = FuzzyIndex.from_store(tm, "en", "fr")

                def ours(q: str, index: FuzzyIndex = index) -> str | None:
                    found = index.search(q, THRESHOLD, 1)
                    return found[0].unit.source if found else None

                times, best = _timed(ours, queries)
                median, p95 = _stats(times)
                row = {"units": size, "import_units_per_s": round((size - (sizes[sizes.index(size) - 1]
                                                                         if sizes.index(size) else 0)) / import_s),
                       "median_ms": round(median, 2), "p95_ms": round(p95, 2),
                       "queries_per_s": round(len(times) / sum(times), 1),
                       "hits": sum(b is not None for b in best)}
                if size <= PEER_MAX_UNITS:
                    peer = _peer(all_sentences[:size], queries[:PEER_QUERIES])
                    if peer is not None:
                        setup, ptimes, pbest = peer
                        pmedian, pp95 = _stats(ptimes)
                        ours_mean = statistics.mean(times[:PEER_QUERIES])
                        pairs = list(zip(best[:PEER_QUERIES], pbest, strict=True))
                        both = [(a, b) for a, b in pairs if a is not None and b is not None]
                        row.update({
                            "tt_setup_s": round(setup, 1), "tt_median_ms": round(pmedian, 1),
                            "tt_p95_ms": round(pp95, 1), "tt_queries_per_s": round(len(ptimes) / sum(ptimes), 1),
                            "speedup_mean": round(statistics.mean(ptimes) / ours_mean, 1),
                            "speedup_median": round(statistics.median(ptimes) / statistics.median(times[:PEER_QUERIES]),
                                                    1),
                            # scores differ (tokens vs characters): near the threshold one may find a match
                            # the other does not; where both find one it must be the same unit
                            "same_best": sum(a == b for a, b in both),
                            "compared": len(both),
                            "only_ours": sum(a is not None and b is None for a, b in pairs),
                            "only_tt": sum(a is None and b is not None for a, b in pairs)})
                results.append(row)
                print(json.dumps(row))
    print(f"\n{'units':>9} {'median ms':>10} {'p95 ms':>8} {'q/s':>8} {'tt q/s':>8} {'speed-up':>9} {'(median)':>9} "
          f"{'same best':>10}")
    for r in results:
        print(f"{r['units']:>9,} {r['median_ms']:>10.2f} {r['p95_ms']:>8.2f} {r['queries_per_s']:>8.1f} "
              f"{r.get('tt_queries_per_s', '-'):>8} {r.get('speedup_mean', '-'):>9} {r.get('speedup_median', '-'):>9} "
              f"{str(r.get('same_best', '-')) + '/' + str(r.get('compared', '-')):>10}")
    OUT.mkdir(exist_ok=True)
    (OUT / "fuzzy.json").write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
