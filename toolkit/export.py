"""Exports of the corpus, glossary and TM into the files translators' tools read.

Each function reads everything first, then writes only files whose content
changed (atomically), so a re-run writes nothing.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from toolkit.config import Config
from toolkit.corpus import Corpus
from toolkit.formats.po import TMLookup, build_catalog, load_po, messages_from_segments, write_po
from toolkit.model import Entry


def now_stamp() -> str:
    """PO date format, e.g. '2026-11-24 15:00+0000'."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M+0000")


def project_root(config: Config) -> Path:
    return config.path.parent if config.path is not None else Path.cwd()


def reference_path(path: str, root: Path) -> str:
    """A `#:` reference relative to the project, with `/` separators."""
    try:
        return Path(os.path.relpath(Path(path).resolve(), root.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return Path(path).as_posix()


def contexts_for(corpus: Corpus, translations: dict[tuple[str, str], dict[str, set[str]]]) -> dict[
        tuple[str, str], str]:
    """msgctxt for sentences that occur in several documents with different translations.

    `translations[(doc, sentence)][lang]` holds the targets aligned to a source sentence.
    """
    by_text: dict[str, list[str]] = {}
    for seg in corpus.all_segments(corpus.source_lang):
        by_text.setdefault(seg.text, [])
        if seg.doc not in by_text[seg.text]:
            by_text[seg.text].append(seg.doc)
    contexts: dict[tuple[str, str], str] = {}
    for text, docs in by_text.items():
        if len(docs) < 2:
            continue
        langs = {lang for d in docs for lang in translations.get((d, text), {})}
        differs = any(len({frozenset(translations.get((d, text), {}).get(lang, set())) for d in docs}) > 1
                      for lang in langs)
        if differs:
            for d in docs:
                contexts[(d, text)] = d
    return contexts


def export_po(config: Config, corpus: Corpus, glossary: Sequence[Entry], langs: Sequence[str],
              tm_for: Callable[[str], TMLookup | None] | None = None,
              contexts: dict[tuple[str, str], str] | None = None, stamp: str | None = None) -> list[str]:
    """Write `<locales>/<lang>/LC_MESSAGES/<domain>.po` per language and `<locales>/<domain>.pot`."""
    root = project_root(config)
    segs = [(reference_path(doc.path, root), seg)
            for doc in corpus.docs(corpus.source_lang)
            for seg in corpus.segments_of(corpus.source_lang, doc.id)]
    messages = messages_from_segments(segs, contexts)
    stamp = stamp or now_stamp()
    plans: list[tuple[Path, object]] = []
    pot_path = config.locales / f"{config.domain}.pot"
    plans.append((pot_path, build_catalog(messages, load_po(pot_path), lang=None, domain=config.domain,
                                          glossary=glossary)))
    for lang in langs:
        path = config.locales / lang / "LC_MESSAGES" / f"{config.domain}.po"
        tm = tm_for(lang) if tm_for else None
        plans.append((path, build_catalog(messages, load_po(path), lang=lang, domain=config.domain, tm=tm,
                                          glossary=glossary, fuzzy_threshold=config.fuzzy_threshold)))
    changed = []
    for path, po in plans:
        if write_po(path, po, stamp):  # type: ignore[arg-type]
            changed.append(str(path))
    return changed
