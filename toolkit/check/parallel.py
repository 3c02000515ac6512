"""The per-unit checks of a long stream spread over worker processes, read back in order.

The units go out in chunks, over pipes, to processes forked from this one, so every worker has the termbase
(built once, here) and the same string hashes: a worker returns a unit's findings, the terms it used
and the hashes `segment-inconsistent` keeps, and the corpus tallies stay in this process, counted
in reading order, so the findings are those of one process and come in the same order. At most a
few chunks are out at a time: the stream is still read as it comes, in bounded memory.

    >>> from toolkit.check import settings_from_config
    >>> units = [CheckUnit("a.po", i, f"In {1990 + i}.", f"В {1990 + i + (i == 2)} году.", "ru") for i in (1, 2, 3)]
    >>> chunks = checked_in_parallel(iter(units), Termbase.build([]), settings_from_config({}), 2, chunk=2)
    >>> [(row[1], [f.check for f in checked[0]]) for rows, results in chunks for row, checked in zip(rows, results)]
    [(1, []), (2, ['number-mismatch']), (3, [])]
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import threading
from collections import deque
from collections.abc import Iterator
from itertools import islice
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from toolkit.check import CheckUnit, CorpusTally, SegmentKeys, Termbase, check_unit
from toolkit.model import Finding

Row = tuple[str, int, str, str, str, bool, str]
"""A CheckUnit as its fields (cheaper to send to a worker than the object)."""
Checked = tuple[list[Finding], dict[str, str | None], dict[str, str] | None, bool, SegmentKeys | None]
"""What a worker returns of a unit: findings, terms used and odd ones, whether a corpus finding may name
it, and its segment keys."""

# what a forked worker reads: set just before the pool forks, cleared once it is closed
_SHARED: list[CorpusTally] = []


def default_workers() -> int:
    """One worker per core this process may run on; none (0) on one core or inside a worker already."""
    if multiprocessing.current_process().daemon or "fork" not in multiprocessing.get_all_start_methods():
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return cores if cores > 1 else 0


def _row(unit: CheckUnit) -> Row:
    return unit.file, unit.line, unit.source, unit.target, unit.lang, unit.fuzzy, unit.context


def _check_rows(rows: list[Row]) -> list[Checked]:
    """In a worker: the per-unit checks of one chunk."""
    tally = _SHARED[0]
    termbase, severity = tally.termbase, tally.severity
    out: list[Checked] = []
    for row in rows:
        unit = CheckUnit(*row)
        found, terms = check_unit(unit, termbase, severity)
        out.append((found, terms.used, terms.odd, tally.needs_ref(unit, terms), tally.segment_keys(unit)))
    return out


def _serve(conn: Connection) -> None:
    """A worker: chunks of rows in, their checks out, in order, until an empty chunk (or the other end
    closes). A thread reads the chunks as they come, so that the other end never blocks sending to a
    worker that is blocked sending to it. An error goes back as the result, to be raised there."""
    chunks: queue.SimpleQueue[list[Row]] = queue.SimpleQueue()

    def read() -> None:
        while True:
            try:
                rows: list[Row] = conn.recv()
            except (EOFError, OSError):
                rows = []
            chunks.put(rows)
            if not rows:
                return

    threading.Thread(target=read, daemon=True).start()
    while rows := chunks.get():
        try:
            result: list[Checked] | Exception = _check_rows(rows)
        except Exception as error:  # raised again in the reading process
            result = error
        try:
            conn.send(result)
        except OSError:
            return
        if isinstance(result, Exception):
            return


def checked_in_parallel(units: Iterator[CheckUnit], termbase: Termbase, severity: dict[str, str | None],
                        workers: int, chunk: int = 1000) -> Iterator[tuple[list[Row], list[Checked]]]:
    """Chunks of units (as `Row`s), in order, each with what `_check_rows` returns of it: `workers`
    forked processes check them `chunk` units at a time."""
    rows = [_row(u) for u in islice(units, chunk)]
    if not rows:
        return
    _SHARED[:] = [CorpusTally(termbase, severity)]
    context = multiprocessing.get_context("fork")
    conns: list[Connection] = []
    procs: list[BaseProcess] = []
    try:
        for _ in range(workers):
            ours, theirs = context.Pipe()
            proc = context.Process(target=_serve, args=(theirs,), daemon=True)
            proc.start()
            theirs.close()
            conns.append(ours)
            procs.append(proc)
        pending: deque[tuple[list[Row], Connection]] = deque()
        turn = 0
        while rows or pending:
            while rows and len(pending) < 3 * workers:
                conn = conns[turn % workers]
                turn += 1
                conn.send(rows)
                pending.append((rows, conn))
                rows = [_row(u) for u in islice(units, chunk)]
            sent, conn = pending.popleft()
            results = conn.recv()
            if isinstance(results, Exception):
                raise results
            yield sent, results
    finally:
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.send([])
            conn.close()
        for worker in procs:
            worker.join(timeout=5)
            if worker.is_alive():
                worker.terminate()
                worker.join()
        _SHARED.clear()
