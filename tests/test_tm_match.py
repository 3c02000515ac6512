"""Fuzzy matching: the score, the diff, and an index that returns exactly what brute force returns."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.model import Unit
from toolkit.tm.match import FuzzyIndex, brute_force, index_keys, min_shared, similarity, word_diff
from toolkit.tm.store import TranslationMemory

WORDS = ["the", "ambassador", "Ambassador", "opened", "exhibition", "in", "Paris", "Rome", "Baku", "of",
         "Khojaly", "Xocalı", "613", "victims", "remembered", ",", ".", "students", "and", "guests", "said"]


def test_identical_is_100_and_only_identical() -> None:
    assert similarity("The ambassador spoke.", "The ambassador spoke.") == 100.0
    assert similarity("The ambassador spoke.", "The ambassador spoke!") < 100.0


def test_case_only_difference_costs_half() -> None:
    # 4 tokens, one differs in case: 1 - 0.5/4
    assert similarity("The Ambassador spoke .", "The ambassador spoke .") == 87.5


def test_one_word_changed() -> None:
    # 5 tokens, one substitution: 80%
    assert similarity("Guests came from Paris .", "Guests came from Rome .") == 80.0


def test_word_diff() -> None:
    assert word_diff("Guests came from Paris.", "Guests came from Rome.") == [
        ("=", "Guests came from"), ("-", "Paris"), ("+", "Rome"), ("=", ".")]


def test_index_keys_number_repeats() -> None:
    assert index_keys("The the THE") == ["the", "the#2", "the#3"]


def test_count_filter_bound() -> None:
    assert min_shared(20, 75) == 15
    assert min_shared(3, 50) == 2


def _sentences(rng: random.Random, n: int) -> list[str]:
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 14))) for _ in range(n)]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    rng = random.Random(42)
    units = [Unit(source=s, target=f"fr {i}", source_lang="en", target_lang="fr", changed=f"2024-01-{i % 28 + 1:02d}")
             for i, s in enumerate(_sentences(rng, 1500))]
    units += [Unit(source=s, target=f"ru {i}", source_lang="en", target_lang="ru") for i, s in
              enumerate(_sentences(rng, 200))]
    with TranslationMemory(tmp_path_factory.mktemp("tm") / "tm.sqlite") as tm:
        tm.add(units)
        yield tm


@settings(max_examples=150, deadline=None)
@given(query=st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join),
       threshold=st.sampled_from([50, 60, 75, 85, 95, 100]))
def test_index_returns_exactly_what_brute_force_returns(store: TranslationMemory, query: str,
                                                        threshold: int) -> None:
    everything = list(store.units("en", "fr"))
    expected = brute_force(everything, query, threshold, limit=None)
    got = FuzzyIndex.from_store(store, "en", "fr").search(query, threshold, limit=None)
    assert [(m.unit.source, m.unit.target, m.score) for m in got] == \
           [(m.unit.source, m.unit.target, m.score) for m in expected]


def test_search_filters_the_target_language(store: TranslationMemory) -> None:
    some = next(iter(store.units("en", "ru")))
    got = FuzzyIndex.from_store(store, "en", "ru").search(some.source, 100, limit=None)
    assert got and all(m.unit.target_lang == "ru" for m in got)


def test_index_survives_migration_from_version_2(tmp_path) -> None:
    import sqlite3

    from toolkit.tm.store import MIGRATIONS

    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    for version in (1, 2):
        db.executescript(str(MIGRATIONS[version]))
    db.execute("INSERT INTO units (key, source, target, source_lang, target_lang, created, changed, origin)"
               " VALUES ('k', 'Guests came from Paris.', 'Des invités.', 'en', 'fr', 'x', 'x', 'manual')")
    db.execute("PRAGMA user_version = 2")
    db.commit()
    db.close()
    with TranslationMemory(path) as tm:
        assert tm.version == 3
        found = FuzzyIndex.from_store(tm, "en", "fr").search("Guests came from Rome.", 75)
        assert [m.unit.target for m in found] == ["Des invités."]
