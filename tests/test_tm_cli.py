"""`onomast tm search` and `onomast tm analyze` from the command line."""

from __future__ import annotations

import json

from click.testing import CliRunner

from toolkit.cli import main
from toolkit.model import Unit
from toolkit.tm.store import TranslationMemory


def _tm(tmp_path):
    path = tmp_path / "tm.sqlite"
    with TranslationMemory(path) as tm:
        tm.add([
            Unit("Guests came from Paris and Rome.", "Des invités sont venus de Paris et de Rome.", "en", "fr",
                 doc="a.txt", origin="align"),
            Unit("The ambassador opened the exhibition.", "L'ambassadeur a ouvert l'exposition.", "en", "fr"),
            Unit("The ambassador opened the exhibition.", "Посол открыл выставку.", "en", "ru"),
        ])
    return path


def test_search_json(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = _tm(tmp_path)
    result = CliRunner().invoke(main, ["tm", "search", "Guests came from Paris and Baku.", "--target-lang", "fr",
                                       "--tm", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["target"] for r in rows] == ["Des invités sont venus de Paris et de Rome."]
    assert rows[0]["score"] == 85.71 and rows[0]["origin"] == "align" and rows[0]["doc"] == "a.txt"
    assert {"op": "-", "text": "Baku"} in rows[0]["diff"]


def test_search_respects_min_and_language(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = _tm(tmp_path)
    out = CliRunner().invoke(main, ["tm", "search", "The ambassador opened the exhibition.", "--target-lang", "ru",
                                    "--tm", str(path), "--format", "json", "--min", "100"]).output
    assert [r["target"] for r in json.loads(out)] == ["Посол открыл выставку."]


def test_analyze_bands(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = _tm(tmp_path)
    text = tmp_path / "new.txt"
    text.write_text("The ambassador opened the exhibition. Guests came from Paris and Baku. "
                    "The ambassador opened the exhibition. Nothing like this is stored.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["tm", "analyze", str(text), "--target-lang", "fr", "--tm", str(path),
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    bands = {b["band"]: (b["segments"], b["words"]) for b in json.loads(result.output)["bands"]}
    assert bands["100%"] == (1, 5)
    assert bands["repetitions"] == (1, 5)
    assert bands["85-94%"] == (1, 6)
    assert bands["no match"] == (1, 5)
    assert bands["total"] == (4, 21)


def test_search_missing_tm_is_a_clear_error(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["tm", "search", "x", "--target-lang", "fr", "--tm", str(tmp_path / "no.sqlite")])
    assert result.exit_code == 2 and "no such translation memory" in result.output


def distinct_two_language_units(path) -> int:
    """Independent count (whole-tree parse): distinct <tu> contents with text in two languages."""
    from lxml import etree

    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    seen = set()
    for tu in root.iter("{*}tu", "tu"):
        texts = set()
        for tuv in tu:
            if not isinstance(tuv.tag, str) or etree.QName(tuv).localname != "tuv":
                continue
            lang = (tuv.get("{http://www.w3.org/XML/1998/namespace}lang") or tuv.get("lang") or "").lower()
            segs = [c for c in tuv if isinstance(c.tag, str) and etree.QName(c).localname == "seg"]
            text = " ".join("".join(segs[0].itertext()).split()) if segs else ""
            if text:
                texts.add((lang.replace("_", "-"), text))
        if len({lang for lang, _t in texts}) >= 2:
            seen.add(frozenset(texts))
    return len(seen)


def test_every_real_world_tmx_imports_into_the_tm(shared, tmp_path, monkeypatch) -> None:
    """`tm import` of each sample: at least one pair per <tu> with text in two languages."""
    from tests.test_tmx import units_with_two_languages

    monkeypatch.chdir(tmp_path)
    for n, path in enumerate(sorted(p for p in (shared / "formats" / "samples" / "tmx").iterdir() if p.is_file())):
        tm = tmp_path / f"tm{n}.sqlite"
        result = CliRunner().invoke(main, ["tm", "import", str(path), "--tm", str(tm)])
        assert result.exit_code == 0, (path.name, result.output)
        stats = json.loads(CliRunner().invoke(main, ["tm", "stats", "--tm", str(tm), "--format", "json"]).output)
        # identical units within a file merge into one pair: count distinct two-language units
        assert stats["units"] >= distinct_two_language_units(path), path.name
        assert (stats["units"] > 0) == (units_with_two_languages(path) > 0), path.name
        with TranslationMemory(tm) as store:
            assert all(u.source.strip() and u.target.strip() for u in store.units()), path.name


def test_broken_tmx_imports_as_far_as_sound_or_exits_2(shared, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    for n, path in enumerate(sorted((shared / "formats" / "samples" / "tmx" / "invalid").iterdir())):
        result = CliRunner().invoke(main, ["tm", "import", str(path), "--tm", str(tmp_path / f"bad{n}.sqlite")])
        assert result.exit_code in (0, 2), (path.name, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), path.name
        if result.exit_code == 2:
            assert result.output.count("\n") <= 2 and path.name in result.output, result.output
