"""Project configuration (`onomast.yaml`): languages and where things live.

Every key has a default, so commands work with no config file at all; paths in a
config file are relative to the file's own folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from toolkit.errors import ConfigError

DEFAULT_CONFIG_NAME = "onomast.yaml"
LANG_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class Config:
    """Settings every command reads; see README "Configuration" for each key."""

    source_lang: str = "en"
    target_langs: tuple[str, ...] = ("fr", "it", "ru", "ur")
    corpus: Path = Path("corpus")
    glossary: Path = Path("glossary")
    locales: Path = Path("locales")
    tm: Path = Path("tm/onomast.sqlite")
    srx: Path | None = None
    domain: str = "news"
    fuzzy_threshold: int = 75
    checks: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None

    def source_dir(self) -> Path:
        """English (source) texts live in `<corpus>/<source_lang>/`."""
        return self.corpus / self.source_lang

    def target_dir(self, lang: str) -> Path:
        return self.corpus / lang


_PATH_KEYS = ("corpus", "glossary", "locales", "tm", "srx")
_KEYS = {
    "source_lang": str, "target_langs": list, "corpus": str, "glossary": str, "locales": str,
    "tm": str, "srx": str, "domain": str, "fuzzy_threshold": int, "checks": dict,
}


def _key_lines(text: str) -> dict[str, int]:
    """Line (1-based) of each top-level key, for error messages."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            lines[str(key_node.value)] = key_node.start_mark.line + 1
    return lines


def parse_config(text: str, path: Path) -> Config:
    """Validate a config text; every problem names the file and line.

    >>> parse_config("target_langs: [fr, ru]\\n", Path("/p/onomast.yaml")).target_langs
    ('fr', 'ru')
    """
    name = str(path)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else None
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ConfigError(name, f"invalid YAML: {problem}", position=where) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(name, "must be a mapping of keys to values", position="line 1")
    lines = _key_lines(text)
    base = path.parent
    values: dict[str, Any] = {}
    for key, value in data.items():
        where = f"line {lines.get(str(key), 1)}"
        if key not in _KEYS:
            known = ", ".join(sorted(_KEYS))
            raise ConfigError(name, f"unknown key '{key}' (known keys: {known})", position=where)
        expected = _KEYS[key]
        if value is None and key == "srx":
            continue
        if not isinstance(value, expected) or isinstance(value, bool) and expected is int:
            raise ConfigError(name, f"'{key}' must be a {expected.__name__}", position=where)
        checked: Any = value
        if key in _PATH_KEYS:
            values[key] = base / checked
        elif key == "target_langs":
            langs = tuple(str(v) for v in checked)
            for lang in langs:
                if not LANG_TAG.match(lang):
                    raise ConfigError(name, f"'{lang}' is not a language tag like 'fr' or 'pt-BR'", position=where)
            values[key] = langs
        elif key == "source_lang":
            if not LANG_TAG.match(checked):
                raise ConfigError(name, f"'{checked}' is not a language tag like 'en'", position=where)
            values[key] = checked
        elif key == "fuzzy_threshold" and not 1 <= checked <= 100:
            raise ConfigError(name, "'fuzzy_threshold' must be between 1 and 100", position=where)
        else:
            values[key] = checked
    config = Config(path=path)
    for key in _PATH_KEYS:
        if key not in values and getattr(config, key) is not None:
            values[key] = base / getattr(config, key)
    return replace(config, **values)


def load_config(path: Path | None) -> Config:
    """Load `path`, or `onomast.yaml` in the working directory, or the defaults."""
    if path is None:
        default = Path(DEFAULT_CONFIG_NAME)
        if not default.exists():
            return Config()
        path = default
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(str(path), "no such config file") from None
    except OSError as exc:
        raise ConfigError(str(path), exc.strerror or "cannot be read") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(str(path), "not valid UTF-8", position=f"byte {exc.start}") from None
    return parse_config(text, path)
