"""`onomast glossary ...`: list, show and validate the canonical glossary."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import click

from toolkit.cli import EXIT_INPUT, app
from toolkit.errors import InputError
from toolkit.glossary import check_glossary, load_glossary
from toolkit.model import TERM_TYPES, Entry


def entry_json(entry: Entry) -> dict[str, Any]:
    """The documented JSON shape of an entry (see `onomast glossary list --help`)."""
    renderings: dict[str, list[dict[str, str]]] = {}
    for r in entry.renderings:
        renderings.setdefault(r.lang, []).append(
            {"text": r.text, "status": r.status, "origin": r.origin, "review": r.review,
             **({"source": r.source} if r.source else {}), **({"gender": r.gender} if r.gender else {})})
    return {
        "id": entry.id,
        "type": entry.type,
        "canonical": entry.preferred_source,
        "status": entry.status,
        "variants": list(entry.surface_forms()),
        "variant_counts": {v.text: v.count for v in entry.variants},
        "renderings": renderings,
        "note": entry.note,
    }


def glossary_path(ctx: click.Context, given: Path | None) -> Path:
    return given if given is not None else app(ctx).config.glossary


@click.group()
def glossary() -> None:
    """Inspect and check the canonical glossary (YAML files under glossary/)."""


@glossary.command("list")
@click.option("--glossary", "path", type=click.Path(path_type=Path), default=None,
              help="Glossary folder or YAML file (default: config 'glossary', i.e. ./glossary).")
@click.option("--type", "types", type=click.Choice(TERM_TYPES), multiple=True, help="Only entries of this type.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--all", "show_all", is_flag=True, help="Include entries a curator rejected.")
@click.pass_context
def list_entries(ctx: click.Context, path: Path | None, types: tuple[str, ...], fmt: str, show_all: bool) -> None:
    """List glossary entries.

    JSON is a list of objects with `id`, `type`, `canonical`, `status`,
    `variants` (every surface form observed, canonical first), `variant_counts`,
    `renderings` (language -> list of {text, status, origin, review}) and `note`.

    \b
    Example:
      onomast glossary list --type person --format json
    """
    g = load_glossary(glossary_path(ctx, path))
    entries = [e for e in (g.entries if show_all else g.active()) if not types or e.type in types]
    if fmt == "json":
        click.echo(json.dumps([entry_json(e) for e in entries], ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(["id", "type", "canonical", "status", "variants", "fr", "it", "ru", "ur"])
        for e in entries:
            writer.writerow([e.id, e.type, e.preferred_source, e.status, " | ".join(e.surface_forms()),
                             *(_preferred(e, lang) for lang in ("fr", "it", "ru", "ur"))])
        click.echo(buf.getvalue(), nl=False)
        return
    width = max((len(e.id) for e in entries), default=2)
    for e in entries:
        count = sum(v.count for v in e.variants)
        click.echo(f"{e.id:<{width}}  {e.type:<12}  {count:>4}  {e.preferred_source}")


def _preferred(entry: Entry, lang: str) -> str:
    for r in entry.renderings_for(lang):
        if r.status == "preferred":
            return r.text
    return ""


@glossary.command("show")
@click.argument("entry_id")
@click.option("--glossary", "path", type=click.Path(path_type=Path), default=None,
              help="Glossary folder or YAML file (default: ./glossary).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def show(ctx: click.Context, entry_id: str, path: Path | None, fmt: str) -> None:
    """Show one entry by its id: spellings with counts and documents, renderings."""
    where = glossary_path(ctx, path)
    entry = load_glossary(where).get(entry_id)
    if entry is None:
        raise InputError(str(where), f"no entry with id '{entry_id}'")
    if fmt == "json":
        click.echo(json.dumps(entry_json(entry), ensure_ascii=False, indent=2))
        return
    click.echo(f"{entry.id}  ({entry.type}, {entry.status})")
    click.echo(f"  canonical: {entry.preferred_source}")
    if entry.canonical_override:
        click.echo(f"  (extracted canonical: {entry.canonical})")
    for v in entry.variants:
        scope = ", within documents" if v.within_doc else ""
        click.echo(f"  variant: {v.text}  ×{v.count}  [{', '.join(v.docs)}]{scope}")
    for r in sorted(entry.renderings, key=lambda r: r.lang):
        click.echo(f"  {r.lang}: {r.text}  ({r.status}, {r.origin}, {r.review})")
    if entry.note:
        click.echo(f"  note: {entry.note}")
    if entry.evidence:
        click.echo(f"  evidence: {entry.evidence}")


@glossary.command("validate")
@click.option("--glossary", "path", type=click.Path(path_type=Path), default=None,
              help="Glossary folder or YAML file (default: ./glossary).")
@click.pass_context
def validate(ctx: click.Context, path: Path | None) -> None:
    """Check every glossary file; print every problem as `file: line N: problem`.

    Exit 0 when the glossary is sound, 2 when any problem is found.
    """
    where = glossary_path(ctx, path)
    if not where.exists():
        raise InputError(str(where), "no such glossary folder or file")
    g, problems = check_glossary(where)
    for p in sorted(problems, key=lambda p: (p.file, p.line)):
        click.echo(f"error: {p}", err=True)
    if problems:
        ctx.exit(EXIT_INPUT)
    click.echo(f"{len(g.entries)} entries OK")


@glossary.command("fill")
@click.option("--glossary", "path", type=click.Path(path_type=Path), default=None,
              help="Glossary folder or file (default: config 'glossary').")
@click.option("--lang", "langs", multiple=True, help="Target language (repeatable; default: config targets).")
@click.option("--dry-run", is_flag=True, help="Print the proposals without writing.")
@click.pass_context
def fill(ctx: click.Context, path: Path | None, langs: tuple[str, ...], dry_run: bool) -> None:
    """Propose renderings for entries that lack them: CLDR, then the lexicon, then transliteration
    rules (marked `review: proposed`). Approved and curated renderings are never touched.

    \b
    Example:
      onomast glossary fill --lang ru --lang ur
    """
    from toolkit.glossary.fill import fill_renderings
    from toolkit.glossary.store import Glossary, load_glossary, save_glossary

    gpath = glossary_path(ctx, path)
    current = load_glossary(gpath)
    wanted = langs or app(ctx).config.target_langs
    entries, report = fill_renderings(current.entries, wanted)
    for entry_id, r in report.proposed:
        click.echo(f"{entry_id}\t{r.lang}\t{r.text}\t({r.origin})")
    for line in report.lines():
        click.echo(line)
    if not dry_run:
        written = save_glossary(Glossary(entries=tuple(entries), files=current.files), gpath)
        click.echo(f"files written: {len(written)}")


@glossary.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--glossary", "path", type=click.Path(path_type=Path), default=None,
              help="Glossary folder to import into (default: config 'glossary').")
@click.option("--lang", default="", help="Target language of a TSV/CSV file that does not name it.")
@click.pass_context
def import_(ctx: click.Context, files: tuple[Path, ...], path: Path | None, lang: str) -> None:
    """Bring terms from FILE... (TBX v2/v3, TSV/TXT as OmegaT writes them, CSV as Weblate writes
    them) into the glossary. Imported renderings count as curated and approved; nothing in the
    glossary is removed.

    \b
    Example:
      onomast glossary import client-termbase.tbx
    """
    from toolkit.check.inputs import load_termbase
    from toolkit.glossary.importer import import_entries
    from toolkit.glossary.store import load_glossary, save_glossary

    gpath = glossary_path(ctx, path)
    current = load_glossary(gpath)
    source_lang = app(ctx).config.source_lang
    for f in files:
        if f.is_dir() or f.suffix.lower() in (".yaml", ".yml"):
            raise click.BadParameter(f"{f}: import reads TBX, TSV, TXT or CSV files", param_hint="FILES")
        current, report = import_entries(current, load_termbase(f, lang, source_lang))
        for line in report.lines():
            click.echo(f"{f}: {line}")
    written = save_glossary(current, gpath)
    click.echo(f"files written: {len(written)}")
