"""`onomast tm ...`: import into, export from, and inspect the translation memory."""

from __future__ import annotations

import json
from pathlib import Path

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
    """The translation memory (SQLite): import, export, stats."""


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


def _pair(text: str) -> tuple[str, str]:
    """`en-fr` → ("en", "fr"); a pair needs both languages."""
    source, _, target = text.partition("-")
    if not source or not target:
        raise click.BadParameter(f"'{text}' is not a language pair like en-fr", param_hint="--pair")
    return source, target
