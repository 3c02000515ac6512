"""Reading corpus files into `Document`s: encodings, BOMs, line ends, NFC."""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from toolkit.errors import InputError
from toolkit.model import Document

TEXT_SUFFIXES = (".txt", ".md", ".text")


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 (BOM optional) or UTF-16 with BOM; say where bad bytes start.

    >>> decode(b"\\xef\\xbb\\xbfHeyd\\xc9\\x99r", "x")
    'Heydər'
    >>> decode("Xocalı".encode("utf-16"), "x")
    'Xocalı'
    """
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[3:], "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not valid {encoding.upper()}", position=f"byte {exc.start}") from None


def normalize_text(text: str) -> str:
    """NFC with LF line ends: the one form every offset in onomast refers to."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def read_document(path: Path, root: Path | None = None, lang: str = "en") -> Document:
    """Read one file; its id is the path relative to `root` (or its name)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory") from None
    except OSError as exc:
        raise InputError(str(path), exc.strerror or "cannot be read") from None
    text = normalize_text(decode(data, str(path)))
    if "\x00" in text:
        raise InputError(str(path), "contains a NUL character: not a text file",
                         position=f"character {text.index(chr(0))}")
    doc_id = path.name
    if root is not None:
        try:
            doc_id = path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            doc_id = path.name
    return Document(id=doc_id, lang=lang, text=text, path=str(path))


def find_files(paths: Iterable[str | Path], suffixes: tuple[str, ...] = TEXT_SUFFIXES) -> Iterator[tuple[Path, Path]]:
    """Yield (file, root) for each file named or found under each directory, sorted.

    A directory is its files' root, so ids are stable; a file named alone is its own root's child.
    """
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in suffixes
                            and not any(part.startswith(".") for part in q.relative_to(p).parts)):
                yield f, p
        elif p.exists():
            yield p, p.parent
        else:
            raise InputError(str(p), "no such file or directory")


def read_documents(paths: Iterable[str | Path], lang: str = "en") -> list[Document]:
    """Read every text file named or found under the given paths."""
    return [read_document(f, root, lang) for f, root in find_files(paths)]
