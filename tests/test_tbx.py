"""TBX: v2 (TBX-Basic martif) and v3 (TBX-Basic, ISO 30042:2019) written valid, read back, and
read from other tools' files (translate-toolkit fails on every v3 one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from toolkit.errors import InputError
from toolkit.export import with_known_genders
from toolkit.formats.tbx import build_tbx, read_tbx, write_tbx
from toolkit.glossary.store import load_glossary

GLOSSARY = Path(__file__).parent / "data" / "check" / "glossary.yaml"
LANGS = ["fr", "it", "ru", "ur"]


@pytest.fixture(scope="module")
def entries():
    # as the export writes them: Russian genders from morphology
    return with_known_genders(load_glossary(GLOSSARY).entries)


@pytest.mark.parametrize(("dialect", "schema"), [("v2", "tbx-v2/TBXBasicRNGV02.rng"),
                                                 ("v3", "tbx-v3/TBXcoreStructV03.rng")])
def test_output_validates(shared, entries, dialect: str, schema: str) -> None:
    rng = etree.RelaxNG(etree.parse(str(shared / "formats" / "schemas" / schema)))
    doc = etree.fromstring(build_tbx(entries, "en", LANGS, dialect))
    assert rng.validate(doc), rng.error_log.last_error


def test_v2_has_no_namespace_or_doctype(entries) -> None:
    data = build_tbx(entries, "en", LANGS, "v2")
    assert b"<!DOCTYPE" not in data and b"xmlns=" not in data
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<martif type=\"TBX-Basic\"")


@pytest.mark.parametrize("dialect", ["v2", "v3"])
def test_round_trip_keeps_renderings_and_status(tmp_path, entries, dialect: str) -> None:
    path = tmp_path / f"g-{dialect}.tbx"
    assert write_tbx(path, entries, "en", LANGS, dialect) is True
    assert write_tbx(path, entries, "en", LANGS, dialect) is False  # deterministic: unchanged file
    back = {e.id: e for e in read_tbx(path)}
    for e in entries:
        got = back[e.id]
        assert got.type == e.type and got.canonical == e.preferred_source
        assert {(r.lang, r.text, r.status) for r in got.renderings} == {(r.lang, r.text, r.status)
                                                                       for r in e.renderings}


def test_deprecated_status_is_written(entries) -> None:
    assert b"deprecatedTerm-admn-sts" in build_tbx(entries, "en", LANGS, "v2")


def _samples(shared: Path) -> list[Path]:
    return sorted((shared / "formats" / "samples" / "tbx").glob("*.tbx"))


def test_real_world_tbx_files_are_read(shared) -> None:
    read = {}
    for path in _samples(shared):
        root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
        lang = root.get("{http://www.w3.org/XML/1998/namespace}lang", "en")
        entries = list(read_tbx(path, source_lang=lang))
        read[path.name] = len(entries)
        assert entries, path.name
        assert all(e.canonical.strip() for e in entries)
    assert read["tbx3-basic-dca__Example_Astronomy_DCA_VALID.tbx"] > 0  # translate-toolkit: AssertionError
    assert read["tbx2-ibm__ibm_tbx.tbx"] == 5


def test_invalid_tbx_files_never_crash(shared) -> None:
    for path in sorted((shared / "formats" / "samples" / "tbx" / "invalid").glob("*.tbx")):
        try:
            list(read_tbx(path))
        except InputError as exc:
            assert str(path) in str(exc) and "line" in str(exc)


def test_entities_are_not_expanded(tmp_path) -> None:
    bomb = tmp_path / "bomb.tbx"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY a "aaaaaaaaaa">'
                    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><martif><text><body><termEntry>'
                    '<langSet xml:lang="en"><tig><term>&b;</term></tig></langSet></termEntry></body></text>'
                    '</martif>', encoding="utf-8")
    entries = list(read_tbx(bomb))
    assert all("aaaa" not in e.canonical for e in entries)


def test_gender_and_part_of_speech(entries) -> None:
    doc = etree.fromstring(build_tbx(entries, "en", LANGS, "v2"))
    genders = {t.getparent().findtext("term"): t.text for t in doc.iter("termNote")
               if t.get("type") == "grammaticalGender"}
    assert genders.get("Фонд Гейдара Алиева") == "masculine"
    assert genders.get("Лейла Алиева") == "feminine" and genders.get("Гейдар Алиев") == "masculine"
    assert "ЮНЕСКО" not in genders  # unknown: left out
    pos = {t.getparent().findtext("term"): t.text for t in doc.iter("termNote") if t.get("type") == "partOfSpeech"}
    assert pos.get("Heydar Aliyev Foundation") == "properNoun"
