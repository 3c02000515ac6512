"""The per-unit checks of a long stream spread over worker processes, read back in order.

The units go out in chunks, marshalled, over pipes, to processes forked from this one, so every worker
has the termbase (built once, here, with every entry's target forms compiled before the fork) and the
same string hashes. A worker sends back what `check_units_from` finds of a chunk but the forms used
(findings, segment hashes: a few objects a chunk, not a few a unit), and counts those itself, to send
once, at the end. This process reads the units and keeps the corpus tallies, in reading order, so the
findings are those of one process and come in the same order. At most a few chunks are out at a time: the
stream is still read as it comes, in bounded memory.

    >>> from toolkit.check import settings_from_config
    >>> units = [CheckUnit("a.po", i, f"In {1990 + i}.", f"В {1990 + i + (i == 2)} году.", "ru") for i in (1, 2, 3)]
    >>> chunks = checked_in_parallel(iter(units), Termbase.build([]), settings_from_config({}), 2, chunk=2)
    >>> [[(f.line, f.check) for f in checked.findings] for _batches, checked in chunks]
    [[(2, 'number-mismatch')], [], []]
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import queue
import threading
from collections import Counter, deque
from collections.abc import Iterator
from itertools import islice
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from toolkit.check import Checked, CheckUnit, Termbase, check_units_from
from toolkit.check.corpus import pack, unpack

Chunk = tuple[int, list[bytes]]
"""What a worker is sent: the ref of the chunk's first unit, and its units as `pack`ed rows."""

YOUNG_OBJECTS = 50_000
"""Allocations between two collections of the youngest objects while the workers run (CPython's
default, 700, made collection ~8% of the run: measured, README)."""

# what a forked worker reads: set just before the pool forks, cleared once it is closed
_SHARED: list[tuple[Termbase, dict[str, str | None]]] = []

_new_unit = tuple.__new__  # CheckUnit(*row) without the keyword handling of its __new__


def default_workers() -> int:
    """One worker per core this process may run on; none (0) on one core or inside a worker already."""
    if multiprocessing.current_process().daemon or "fork" not in multiprocessing.get_all_start_methods():
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return cores if cores > 1 else 0


def _check_chunk(chunk: Chunk, counted: Counter[tuple[str, str, str]]) -> Checked:
    """In a worker: the per-unit checks of one chunk, its uses added to `counted` instead of sent back."""
    termbase, severity = _SHARED[0]
    first_ref, batches = chunk
    units = [_new_unit(CheckUnit, row) for row in unpack(batches)]
    checked = check_units_from(units, first_ref, termbase, severity)
    counted.update(checked.uses)
    return checked._replace(uses=[])


def _serve(conn: Connection) -> None:
    """A worker: chunks in, their checks out, in order, until None (or the other end closes). A thread
    reads the chunks as they come, so that the other end never blocks sending to a worker that is
    blocked sending to it. An error goes back as the result, to be raised there."""
    chunks: queue.SimpleQueue[Chunk | None] = queue.SimpleQueue()

    def read() -> None:
        while True:
            try:
                chunk: Chunk | None = conn.recv()
            except (EOFError, OSError):
                chunk = None
            chunks.put(chunk)
            if chunk is None:
                return

    threading.Thread(target=read, daemon=True).start()
    counted: Counter[tuple[str, str, str]] = Counter()
    while (chunk := chunks.get()) is not None:
        try:
            result: Checked | Exception = _check_chunk(chunk, counted)
        except Exception as error:  # raised again in the reading process
            result = error
        try:
            conn.send(result)
        except OSError:
            return
        if isinstance(result, Exception):
            return
    with contextlib.suppress(OSError):
        conn.send(dict(counted))  # at the end, the uses of every chunk


def checked_in_parallel(units: Iterator[CheckUnit], termbase: Termbase, severity: dict[str, str | None],
                        workers: int, chunk: int = 1000, first_ref: int = 0) -> Iterator[tuple[list[bytes], Checked]]:
    """Chunks of units, in order, each as its `pack`ed rows and what `check_units_from` finds of it:
    `workers` forked processes check them `chunk` units at a time. The last chunk is no units, and the
    forms the workers counted used. The first unit is unit number `first_ref` of the run."""
    rows = list(map(tuple, islice(units, chunk)))
    if not rows:
        return
    termbase.compile_all({str(row[4]) for row in rows})
    _SHARED[:] = [(termbase, severity)]
    # what is there now stays shared with the workers: no collection touches (and copies) it; and the
    # checks make millions of short-lived objects, no cycles, so collections may wait for more of them
    gc.freeze()
    thresholds = gc.get_threshold()
    gc.set_threshold(YOUNG_OBJECTS, *thresholds[1:])
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
        pending: deque[tuple[list[bytes], Connection]] = deque()
        turn = 0
        while rows or pending:
            while rows and len(pending) < 3 * workers:
                conn = conns[turn % workers]
                turn += 1
                batches = pack(rows)  # type: ignore[arg-type]
                conn.send((first_ref, batches))
                pending.append((batches, conn))
                first_ref += len(rows)
                rows = list(map(tuple, islice(units, chunk)))
            batches, conn = pending.popleft()
            result = conn.recv()
            if isinstance(result, Exception):
                raise result
            yield batches, result
        for conn in conns:
            conn.send(None)
        counted: Counter[tuple[str, str, str]] = Counter()
        for conn in conns:
            counted.update(conn.recv())
        yield [], Checked([], [], [], b"", dict(counted))
    finally:
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.send(None)
            conn.close()
        for worker in procs:
            worker.join(timeout=5)
            if worker.is_alive():
                worker.terminate()
                worker.join()
        _SHARED.clear()
        gc.set_threshold(*thresholds)
        gc.unfreeze()
