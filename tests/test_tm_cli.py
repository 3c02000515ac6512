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
