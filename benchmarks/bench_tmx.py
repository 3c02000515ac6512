"""TMX streaming: write and read N units (default 1,000,000) with peak RSS, and translate-toolkit's
`tmxfile` on the same file (capped at 100,000 units: it holds the whole tree in memory), and the
import of the 1M-unit file into the TM. Each measurement runs in its own process so that peak RSS
(ru_maxrss of the child) belongs to it alone.

ONOMAST_BENCH_SCALE scales N.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).parent / "out"
PEER_MAX = 100_000

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
task, path, n = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
started = time.perf_counter()
count = 0
if task == "write":
    from benchmarks.textgen import iter_tm_sentences
    from toolkit.formats.tmx import write_tmx
    from toolkit.model import Unit
    def units():
        for s in iter_tm_sentences(n, seed=9):
            yield Unit(s, "fr " + s, "en", "fr", created="2024-02-26T00:00:00Z")
    count = write_tmx(path, units(), source_lang="en")
elif task == "read":
    from toolkit.formats.tmx import read_tmx
    for _u in read_tmx(path):
        count += 1
elif task == "import":
    from toolkit.tm.io import read_units
    from toolkit.tm.store import TranslationMemory
    with TranslationMemory(path.with_suffix(".sqlite")) as tm:
        report = tm.add(read_units(path, "en"))
        count = report.added
elif task == "tt":
    from translate.storage.tmx import tmxfile
    with path.open("rb") as fh:
        store = tmxfile(fh)
    count = sum(1 for u in store.units if u.source)
seconds = time.perf_counter() - started
# VmHWM is this process's own peak; ru_maxrss survives exec and may be the parent's
hwm = [line for line in Path("/proc/self/status").read_text().splitlines() if line.startswith("VmHWM:")]
peak = int(hwm[0].split()[1]) / 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"task": task, "units": count, "seconds": seconds, "peak_rss_mb": peak}}))
"""


def run(task: str, path: Path, n: int) -> dict[str, float]:
    code = CHILD.format(root=str(Path(__file__).resolve().parent.parent))
    done = subprocess.run([sys.executable, "-c", code, task, str(path), str(n)], capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        return {"task": task, "error": done.stderr.strip().splitlines()[-1] if done.stderr else "failed"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    n = int(1_000_000 * float(os.environ.get("ONOMAST_BENCH_SCALE", "1")))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.tmx"
        rows.append(run("write", big, n))
        rows.append(run("read", big, n))
        rows.append(run("import", big, n))
        small = Path(tmp) / "small.tmx"
        m = min(n, PEER_MAX)
        rows.append(run("write", small, m) | {"task": "write (peer size)"})
        rows.append(run("read", small, m) | {"task": "read (peer size)"})
        tt = run("tt", small, m) | {"task": "translate-toolkit tmxfile (peer size)"}
        rows.append(tt)
    print(f"{'measurement':<40} {'units':>10} {'seconds':>8} {'units/s':>10} {'peak RSS MB':>12}")
    for r in rows:
        if "error" in r:
            print(f"{r['task']:<40} error: {r['error']}")
            continue
        print(f"{r['task']:<40} {int(r['units']):>10,} {r['seconds']:>8.1f} {r['units'] / r['seconds']:>10,.0f} "
              f"{r['peak_rss_mb']:>12.0f}")
    ours = next((r for r in rows if r["task"] == "read (peer size)" and "error" not in r), None)
    if ours and "error" not in tt:
        print(f"read speed ratio at {m:,} units: onomast / translate-toolkit = "
              f"{(ours['units'] / ours['seconds']) / (tt['units'] / tt['seconds']):.1f}x; "
              f"peak RSS {ours['peak_rss_mb']:.0f} MB vs {tt['peak_rss_mb']:.0f} MB")
    OUT.mkdir(exist_ok=True)
    (OUT / "tmx.json").write_text(json.dumps(rows, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
