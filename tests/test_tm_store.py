import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from toolkit.errors import InputError
from toolkit.model import Unit
from toolkit.tm.store import MIGRATIONS, SCHEMA_VERSION, TranslationMemory

IMPORTER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from toolkit.model import Unit
    from toolkit.tm.store import TranslationMemory
    path, start, count, batch = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    units = (Unit(f"Sentence number {i} about Baku.", f"Phrase numéro {i} sur Bakou.", "en", "fr", doc="d.txt")
             for i in range(start, start + count))
    with TranslationMemory(Path(path)) as tm:
        tm.add(units, batch_size=batch)
""")


def importer(path, start, count, batch=500):
    return subprocess.Popen([sys.executable, "-c", IMPORTER, str(path), str(start), str(count), str(batch)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_duplicates_merge_and_same_source_keeps_both(tmp_path):
    with TranslationMemory(tmp_path / "tm.sqlite") as tm:
        r1 = tm.add([Unit("Baku.", "Bakou.", "en", "fr", created="20240101T000000Z"),
                     Unit("Baku.", "Bakou.", "en", "fr", created="20240101T000000Z")])
        r2 = tm.add([Unit("Baku.", "Bakou !", "en", "fr", created="20250101T000000Z")])
        assert (r1.added, r1.merged, r2.added) == (1, 1, 1)
        assert [u.target for u in tm.exact("Baku.", "en", "fr")] == ["Bakou !", "Bakou."]
        assert tm.stats()["pairs"] == {"en-fr": 2}


def test_units_round_trip_every_field(tmp_path):
    u = Unit("Ходжалы", "خوجالی", "ru", "ur", doc="a.txt", context="ctx", created="20240226T120000Z",
             changed="20240227T120000Z", origin="tmx", props=(("x-doc", "a.txt"), ("x-term", "khojaly")),
             notes=("checked",))
    with TranslationMemory(tmp_path / "tm.sqlite") as tm:
        tm.add([u])
        assert list(tm.units()) == [u]


def test_two_processes_import_at_once(tmp_path):
    path = tmp_path / "tm.sqlite"
    TranslationMemory(path).close()
    procs = [importer(path, 0, 3000), importer(path, 2000, 3000)]  # 1000 units overlap
    for p in procs:
        out, err = p.communicate(timeout=240)
        assert p.returncode == 0, err
        assert "locked" not in err
    with TranslationMemory(path) as tm:
        assert tm.count() == 5000


def test_killed_import_leaves_store_consistent_and_rerun_completes(tmp_path):
    path = tmp_path / "tm.sqlite"
    TranslationMemory(path).close()
    proc = importer(path, 0, 200_000, batch=1000)
    deadline = time.time() + 120
    while time.time() < deadline:
        with sqlite3.connect(path, timeout=30) as db:
            if db.execute("SELECT count(*) FROM units").fetchone()[0] >= 3000:
                break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(path, timeout=30) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        partial = db.execute("SELECT count(*) FROM units").fetchone()[0]
    assert 0 < partial < 200_000 and partial % 1000 == 0  # whole batches only
    rerun = importer(path, 0, 200_000, batch=5000)
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    with TranslationMemory(path) as tm:
        assert tm.count() == 200_000


def test_migration_from_version_1_keeps_units(tmp_path):
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[1] + "PRAGMA user_version = 1;")
    db.execute("INSERT INTO units (key, source, target, source_lang, target_lang, created, changed, origin)"
               " VALUES ('k', 'Baku', 'Bakou', 'en', 'fr', '2024', '2024', 'manual')")
    db.commit()
    db.close()
    with TranslationMemory(path) as tm:
        assert tm.version == SCHEMA_VERSION
        assert [u.target for u in tm.units()] == ["Bakou"]


def test_newer_schema_and_garbage_are_refused(tmp_path):
    newer = tmp_path / "new.sqlite"
    sqlite3.connect(newer).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}").connection.close()
    with pytest.raises(InputError, match="newer than this onomast"):
        TranslationMemory(newer)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(InputError, match="not a usable translation memory"):
        TranslationMemory(junk)
