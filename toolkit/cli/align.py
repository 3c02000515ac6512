"""`onomast align`: sentence-align a document with its translation."""

from __future__ import annotations

import json
from pathlib import Path

import click

from toolkit.cli import app
from toolkit.documents import read_document
from toolkit.glossary import load_glossary
from toolkit.parallel import align_segments, pairs_to_units
from toolkit.segment import load_rules, segment_document
from toolkit.tm.store import TranslationMemory


@click.command()
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("target", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--source-lang", default=None, help="Language of SOURCE (default: config, 'en').")
@click.option("--target-lang", required=True, help="Language of TARGET, e.g. fr, it, ru, ur.")
@click.option("--to-tm", is_flag=True, help="Store the confident pairs in the TM (flagged ones are not stored).")
@click.option("--tm", "tm_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="TM file for --to-tm (default: config 'tm').")
@click.option("--glossary", "glossary_path", type=click.Path(path_type=Path), default=None,
              help="Glossary whose terms anchor the alignment (default: config 'glossary', if it exists).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def align(ctx: click.Context, source: Path, target: Path, source_lang: str | None, target_lang: str,
          to_tm: bool, tm_path: Path | None, glossary_path: Path | None, fmt: str) -> None:
    """Align SOURCE and TARGET (two parallel documents) into sentence pairs.

    Gale–Church length model over beads 1-1, 1-2, 2-1, 1-0, 0-1 and 2-2,
    anchored by numbers, glossary terms and punctuation. Each pair has a score
    (0–1); pairs below 0.5, and 1-0/0-1 beads, are flagged with `!`.

    \b
    Example:
      onomast align corpus/en/rome.txt corpus/it/rome.txt --target-lang it --to-tm
    """
    config = app(ctx).config
    src_lang = source_lang or config.source_lang
    rules = load_rules(config.srx)
    src_doc = read_document(source, source.parent, src_lang)
    tgt_doc = read_document(target, target.parent, target_lang)
    gpath = glossary_path or config.glossary
    entries = load_glossary(gpath).active() if gpath.exists() else ()
    pairs = align_segments(list(segment_document(src_doc, rules)), list(segment_document(tgt_doc, rules)), entries,
                           target_lang)
    if fmt == "json":
        click.echo(json.dumps([{"source": p.source, "target": p.target, "score": p.bead.score,
                                "flagged": p.bead.flagged, "source_index": list(p.bead.source),
                                "target_index": list(p.bead.target)} for p in pairs],
                              ensure_ascii=False, indent=2))
    else:
        for p in pairs:
            mark = "!" if p.bead.flagged else " "
            click.echo(f"{mark} {p.bead.score:.2f}  {p.source}\n        {p.target}")
    if to_tm:
        units = pairs_to_units(pairs, src_lang, target_lang, src_doc.id)
        with TranslationMemory(tm_path or config.tm) as store:
            report = store.add(units)
        flagged = sum(1 for p in pairs if p.bead.flagged)
        click.echo(f"TM: {report.added} added, {report.merged} already there, {flagged} flagged pairs not stored",
                   err=fmt == "json")
