"""The translation memory: SQLite (WAL), a versioned schema, no unit ever lost.

Every write is one transaction taken with BEGIN IMMEDIATE (writers queue on
the lock with a long busy timeout instead of failing with "database is
locked"); a unit's identity is a hash of its languages, texts and context, so
re-importing after a crash completes the import without duplicates.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from toolkit.errors import InputError
from toolkit.model import Unit

SCHEMA_VERSION = 3
BUSY_TIMEOUT_MS = 120_000

def _index_existing(db: sqlite3.Connection) -> None:
    """Version 3: postings for the fuzzy index, built for the units already stored."""
    db.execute("CREATE TABLE postings (key TEXT NOT NULL, ntok INTEGER NOT NULL, unit INTEGER NOT NULL,"
               " PRIMARY KEY (key, ntok, unit)) WITHOUT ROWID")
    db.execute("CREATE TABLE unit_keys (unit INTEGER PRIMARY KEY, keys TEXT NOT NULL)")
    rows = db.execute("SELECT id, source, source_lang FROM units").fetchall()
    for row in rows:
        _insert_postings(db, row[0], row[1], row[2])


def _insert_postings(db: sqlite3.Connection, unit_id: int, source: str, source_lang: str) -> None:
    from toolkit.tm.match import index_keys

    keys = index_keys(source)
    db.executemany("INSERT OR IGNORE INTO postings (key, ntok, unit) VALUES (?, ?, ?)",
                   [(posting_key(source_lang, k), len(keys), unit_id) for k in keys])
    db.execute("INSERT OR REPLACE INTO unit_keys (unit, keys) VALUES (?, ?)", (unit_id, "\x1f".join(keys)))


def posting_key(source_lang: str, key: str) -> str:
    """Postings of different source languages never mix."""
    return f"{source_lang.lower()}\x1f{key}"


# each migration takes the database from version N-1 to N (SQL, or a function for data work)
MIGRATIONS: dict[int, str | Callable[[sqlite3.Connection], None]] = {
    1: """
    CREATE TABLE units (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        doc TEXT NOT NULL DEFAULT '',
        context TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        changed TEXT NOT NULL,
        origin TEXT NOT NULL,
        props TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX units_by_source ON units (source_lang, target_lang, source);
    """,
    2: """
    CREATE INDEX units_by_pair ON units (source_lang, target_lang, changed);
    """,
    3: _index_existing,
}


@dataclass(frozen=True)
class AddReport:
    added: int
    merged: int


def unit_key(u: Unit) -> str:
    """Identity of a unit: languages, source, target and context (not dates or origin)."""
    raw = "\x1f".join((u.source_lang.lower(), u.target_lang.lower(), u.source, u.target, u.context))
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _row_to_unit(row: sqlite3.Row) -> Unit:
    return Unit(source=row["source"], target=row["target"], source_lang=row["source_lang"],
                target_lang=row["target_lang"], doc=row["doc"], context=row["context"], created=row["created"],
                changed=row["changed"], origin=row["origin"],
                props=tuple(tuple(p) for p in json.loads(row["props"])),  # type: ignore[misc]
                notes=tuple(json.loads(row["notes"])))


class TranslationMemory:
    """A TM file. Use as a context manager; every method is safe across processes."""

    def __init__(self, path: Path, create: bool = True) -> None:
        self.path = path
        if not create and not path.exists():
            raise InputError(str(path), "no such translation memory")
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA cache_size = -65536")  # 64 MiB: postings inserts stay in memory
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise InputError(str(path), f"not a usable translation memory: {exc}") from None

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @property
    def version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        if self.version > SCHEMA_VERSION:
            raise InputError(str(self.path), f"schema version {self.version} is newer than this onomast "
                                             f"understands ({SCHEMA_VERSION}); upgrade onomast")
        while self.version < SCHEMA_VERSION:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                current = self.version  # another process may have migrated meanwhile
                if current < SCHEMA_VERSION:
                    step = MIGRATIONS[current + 1]
                    if callable(step):
                        step(self.db)
                    else:
                        for statement in step.split(";"):
                            if statement.strip():
                                self.db.execute(statement)
                    self.db.execute(f"PRAGMA user_version = {current + 1}")
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    # --- writing -------------------------------------------------------------
    def add(self, units: Iterable[Unit], batch_size: int = 2000,
            on_batch: Callable[[int], None] | None = None) -> AddReport:
        """Add units in transactions of `batch_size`; an exact duplicate only refreshes dates.

        The same source with another target is a new unit (both are kept; newest first).
        """
        added = merged = 0
        batch: list[Unit] = []

        def flush() -> None:
            nonlocal added, merged
            if not batch:
                return
            stamp = now_iso()
            self.db.execute("BEGIN IMMEDIATE")
            try:
                for u in batch:
                    created = u.created or stamp
                    changed = u.changed or created
                    key = unit_key(u)
                    cur = self.db.execute(
                        "INSERT OR IGNORE INTO units (key, source, target, source_lang, target_lang, doc, context,"
                        " created, changed, origin, props, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                        (key, u.source, u.target, u.source_lang, u.target_lang, u.doc, u.context, created,
                         changed, u.origin, json.dumps([list(p) for p in u.props], ensure_ascii=False),
                         json.dumps(list(u.notes), ensure_ascii=False)))
                    if cur.rowcount == 1:
                        added += 1
                        _insert_postings(self.db, int(cur.lastrowid or 0), u.source, u.source_lang)
                    else:
                        merged += 1
                        if u.changed or u.created:  # a re-import without dates changes nothing
                            self.db.execute(
                                "UPDATE units SET changed = max(changed, ?),"
                                " doc = CASE WHEN doc = '' THEN ? ELSE doc END WHERE key = ?",
                                (changed, u.doc, key))
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            batch.clear()

        seen = 0
        for u in units:
            if not u.source.strip() or not u.target.strip():
                continue
            batch.append(u)
            seen += 1
            if len(batch) >= batch_size:
                flush()
                if on_batch:
                    on_batch(seen)
        flush()
        return AddReport(added=added, merged=merged)

    # --- reading -------------------------------------------------------------
    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM units").fetchone()[0])

    def units(self, source_lang: str | None = None, target_lang: str | None = None) -> Iterator[Unit]:
        """Units in insertion order, optionally of one language pair (language tags compared case-blind)."""
        sql, args = "SELECT * FROM units", []
        where = []
        if source_lang:
            where.append("lower(source_lang) = lower(?)")
            args.append(source_lang)
        if target_lang:
            where.append("lower(target_lang) = lower(?)")
            args.append(target_lang)
        if where:
            sql += " WHERE " + " AND ".join(where)
        for row in self.db.execute(sql + " ORDER BY id", args):
            yield _row_to_unit(row)

    posting_key = staticmethod(posting_key)

    def units_by_id(self, ids: list[int], target_lang: str | None = None) -> Iterator[Unit]:
        """The units with these ids (of one target language when given), in id order."""
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            sql = f"SELECT * FROM units WHERE id IN ({','.join('?' * len(chunk))})"
            args: list[object] = list(chunk)
            if target_lang:
                sql += " AND lower(target_lang) = lower(?)"
                args.append(target_lang)
            for row in self.db.execute(sql + " ORDER BY id", args):
                yield _row_to_unit(row)

    def unit_keys(self, ids: list[int]) -> Iterator[tuple[int, list[str]]]:
        """(id, index keys of its source) for these units: enough to bound a match score."""
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for row in self.db.execute(
                    f"SELECT unit, keys FROM unit_keys WHERE unit IN ({','.join('?' * len(chunk))})", chunk):
                yield row[0], row[1].split("\x1f") if row[1] else []

    def exact(self, source: str, source_lang: str, target_lang: str) -> list[Unit]:
        """Units with exactly this source, newest first."""
        rows = self.db.execute(
            "SELECT * FROM units WHERE source_lang = ? AND target_lang = ? AND source = ?"
            " ORDER BY changed DESC, id DESC", (source_lang, target_lang, source))
        return [_row_to_unit(r) for r in rows]

    def stats(self) -> dict[str, object]:
        pairs = {f"{r[0]}-{r[1]}": r[2] for r in self.db.execute(
            "SELECT source_lang, target_lang, count(*) FROM units GROUP BY source_lang, target_lang"
            " ORDER BY source_lang, target_lang")}
        origins = {r[0]: r[1] for r in self.db.execute(
            "SELECT origin, count(*) FROM units GROUP BY origin ORDER BY origin")}
        return {"units": self.count(), "pairs": pairs, "origins": origins, "schema_version": self.version,
                "path": str(self.path)}
