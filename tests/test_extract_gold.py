"""Extraction measured against hand-made gold annotations of our sample corpus.

Gold (`tests/data/gold/extract/<doc>.yaml`) lists, per document, every named term
grouped by referent. We score surface forms per document:
precision = extracted core forms that are gold forms / extracted core forms,
recall = gold core forms extracted / gold core forms, type accuracy over the
matches; and the variant joins: forms of one referent must share an entry, forms
of different referents that share a word must not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import pytest
import yaml

from toolkit.documents import read_documents
from toolkit.extract import extract
from toolkit.segment import segment_document

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "gold" / "extract"
CORPUS = ROOT / "corpus" / "en"
CORE = ("person", "place", "organization", "title", "event")


@dataclass
class Score:
    gold: set[tuple[str, str]] = field(default_factory=set)
    found: set[tuple[str, str]] = field(default_factory=set)
    types_right: int = 0
    types_total: int = 0
    must_join: list[tuple[str, str]] = field(default_factory=list)
    joined: list[tuple[str, str]] = field(default_factory=list)
    must_not_join: list[tuple[str, str]] = field(default_factory=list)
    wrongly_joined: list[tuple[str, str]] = field(default_factory=list)
    false_positives: list[tuple[str, str]] = field(default_factory=list)
    misses: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return len(self.found & self.gold) / len(self.found) if self.found else 1.0

    @property
    def recall(self) -> float:
        return len(self.found & self.gold) / len(self.gold) if self.gold else 1.0


def load_gold() -> dict[str, list[dict]]:
    gold = {}
    for path in sorted(GOLD.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        gold[data["doc"]] = data["terms"]
    return gold


def evaluate() -> Score:
    gold = load_gold()
    docs = [d for d in read_documents([CORPUS], "en") if Path(d.id).name in gold]
    segments = {d.id: list(segment_document(d)) for d in docs}
    result = extract(docs, segments)
    score = Score()
    gold_type: dict[tuple[str, str], str] = {}
    canonical_of: dict[str, str] = {}
    for doc_name, terms in gold.items():
        for term in terms:
            for form in term["forms"]:
                key = (doc_name, form)
                gold_type[key] = term["type"]
                canonical_of.setdefault(form, term["canonical"])
                if term["type"] in CORE:
                    score.gold.add(key)
    for m in result.mentions:
        key = (Path(m.doc).name, m.text)
        kind = gold_type.get(key)
        if kind is not None and kind not in CORE:
            continue  # a work or demonym: outside the core measure
        if kind is None and m.type not in CORE:
            continue
        score.found.add(key)
        if kind is not None:
            score.types_total += 1
            score.types_right += m.type == kind
    score.false_positives = sorted(score.found - score.gold)
    score.misses = sorted(score.gold - score.found)

    # a form in a document -> the entries that hold it for that document
    entry_of: dict[tuple[str, str], set[str]] = {}
    for entry in result.entries:
        for variant in entry.variants:
            for d in variant.docs:
                entry_of.setdefault((Path(d).name, variant.text), set()).add(entry.id)

    def together(a: tuple[str, str], b: tuple[str, str]) -> bool:
        return bool(entry_of.get(a, set()) & entry_of.get(b, set()))

    forms_by_referent: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for doc_name, terms in gold.items():
        for term in terms:
            if term["type"] in CORE:
                forms_by_referent.setdefault((term["type"], term["canonical"]), set()).update(
                    (doc_name, f) for f in term["forms"])
    for forms in forms_by_referent.values():
        for a, b in combinations(sorted(forms), 2):
            if a[1] == b[1] and a[0] != b[0]:
                continue  # the same spelling in two documents: counted by its own pairs
            score.must_join.append((f"{a[0]}:{a[1]}", f"{b[0]}:{b[1]}"))
            if together(a, b):
                score.joined.append(score.must_join[-1])
    referents = sorted(forms_by_referent.items())
    for (_ra, fa), (_rb, fb) in combinations(referents, 2):
        for a in sorted(fa):
            for b in sorted(fb):
                if set(a[1].lower().split()) & set(b[1].lower().split()):
                    score.must_not_join.append((f"{a[0]}:{a[1]}", f"{b[0]}:{b[1]}"))
                    if together(a, b):
                        score.wrongly_joined.append(score.must_not_join[-1])
    return score


@pytest.fixture(scope="module")
def score() -> Score:
    if not GOLD.is_dir() or not any(GOLD.glob("*.yaml")):
        pytest.fail("gold annotations missing in tests/data/gold/extract")
    s = evaluate()
    print(f"\nextraction: precision {s.precision:.3f} ({len(s.found & s.gold)}/{len(s.found)}), "
          f"recall {s.recall:.3f} ({len(s.found & s.gold)}/{len(s.gold)}), "
          f"type accuracy {s.types_right}/{s.types_total}, joins {len(s.joined)}/{len(s.must_join)}, "
          f"wrong joins {len(s.wrongly_joined)}/{len(s.must_not_join)}")
    return s


def test_precision(score: Score) -> None:
    assert score.precision >= 0.95, f"false positives: {score.false_positives}"


def test_recall(score: Score) -> None:
    assert score.recall >= 0.95, f"missed: {score.misses}"


def test_type_accuracy(score: Score) -> None:
    assert score.types_right >= 0.95 * score.types_total


def test_every_must_join_pair_is_joined(score: Score) -> None:
    missing = sorted(set(score.must_join) - set(score.joined))
    assert not missing, f"not joined: {missing}"


def test_no_must_not_join_pair_is_joined(score: Score) -> None:
    assert not score.wrongly_joined, f"wrongly joined: {score.wrongly_joined}"
