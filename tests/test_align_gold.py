"""Sentence alignment against the gold alignments of our parallel corpus, as written and with
target sentences merged or split at random (the beads a translator's edits create)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml

from toolkit.align import align

GOLD = Path(__file__).parent / "data" / "gold" / "align"
LANGS = ["fr", "it", "ru", "ur"]


def load(path: Path) -> tuple[str, list[tuple[list[str], list[str]]]]:
    lang = path.name.split(".")[1]
    beads = yaml.safe_load(path.read_text(encoding="utf-8"))
    return lang, [(b["en"], b[lang]) for b in beads]


def accuracy(beads: list[tuple[list[str], list[str]]]) -> tuple[int, int]:
    """Gold beads reproduced exactly by the aligner, out of all gold beads."""
    source = [s for b in beads for s in b[0]]
    target = [t for b in beads for t in b[1]]
    gold, i, j = set(), 0, 0
    for s, t in beads:
        gold.add((tuple(range(i, i + len(s))), tuple(range(j, j + len(t)))))
        i, j = i + len(s), j + len(t)
    got = {(b.source, b.target) for b in align(source, target)}
    return len(gold & got), len(gold)


def perturbed(beads: list[tuple[list[str], list[str]]], rng: random.Random) -> list[tuple[list[str], list[str]]]:
    """Merge some neighbouring target sentences and split others at a comma, adjusting the gold."""
    out: list[tuple[list[str], list[str]]] = []
    k = 0
    while k < len(beads):
        s, t = beads[k]
        roll = rng.random()
        if roll < 0.12 and k + 1 < len(beads) and len(t) == 1 and len(beads[k + 1][1]) == 1 \
                and len(s) == 1 and len(beads[k + 1][0]) == 1:
            out.append((s + beads[k + 1][0], [t[0] + " " + beads[k + 1][1][0]]))
            k += 2
            continue
        if roll > 0.88 and len(t) == 1 and len(s) == 1 and ", " in t[0][len(t[0]) // 4:]:
            cut = t[0].index(", ", len(t[0]) // 4)
            out.append((s, [t[0][:cut + 1], t[0][cut + 2:]]))
        else:
            out.append((s, t))
        k += 1
    return out


@pytest.fixture(scope="module")
def gold_files() -> list[Path]:
    files = sorted(GOLD.glob("*.yaml"))
    assert len(files) == 20, "gold alignments: 5 documents x 4 languages"
    return files


@pytest.mark.parametrize("lang", LANGS)
def test_corpus_as_written(gold_files, lang: str) -> None:
    right = total = 0
    for path in gold_files:
        if load(path)[0] == lang:
            r, t = accuracy(load(path)[1])
            right, total = right + r, total + t
    print(f"\nalignment {lang} as written: {right}/{total} = {right / total:.3f}")
    assert right / total >= 0.98


@pytest.mark.parametrize("lang", LANGS)
def test_merged_and_split_targets(gold_files, lang: str) -> None:
    rng = random.Random(f"align-{lang}")
    right = total = changed = 0
    for _round in range(5):
        for path in gold_files:
            if load(path)[0] != lang:
                continue
            beads = perturbed(load(path)[1], rng)
            changed += sum(len(s) != 1 or len(t) != 1 for s, t in beads)
            r, t = accuracy(beads)
            right, total = right + r, total + t
    print(f"\nalignment {lang} merged/split ({changed} changed beads): {right}/{total} = {right / total:.3f}")
    assert changed > 20
    assert right / total >= 0.95
