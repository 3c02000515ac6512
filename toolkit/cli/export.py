"""`onomast export po|tmx|tbx|tsv`: hand the glossary and the TM to other tools in their formats."""

from __future__ import annotations

import click

from toolkit.cli import app


@click.group()
def export() -> None:
    """Write PO, TMX, TBX or tab-separated glossary files for other tools (under `locales/`)."""


def _langs(ctx: click.Context, given: tuple[str, ...]) -> tuple[str, ...]:
    return given or app(ctx).config.target_langs


def _glossary(ctx: click.Context) -> tuple:  # type: ignore[type-arg]
    from toolkit.glossary.store import load_glossary

    path = app(ctx).config.glossary
    return tuple(load_glossary(path).active()) if path.exists() else ()


@export.command("po")
@click.option("--lang", "langs", multiple=True, help="Target language (repeatable; default: config targets).")
@click.pass_context
def po(ctx: click.Context, langs: tuple[str, ...]) -> None:
    """`locales/<lang>/LC_MESSAGES/<domain>.po` per language and the `.pot` template, translated from the
    TM (exact → translated, fuzzy → `#, fuzzy` with the previous msgid); existing translations are kept."""
    from toolkit.build import BuildState, po_stage
    from toolkit.corpus import load_corpus
    from toolkit.segment import load_rules

    config = app(ctx).config
    wanted = _langs(ctx, langs)
    corpus = load_corpus(config.corpus, config.source_lang, wanted, load_rules(config.srx))
    state = BuildState(config=config, corpus=corpus)
    state.made["glossary_entries"] = _glossary(ctx)
    for line in po_stage(state, wanted):
        click.echo(line)


@export.command("tmx")
@click.option("--pair", "pairs", multiple=True, help="Language pair like en-fr (repeatable; default: all).")
@click.option("--multilingual", is_flag=True, help="One multilingual file instead of one per pair.")
@click.pass_context
def tmx(ctx: click.Context, pairs: tuple[str, ...], multilingual: bool) -> None:
    """TMX 1.4b from the TM: `locales/tmx/<domain>.<src>-<tgt>.tmx`, or `<domain>.tmx` with --multilingual."""
    from toolkit.export import export_tmx
    from toolkit.tm.store import TranslationMemory

    config = app(ctx).config
    langs = tuple(p.split("-", 1)[1] for p in pairs if "-" in p) or config.target_langs
    with TranslationMemory(config.tm) as store:
        written = export_tmx(config, lambda s, t: list(store.units(s, t)), langs, _glossary(ctx), multilingual)
    click.echo(f"tmx: {len(written)} files written" + "".join(f"\n  {w}" for w in written))


@export.command("tbx")
@click.option("--dialect", type=click.Choice(["v2", "v3"]), default="v2", show_default=True,
              help="v2: TBX-Basic martif (OmegaT, Weblate, translate-toolkit); v3: TBX-Basic ISO 30042:2019.")
@click.option("--lang", "langs", multiple=True, help="Target language (repeatable; default: config targets).")
@click.pass_context
def tbx(ctx: click.Context, dialect: str, langs: tuple[str, ...]) -> None:
    """The glossary as TBX: one concept per entry, a language section per language, status per term."""
    from toolkit.export import export_glossaries

    written = export_glossaries(app(ctx).config, _glossary(ctx), _langs(ctx, langs), dialect, kinds=("tbx",))
    click.echo(f"tbx: {len(written)} files written" + "".join(f"\n  {w}" for w in written))


@export.command("tsv")
@click.option("--lang", "langs", multiple=True, help="Target language (repeatable; default: config targets).")
@click.pass_context
def tsv(ctx: click.Context, langs: tuple[str, ...]) -> None:
    """OmegaT glossaries (`.txt`, tab-separated, no header, deprecated forms only in the comment) and
    Weblate glossary CSVs, one per target language."""
    from toolkit.export import export_glossaries

    written = export_glossaries(app(ctx).config, _glossary(ctx), _langs(ctx, langs), kinds=("omegat", "csv"))
    click.echo(f"tsv: {len(written)} files written" + "".join(f"\n  {w}" for w in written))
