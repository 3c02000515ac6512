"""`check` throughput: units/second on a generated TM-sized set (default 200,000 units, Russian,
a glossary of 5,000 entries), and translate-toolkit's StandardChecker (what `pofilter` runs) on
the same units in the same run.

ONOMAST_BENCH_SCALE scales the number of units.
"""

from __future__ import annotations

import json
import os
import random
import time
from pathlib import Path

from benchmarks.textgen import person, place
from toolkit.check import CheckUnit, run_checks
from toolkit.model import Entry, Rendering, Variant
from toolkit.translit import transliterate

OUT = Path(__file__).parent / "out"


def glossary(rng: random.Random, size: int) -> list[Entry]:
    entries = []
    seen: set[str] = set()
    while len(entries) < size:
        name = person(rng) if rng.random() < 0.6 else place(rng)
        if name in seen:
            continue
        seen.add(name)
        ru = transliterate(name, "ru")[0]
        entries.append(Entry(id=f"e{len(entries)}", type="person", canonical=name, variants=(Variant(name, 1),),
                             renderings=(Rendering(ru, "ru", "preferred", "curated", "approved"),)))
    return entries


def units(rng: random.Random, entries: list[Entry], n: int) -> list[CheckUnit]:
    out = []
    for i in range(n):
        e = entries[rng.randrange(len(entries))]
        ru = e.renderings[0].text
        year, day, guests = rng.randint(1990, 2030), rng.randint(1, 28), rng.randint(1000, 99999)
        source = f"On {day} February {year} {e.canonical} met {guests:,} guests in unit {i}."
        if rng.random() < 0.05:  # a planted error: the name left out
            ru = "он"
        target = f"{day} февраля {year} года {ru} встретился с {guests:,} гостями в блоке {i}.".replace(",", "\u00a0")
        out.append(CheckUnit(file="bench.po", line=i + 1, source=source, target=target, lang="ru"))
    return out


def main() -> None:
    n = int(200_000 * float(os.environ.get("ONOMAST_BENCH_SCALE", "1")))
    rng = random.Random(13)
    entries = glossary(rng, 5000)
    data = units(rng, entries, n)
    started = time.perf_counter()
    findings = run_checks(data, entries)
    ours = time.perf_counter() - started
    rows = [("onomast check (all checks, 5,000-entry glossary)", n, ours, len(findings))]
    try:
        from translate.filters.checks import StandardChecker
        from translate.storage.pypo import pounit
    except ImportError:
        print("translate-toolkit not installed: peer row skipped")
    else:
        checker = StandardChecker()
        started = time.perf_counter()
        failures = 0
        for u in data:
            unit = pounit(u.source)
            unit.target = u.target
            failures += bool(checker.run_filters(unit))
        rows.append(("translate-toolkit StandardChecker (pofilter)", n, time.perf_counter() - started, failures))
    print(f"{'checker':<52} {'units':>9} {'seconds':>8} {'units/s':>9} {'ratio':>6} {'flagged':>8}")
    for name, count, secs, flagged in rows:
        print(f"{name:<52} {count:>9,} {secs:>8.1f} {count / secs:>9,.0f} {ours / secs:>6.2f} {flagged:>8,}")
    OUT.mkdir(exist_ok=True)
    (OUT / "check.json").write_text(json.dumps([{"checker": r[0], "units": r[1], "seconds": round(r[2], 2),
                                                 "units_per_second": round(r[1] / r[2])} for r in rows],
                                               indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
