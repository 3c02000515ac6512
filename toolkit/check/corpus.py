"""Bookkeeping for the corpus checks, in one streaming pass and bounded memory.

`term-inconsistent` and `segment-inconsistent` compare every unit with every
other, so a unit can be found at fault only when its last peer has been read.
Nothing here keeps the units themselves: keys and values are held as 64-bit
hashes (a million distinct segments cost about 110 MB per table, not the text),
and a unit is named by a `ref` — its index in a list, or its place in a
`UnitSpill` when the units were streamed — to be fetched again for its finding.

    >>> groups = Groups()
    >>> for ref, (source, target) in enumerate([("a", "x"), ("b", "y"), ("a", "x"), ("a", "z")]):
    ...     groups.add(source, target, ref)
    >>> list(groups.split())
    [(2, [0, 2, 3])]
"""

from __future__ import annotations

import marshal
import tempfile
from array import array
from collections import Counter
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, field

_REF_BITS = 40
_REF_MASK = (1 << _REF_BITS) - 1
HASH_MASK = (1 << 64) - 1

Record = tuple[str, int, str, str, str]
"""What a finding needs of a unit: file, line, source, target, lang."""


class Groups:
    """Keys seen with more than one distinct value, and the refs of all their units.

    A key seen once costs one dict slot holding an int (value hash and first ref packed); only keys
    that repeat keep a list of refs. Hash collisions (2^-64 per pair) are accepted.
    """

    def __init__(self) -> None:
        self._first: dict[int, int] = {}
        self._same: dict[int, list[int]] = {}
        self._split: dict[int, tuple[set[int], list[int]]] = {}

    def add(self, key: Hashable, value: Hashable, ref: int) -> None:
        self.add_hashed(hash(key), hash(value) & HASH_MASK, ref)

    def add_hashed(self, k: int, v: int, ref: int) -> None:
        """`add` with the key's hash and the value's 64-bit hash already worked out (by a worker process
        forked from this one, whose string hashes are the same)."""
        split = self._split.get(k)
        if split is not None:
            split[0].add(v)
            split[1].append(ref)
            return
        packed = self._first.get(k)
        if packed is None:
            self._first[k] = v << _REF_BITS | ref
        elif packed >> _REF_BITS == v:
            self._same.setdefault(k, []).append(ref)
        else:
            del self._first[k]
            self._split[k] = ({packed >> _REF_BITS, v}, [packed & _REF_MASK, *self._same.pop(k, ()), ref])

    def split(self) -> Iterator[tuple[int, list[int]]]:
        """(number of distinct values, refs of every unit with that key) for each key with several values."""
        for values, refs in self._split.values():
            yield len(values), refs


@dataclass
class FormCounts:
    """Which accepted form each unit used for each term, counted per (entry, language).

    Only the units whose form is not the preferred one are remembered: the majority form is the
    preferred one whenever anyone used it, so no other unit can be at fault.
    """

    counts: dict[tuple[str, str], dict[str, int]] = field(default_factory=dict)
    odd: dict[tuple[str, str], list[tuple[str, int, str]]] = field(default_factory=dict)

    def add(self, entry_id: str, lang: str, form: str) -> None:
        key = (entry_id, lang)
        counts = self.counts.get(key)
        if counts is None:
            self.counts[key] = {form: 1}
        else:
            counts[form] = counts.get(form, 0) + 1

    def remember(self, entry_id: str, lang: str, form: str, ref: int, preferred: str) -> None:
        """Keep a unit whose form is not the preferred one."""
        self.odd.setdefault((entry_id, lang), []).append((form, ref, preferred))

    def inconsistent(self) -> Iterator[tuple[tuple[str, str], Counter[str], list[tuple[str, int, str]]]]:
        """(entry, language), form counts and the remembered (form, ref, preferred) of terms used several ways."""
        for key, uses in self.odd.items():
            counts = self.counts[key]
            if len(counts) >= 2:
                yield key, Counter(counts), uses


class UnitSpill:
    """Streamed units kept on disk, by ref, for the corpus findings that name them at the end.

    Records go out in batches (one marshal call per batch); fetching refs in increasing order reads
    each batch once.
    """

    BATCH = 512

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()
        self._offsets = array("q", [0])
        self._batch: list[Record] = []
        self._loaded: tuple[int, list[Record]] = (-1, [])

    def add(self, record: Record) -> int:
        batch = self._batch
        batch.append(record)
        ref = (len(self._offsets) - 1) * self.BATCH + len(batch) - 1
        if len(batch) == self.BATCH:
            self._flush()
        return ref

    def _flush(self) -> None:
        data = marshal.dumps(self._batch)
        self._file.seek(self._offsets[-1])
        self._file.write(data)
        self._offsets.append(self._offsets[-1] + len(data))
        self._batch = []

    def get(self, ref: int) -> Record:
        number, index = divmod(ref, self.BATCH)
        if number == len(self._offsets) - 1:
            return self._batch[index]
        if self._loaded[0] != number:
            self._file.seek(self._offsets[number])
            self._loaded = (number, marshal.loads(self._file.read(self._offsets[number + 1] - self._offsets[number])))
        return self._loaded[1][index]

    def close(self) -> None:
        self._file.close()
