"""`onomast tm ...`: import into, export from, and inspect the translation memory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from toolkit.cli import app, progress
from toolkit.documents import find_files
from toolkit.errors import InputError
from toolkit.tm.io import PO_SUFFIXES, TMX_SUFFIXES, XLIFF_SUFFIXES, read_units
from toolkit.tm.store import TranslationMemory

BILINGUAL_SUFFIXES = TMX_SUFFIXES + PO_SUFFIXES + XLIFF_SUFFIXES + (".ts", ".qph", ".csv", ".tbx", ".xlsx")

TM_OPTION = click.option("--tm", "tm_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
                         help="Translation memory file (default: config 'tm', i.e. tm/onomast.sqlite).")


def tm_path_of(ctx: click.Context, given: Path | None) -> Path:
    return given if given is not None else app(ctx).config.tm


@click.group()
def tm() -> None:
    """The translation memory (SQLite): import, export, stats, search, analyze."""


@tm.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@TM_OPTION
@click.option("--source-lang", default=None, help="Source language where the file does not say (default: config).")
@click.option("--target-lang", default=None, help="Target language where the file does not say (PO without Language).")
@click.pass_context
def import_(ctx: click.Context, files: tuple[Path, ...], tm_path: Path | None, source_lang: str | None,
            target_lang: str | None) -> None:
    """Import FILE... (TMX, PO, XLIFF 1.2/2.x, or any bilingual format
    translate-toolkit reads; folders are searched) into the TM.

    Exact duplicates are merged; the same source with another target is kept
    as a second unit (newest first). A multilingual TMX unit gives one pair per
    target language. Each file is imported in transactions: re-running an
    interrupted import completes it without duplicates.

    \b
    Example:
      onomast tm import client.tmx memoq-export.xlf --tm tm/client.sqlite
    """
    config = app(ctx).config
    paths = [f for f, _ in find_files(files, suffixes=BILINGUAL_SUFFIXES)]
    if not paths:
        raise InputError(", ".join(map(str, files)), "no bilingual files found")
    total_added = total_merged = 0
    with TranslationMemory(tm_path_of(ctx, tm_path)) as store:
        for path in progress(paths, "importing", len(paths)):
            report = store.add(read_units(path, source_lang or config.source_lang, target_lang or ""))
            total_added += report.added
            total_merged += report.merged
            click.echo(f"{path}: {report.added} added, {report.merged} already in the TM")
        click.echo(f"TM {store.path}: {store.count()} units ({total_added} added, {total_merged} merged)")


@tm.command("export")
@TM_OPTION
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="TMX file to write.")
@click.option("--pair", "pairs", multiple=True, help="Language pair like en-fr (repeatable; default: all).")
@click.pass_context
def export(ctx: click.Context, tm_path: Path | None, output: Path, pairs: tuple[str, ...]) -> None:
    """Export the TM (or some language pairs of it) as TMX 1.4b."""
    from toolkit.formats.tmx import write_tmx

    config = app(ctx).config
    with TranslationMemory(tm_path_of(ctx, tm_path), create=False) as store:
        wanted: list[tuple[str | None, str | None]] = [_pair(p) for p in pairs] or [(None, None)]
        units = [u for s, t in wanted for u in store.units(s, t)]
        src = units[0].source_lang if units else config.source_lang
        n = write_tmx(output, units, source_lang=src)
    click.echo(f"{output}: {n} units")


@tm.command("stats")
@TM_OPTION
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def stats(ctx: click.Context, tm_path: Path | None, fmt: str) -> None:
    """Units in the TM, per language pair and per origin.

    JSON: {"units": N, "pairs": {"en-fr": N, ...}, "origins": {...}, "schema_version": N, "path": ...}.
    """
    with TranslationMemory(tm_path_of(ctx, tm_path), create=False) as store:
        data = store.stats()
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"{data['path']}: {data['units']} units")
    for pair, n in data["pairs"].items():  # type: ignore[attr-defined]
        click.echo(f"  {pair}: {n}")


@tm.command("search")
@click.argument("text")
@TM_OPTION
@click.option("--target-lang", "target_lang", required=True, help="Language of the translations wanted.")
@click.option("--source-lang", default=None, help="Language of TEXT (default: config source language).")
@click.option("--min", "min_score", type=click.FloatRange(1, 100), default=75, show_default=True,
              help="Lowest match percentage shown.")
@click.option("--limit", type=click.IntRange(1), default=10, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def search(ctx: click.Context, text: str, tm_path: Path | None, target_lang: str, source_lang: str | None,
           min_score: float, limit: int, fmt: str) -> None:
    """Fuzzy matches for TEXT, best first, with the glossary terms they share and a word diff.

    The percentage is token-based (see README, "Match percentage"): 100 only
    for identical text; a word differing only in case or accents costs half.
    """
    from toolkit.documents import normalize_text
    from toolkit.tm.match import FuzzyIndex, word_diff

    config = app(ctx).config
    query = normalize_text(text).strip()
    src = source_lang or config.source_lang
    entries = _glossary_entries(config.glossary)
    with TranslationMemory(tm_path_of(ctx, tm_path), create=False) as store:
        matches = FuzzyIndex.from_store(store, src, target_lang).search(query, min_score, limit)
    rows: list[dict[str, Any]] = []
    for m in matches:
        shared = sorted({e.id for e in entries for form in e.surface_forms() if form and form in query
                         and form in m.unit.source})
        rows.append({"source": m.unit.source, "target": m.unit.target, "score": m.score,
                     "origin": m.unit.origin, "doc": m.unit.doc, "terms": shared,
                     "diff": [{"op": op, "text": t} for op, t in word_diff(query, m.unit.source)]})
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo(f"no match at or above {min_score:g}%")
    for r in rows:
        diff = " ".join(t if op == "=" else f"[{op}{t}]" for op, t in ((d["op"], d["text"]) for d in r["diff"]))
        click.echo(f"{r['score']:6.2f}%  {r['target']}")
        click.echo(f"         source: {r['source']}")
        click.echo(f"         diff:   {diff}")
        if r["terms"]:
            click.echo(f"         terms:  {', '.join(r['terms'])}")


@tm.command("analyze")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@TM_OPTION
@click.option("--target-lang", "target_lang", required=True, help="Target language of the analysis.")
@click.option("--source-lang", default=None, help="Language of the texts (default: config source language).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def analyze_(ctx: click.Context, paths: tuple[Path, ...], tm_path: Path | None, target_lang: str,
             source_lang: str | None, fmt: str) -> None:
    """CAT analysis of PATH... (default: the configured corpus's source texts) against the TM:
    segments and words per band (repetitions, 100%, 95-99, 85-94, 75-84, 50-74, no match).
    """
    from toolkit.documents import read_documents
    from toolkit.segment import load_rules, segment_document
    from toolkit.tm.analyze import analyze
    from toolkit.tm.match import FuzzyIndex

    config = app(ctx).config
    src = source_lang or config.source_lang
    rules = load_rules(config.srx)
    docs = read_documents(paths or [config.corpus / src], src)
    if not docs:
        raise InputError(" ".join(map(str, paths)) or str(config.corpus / src), "no text files to analyse")
    texts = [s.text for d in docs for s in segment_document(d, rules)]
    with TranslationMemory(tm_path_of(ctx, tm_path), create=False) as store:
        index = FuzzyIndex.from_store(store, src, target_lang)

        def best(text: str):  # type: ignore[no-untyped-def]
            found = index.search(text, 50, 1)
            return found[0] if found else None

        result = analyze(progress(texts, "analysing", len(texts)), best)
    rows = result.rows()
    if fmt == "json":
        click.echo(json.dumps({"target_lang": target_lang, "documents": len(docs), "bands": [
            {"band": b, "segments": s, "words": w} for b, s, w in rows]}, indent=2))
        return
    click.echo(f"{'band':<12} {'segments':>9} {'words':>8}")
    for band, segs, words in rows:
        click.echo(f"{band:<12} {segs:>9} {words:>8}")


def _glossary_entries(path: Path) -> tuple:  # type: ignore[type-arg]
    from toolkit.glossary.store import load_glossary

    if not path.exists():
        return ()
    return tuple(load_glossary(path).active())


def _pair(text: str) -> tuple[str, str]:
    """`en-fr` → ("en", "fr"); a pair needs both languages."""
    source, _, target = text.partition("-")
    if not source or not target:
        raise click.BadParameter(f"'{text}' is not a language pair like en-fr", param_hint="--pair")
    return source, target
