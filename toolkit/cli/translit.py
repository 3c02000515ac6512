"""`onomast translit`: renderings and spelling variants of names, from the command line."""

from __future__ import annotations

import json

import click

from toolkit.errors import UsageError

LANGS = ("fr", "it", "ru", "ur")


@click.command()
@click.argument("texts", nargs=-1, required=True)
@click.option("--to", "to", default="fr,it,ru,ur", show_default=True, help="Target languages, comma-separated.")
@click.option("--from", "source", type=click.Choice(["en", "az"]), default="en", show_default=True,
              help="en: English romanization (Heydar Aliyev); az: Azerbaijani Latin (Heydər Əliyev).")
@click.option("--variants", is_flag=True, help="Also list the Latin and Cyrillic spellings a reader may meet.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def translit(texts: tuple[str, ...], to: str, source: str, variants: bool, fmt: str) -> None:
    """Transliterate the name TEXT... into French, Italian, Russian and Urdu.

    JSON: an object language -> list of candidates, best first (and `variants` with --variants);
    with several names, a list of such objects.

    \b
    Example:
      onomast translit "Heydər Əliyev" --from az --to ru,ur --format json
    """
    from toolkit.documents import normalize_text
    from toolkit.translit import cyrillic_variants, latin_variants, transliterate

    langs = [lang.strip() for lang in to.split(",") if lang.strip()]
    unknown = [lang for lang in langs if lang.split("-")[0] not in LANGS]
    if unknown:
        raise UsageError(f"no transliteration rules for {', '.join(unknown)} (known: {', '.join(LANGS)})")
    results = []
    for raw in texts:
        text = normalize_text(raw).strip()
        row: dict[str, list[str]] = {lang: transliterate(text, lang, source) for lang in langs}
        if variants:
            ru = row.get("ru") or transliterate(text, "ru", source)
            row["variants"] = sorted(latin_variants(text) | {v for r in ru[:1] for v in cyrillic_variants(r)})
        results.append(row)
    if fmt == "json":
        click.echo(json.dumps(results[0] if len(results) == 1 else results, ensure_ascii=False, indent=2))
        return
    for text, row in zip(texts, results, strict=True):
        click.echo(text)
        for key, values in row.items():
            click.echo(f"  {key}: {', '.join(values)}")
