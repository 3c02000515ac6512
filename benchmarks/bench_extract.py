"""Extraction speed: words/second on ≥ 1M deterministic words, and spaCy's small
English pipeline on the same text in the same run when it is installed.

ONOMAST_BENCH_SCALE scales the size (1 = 1,000,000 words, in 50 documents).
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from benchmarks.textgen import document
from toolkit.extract import extract
from toolkit.model import Document
from toolkit.segment import segment_document

OUT = Path(__file__).parent / "out"


def main() -> None:
    scale = float(os.environ.get("ONOMAST_BENCH_SCALE", "1"))
    total = int(1_000_000 * scale)
    per_doc = max(total // 50, 1000)
    docs = [Document(id=f"gen/{i:03d}.txt", lang="en", text=document(per_doc, seed=i))
            for i in range((total + per_doc - 1) // per_doc)]
    words = sum(len(d.text.split()) for d in docs)
    started = time.perf_counter()
    segments = {d.id: list(segment_document(d)) for d in docs}
    result = extract(docs, segments)
    ours = time.perf_counter() - started
    rows = [("onomast extract (segment+extract+cluster)", ours, len(result.entries))]
    try:
        import spacy

        nlp = spacy.load("en_core_web_sm", disable=["lemmatizer"])
    except (ImportError, OSError):
        print("spaCy en_core_web_sm not installed: peer row skipped")
    else:
        started = time.perf_counter()
        ents = 0
        for doc in nlp.pipe((d.text for d in docs), batch_size=8):
            ents += len(doc.ents)
        rows.append((f"spaCy {spacy.__version__} en_core_web_sm (NER)", time.perf_counter() - started, ents))
    print(f"corpus: {words:,} words in {len(docs)} documents (deterministic)")
    print(f"{'extractor':<46} {'seconds':>8} {'words/s':>10} {'ratio':>6} {'output':>8}")
    for name, secs, n in rows:
        print(f"{name:<46} {secs:>8.1f} {words / secs:>10,.0f} {ours / secs:>6.2f} {n:>8,}")
    OUT.mkdir(exist_ok=True)
    (OUT / "extract.json").write_text(json.dumps({
        "words": words, "rows": [{"extractor": n, "seconds": round(s, 2), "words_per_second": round(words / s)}
                                 for n, s, _ in rows]}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
