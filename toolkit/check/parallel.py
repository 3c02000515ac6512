"""The per-unit checks of a long stream spread over worker processes, read back in order.

The units go out in chunks, marshalled, over pipes, to processes forked from this one, so every worker
has the termbase (built once, here, with every entry's target forms compiled before the fork) and the
same string hashes. A worker sends back what `check_units_from` finds of a chunk but the forms used
(findings, segment hashes: a few objects a chunk, not a few a unit), and counts those itself, to send
once, at the end. This process reads the units and keeps the corpus tallies, in reading order, so the
findings are those of one process and come in the same order. At most a few chunks are out at a time: the
stream is still read as it comes, in bounded memory. At the end, the workers split the corpus tables, one
table each, at once.

    >>> from toolkit.check import settings_from_config
    >>> units = [CheckUnit("a.po", i, f"In {1990 + i}.", f"В {1990 + i + (i == 2)} году.", "ru") for i in (1, 2, 3)]
    >>> with CheckWorkers(Termbase.build([]), settings_from_config({}), 2) as pool:
    ...     [[(f.line, f.check) for f in checked.findings] for _batches, checked in pool.checked(iter(units), chunk=2)]
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
from typing import cast

from toolkit.check import Checked, CheckUnit, Termbase, check_units_from
from toolkit.check.corpus import Groups, pack, split_groups, split_tables, unpack

Chunk = tuple[int, list[bytes]]
"""What a worker is sent: the ref of the chunk's first unit, and its units as `pack`ed rows."""

CHUNK = 1000
"""Units a worker is sent at a time (100 and 4000 were ~12% slower, 250 and 500 the same: measured)."""

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


Request = tuple[str, object]
"""What a worker is sent: ("chunk", `Chunk`), ("counts", None): the uses counted so far, or
("split", None) and the three `Groups.arrays` of a table, sent as they are: its `Groups.split`; None to
stop."""


def _serve(conn: Connection) -> None:
    """A worker: requests in, their answers out, in order, until the other end closes. A thread reads
    the requests as they come, so that the other end never blocks sending to a worker that is blocked
    sending to it. An error goes back as the answer, to be raised there."""
    requests: queue.SimpleQueue[Request | None] = queue.SimpleQueue()

    def read() -> None:
        while True:
            try:
                request: Request | None = conn.recv()
                if request is not None and request[0] == "split":  # its three arrays follow, as they are
                    request = ("split", tuple(memoryview(conn.recv_bytes()).cast("q") for _ in range(3)))
            except (EOFError, OSError):
                request = None
            requests.put(request)
            if request is None:
                return

    threading.Thread(target=read, daemon=True).start()
    counted: Counter[tuple[str, str, str]] = Counter()
    while (request := requests.get()) is not None:
        kind, payload = request
        try:
            if kind == "chunk":
                answer: object = _check_chunk(cast(Chunk, payload), counted)
            elif kind == "counts":
                answer, counted = dict(counted), Counter()
            else:
                keys, values, refs = cast(tuple[memoryview, memoryview, memoryview], payload)
                answer = list(split_groups(keys, values, refs))
        except Exception as error:  # raised again in the reading process
            answer = error
        try:
            conn.send(answer)
        except OSError:
            return
        if isinstance(answer, Exception):
            return


class CheckWorkers:
    """Worker processes forked from this one, with its termbase, for the per-unit checks of a long stream
    (`checked`) and then for the corpus tables' `Groups.split`, one table a worker (`split`); `close`
    ends them. They are forked when the first chunk is ready, with every target form compiled."""

    def __init__(self, termbase: Termbase, severity: dict[str, str | None], workers: int) -> None:
        self.termbase, self.severity, self.workers = termbase, severity, workers
        self._conns: list[Connection] = []
        self._procs: list[BaseProcess] = []
        self._thresholds: tuple[int, ...] | None = None

    def __enter__(self) -> CheckWorkers:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _start(self, langs: set[str]) -> None:
        self.termbase.compile_all(langs)
        _SHARED[:] = [(self.termbase, self.severity)]
        # what is there now stays shared with the workers: no collection touches (and copies) it; and the
        # checks make millions of short-lived objects, no cycles, so collections may wait for more of them
        gc.freeze()
        self._thresholds = gc.get_threshold()
        gc.set_threshold(YOUNG_OBJECTS, *self._thresholds[1:])
        context = multiprocessing.get_context("fork")
        for _ in range(self.workers):
            ours, theirs = context.Pipe()
            proc = context.Process(target=_serve, args=(theirs,), daemon=True)
            proc.start()
            theirs.close()
            self._conns.append(ours)
            self._procs.append(proc)

    def checked(self, units: Iterator[CheckUnit], first_ref: int = 0,
                chunk: int | None = None) -> Iterator[tuple[list[bytes], Checked]]:
        """Chunks of units, in order, each as its `pack`ed rows and what `check_units_from` finds of it,
        `chunk` (default `CHUNK`) units at a time. The last chunk is no units, and the forms the workers
        counted used. The first unit is unit number `first_ref` of the run."""
        chunk = chunk or CHUNK
        rows = list(map(tuple, islice(units, chunk)))
        if not rows:
            return
        if not self._conns:
            self._start({str(row[4]) for row in rows})
        conns, workers = self._conns, self.workers
        pending: deque[tuple[list[bytes], Connection]] = deque()
        turn = 0
        while rows or pending:
            while rows and len(pending) < 3 * workers:
                conn = conns[turn % workers]
                turn += 1
                batches = pack(rows)  # type: ignore[arg-type]
                conn.send(("chunk", (first_ref, batches)))
                pending.append((batches, conn))
                first_ref += len(rows)
                rows = list(map(tuple, islice(units, chunk)))
            batches, conn = pending.popleft()
            yield batches, cast(Checked, _answer(conn))
        counted: Counter[tuple[str, str, str]] = Counter()
        for conn in conns:
            conn.send(("counts", None))
        for conn in conns:
            counted.update(cast(dict[tuple[str, str, str], int], _answer(conn)))
        yield [], Checked([], [], [], b"", dict(counted))

    def split(self, tables: list[Groups]) -> list[list[tuple[int, list[int]]]]:
        """`Groups.split` of each table, the tables split in the workers at once (here, if none is
        running, or there are more tables than workers)."""
        if not self._conns or len(tables) > len(self._conns):
            return split_tables(tables)
        for conn, table in zip(self._conns, tables):  # noqa: B905 (no more tables than workers)
            conn.send(("split", None))
            for column in table.arrays():
                conn.send_bytes(column)
        return [cast(list[tuple[int, list[int]]], _answer(conn)) for conn in self._conns[:len(tables)]]

    def close(self) -> None:
        """End the workers (waiting a little for them) and give this process its collector back."""
        for conn in self._conns:
            # a request to stop: closing our end is not enough, the workers forked after it hold it too
            with contextlib.suppress(OSError):
                conn.send(None)
            conn.close()
        for worker in self._procs:
            worker.join(timeout=5)
            if worker.is_alive():
                worker.terminate()
                worker.join()
        self._conns, self._procs = [], []
        _SHARED.clear()
        if self._thresholds is not None:
            gc.set_threshold(*self._thresholds)
            gc.unfreeze()
            self._thresholds = None


def _answer(conn: Connection) -> object:
    answer = conn.recv()
    if isinstance(answer, Exception):
        raise answer
    return answer

