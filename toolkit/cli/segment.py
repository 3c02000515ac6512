"""`onomast segment`: split documents into sentences, as text or JSON."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import click

from toolkit.cli import app
from toolkit.documents import read_document
from toolkit.errors import InputError
from toolkit.segment import load_rules, segment_document


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--lang", default=None, help="Language of the files (default: the config's source language, 'en').")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: one segment a line; json: a list of {doc, index, text, start, end, line, lang}.")
@click.option("--srx", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="SRX 2.0 rule file to use instead of the built-in rules (default: config 'srx').")
@click.pass_context
def segment(ctx: click.Context, files: tuple[Path, ...], lang: str | None, fmt: str, srx: Path | None) -> None:
    """Split FILE... into sentences.

    Offsets (`start`, `end`) index the NFC-normalized text of each file; `index`
    is 0-based within the document.

    \b
    Example:
      onomast segment corpus/en/baku.txt --format json
    """
    config = app(ctx).config
    rules = load_rules(srx or config.srx)
    language = lang or config.source_lang
    docs = []
    for path in files:
        if path.is_dir():
            raise InputError(str(path), "is a directory; name the files to segment")
        docs.append(replace(read_document(path, root=None, lang=language), id=path.as_posix()))
    segments = [seg for doc in docs for seg in segment_document(doc, rules)]
    if fmt == "json":
        rows = [{"doc": s.doc, "index": s.index, "text": s.text, "start": s.start, "end": s.end,
                 "line": s.line, "lang": s.lang} for s in segments]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for s in segments:
            click.echo(s.text)
