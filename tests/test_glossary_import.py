"""`onomast glossary import`: a termbase edited in a CAT tool comes back without losing curation."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from toolkit.cli import main
from toolkit.formats.tbx import write_tbx
from toolkit.glossary.importer import import_entries
from toolkit.glossary.store import Glossary, load_glossary, save_glossary
from toolkit.model import Entry, Rendering, Variant

CURATED = Rendering("Фонд Гейдара Алиева", "ru", "preferred", "curated", "approved")


def glossary() -> Glossary:
    return Glossary(entries=(
        Entry("heydar-aliyev-foundation", "organization", "Heydar Aliyev Foundation",
              (Variant("Heydar Aliyev Foundation", 3, ("a.txt",)),), (CURATED,), status="accepted", note="keep me"),
    ))


def test_import_adds_renderings_and_entries_and_keeps_curation() -> None:
    imported = [
        Entry("x", "term", "Heydar Aliyev Foundation", (Variant("Heydar Aliyev Foundation"),),
              (Rendering("Fondation Heydar Aliyev", "fr", "preferred", "curated", "approved"),
               Rendering("Фонд Хейдара Алиева", "ru", "deprecated", "curated", "approved"))),
        Entry("y", "term", "Milli Majlis", (Variant("Milli Majlis"),),
              (Rendering("Милли Меджлис", "ru", "preferred", "curated", "approved"),)),
    ]
    merged, report = import_entries(glossary(), imported)
    hf = merged.get("heydar-aliyev-foundation")
    assert CURATED in hf.renderings and hf.note == "keep me" and hf.variants[0].count == 3
    assert {(r.text, r.status) for r in hf.renderings} >= {("Fondation Heydar Aliyev", "preferred"),
                                                          ("Фонд Хейдара Алиева", "deprecated")}
    assert merged.get("milli-majlis") is not None
    assert report.added == ["milli-majlis"] and report.updated == ["heydar-aliyev-foundation"]
    again, report2 = import_entries(merged, imported)
    assert again.entries == merged.entries and not report2.added and not report2.updated


def test_cli_round_trip_through_tbx_and_omegat_tsv(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    gdir = tmp_path / "glossary"
    save_glossary(glossary(), gdir)
    tbx = tmp_path / "edited.tbx"
    edited = Glossary(entries=(Entry("heydar-aliyev-foundation", "organization", "Heydar Aliyev Foundation",
                                     renderings=(Rendering("Fondazione Heydar Aliyev", "it", "preferred"),)),))
    write_tbx(tbx, edited.entries, "en", ["it"])
    tsv = tmp_path / "omegat-ur.txt"
    tsv.write_text("# edited in OmegaT\nHeydar Aliyev Foundation\tحیدر علییف فاؤنڈیشن\torganization\n",
                   encoding="utf-8")
    out = CliRunner().invoke(main, ["glossary", "import", str(tbx), str(tsv), "--lang", "ur",
                                    "--glossary", str(gdir)])
    assert out.exit_code == 0, out.output
    entry = load_glossary(gdir).get("heydar-aliyev-foundation")
    langs = {r.lang: r.text for r in entry.renderings}
    assert langs == {"ru": "Фонд Гейдара Алиева", "it": "Fondazione Heydar Aliyev", "ur": "حیدر علییف فاؤنڈیشن"}


def test_cli_import_refuses_a_broken_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    bad = tmp_path / "bad.tbx"
    bad.write_text("<martif><text>", encoding="utf-8")
    out = CliRunner().invoke(main, ["glossary", "import", str(bad), "--glossary", str(tmp_path / "g")])
    assert out.exit_code == 2 and out.output.startswith("error: ") and "bad.tbx" in out.output
