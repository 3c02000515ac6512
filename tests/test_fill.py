"""Renderings come from curated data, then CLDR, then the lexicon, then rules; approved ones never change."""

from __future__ import annotations

from click.testing import CliRunner

from toolkit.cli import main
from toolkit.glossary.fill import cldr_name, fill_renderings, propose
from toolkit.glossary.store import Glossary, load_glossary, save_glossary
from toolkit.model import Entry, Rendering, Variant

LANGS = ["fr", "it", "ru", "ur"]


def entry(text: str, type_: str, *renderings: Rendering) -> Entry:
    return Entry(id=text.lower().replace(" ", "-"), type=type_, canonical=text, variants=(Variant(text, 1),),
                 renderings=renderings)


def by_lang(e: Entry) -> dict[str, tuple[str, str]]:
    return {r.lang: (r.text, r.origin) for r in e.renderings if r.status == "preferred"}


def test_cldr_places_and_cities() -> None:
    assert cldr_name("Azerbaijan", "fr") == "Azerbaïdjan"
    assert cldr_name("Baku", "ru") == "Баку"
    assert cldr_name("Rome", "ur") == "روم"
    assert [r.text for r in propose(entry("Italy", "place"), "ru")] == ["Италия"]


def test_sources_in_order() -> None:
    filled, report = fill_renderings([entry("Pakistan", "place"), entry("UNESCO", "organization"),
                                      entry("Rashad Aslanov", "person")], LANGS)
    pakistan, unesco, aslanov = filled
    assert by_lang(pakistan)["ur"] == ("پاکستان", "cldr")
    assert by_lang(unesco)["ru"] == ("ЮНЕСКО", "lexicon")
    assert by_lang(aslanov)["ru"] == ("Рашад Асланов", "rule")
    assert all(r.review == "proposed" for e in filled for r in e.renderings)
    assert len(report.proposed) == 13   # 4 languages x 3, and the English spelling admitted in Italian


def test_an_established_form_cites_the_exceptions_file_and_its_source() -> None:
    found = propose(entry("Polad Bulbuloglu", "person"), "ru")[0]
    assert found.text == "Полад Бюльбюль-оглы"
    assert "exceptions.yaml" in found.source and "ru.wikipedia" in found.source
    assert "exceptions.yaml" not in propose(entry("Rashad Aslanov", "person"), "ru")[0].source


def test_approved_and_curated_renderings_are_never_touched() -> None:
    approved = Rendering("Фонд имени Гейдара Алиева", "ru", "preferred", "lexicon", "approved")
    curated = Rendering("Heydar Aliyev Vakfı", "fr", "preferred", "curated", "proposed")
    e = entry("Heydar Aliyev Foundation", "organization", approved, curated)
    (filled,), _ = fill_renderings([e], LANGS)
    assert approved in filled.renderings and curated in filled.renderings
    assert [r.text for r in filled.renderings if r.lang == "ru"] == ["Фонд имени Гейдара Алиева"]
    assert by_lang(filled)["it"] == ("Fondazione Heydar Aliyev", "lexicon")


def test_refill_is_idempotent_and_replaces_only_proposals() -> None:
    stale = Rendering("Старый вариант", "ru", "preferred", "rule", "proposed")
    once, _ = fill_renderings([entry("Leyla Aliyeva", "person", stale)], LANGS)
    assert stale not in once[0].renderings
    twice, report = fill_renderings(once, LANGS)
    assert twice == once and report.proposed == []


def test_lexicon_admitted_forms() -> None:
    forms = {(r.text, r.status) for r in propose(entry("Organization of Islamic Cooperation", "organization"), "ru")}
    assert forms == {("Организация исламского сотрудничества", "preferred"), ("ОИС", "admitted")}


def test_glossary_fill_command(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    save_glossary(Glossary(entries=(entry("Khojaly", "place"), entry("Ilham Aliyev", "person"))), tmp_path / "g")
    out = CliRunner().invoke(main, ["glossary", "fill", "--glossary", str(tmp_path / "g")])
    assert out.exit_code == 0, out.output
    g = load_glossary(tmp_path / "g")
    assert by_lang(g.get("khojaly"))["ru"] == ("Ходжалы", "lexicon")
    assert by_lang(g.get("ilham-aliyev"))["ur"] == ("الہام علییف", "rule")
    again = CliRunner().invoke(main, ["glossary", "fill", "--glossary", str(tmp_path / "g")])
    assert "files written: 0" in again.output
