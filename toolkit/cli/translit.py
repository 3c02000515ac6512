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
@click.option("--kind", type=click.Choice(["person", "place", "organization"]), default="person", show_default=True,
              help="What the name is: a place or an organization gets what `glossary fill` would propose (CLDR, "
                   "the lexicon, the GeoNames gazetteer, then the rules).")
@click.option("--variants", is_flag=True, help="Also list the Latin and Cyrillic spellings a reader may meet.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def translit(texts: tuple[str, ...], to: str, source: str, kind: str, variants: bool, fmt: str) -> None:
    """Transliterate the name TEXT... into French, Italian, Russian and Urdu.

    JSON: an object language -> list of candidates, best first (and `variants` with --variants);
    with several names, a list of such objects.

    \b
    Example:
      onomast translit "Heydər Əliyev" --from az --to ru,ur --format json
      onomast translit Sochi --kind place --to fr,ru
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
        row: dict[str, list[str]] = {lang: _candidates(text, lang, source, kind) for lang in langs}
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
            click.echo(f"  {key}: {', '.join(values) or '(none: no established form, and the origin is unclear)'}")


def _candidates(text: str, lang: str, source: str, kind: str) -> list[str]:
    """A person's name by the transliteration rules; a place's or an organization's as `glossary fill`
    proposes it (an established form first; none for a brand whose origin is unclear, rather than a
    guess)."""
    from toolkit.translit import transliterate

    if kind != "person" and source == "en":
        from toolkit.glossary.fill import propose
        from toolkit.model import Entry, Variant

        proposed = propose(Entry(id="translit", type=kind, canonical=text, variants=(Variant(text),)), lang)
        return list(dict.fromkeys(r.text for r in proposed))
    return transliterate(text, lang, source, kind=kind)
