"""The `onomast` command line: parse options, call the library, render the result.

Every library error (`OnomastError`) becomes one `error: ...` line on stderr and
exit code 2; `--debug` shows the traceback instead.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import click

from toolkit import __version__
from toolkit.config import Config, load_config
from toolkit.errors import OnomastError

T = TypeVar("T")

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2


@dataclass
class AppContext:
    """What every command gets in `ctx.obj`."""

    config: Config
    debug: bool = False


class OnomastGroup(click.Group):
    """A click group that turns library errors into one line and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except OnomastError as exc:
            obj = ctx.find_object(AppContext)
            if (obj is not None and obj.debug) or "--debug" in sys.argv:
                raise
            click.echo(f"error: {exc}", err=True)
            ctx.exit(EXIT_INPUT)


def progress(items: Iterable[T], label: str, length: int | None = None) -> Iterator[T]:
    """A progress bar on stderr when it is a terminal; the items untouched otherwise."""
    stream = sys.stderr
    if not stream.isatty():
        yield from items
        return
    with click.progressbar(items, label=label, length=length, file=stream) as bar:  # type: ignore[var-annotated]
        yield from bar


def app(ctx: click.Context) -> AppContext:
    """The AppContext of the running command."""
    obj = ctx.find_object(AppContext)
    if obj is None:  # called as a sub-command without the group (tests)
        obj = AppContext(config=load_config(None))
        ctx.obj = obj
    return obj


@click.group(cls=OnomastGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="onomast")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Project config file (default: ./onomast.yaml if present, else built-in defaults).")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.pass_context
def main(ctx: click.Context, config_path: Path | None, debug: bool) -> None:
    """onomast: canonical multilingual glossaries of named terms and translation
    memories from English news text (French, Italian, Russian, Urdu).

    Exit codes: 0 success, 1 findings (checks), 2 usage or input error.
    """
    try:
        config = load_config(config_path)
    except OnomastError as exc:
        if debug:
            raise
        click.echo(f"error: {exc}", err=True)
        ctx.exit(EXIT_INPUT)
    ctx.obj = AppContext(config=config, debug=debug)


# --- commands ---
from toolkit.cli.align import align  # noqa: E402
from toolkit.cli.build import build  # noqa: E402
from toolkit.cli.check import check  # noqa: E402
from toolkit.cli.export import export  # noqa: E402
from toolkit.cli.extract import extract  # noqa: E402
from toolkit.cli.glossary import glossary  # noqa: E402
from toolkit.cli.segment import segment  # noqa: E402
from toolkit.cli.tm import tm  # noqa: E402
from toolkit.cli.translit import translit  # noqa: E402

main.add_command(align)
main.add_command(build)
main.add_command(check)
main.add_command(export)
main.add_command(extract)
main.add_command(glossary)
main.add_command(segment)
main.add_command(tm)
main.add_command(translit)
