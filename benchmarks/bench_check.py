"""`check` throughput: 1,000,000 English–Russian segment pairs, streamed, against a 10,000-entry
glossary (people, places, organizations; ru renderings with admitted and deprecated forms), every
check on; and the naive peer — one compiled regex per term over each source, then one per rendering
over the target — on the first pairs of the same stream (it manages ~70 pairs/s at 10k terms).

Pairs are generated lazily from a seed (never a list of a million): mostly correct translations
with inflected names, and planted errors of every kind (counted per pair altered; a planted
segment inconsistency makes every pair of its group a finding). Each contender runs in its own
process, so that its peak RSS (VmHWM) is its own. The stream's own cost is measured alone, and so is
a plain Aho–Corasick pass over the sources (the floor of any term matcher on this machine); the
"w/o gen" column takes the stream's time out (when `check_stream` spreads the units over worker
processes, the stream is read while the workers check: that column is then an upper bound).

ONOMAST_BENCH_SCALE scales the number of pairs (1.0 = 1,000,000); ONOMAST_BENCH_WORKERS sets the worker
processes of `check_stream` (default: one per core; 1: none). The peak RSS of the workers (VmHWM, which
counts the pages they share with their parent) is reported beside the parent's.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from benchmarks.textgen import EVENTS, ORG_HEADS, _word, person, place
from toolkit.check import CheckUnit
from toolkit.check.matching import ru_stem
from toolkit.model import Entry, Rendering, Variant

OUT = Path(__file__).parent / "out"
PAIRS = 1_000_000
ENTRIES = 10_000
NAIVE_PAIRS = 2_000
SEED = 13
T = TypeVar("T")

ORG_RU = {"Foundation": "Фонд", "Institute": "Институт", "Ministry of Culture": "Министерство культуры",
          "Society": "Общество", "Council": "Совет", "Museum": "Музей", "Centre": "Центр", "Union": "Союз"}
EVENTS_RU = {"commemoration": "Траурная церемония", "conference": "Конференция", "exhibition": "Выставка",
             "concert": "Концерт", "round table": "Круглый стол", "memorial evening": "Вечер памяти"}
ENDINGS = ("", "а", "у", "ом", "е", "ой", "ы")
INDECLINABLE = "оеёэуюиы"
# planted error rates (per pair that has a name or a number to get wrong)
MISSING, DEPRECATED, ADMITTED, NUMBER, UNTRANSLATED, FUZZY, VARIANT, SEGMENT = (
    0.02, 0.01, 0.01, 0.01, 0.005, 0.005, 0.005, 0.002)


@dataclass(frozen=True)
class Term:
    """A glossary entry as the pair generator uses it: source, ru forms to write, a wrong one."""

    source: str
    forms: tuple[str, ...]
    deprecated: str
    admitted: str


def _translit(name: str) -> str:
    from toolkit.translit import transliterate

    return transliterate(name, "ru")[0]


def _genitive(word: str) -> str:
    if word[-1] in INDECLINABLE:
        return word
    return word[:-1] + "ы" if word[-1] == "а" else word[:-1] + "и" if word[-1] in "йья" else word + "а"


def _inflected(rendering: str, ending: str) -> str:
    """The rendering with a case ending on each declinable word (Рашаабад → Рашаабадом)."""
    out = []
    for w in rendering.split():
        low = w.lower()
        if len(w) < 3 or (low[-1] in INDECLINABLE and not low.endswith(("ое", "ее"))):
            out.append(w)
        else:
            out.append(w[:len(ru_stem(low))] + ending)
    return " ".join(out)


def _misspelt(rendering: str) -> str:
    for a, b in (("е", "э"), ("и", "ы"), ("о", "а")):
        if a in rendering[1:]:
            i = rendering.index(a, 1)
            return rendering[:i] + b + rendering[i + 1:]
    return ""


def glossary(rng: random.Random, size: int = ENTRIES) -> tuple[list[Entry], list[Term]]:
    entries: list[Entry] = []
    terms: list[Term] = []
    seen: set[str] = set()
    while len(entries) < size:
        kind = rng.random()
        if kind < 0.4:
            etype, name = "person", person(rng)
            ru = _translit(name)
            admitted = f"{ru[0]}. {ru.split()[1]}" if rng.random() < 0.15 else ""
        elif kind < 0.75:
            etype, name = "place", place(rng)
            ru, admitted = _translit(name), ""
        else:
            head = rng.choice(ORG_HEADS)
            base = place(rng) if rng.random() < 0.5 else _word(rng)
            etype, name = "organization", f"{base} {head}"
            base_ru = _genitive(_translit(base))
            ru = f"{ORG_RU[head]} {base_ru}"
            admitted = f"{ORG_RU[head]} имени {base_ru}" if rng.random() < 0.3 else ""
        if name in seen:
            continue
        seen.add(name)
        deprecated = _misspelt(ru) if rng.random() < 0.3 else ""
        renderings = [Rendering(ru, "ru", "preferred", "curated", "approved")]
        if admitted:
            renderings.append(Rendering(admitted, "ru", "admitted", "curated", "approved"))
        if deprecated:
            renderings.append(Rendering(deprecated, "ru", "deprecated", "curated", "approved"))
        entries.append(Entry(id=f"e{len(entries)}", type=etype, canonical=name, variants=(Variant(name, 1),),
                             renderings=tuple(renderings), status="accepted"))
        terms.append(Term(name, tuple(dict.fromkeys(_inflected(ru, e) for e in ENDINGS)), deprecated, admitted))
    return entries, terms


def _repeated(rng: random.Random, n: int = 1000) -> list[tuple[str, str]]:
    """Sentences without names or numbers that a TM holds many times over."""
    out = []
    for i in range(n):
        event = rng.choice(EVENTS)
        word = _word(rng)
        out.append((f"The {event} of the {word} club was postponed (notice {chr(97 + i % 26)}{i}).",
                    f"{EVENTS_RU[event]} клуба {word} отложен (извещение {chr(97 + i % 26)}{i})."))
    return out


def pairs(terms: list[Term], n: int, seed: int = SEED, planted: Counter[str] | None = None) -> Iterator[CheckUnit]:
    """n pairs, generated one at a time; `planted` counts the errors put in."""
    rng = random.Random(seed)
    rand = rng.random  # int(rand() * k) for randrange(k): cheaper, the stream must not dominate the run
    pool = _repeated(rng)
    planted = Counter() if planted is None else planted

    def plant(kind: str, value: T) -> T:
        planted[kind] += 1
        return value

    people = [t for t in terms if " " in t.source and not t.source.endswith(tuple(ORG_HEADS))]
    count = len(terms)
    files = [f"bench-{i}.po" for i in range(n // 100_000 + 1)]
    unit = CheckUnit
    for i in range(n):
        shape = int(rand() * 10)
        file, line = files[i // 100_000], i + 1
        fuzzy = False
        if shape == 9:
            source, target = pool[int(rand() * len(pool))]
            if rand() < SEGMENT:
                target = plant("segment-inconsistent", target[:-1] + " снова.")
            yield unit(file, line, source, target, "ru")
            continue
        day, year, guests = 1 + int(rand() * 28), 1990 + int(rand() * 41), 1000 + int(rand() * 99_000)
        a, b = terms[int(rand() * count)], people[int(rand() * len(people))]
        a_ru, b_ru = a.forms[int(rand() * len(a.forms))], b.forms[0]
        a_src = a.source
        r = rand()
        if r < MISSING:
            a_ru = plant("term-missing", "он")
        elif r < MISSING + DEPRECATED and a.deprecated:
            a_ru = plant("term-deprecated", a.deprecated)
        elif r < MISSING + DEPRECATED + ADMITTED and a.admitted:
            a_ru = plant("term-inconsistent", a.admitted)
        elif r < MISSING + DEPRECATED + ADMITTED + VARIANT and "a" in a_src[1:]:
            a_src = plant("source-variant", a_src[0] + a_src[1:].replace("a", "á", 1))
        grouped = f"{guests:,}"
        guests_ru = grouped.replace(",", "\u00a0")
        r = rand()
        if r < NUMBER:
            guests_ru = plant("number-mismatch", str(guests + 1))
        elif r < NUMBER + FUZZY:
            fuzzy = plant("fuzzy", True)
        if shape < 4:
            source = f"On {day} February {year} {b.source} met {grouped} guests at the {a_src}."
            target = f"{day} февраля {year} года {b_ru} встретился с {guests_ru} гостями: {a_ru}."
        elif shape < 7:
            source = f"{b.source} thanked {a_src} for the {grouped} books, the agency said."
            target = f"{b_ru} поблагодарил {a_ru} за {guests_ru} книг, сообщило агентство."
        else:
            source = f"{a_src} hosted the meeting, which gathered {grouped} people in {year}."
            target = f"{a_ru}: встреча, которая собрала {guests_ru} человек в {year} году."
        if rand() < UNTRANSLATED:
            target = plant("untranslated", "")
        yield unit(file, line, source, target, "ru", fuzzy)

# --- the naive peer: one regex per term ------------------------------------------------

def naive_check(units: Iterator[CheckUnit], entries: list[Entry]) -> Counter[str]:
    """What a script does without a multi-pattern matcher: every term's regex over every source, then
    the hit's renderings (stem + any ending) and numbers over the target."""
    terms = [(re.compile(rf"\b{re.escape(e.canonical)}\b", re.IGNORECASE), e) for e in entries]
    def rx(text: str) -> re.Pattern[str]:
        return re.compile(r"\b" + r"\s+".join(re.escape(w[:-1] if len(w) > 3 else w) + r"\w{0,3}"
                                              for w in text.split()) + r"\b", re.IGNORECASE)
    renderings = {e.id: ([rx(r.text) for r in e.renderings if r.status != "deprecated"],
                         [rx(r.text) for r in e.renderings if r.status == "deprecated"]) for e in entries}
    found: Counter[str] = Counter()
    for u in units:
        if not u.target.strip():
            found["untranslated"] += 1
            continue
        for pattern, entry in terms:
            if pattern.search(u.source):
                accepted, deprecated = renderings[entry.id]
                if any(d.search(u.target) for d in deprecated):
                    found["term-deprecated"] += 1
                elif not any(a.search(u.target) for a in accepted):
                    found["term-missing"] += 1
        digits = set(re.findall(r"\d+", u.target.replace("\u00a0", "")))
        found["number-mismatch"] += any(d not in digits for d in re.findall(r"\d+", u.source.replace(",", "")))
    return found


