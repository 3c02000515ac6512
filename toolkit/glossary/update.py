"""Extraction into the glossary on disk: read, merge, write only what changed."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from toolkit.extract import extract
from toolkit.glossary.merge import MergeReport, merge_extraction
from toolkit.glossary.store import Glossary, load_glossary, save_glossary
from toolkit.model import Document, Segment


def extract_into(path: Path, documents: Iterable[Document], segments: dict[str, list[Segment]] | None = None,
                 dry_run: bool = False) -> tuple[Glossary, MergeReport, list[str]]:
    """Merge a fresh extraction of `documents` into the glossary at `path`.

    The glossary is read (and validated) before anything is written; with
    `dry_run` nothing is written at all. Returns the merged glossary, what
    changed, and the files written.
    """
    current = load_glossary(path)
    result = extract(documents, segments)
    merged, report = merge_extraction(current, result.entries)
    written = [] if dry_run else save_glossary(merged, path)
    return merged, report, written
