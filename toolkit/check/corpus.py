"""Bookkeeping for the corpus checks, in one streaming pass and bounded memory.

`term-inconsistent` and `segment-inconsistent` compare every unit with every
other, so a unit can be found at fault only when its last peer has been read.
Nothing here keeps the texts in memory: a unit is named by its `ref` (its place
in the stream), to be fetched again for its finding from the list it came in or
from a `UnitSpill`; segments are kept as 64-bit hashes in flat arrays (24 bytes a
unit and table: no object per unit), and the forms used as counts.

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
from bisect import bisect_right
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress
from typing import ClassVar

Row = tuple[str, int, str, str, str, bool, str]
"""A unit as its fields (file, line, source, target, lang, fuzzy, context): what marshal and the pipes
to worker processes carry."""


class Groups:
    """Keys seen with more than one distinct value, and the refs of all their units.

    Each unit adds its key's hash, its value's hash and its ref to three arrays; the groups are worked
    out once, at the end, and only for the keys seen more than once. Hash collisions (2^-64 per pair)
    are accepted.
    """

    def __init__(self) -> None:
        self._keys = array("q")
        self._values = array("q")
        self._refs = array("q")

    def add(self, key: Hashable, value: Hashable, ref: int) -> None:
        self.add_hashed(hash(key), hash(value), ref)

    def add_hashed(self, k: int, v: int, ref: int) -> None:
        """`add` with the hashes of key and value already worked out (maybe by a worker process forked
        from this one, whose string hashes are the same)."""
        self._keys.append(k)
        self._values.append(v)
        self._refs.append(ref)

    def extend(self, keys: array[int], values: array[int], refs: array[int]) -> None:
        """`add_hashed` for many units at once."""
        self._keys.extend(keys)
        self._values.extend(values)
        self._refs.extend(refs)

    def arrays(self) -> tuple[array[int], array[int], array[int]]:
        """Keys, values and refs, as kept (to be sent, without a copy, to be split in another process)."""
        return self._keys, self._values, self._refs

    def split(self) -> Iterator[tuple[int, list[int]]]:
        """(number of distinct values, refs of every unit with that key) for each key with several values."""
        return split_groups(self._keys, self._values, self._refs)


def split_groups(keys: Sequence[int], values: Sequence[int], refs: Sequence[int]) -> Iterator[tuple[int, list[int]]]:
    """`Groups.split` of its three arrays (or of views of them, received from another process)."""
    repeated = {k for k, n in Counter(keys).items() if n > 1}
    groups: dict[int, tuple[set[int], list[int]]] = {}
    for i in compress(range(len(keys)), map(repeated.__contains__, keys)):  # the units of repeated keys
        k = keys[i]
        group = groups.get(k)
        if group is None:
            groups[k] = ({values[i]}, [refs[i]])
        else:
            group[0].add(values[i])
            group[1].append(refs[i])
    for distinct, named in groups.values():
        if len(distinct) > 1:
            yield len(distinct), named


def split_tables(tables: list[Groups]) -> list[list[tuple[int, list[int]]]]:
    """`Groups.split` of each table, in this process."""
    return [list(table.split()) for table in tables]


@dataclass
class FormCounts:
    """Which accepted form each unit used for each term, counted per (entry, language).

    Only the units whose form is not the preferred one are remembered: the majority form is the
    preferred one whenever anyone used it, so no other unit can be at fault.
    """

    uses: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    odd: dict[tuple[str, str], list[tuple[str, int, str]]] = field(default_factory=dict)

    def add(self, entry_id: str, lang: str, form: str) -> None:
        self.uses[entry_id, lang, form] += 1

    def count(self, uses: Iterable[tuple[str, str, str]] | Mapping[tuple[str, str, str], int]) -> None:
        """`add` for many (entry, language, form) at once, or for counts of them (a worker's)."""
        self.uses.update(uses)

    def remember(self, entry_id: str, lang: str, form: str, ref: int, preferred: str) -> None:
        """Keep a unit whose form is not the preferred one."""
        self.odd.setdefault((entry_id, lang), []).append((form, ref, preferred))

    def inconsistent(self) -> Iterator[tuple[tuple[str, str], Counter[str], list[tuple[str, int, str]]]]:
        """(entry, language), form counts and the remembered (form, ref, preferred) of terms used several
        ways."""
        counts: dict[tuple[str, str], Counter[str]] = {}
        for (entry_id, lang, form), n in self.uses.items():
            if (entry_id, lang) in self.odd:
                counts.setdefault((entry_id, lang), Counter())[form] = n
        for key, uses in self.odd.items():
            if len(counts[key]) >= 2:
                yield key, counts[key], uses


class UnitSpill:
    """Streamed units kept on disk for the corpus findings that name them at the end, in small batches
    (one marshal blob each, `BATCH` rows at most): a unit's ref is its place in the stream, and
    fetching one reads its batch alone. Fetching refs in increasing order reads each batch once.
    """

    BATCH: ClassVar[int] = 8
    """(Fetching one unit unmarshals its batch: 4 µs for 8 rows, 15 µs for 32; measured, README.)"""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()
        self._starts = array("q")
        self._offsets = array("q", [0])
        self._count = 0
        self._loaded: tuple[int, list[Row]] = (-1, [])

    def extend(self, rows: list[Row]) -> None:
        """Keep the next units of the stream."""
        for blob in pack(rows):
            self.extend_packed(blob)

    def extend_packed(self, batch: bytes) -> None:
        """Keep the next units of the stream, a batch of `pack` (as it was sent to a worker process)."""
        if self._loaded[0] >= 0:
            self._file.seek(self._offsets[-1])
            self._loaded = (-1, [])
        self._file.write(batch)
        self._offsets.append(self._offsets[-1] + len(batch))
        self._starts.append(self._count)
        self._count += int.from_bytes(batch[-2:], "little")

    def get(self, ref: int) -> Row:
        number = bisect_right(self._starts, ref) - 1
        if self._loaded[0] != number:
            self._file.flush()
            self._file.seek(self._offsets[number])
            data = self._file.read(self._offsets[number + 1] - self._offsets[number])
            self._loaded = (number, marshal.loads(data))  # (the count after it is ignored)
        row: Row = self._loaded[1][ref - self._starts[number]]
        return row

    def close(self) -> None:
        self._file.close()


def pack(rows: list[Row]) -> list[bytes]:
    """Rows as `UnitSpill.BATCH`-row batches, each marshalled and followed by its row count (2 bytes)."""
    size = UnitSpill.BATCH
    return [marshal.dumps(rows[i:i + size]) + len(rows[i:i + size]).to_bytes(2, "little")
            for i in range(0, len(rows), size)]


def unpack(batches: list[bytes]) -> list[Row]:
    """The rows of `pack`ed batches."""
    rows: list[Row] = []
    for batch in batches:
        rows += marshal.loads(batch)  # (the count after it is ignored)
    return rows
