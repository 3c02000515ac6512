"""Atomic file writes: a reader never sees half a file, a crash never leaves one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_open(path: str | Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temp file beside `path`; rename it over `path` only if the block succeeds.

    >>> import tempfile, os
    >>> d = tempfile.mkdtemp()
    >>> with atomic_open(os.path.join(d, "a.txt")) as f:
    ...     _ = f.write("x")
    >>> open(os.path.join(d, "a.txt")).read()
    'x'
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    binary = "b" in mode
    try:
        with os.fdopen(fd, mode, encoding=None if binary else encoding, newline=None if binary else "") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_text_if_changed(path: str | Path, text: str) -> bool:
    """Write `text` atomically unless the file already holds exactly it; True if written.

    Keeping unchanged files untouched makes re-runs idempotent down to mtimes.
    """
    target = Path(path)
    data = text.encode("utf-8")
    if target.exists() and target.read_bytes() == data:
        return False
    with atomic_open(target, "wb") as f:
        f.write(data)
    return True


def write_bytes_if_changed(path: str | Path, data: bytes) -> bool:
    """Like `write_text_if_changed`, for bytes."""
    target = Path(path)
    if target.exists() and target.read_bytes() == data:
        return False
    with atomic_open(target, "wb") as f:
        f.write(data)
    return True
