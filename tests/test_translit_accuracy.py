"""Accuracy of the renderings onomast proposes, measured on tables of public usage, on names the
exceptions file and the lexicon do not give in that language.

reference.tsv is the table the rules are developed on (since 2026-12-02 it includes the rows of the
former heldout.tsv and heldout2.tsv, tests/data/translit/README.md); heldout3.tsv was compiled
without seeing the rules or the other tables' renderings and is never used to tune them
(tests/data/translit/HELDOUT3.md), so it shows how the engine does on names it has not seen;
heldout4.tsv does the same for names of English origin (HELDOUT4.md), which no table had until
2026-12-03. english_dev.tsv holds more English names, development data for the English rules
(tests/data/translit/README.md); it has too few Urdu cells to measure Urdu.

The rules are also measured alone, with the name-part lexicon and the list of common English names
(english.yaml) switched off and the table's own origin given, which is what a name made of parts
nobody listed gets.

Names the exceptions file or the exonyms of world-famous people and places (exonyms.yaml) give in
a language are established forms, not the rules' work, and are left out of that language's figure.

The bars of the issue (ru, fr, it >= 0.90 exact; ur >= 0.70 exact and >= 0.90 within one edit) are
printed with the figures; the assertions hold the engine to what it measurably achieves today, so a
regression fails the suite while the gap to the bars stays visible.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein

from toolkit.glossary.fill import _lexicon, propose
from toolkit.model import Entry, Variant
from toolkit.translit import _exceptions, fold

TABLES = Path(__file__).parent / "data" / "translit"
BARS = {"ru": 0.90, "fr": 0.90, "it": 0.90, "ur": 0.70}
# what the engine measurably achieves (closing note of the transliteration issue); raise as it improves
FLOORS = {"reference.tsv": {"ru": 0.89, "fr": 0.87, "it": 0.91, "ur": 0.70},
          "heldout3.tsv": {"ru": 0.73, "fr": 0.90, "it": 0.88, "ur": 0.57},
          "heldout4.tsv": {"ru": 0.54, "fr": 0.94, "it": 0.95, "ur": 0.56},
          "english_dev.tsv": {"ru": 0.52, "fr": 0.93, "it": 0.92}}
# rows a table must measure in a language for its figure to mean anything
MINIMUM = {"reference.tsv": 100, "heldout3.tsv": 20, "heldout4.tsv": 20, "english_dev.tsv": 100}


def rows(table: str = "reference.tsv") -> list[dict[str, str]]:
    with (TABLES / table).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def measured(lang: str, table: str = "reference.tsv") -> tuple[int, int, int]:
    """(exact, within one edit, total) over the rows the lexicon and exceptions do not cover."""
    exact = near = total = 0
    for row in rows(table):
        expected = row[lang]
        if not expected or _lexicon().get(fold(row["en"]), {}).get(lang) or (fold(row["en"]), lang) in _exceptions():
            continue
        entry = Entry(id="x", type=row["kind"], canonical=row["en"], variants=(Variant(row["en"]),))
        got = propose(entry, lang)
        text = got[0].text if got else ""
        total += 1
        exact += text == expected
        near += Levenshtein.distance(text, expected) <= 1
    return exact, near, total


def test_table_is_big_enough() -> None:
    for lang in BARS:
        assert sum(1 for r in rows() if r[lang]) >= 150, lang


@pytest.mark.parametrize(("table", "lang"), [(table, lang) for table in FLOORS for lang in FLOORS[table]])
def test_accuracy(lang: str, table: str) -> None:
    exact, near, total = measured(lang, table)
    print(f"\n{table} {lang}: exact {exact}/{total} = {exact / total:.3f}, within one edit {near}/{total} = "
          f"{near / total:.3f} (bar {BARS[lang]:.2f})")
    assert total >= MINIMUM[table]
    assert exact / total >= FLOORS[table][lang]


# the rules alone, without the name-part lexicon, on names whose origin the table gives: how far the
# rules reach for a name whose parts nobody listed (the lexicon carries Urdu most of the way)
RULES_ALONE_FLOORS = {"reference.tsv": {"ru": 0.76, "fr": 0.87, "it": 0.84, "ur": 0.41},
                      "heldout3.tsv": {"ru": 0.68, "fr": 0.88, "it": 0.93, "ur": 0.07},
                      "heldout4.tsv": {"ru": 0.39, "fr": 0.95, "it": 0.94, "ur": 0.35},
                      "english_dev.tsv": {"ru": 0.40, "fr": 0.91, "it": 0.92}}
_ORIGINS = ("az", "tr", "ru", "hy", "ka", "pk", "fr", "it", "en")


@pytest.mark.parametrize(("table", "lang"), [(t, lang) for t in RULES_ALONE_FLOORS for lang in RULES_ALONE_FLOORS[t]])
def test_accuracy_of_the_rules_alone(monkeypatch: pytest.MonkeyPatch, lang: str, table: str) -> None:
    import toolkit.translit.parts as parts
    import toolkit.translit.render as render
    from toolkit.translit import transliterate

    monkeypatch.setattr(parts, "name_parts", lambda: {})
    monkeypatch.setattr(render, "name_parts", lambda: {})
    monkeypatch.setattr(render, "_english_names", lambda: {})
    exact = total = 0
    for row in rows(table):
        expected = row[lang]
        if not expected or row["origin"] not in _ORIGINS or _lexicon().get(fold(row["en"]), {}).get(lang) \
                or (fold(row["en"]), lang) in _exceptions():
            continue
        total += 1
        exact += transliterate(row["en"], lang, kind=row["kind"], origin=row["origin"])[0] == expected
    print(f"\nrules alone, {table} {lang}: exact {exact}/{total} = {exact / total:.3f}")
    assert total >= MINIMUM[table]
    assert exact / total >= RULES_ALONE_FLOORS[table][lang]
