"""Segmentation: our SRX engine against pysbd, speed and exactness, in one run.

Speed: segments/second on a deterministic news-like text (ONOMAST_BENCH_SCALE
scales its 200,000 words). Exactness: the share of the tricky cases in
tests/test_segment.py that each segmenter gets exactly right, per language.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

from benchmarks.textgen import document
from toolkit.segment import load_rules, segment_spans

OUT = Path(__file__).parent / "out"


def _cases() -> list[tuple[str, str, list[str]]]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.test_segment import CASES

    return CASES


def main() -> None:
    scale = float(os.environ.get("ONOMAST_BENCH_SCALE", "1"))
    text = document(int(200_000 * scale), seed=7)
    rules = load_rules()
    started = time.perf_counter()
    ours = segment_spans(text, "en", rules)
    ours_s = time.perf_counter() - started
    rows = [("onomast SRX", len(ours), ours_s)]
    exact: dict[str, Counter[str]] = {"onomast SRX": Counter()}
    totals: Counter[str] = Counter()
    for lang, case, expected in _cases():
        totals[lang[:2].lower()] += 1
        got = [case[a:b] for a, b in segment_spans(case, lang, rules)]
        exact["onomast SRX"][lang[:2].lower()] += got == expected
    try:
        import pysbd
    except ImportError:
        print("pysbd not installed: peer row skipped (pip install pysbd)")
    else:
        seg = pysbd.Segmenter(language="en", clean=False)
        started = time.perf_counter()
        theirs = [s for line in text.split("\n") if line.strip() for s in seg.segment(line)]
        rows.append((f"pysbd {pysbd.__version__}", len(theirs), time.perf_counter() - started))
        exact["pysbd"] = Counter()
        for lang, case, expected in _cases():
            code = lang[:2].lower()
            try:
                s = pysbd.Segmenter(language=code, clean=False)
                got = [x.strip() for line in case.split("\n") for x in s.segment(line) if x.strip()]
            except (ValueError, KeyError):
                got = []
            exact["pysbd"][code] += got == expected
    words = len(text.split())
    print(f"text: {words:,} words (deterministic, seed 7)")
    print(f"{'segmenter':<16} {'segments':>9} {'seconds':>8} {'segments/s':>11} {'ratio':>6}")
    base = rows[0][1] / rows[0][2]
    for name, n, secs in rows:
        print(f"{name:<16} {n:>9,} {secs:>8.2f} {n / secs:>11,.0f} {n / secs / base:>6.2f}")
    langs = sorted(totals)
    print("exact on the tricky cases: " + "  ".join(
        f"{name}: " + ", ".join(f"{lang} {exact[name][lang]}/{totals[lang]}" for lang in langs) for name in exact))
    OUT.mkdir(exist_ok=True)
    (OUT / "segment.json").write_text(json.dumps({
        "words": words,
        "rows": [{"segmenter": n, "segments": c, "seconds": round(s, 3), "segments_per_second": round(c / s)}
                 for n, c, s in rows],
        "exact": {name: dict(exact[name]) for name in exact}, "cases": dict(totals),
    }, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
