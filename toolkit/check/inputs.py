"""What `onomast check` reads: translated files into CheckUnits, and a glossary from any termbase file."""

from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from toolkit.check import CheckUnit
from toolkit.documents import find_files
from toolkit.errors import InputError
from toolkit.model import Entry
from toolkit.tm.io import PO_SUFFIXES, TMX_SUFFIXES, XLIFF_SUFFIXES, read_units

# what a folder is searched for: translations only, not the termbases and term lists that sit beside them
FOLDER_SUFFIXES = PO_SUFFIXES + TMX_SUFFIXES + XLIFF_SUFFIXES + (".ts",)
FUZZY_STATES = {"fuzzy", "needs-review-translation", "needs-review-l10n", "needs-review-adaptation",
                "needs-translation", "needs-adaptation", "needs-l10n", "new", "initial"}


def check_units(paths: Iterable[str], source_lang: str = "en", lang: str = "") -> Iterator[CheckUnit]:
    """Units of every file named or found under the named folders; `-` reads a PO from stdin."""
    for raw in paths:
        if raw == "-":
            yield from _stdin_units(source_lang, lang)
            continue
        path = Path(raw)
        if not path.exists():
            raise InputError(raw, "no such file or folder")
        files = [f for f, _root in find_files([path], FOLDER_SUFFIXES)] if path.is_dir() else [path]
        for f in files:
            yield from _file_units(f, source_lang, lang, display=f.as_posix())


def _stdin_units(source_lang: str, lang: str) -> Iterator[CheckUnit]:
    data = sys.stdin.buffer.read()
    suffix = ".tmx" if b"<tmx" in data[:2000] else ".xlf" if b"<xliff" in data[:2000] else ".po"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"stdin{suffix}"
        path.write_bytes(data)
        yield from _file_units(path, source_lang, lang, display="-")


def _file_units(path: Path, source_lang: str, lang: str, display: str) -> Iterator[CheckUnit]:
    tu_lines = _tmx_unit_lines(path) if path.suffix.lower() in TMX_SUFFIXES else []
    seen_tu: dict[str, int] = {}
    for u in read_units(path, source_lang=source_lang, target_lang=lang, include_untranslated=True):
        props = dict(u.props)
        line = int(props.get("line", 0) or 0)
        if not line and tu_lines:
            line = tu_lines[min(seen_tu.setdefault(u.context or u.source, len(seen_tu)), len(tu_lines) - 1)]
        state = props.get("state", "")
        yield CheckUnit(file=display, line=line or 1, source=u.source, target=u.target,
                        lang=lang or u.target_lang, fuzzy=state in FUZZY_STATES, context=u.context)


def _tmx_unit_lines(path: Path) -> list[int]:
    """Line of each <tu> start tag, in order (for readers that do not report lines)."""
    lines: list[int] = []
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
        encoding = "utf-16" if head[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8"
        with path.open(encoding=encoding, errors="replace") as fh:
            for n, text in enumerate(fh, 1):
                lines.extend(n for _ in re.finditer(r"<tu[\s>]", text))
    except OSError:
        return []
    return lines


def load_termbase(path: Path, lang: str = "", source_lang: str = "en") -> list[Entry]:
    """Entries from our glossary folder or YAML file, a TBX (v2/v3), or a TSV/CSV term list."""
    if not path.exists():
        raise InputError(str(path), "no such glossary file or folder")
    suffix = path.suffix.lower()
    if path.is_dir() or suffix in (".yaml", ".yml"):
        from toolkit.glossary.store import load_glossary

        return list(load_glossary(path).active())
    if suffix == ".tbx":
        from toolkit.formats.tbx import read_tbx

        return list(read_tbx(path, source_lang=source_lang))
    if suffix in (".tsv", ".txt", ".utf8", ".tab", ".csv"):
        from toolkit.formats.termtable import read_term_table

        return list(read_term_table(path, source_lang=source_lang, target_lang=lang))
    raise InputError(str(path), "unknown glossary format (use a glossary folder, .yaml, .tbx, .tsv, .txt or .csv)")
