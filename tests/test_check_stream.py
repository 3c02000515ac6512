"""The fast paths of `check` against the plain ones: streaming with bounded memory finds what the
in-memory run finds; the target matcher that reads the folded text finds what the word-by-word one
finds; the shortcut for plain numbers agrees with working out every reading."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.check import CheckUnit, check_stream, run_checks, settings_from_config
from toolkit.check.corpus import Groups, UnitSpill, split_groups
from toolkit.check.inputs import check_units, load_termbase
from toolkit.check.matching import FormPattern, SourceMatcher, TargetText, find_form, words
from toolkit.check.numbers import missing_numbers, numbers

DATA = Path(__file__).parent / "data" / "check"
GLOSSARY = DATA / "glossary.yaml"


def _key(f):  # type: ignore[no-untyped-def]
    return (f.file, f.line, f.check, f.severity, f.message, f.source, f.target, f.term_id, f.lang,
            sorted((k, repr(v)) for k, v in f.extra.items()))


@pytest.mark.parametrize("off", [[], ["segment-inconsistent"], ["term-inconsistent"],
                                 ["term-inconsistent", "segment-inconsistent"]])
@pytest.mark.parametrize("lang", ["fr", "it", "ru", "ur"])
def test_streamed_units_give_the_findings_of_a_list(lang: str, off: list[str]) -> None:
    files = [str(DATA / lang / name) for name in ("errors.po", "errors-b.po", "correct.po")]
    entries = load_termbase(GLOSSARY)
    severity = settings_from_config({c: "off" for c in off})
    listed = run_checks(list(check_units(files, "en")), entries, severity)
    streamed = sorted(check_stream(check_units(files, "en"), entries, severity),
                      key=lambda f: (f.file, f.line, f.check, f.term_id, f.message))
    assert [_key(f) for f in streamed] == [_key(f) for f in listed]
    if not off:
        assert {f.check for f in listed} >= {"term-inconsistent", "segment-inconsistent"}


@pytest.mark.parametrize("after", [0, 7])
@pytest.mark.parametrize("off", [[], ["term-inconsistent", "segment-inconsistent"]])
def test_worker_processes_give_the_findings_of_one_process_in_the_same_order(
        after: int, off: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import toolkit.check
    import toolkit.check.parallel

    files = [str(DATA / lang / name) for lang in ("fr", "it", "ru", "ur")
             for name in ("errors.po", "errors-b.po", "correct.po")]
    entries = load_termbase(GLOSSARY)
    severity = settings_from_config({c: "off" for c in off})
    alone = list(check_stream(check_units(files, "en"), entries, severity, workers=1))
    monkeypatch.setattr(toolkit.check, "PARALLEL_AFTER", after)
    monkeypatch.setattr(toolkit.check.parallel, "CHUNK", 5)
    spread = list(check_stream(check_units(files, "en"), entries, severity, workers=2))
    assert [_key(f) for f in spread] == [_key(f) for f in alone]
    listed = list(check_stream(list(check_units(files, "en")), entries, severity, workers=2))
    assert [_key(f) for f in listed] == [_key(f) for f in alone]
    if not off:
        assert {f.check for f in alone} >= {"term-inconsistent", "segment-inconsistent", "term-missing"}


def test_segment_inconsistency_names_every_unit_of_the_group_streamed_past_one_batch() -> None:
    filler = [CheckUnit("a.po", i, f"Sentence {i}.", f"Фраза {i}.", "ru") for i in range(3, 1500)]
    units = [CheckUnit("a.po", 1, "Hello.", "Привет.", "ru"), CheckUnit("a.po", 2, "Hello.", "Привет.", "ru"),
             *filler, CheckUnit("b.po", 1, "Hello.", "Здравствуйте.", "ru")]
    found = [f for f in check_stream(iter(units), []) if f.check == "segment-inconsistent"]
    assert [(f.file, f.line, f.target) for f in found] == [("a.po", 1, "Привет."), ("a.po", 2, "Привет."),
                                                           ("b.po", 1, "Здравствуйте.")]
    assert all("2 different ways" in f.message for f in found)


def test_groups_keep_refs_of_repeats_and_count_distinct_values() -> None:
    groups = Groups()
    for ref, (key, value) in enumerate([("a", "x"), ("a", "x"), ("b", "y"), ("a", "z"), ("a", "x"), ("a", "w")]):
        groups.add(key, value, ref)
    assert list(groups.split()) == [(3, [0, 1, 3, 4, 5])]


def test_spill_returns_what_was_put_in_any_order() -> None:
    spill = UnitSpill()
    records = [(f"f{i % 3}.po", i, f"source {i}", f"цель {i}" * (i % 5), "ru", i % 7 == 0, "") for i in range(2000)]
    for start, end in ((0, 1), (1, 700), (700, 700), (700, 2000)):
        spill.extend(records[start:end])
    order = list(range(2000))
    random.Random(1).shuffle(order)
    assert [spill.get(i) for i in sorted(order[:300])] == [records[i] for i in sorted(order[:300])]
    assert [spill.get(i) for i in order[:300]] == [records[i] for i in order[:300]]
    spill.close()


def test_source_matcher_keeps_leftmost_longest_whole_words() -> None:
    matcher = SourceMatcher([("hf", "Heydar Aliyev Foundation"), ("ha", "Heydar Aliyev"), ("a", "Aliyev"),
                             ("b", "Baku"), ("b2", "Baku")])
    hits = matcher.find("The Heydar Aliyev Foundation in Baku, not Bakuvian Aliyev-like.")
    assert [(h.key, h.start, h.end) for h in hits] == [("hf", 4, 28), ("b", 32, 36), ("b2", 32, 36)]


_RU_WORDS = ["Фонд", "Фонда", "Фондом", "Гейдара", "Гейдар", "Алиева", "Алиев", "Алиеву", "Алиевой", "Баку",
             "Музей", "Музея", "Нагорно-Карабах", "Карабаха", "имени", "Лейла", "Лейлы", "ёлка", "Ёлки"]
_FR_WORDS = ["l'UNESCO", "UNESCO", "d’Azerbaïdjan", "Azerbaïdjan", "azerbaïdjanaise", "Fondation", "Heydar",
             "Aliyev", "Aliyev-Bakou", "Bakou"]
_PUNCT = [" ", ", ", " - ", "-", " «", "» ", ": ", " 1992 "]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([("ru", _RU_WORDS, ["Фонд Гейдара Алиева", "Гейдар Алиев", "Баку", "Нагорный Карабах",
                                           "Лейла Алиева", "Ёлка", "Музей"]),
                        ("fr", _FR_WORDS, ["Fondation Heydar Aliyev", "UNESCO", "Azerbaïdjan", "azerbaïdjanais",
                                           "Bakou"])]),
       st.data())
def test_matching_in_the_folded_text_agrees_with_word_by_word(case, data) -> None:  # type: ignore[no-untyped-def]
    lang, vocabulary, forms = case
    parts = data.draw(st.lists(st.tuples(st.sampled_from(vocabulary), st.sampled_from(_PUNCT)), max_size=8))
    text = "".join(w + p for w, p in parts)
    form = data.draw(st.sampled_from(forms))
    assert FormPattern.compile(form, lang).find(TargetText(text, lang)) == find_form(words(text, lang), form, lang)


_NUMBER_TEXT = st.lists(st.one_of(st.integers(0, 10**7).map(str),
                                  st.integers(1000, 10**7).map(lambda n: f"{n:,}"),
                                  st.integers(1000, 10**7).map(lambda n: f"{n:,}".replace(",", "\u00a0")),
                                  st.integers(1000, 10**7).map(lambda n: f"{n:,}".replace(",", ".")),
                                  st.sampled_from(["3.5", "3,5", "1992 613", "1 234,5", "12.345,67", "۷۰۰٬۰۰۰", "۱۹۹۲",
                                                  "۷۰۰ ۰۰۰", "١٢٣", "१९९२", "1992", "700 000", "0012"])),
                        max_size=4)
# joined so that numbers also touch (the target search must find a number only where it stands alone)
_NUMBER_TEXT = st.tuples(_NUMBER_TEXT, st.sampled_from([" and ", " ", ", ", ",", ".", "-", "", "\u00a0"])).map(
    lambda parts: parts[1].join(parts[0]))


@settings(max_examples=300, deadline=None)
@given(_NUMBER_TEXT, _NUMBER_TEXT)
def test_plain_number_shortcut_agrees_with_every_reading(source: str, target: str) -> None:
    target_values = set().union(*(v for _w, v in numbers(target, minimum=0)))
    expected = [w for w, v in numbers(source) if not v & target_values]
    assert missing_numbers(source, target) == expected


def test_parallel_run_leaves_the_collector_as_it_found_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    import toolkit.check

    monkeypatch.setattr(toolkit.check, "PARALLEL_AFTER", 3)
    units = [CheckUnit("a.po", i, f"In {1990 + i}.", f"В {1990 + i} году.", "ru") for i in range(40)]
    before = gc.get_threshold(), gc.get_freeze_count()
    assert list(check_stream(iter(units), [], workers=2)) == []
    assert (gc.get_threshold(), gc.get_freeze_count()) == before


def test_compiling_every_entry_at_once_gives_the_forms_compiled_on_first_use() -> None:
    from toolkit.check import Termbase

    entries = load_termbase(GLOSSARY)
    eager, lazy = Termbase.build(entries), Termbase.build(entries)
    eager.compile_all(["ru", "ur"])
    for lang in ("ru", "ur"):
        assert set(eager.compiled(lang)) == set(eager.entries)
        for entry_id in eager.entries:
            assert eager.compiled(lang)[entry_id] == lazy.target(entry_id, lang)


def test_groups_split_in_another_process_as_here() -> None:
    from toolkit.check.parallel import CheckWorkers
    from toolkit.check.termbase import Termbase

    sources, targets = Groups(), Groups()
    for ref in range(3000):
        sources.add(f"s{ref % 700}", f"t{ref % 3 == 0 and ref % 7}", ref)
        targets.add(f"t{ref % 900}", f"s{ref}", ref)
    here = [list(sources.split()), list(targets.split())]
    assert here[0] and here[1]
    assert list(split_groups(*(memoryview(a.tobytes()).cast("q") for a in sources.arrays()))) == here[0]
    with CheckWorkers(Termbase.build([]), settings_from_config({}), 2) as pool:
        units = iter([CheckUnit("a.po", 1, "In 1992.", "В 1992 году.", "ru")])
        assert [checked.findings for _batches, checked in pool.checked(units)] == [[], []]
        assert pool.split([sources, targets]) == here
        assert pool.split([sources, targets, sources]) == [*here, here[0]]  # more tables than workers: here
        procs = list(pool._procs)
    # each stopped when asked (a worker still holds the other's pipe: closing ours alone left them waiting
    # until they were terminated)
    assert [proc.exitcode for proc in procs] == [0, 0]
