"""Tab- and comma-separated term lists: OmegaT's glossary files and Weblate's glossary CSV.

OmegaT 3.6 reads `source<TAB>target<TAB>comment` from `.txt`/`.utf8` files, has no
term status and loads a header row as a term: we write no header (a `#` line
instead) and carry deprecated forms only in the comment (`deprecated: …`), so
OmegaT never offers them. Weblate imports CSV with a `source,target` header.
Reading accepts both, and a header naming language codes (`en,fr`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from pathlib import Path

from toolkit.atomic import write_text_if_changed
from toolkit.documents import decode
from toolkit.errors import InputError
from toolkit.glossary.store import slugify
from toolkit.model import Entry, Rendering

DEPRECATED_PREFIX = "deprecated:"


def omegat_rows(entries: Iterable[Entry], lang: str) -> list[tuple[str, str, str]]:
    """(source, target, comment) per accepted rendering; deprecated forms only named in the comment."""
    rows = []
    for e in entries:
        if e.rejected:
            continue
        rs = [r for r in e.renderings if r.lang.split("-")[0] == lang.split("-")[0]]
        accepted = [r for r in rs if r.status in ("preferred", "admitted")]
        deprecated = [r.text for r in rs if r.status == "deprecated"]
        for r in sorted(accepted, key=lambda r: (r.status != "preferred", r.text)):
            comment = [e.type, r.status]
            if r.review == "proposed":
                comment.append("proposed")
            if deprecated:
                comment.append(f"{DEPRECATED_PREFIX} {', '.join(deprecated)}")
            rows.append((_clean(e.preferred_source), _clean(r.text), "; ".join(comment)))
    return rows


def _clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def write_omegat_glossary(path: Path, entries: Iterable[Entry], lang: str, source_lang: str = "en") -> bool:
    """OmegaT glossary (UTF-8, no header row); True when the file changed."""
    lines = [f"# onomast glossary {source_lang} -> {lang}: source, target, comment (type; status)"]
    lines += ["\t".join(row) for row in omegat_rows(entries, lang)]
    return write_text_if_changed(path, "\n".join(lines) + "\n")


def write_weblate_csv(path: Path, entries: Iterable[Entry], lang: str) -> bool:
    """Weblate glossary CSV: source,target,context,developer_comments (deprecated forms left out)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["source", "target", "context", "developer_comments"])
    for source, target, comment in omegat_rows(entries, lang):
        writer.writerow([source, target, "", comment])
    return write_text_if_changed(path, out.getvalue())


def read_term_table(path: Path, source_lang: str = "en", target_lang: str = "") -> Iterator[Entry]:
    """Entries from a TSV/TXT (OmegaT) or CSV (Weblate, or columns named by language) term list."""
    try:
        text = decode(path.read_bytes(), str(path))
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror}") from None
    is_csv = path.suffix.lower() == ".csv"
    rows = list(csv.reader(io.StringIO(text), delimiter="," if is_csv else "\t",
                           quoting=csv.QUOTE_MINIMAL if is_csv else csv.QUOTE_NONE))
    numbered = [(n, r) for n, r in enumerate(rows, 1) if r and any(c.strip() for c in r)
                and not r[0].lstrip().startswith("#")]
    if not numbered:
        return
    header = [c.strip().lower() for c in numbered[0][1]]
    src_col, tgt_col, note_col = 0, 1, 2
    lang = target_lang
    if "source" in header or source_lang.lower() in header:
        src_col = header.index("source") if "source" in header else header.index(source_lang.lower())
        if "target" in header:
            tgt_col = header.index("target")
        else:
            others = [i for i, h in enumerate(header) if i != src_col and h and h not in ("comment", "context")]
            if not others:
                raise InputError(str(path), "header names no target column", position="line 1")
            tgt_col = others[0]
            lang = lang or header[tgt_col]
        note_col = next((header.index(h) for h in ("developer_comments", "comment", "explanation", "note")
                         if h in header), -1)
        numbered = numbered[1:]
    if not lang:
        raise InputError(str(path), "the term list does not name its target language; give --lang")
    by_source: dict[str, list[tuple[str, str]]] = {}
    for n, row in numbered:
        if len(row) <= max(src_col, tgt_col):
            raise InputError(str(path), f"expected at least {max(src_col, tgt_col) + 1} columns", f"line {n}")
        source, target = row[src_col].strip(), row[tgt_col].strip()
        note = row[note_col].strip() if 0 <= note_col < len(row) else ""
        if source and target:
            by_source.setdefault(source, []).append((target, note))
    for source, targets in by_source.items():
        renderings: list[Rendering] = []
        for i, (target, note) in enumerate(targets):
            renderings.append(Rendering(target, lang, "preferred" if i == 0 else "admitted", "curated", "approved",
                                        source=path.name))
            if DEPRECATED_PREFIX in note:
                for dep in note.split(DEPRECATED_PREFIX, 1)[1].split(";")[0].split(","):
                    if dep.strip() and all(r.text != dep.strip() for r in renderings):
                        renderings.append(Rendering(dep.strip(), lang, "deprecated", "curated", "approved",
                                                    source=path.name))
        note = targets[0][1]
        yield Entry(id=slugify(source) or f"term-{len(source)}", type="term", canonical=source,
                    renderings=tuple(renderings), status="accepted", note=note)