# --- measurement, one process per contender -------------------------------------------

def child(task: str, n: int) -> dict[str, object]:
    import time

    from toolkit.check import Termbase, check_stream

    started = time.perf_counter()
    entries, terms = glossary(random.Random(SEED))
    made = time.perf_counter() - started
    planted: Counter[str] = Counter()
    stream = pairs(terms, n, planted=planted)
    base_rss = _peak_mb()
    import toolkit.check.matching

    row: dict[str, object] = {"task": task, "pairs": n, "entries": len(entries), "glossary_s": round(made, 2),
                              "compiled": not toolkit.check.matching.__file__.endswith(".py")}
    started = time.perf_counter()
    if task == "stream":
        found: Counter[str] = Counter(u.lang for u in stream)
    elif task == "ac":
        from toolkit.check.matching import SourceMatcher

        automaton = SourceMatcher((e.id, e.canonical) for e in entries).automaton
        started = time.perf_counter()
        found = Counter(u.lang for u in stream for _hit in automaton.iter(u.source.lower()))
    elif task == "onomast":
        from toolkit.check.parallel import default_workers

        termbase = Termbase.build(entries)
        row["termbase_s"] = round(time.perf_counter() - started, 2)
        workers = int(os.environ.get("ONOMAST_BENCH_WORKERS", "0")) or default_workers()
        row["workers"] = workers if workers > 1 else 0
        found = Counter(f.check for f in check_stream(stream, termbase, workers=workers))
        row["workers_peak_rss_mb"] = round(_children_peak_mb())
    else:
        found = naive_check(stream, entries)
    seconds = time.perf_counter() - started
    return row | {"seconds": round(seconds, 3), "pairs_per_s": round(n / seconds), "peak_rss_mb": round(_peak_mb()),
                  "rss_before_mb": round(base_rss), "found": dict(sorted(found.items())),
                  "planted": dict(sorted(planted.items()))}


