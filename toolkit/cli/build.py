"""`onomast build`: run the whole pipeline and print its summary."""

from __future__ import annotations

import click

from toolkit.build import run_build
from toolkit.cli import app


@click.command()
@click.pass_context
def build(ctx: click.Context) -> None:
    """Run the whole pipeline on the configured corpus and print a summary.

    Reads `<corpus>/<source_lang>/` and the translations in `<corpus>/<lang>/`,
    segments them, and runs every later stage. A second run changes nothing.
    """
    _state, summary = run_build(app(ctx).config)
    for line in summary:
        click.echo(line)
