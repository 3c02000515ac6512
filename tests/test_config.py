from pathlib import Path

import pytest

from toolkit.config import Config, load_config, parse_config
from toolkit.errors import ConfigError


def test_defaults_without_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = load_config(None)
    assert config == Config()
    assert config.target_langs == ("fr", "it", "ru", "ur")


def test_paths_are_relative_to_the_config_file(tmp_path):
    f = tmp_path / "proj" / "onomast.yaml"
    f.parent.mkdir()
    f.write_text("corpus: texts\ntarget_langs: [fr, ur]\n", encoding="utf-8")
    config = load_config(f)
    assert config.corpus == f.parent / "texts"
    assert config.glossary == f.parent / "glossary"
    assert config.target_langs == ("fr", "ur")


@pytest.mark.parametrize(
    "text, message, line",
    [
        ("source_lang: en\ncorpsu: x\n", "unknown key 'corpsu'", 2),
        ("target_langs: fr\n", "'target_langs' must be a list", 1),
        ("\n\ntarget_langs: [fr, fr_FR]\n", "'fr_FR' is not a language tag", 3),
        ("fuzzy_threshold: 120\n", "between 1 and 100", 1),
        ("corpus: [\n", "invalid YAML", 2),
        ("- a\n- b\n", "must be a mapping", 1),
    ],
)
def test_errors_name_file_and_line(text, message, line):
    with pytest.raises(ConfigError) as err:
        parse_config(text, Path("p/onomast.yaml"))
    assert message in str(err.value)
    assert str(err.value).startswith("p/onomast.yaml: ")
    assert f"line {line}" in str(err.value)


def test_missing_named_config_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "nope.yaml")


def test_yaml_tags_are_not_executed(tmp_path):
    f = tmp_path / "onomast.yaml"
    f.write_text("domain: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid YAML"):
        load_config(f)