def _peak_mb() -> float:
    """This process's own peak RSS (VmHWM; ru_maxrss survives exec and may be the parent's)."""
    import resource

    status = Path("/proc/self/status")
    hwm = [line for line in status.read_text().splitlines() if line.startswith("VmHWM:")] if status.exists() else []
    return int(hwm[0].split()[1]) / 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _children_peak_mb() -> float:
    """The largest peak RSS of the waited-for child processes (the check's workers)."""
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


ROOT = Path(__file__).resolve().parent.parent
COMPILED_PYTHON = Path(os.environ.get("ONOMAST_BENCH_COMPILED_PYTHON", ROOT / ".venv-mypyc" / "bin" / "python"))
"""The interpreter of a mypyc-compiled install of onomast (setup.py; `make bench` builds it)."""


def run(task: str, n: int, compiled: bool = False) -> dict[str, object]:
    """One contender in its own process: this checkout's toolkit, or (`compiled`) the one installed beside
    `COMPILED_PYTHON`, which the checkout must not shadow (so it runs from elsewhere and imports `toolkit`
    before the checkout is put on its path for `benchmarks`)."""
    code = (f"import json, sys; {'import toolkit; ' if compiled else ''}sys.path.insert(0, {str(ROOT)!r}); "
            f"from benchmarks.bench_check import child; print(json.dumps(child({task!r}, {n})))")
    python = str(COMPILED_PYTHON) if compiled else sys.executable
    if compiled and not COMPILED_PYTHON.exists():
        return {"task": task, "pairs": n, "compiled": True, "error": f"no compiled build at {COMPILED_PYTHON}"}
    done = subprocess.run([python, "-c", code], capture_output=True, text=True, check=False,
                          cwd=tempfile.gettempdir() if compiled else None)
    if done.returncode != 0:
        return {"task": task, "pairs": n, "compiled": compiled,
                "error": done.stderr.strip().splitlines()[-1] if done.stderr else "failed"}
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    if compiled and not result.get("compiled"):
        return {"task": task, "pairs": n, "compiled": True, "error": f"{python} runs onomast uncompiled"}
    return result


