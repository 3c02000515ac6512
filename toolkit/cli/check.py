"""`onomast check`: term-consistency QA of translated files, for editors and CI."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from toolkit.cli import EXIT_FINDINGS, app
from toolkit.errors import InputError

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--glossary", "glossary_path", type=click.Path(path_type=Path), default=None,
              help="Glossary folder or file: our glossary/, a .yaml, a client's TBX (v2/v3), TSV or CSV "
                   "(default: config 'glossary').")
@click.option("--lang", default=None, help="Target language (default: from each file: PO Language, TMX/XLIFF lang).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif"]), default="text", show_default=True)
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default="error",
              show_default=True, help="Exit 1 when a finding reaches this severity.")
@click.option("--check", "only", multiple=True, help="Run only this check (repeatable).")
@click.option("--disable", multiple=True, help="Switch this check off (repeatable).")
@click.pass_context
def check(ctx: click.Context, paths: tuple[str, ...], glossary_path: Path | None, lang: str | None, fmt: str,
          fail_on: str, only: tuple[str, ...], disable: tuple[str, ...]) -> None:
    """Check the translations in PATH... (PO, TMX, XLIFF, or any bilingual
    format translate-toolkit reads; folders are searched; `-` reads stdin)
    against the glossary.

    Checks: term-missing, term-deprecated, term-inconsistent, source-variant,
    segment-inconsistent, number-mismatch, untranslated, fuzzy. Each can be
    switched off or re-graded under `checks:` in the config.

    Exit codes: 0 no finding at --fail-on, 1 findings, 2 usage or input error.

    \b
    Examples:
      onomast check locales/
      onomast check client-ru.po --glossary client-termbase.tbx --format json
      onomast check memory.tmx --lang ur --format sarif > check.sarif
    """
    from toolkit.check import CHECKS, run_checks, settings_from_config
    from toolkit.check.inputs import check_units, load_termbase
    from toolkit.check.report import as_json, as_sarif, as_text

    config = app(ctx).config
    severity = settings_from_config(config.checks, str(config.path or "onomast.yaml"))
    for name in (*only, *disable):
        if name not in CHECKS:
            raise click.BadParameter(f"unknown check '{name}' (known: {', '.join(CHECKS)})")
    if only:
        severity = {k: (v if k in only else None) for k, v in severity.items()}
    for name in disable:
        severity[name] = None
    gpath = glossary_path or config.glossary
    entries = load_termbase(gpath, lang or "", config.source_lang) if (glossary_path or gpath.exists()) else []
    units = list(check_units(paths, config.source_lang, lang or ""))
    if not units:
        raise InputError(" ".join(paths), "no translation units found")
    findings = run_checks(units, entries, severity)
    files = len({u.file for u in units})
    if fmt == "json":
        click.echo(as_json(findings, len(units), files))
    elif fmt == "sarif":
        click.echo(as_sarif(findings))
    else:
        text = as_text(findings, color=sys.stdout.isatty())
        if text:
            click.echo(text)
        counts = {s: sum(f.severity == s for f in findings) for s in ("error", "warning", "info")}
        click.echo(f"{len(units)} units in {files} files: {counts['error']} errors, {counts['warning']} warnings, "
                   f"{counts['info']} notes", err=True)
    if fail_on != "never" and any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on] for f in findings):
        ctx.exit(EXIT_FINDINGS)
