import hashlib
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit import __version__
from toolkit.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def tree_digest(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output


def all_commands(group, prefix=()):
    for name, cmd in group.commands.items():
        yield (*prefix, name)
        if hasattr(cmd, "commands"):
            yield from all_commands(cmd, (*prefix, name))


@pytest.mark.parametrize("command", [" ".join(c) for c in all_commands(main)])
def test_every_command_has_help(command):
    result = run(*command.split(), "--help")
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


def test_segment_json_offsets(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Heading\n\nDr. Aliyev spoke in Baku. He left.\n", encoding="utf-8")
    result = run("segment", str(f), "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    text = f.read_text(encoding="utf-8")
    assert [r["text"] for r in rows] == ["Heading", "Dr. Aliyev spoke in Baku.", "He left."]
    assert [r["index"] for r in rows] == [0, 1, 2]
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)
    assert {r["doc"] for r in rows} == {f.as_posix()}


def test_bad_utf8_is_one_line_exit_2(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes(b"Baku \xff")
    result = run("segment", str(f))
    assert result.exit_code == 2
    assert result.output.strip() == f"error: {f}: not valid UTF-8 at byte 5"
    assert "Traceback" not in result.output


def test_missing_file_exit_2(tmp_path):
    result = run("segment", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2 and "error:" in result.output and "no such file" in result.output


def test_unknown_config_key_exit_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "onomast.yaml").write_text("source_lang: en\nglosary: g\n", encoding="utf-8")
    result = run("build")
    assert result.exit_code == 2
    assert result.output.strip().startswith("error: onomast.yaml: unknown key 'glosary'")
    assert "line 2" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["onomast.yaml"]


def test_empty_corpus_exit_2_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus" / "en").mkdir(parents=True)
    result = run("build")
    assert result.exit_code == 2 and "empty corpus" in result.output
    assert not (tmp_path / "glossary").exists()


def test_bad_file_in_corpus_writes_nothing(project):
    (project / "corpus" / "en" / "zz-broken.txt").write_bytes(b"ok \xc3\x28 not utf-8")
    before = tree_digest(project)
    result = run("build")
    assert result.exit_code == 2 and "zz-broken.txt: not valid UTF-8 at byte 3" in result.output
    assert tree_digest(project) == before


def test_build_is_idempotent(project):
    first = run("build")
    assert first.exit_code == 0, first.output
    assert "corpus en: 5 documents" in first.output
    snapshot = tree_digest(project)
    second = run("build")
    assert second.exit_code == 0, second.output
    assert "files written: 0" in second.output
    assert tree_digest(project) == snapshot


def test_debug_shows_traceback(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes(b"\xff")
    result = run("--debug", "segment", str(f))
    assert result.exit_code != 0 and result.exception is not None


def test_build_checks_the_sample_translations_with_no_finding(project):
    """With the project's curated glossary, the sample translations are consistent with it."""
    shutil.copytree(ROOT / "glossary", project / "glossary")
    result = run("build")
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if x.startswith("check: "))
    assert "385 translated pairs in 4 languages: 0 findings" in line, result.output[-3000:]
