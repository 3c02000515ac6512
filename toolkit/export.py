"""Exports of the corpus, glossary and TM into the files translators' tools read.

Each function reads everything first, then writes only files whose content
changed (atomically), so a re-run writes nothing.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from toolkit.config import Config
from toolkit.corpus import Corpus
from toolkit.formats.po import TMLookup, build_catalog, load_po, messages_from_segments, write_po
from toolkit.model import Entry, MultiUnit, Unit


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


def tmx_path(config: Config, pair: tuple[str, str] | None = None) -> Path:
    """`<locales>/tmx/<domain>.<src>-<tgt>.tmx`, or `<domain>.tmx` for the multilingual file."""
    name = f"{config.domain}.{pair[0]}-{pair[1]}.tmx" if pair else f"{config.domain}.tmx"
    return config.locales / "tmx" / name


def units_with_terms(units: Sequence[Unit], glossary: Sequence[Entry]) -> list[Unit]:
    """Each unit with props naming its document and the glossary entries its source mentions."""
    from toolkit.check.matching import SourceMatcher

    matcher = SourceMatcher((e.id, f) for e in glossary for f in e.surface_forms() if len(f) > 1)
    out = []
    for u in units:
        terms = sorted({hit.key for hit in matcher.find(u.source)})
        props = [p for p in u.props if p[0] not in ("x-doc", "x-term")]
        if u.doc:
            props.append(("x-doc", u.doc))
        props += [("x-term", t) for t in terms]
        out.append(replace(u, props=tuple(props)))
    return out


def export_tmx(config: Config, units_for: Callable[[str, str], Sequence[Unit]], langs: Sequence[str],
               glossary: Sequence[Entry] = (), multilingual: bool = False) -> list[str]:
    """One TMX per language pair (what Trados and memoQ import most easily), or one multilingual file."""
    from toolkit.formats.tmx import write_tmx

    src = config.source_lang
    changed: list[str] = []
    if multilingual:
        merged: dict[str, dict[str, str]] = {}
        for lang in langs:
            for u in units_for(src, lang):
                merged.setdefault(u.source, {})[lang] = u.target
        multi = [MultiUnit(id="", texts=((src, source), *sorted(targets.items())), source_lang=src)
                 for source, targets in sorted(merged.items())]
        path = tmx_path(config)
        before = path.read_bytes() if path.exists() else None
        write_tmx(path, multi, source_lang=src)
        if path.read_bytes() != before:
            changed.append(str(path))
        return changed
    for lang in langs:
        path = tmx_path(config, (src, lang))
        before = path.read_bytes() if path.exists() else None
        write_tmx(path, units_with_terms(list(units_for(src, lang)), glossary), source_lang=src)
        if path.read_bytes() != before:
            changed.append(str(path))
    return changed


def glossary_paths(config: Config, lang: str | None = None, kind: str = "tbx") -> Path:
    base = config.locales / "glossary"
    if kind == "tbx":
        return base / f"{config.domain}.tbx"
    return base / f"{config.domain}.{config.source_lang}-{lang}.{'txt' if kind == 'omegat' else 'csv'}"


def with_known_genders(glossary: Sequence[Entry]) -> list[Entry]:
    """Entries whose Russian renderings carry the grammatical gender of their head, where morphology knows it."""
    from dataclasses import replace

    from toolkit.translit.morph import ru_term_gender

    out = []
    for e in glossary:
        renderings = tuple(replace(r, gender=ru_term_gender(r.text, e.type)) if r.lang == "ru" and not r.gender else r
                           for r in e.renderings)
        out.append(replace(e, renderings=renderings) if renderings != e.renderings else e)
    return out


def export_glossaries(config: Config, glossary: Sequence[Entry], langs: Sequence[str], tbx_dialect: str = "v2",
                      kinds: Sequence[str] = ("tbx", "omegat", "csv")) -> list[str]:
    """TBX (all languages), and per language an OmegaT glossary (.txt) and a Weblate CSV."""
    from toolkit.formats.tbx import write_tbx
    from toolkit.formats.termtable import write_omegat_glossary, write_weblate_csv

    changed = []
    glossary = with_known_genders(glossary)
    if "tbx" in kinds:
        path = glossary_paths(config)
        if tbx_dialect == "v3":
            path = path.with_name(f"{config.domain}.v3.tbx")
        if write_tbx(path, glossary, config.source_lang, langs, tbx_dialect):
            changed.append(str(path))
    for lang in langs:
        if "omegat" in kinds:
            path = glossary_paths(config, lang, "omegat")
            if write_omegat_glossary(path, glossary, lang, config.source_lang):
                changed.append(str(path))
        if "csv" in kinds:
            path = glossary_paths(config, lang, "csv")
            if write_weblate_csv(path, glossary, lang):
                changed.append(str(path))
    return changed
