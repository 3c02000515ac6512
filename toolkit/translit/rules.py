"""The rule engine and the data files every transliteration step shares.

Rules are data (`toolkit/data/translit/*.yaml`): at each position of a lower-cased word, the first
rule whose regex matches there writes its replacement and consumes what it matched.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True)
class Rules:
    """An ordered list of (regex, replacement) applied position by position."""

    rules: tuple[tuple[re.Pattern[str], str], ...]

    def apply(self, word: str) -> str:
        out: list[str] = []
        pos = 0
        while pos < len(word):
            for pattern, repl in self.rules:
                m = pattern.match(word, pos)
                if m and m.end() > pos:
                    out.append(repl)
                    pos = m.end()
                    break
            else:
                out.append(word[pos])
                pos += 1
        return "".join(out)


@cache
def data(name: str) -> Any:
    text = resources.files("toolkit.data.translit").joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


@cache
def rules(name: str, key: str) -> Rules:
    return Rules(tuple((re.compile(p), r) for p, r in data(name)[key]))


_ESTABLISHED_FILES = ("exceptions.yaml", "exonyms.yaml")


@cache
def exceptions() -> dict[tuple[str, str], str]:
    """(folded English name, language) -> the established rendering of a whole name that breaks the
    rules: exceptions.yaml and the exonyms of world-famous people and places (exonyms.yaml)."""
    return {key: text for name in _ESTABLISHED_FILES for key, (text, _) in _established(name).items()}


@cache
def word_exceptions() -> dict[tuple[str, str], str]:
    """The established forms of exceptions.yaml, which also stand for a word inside a name (the
    Hikmet of Hikmet Hajiyev); an exonym does not (Raphael is Рафаэль Санти, Raphael Nadal is not)."""
    return {key: text for key, (text, _) in _established("exceptions.yaml").items()}


@cache
def exception_sources() -> dict[tuple[str, str], str]:
    """(folded English name, language) -> the file and source of its established form (`exceptions`)."""
    return {key: source for name in _ESTABLISHED_FILES for key, (_, source) in _established(name).items()}


@cache
def _established(name: str) -> dict[tuple[str, str], tuple[str, str]]:
    """One file's (folded English name, language) -> (rendering, "file: source")."""
    return {(fold(row["en"]), lang): (text, f"{name}: {row.get('source', '')}") for row in data(name)
            for lang, text in row.items() if lang not in ("en", "source")}


def fold(text: str) -> str:
    """Matching key: case, diacritics and Azerbaijani letters folded; apostrophes, hyphens, spaces unified.

    >>> fold("Heydər Əliyev") == fold("HEYDAR ALIYEV") == fold("Heydar-Aliyev")
    True
    """
    if not text.isascii():
        text = text.replace("ə", "a").replace("Ə", "A").replace("ı", "i").replace("İ", "I")
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    text = _APOSTROPHES.sub("", text.casefold())
    return _SEPARATORS.sub(" ", text).strip()


_APOSTROPHES = re.compile(r"[’'`ʼ]")
_SEPARATORS = re.compile(r"[\s\-‐–]+")


def words(text: str) -> list[str]:
    """A name cut into words and the spaces and hyphens between them (kept, to be copied)."""
    return re.split(r"(\s+|-)", text)


def is_word(piece: str) -> bool:
    return bool(piece.strip(" -"))


def cap(word: str, like: str) -> str:
    """`word` capitalised as `like` is: Title case stays Title case."""
    if like[:1].isupper() and word:
        return word[0].upper() + word[1:]
    return word
