"""`onomast extract`: named terms from English text into the glossary."""

from __future__ import annotations

from pathlib import Path

import click

from toolkit.cli import app, progress
from toolkit.documents import find_files, read_document
from toolkit.glossary.update import extract_into
from toolkit.segment import load_rules, segment_document


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--glossary", "glossary_path", type=click.Path(path_type=Path), default=None,
              help="Glossary folder to update (default: config 'glossary', i.e. ./glossary).")
@click.option("--dry-run", is_flag=True, help="Print what would be added or changed; write nothing.")
@click.pass_context
def extract(ctx: click.Context, paths: tuple[Path, ...], glossary_path: Path | None, dry_run: bool) -> None:
    """Extract named terms from English PATH... (files or folders; default: the
    corpus's English folder) and merge them into the glossary.

    Counts and spellings are updated and new entries added; curated fields
    (renderings, statuses, notes, canonical overrides, rejections) are never
    changed. Prints one line per entry added or changed.

    \b
    Example:
      onomast extract corpus/en --dry-run
    """
    config = app(ctx).config
    sources = list(paths) or [config.source_dir()]
    rules = load_rules(config.srx)
    files = list(find_files(sources))
    docs = [read_document(f, root, config.source_lang) for f, root in progress(files, "reading", len(files))]
    segments = {d.id: list(segment_document(d, rules)) for d in docs}
    merged, report, written = extract_into(glossary_path or config.glossary, docs, segments, dry_run)
    for line in report.lines():
        click.echo(line)
    verb = "would write" if dry_run else "wrote"
    click.echo(f"{len(docs)} documents, {len(merged.entries)} entries: {len(report.added)} added, "
               f"{len(report.changed)} changed; {verb} {len(written) if not dry_run else 'no'} files")