NAMES = {"stream": "pair generator alone (no checking)", "ac": "plain Aho–Corasick pass over sources",
         "onomast": "onomast check_stream (all checks)", "naive": "naive: one regex per term"}


def _name(row: dict[str, object]) -> str:
    return NAMES[str(row["task"])] + (", mypyc" if row.get("compiled") else "")


def main() -> None:
    n = max(1000, int(PAIRS * float(os.environ.get("ONOMAST_BENCH_SCALE", "1"))))
    m = min(n, NAIVE_PAIRS)
    rows = [run("stream", n), run("ac", n), run("onomast", n), run("onomast", n, compiled=True), run("naive", m)]
    gen = rows[0]
    gen_rate = float(gen["pairs_per_s"]) if "error" not in gen else 0.0  # type: ignore[arg-type]
    for r in rows[1:]:
        if "error" not in r and gen_rate:
            own = float(r["seconds"]) - float(r["pairs"]) / gen_rate  # type: ignore[arg-type]
            r["pairs_per_s_without_generator"] = round(float(r["pairs"]) / own) if own > 0 else None  # type: ignore[arg-type]
    print(f"{ENTRIES:,}-entry glossary; en→ru pairs, streamed; every check on\n")
    print(f"{'measurement':<44} {'pairs':>10} {'seconds':>8} {'pairs/s':>10} {'w/o gen':>10} {'peak RSS MB':>12}")
    for r in rows:
        if "error" in r:
            print(f"{_name(r):<44} error: {r['error']}")
            continue
        net = r.get("pairs_per_s_without_generator")
        print(f"{_name(r):<44} {r['pairs']:>10,} {r['seconds']:>8.1f} {r['pairs_per_s']:>10,} "
              f"{(f'{net:,}' if net else '-'):>10} {r['peak_rss_mb']:>12,}"
              + (f"  (+{r['workers']} workers, each ≤ {r['workers_peak_rss_mb']:,} MB)"
                 if r.get("workers_peak_rss_mb") else ""))
    _, ac, ours, compiled, naive = rows
    if "error" not in naive:
        print()
        for r in (ours, compiled):
            if "error" in r:
                continue
            ratio = float(r["pairs_per_s"]) / float(naive["pairs_per_s"])  # type: ignore[arg-type]
            r["ratio_to_naive"] = round(ratio)
            print(f"{_name(r)}: {ratio:,.0f}x the naive loop (measured on the first {m:,} pairs)"
                  + (f", 1/{float(ac['pairs_per_s']) / float(r['pairs_per_s']):.1f} of the plain Aho–Corasick "  # type: ignore[arg-type]
                     "pass" if "error" not in ac else ""))
    if "error" not in ours:
        print(f"planted: {ours['planted']}\nfound:   {ours['found']}")
        if "error" not in compiled and compiled["found"] != ours["found"]:
            print(f"COMPILED BUILD FOUND OTHERWISE: {compiled['found']}")
    OUT.mkdir(exist_ok=True)
    (OUT / "check.json").write_text(json.dumps(rows, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
