"""Tokens of an English segment, as name extraction needs them.

Initials (`R.`), dotted acronyms (`U.S.S.R.`), dotted names (`News.Az`), ordinals
(`366th`), hyphenated and apostrophe words stay whole; offsets index the segment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
    (?P<acronym>(?:[A-Z]\.){2,})                         # U.S.S.R.  U.N.
  | (?P<dotted>[A-Za-z][\w]*(?:\.[A-Z][\w]*)+)           # News.Az
  | (?P<abbrev>(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Ste|Gen|Col|Maj|Capt|Lt|Rev|Sen|Rep|Hon|Sig|Dott|Mme|Jr|Sr)\.)
  | (?P<initial>[A-Z]\.)(?=\s|$)                         # R.
  | (?P<numbered>No\.\s?\d+)                             # No.2  No. 2
  | (?P<ordinal>\d+(?:st|nd|rd|th))\b                    # 366th
  | (?P<number>\d+(?:[.,:]\d+)*)                         # 1,275  17:00  3.5
  | (?P<word>[^\W\d_](?:[\w’'\-]*[^\W_])?(?:[’']s\b)?)   # Aliyev  Vice-President  Pakistan's
  | (?P<quote>["“”«»„‟])
  | (?P<punct>\S)
    """,
    re.VERBOSE,
)

OPEN_QUOTES = {'"', "“", "«", "„", "‟"}
CLOSE_QUOTES = {'"', "”", "»"}


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    kind: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capitalized(self) -> bool:
        """Starts with a capital letter (or is an acronym, initial or dotted name)."""
        if self.kind in ("acronym", "initial", "dotted", "abbrev"):
            return True
        return self.kind == "word" and self.text[0].isupper()

    @property
    def all_caps(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


def tokenize(text: str) -> list[Token]:
    """Split a segment into tokens; a possessive `'s` is split off its word.

    >>> [t.text for t in tokenize("Pakistan's envoy R. Aslanov met U.N. staff at News.Az.")]
    ['Pakistan', "'s", 'envoy', 'R.', 'Aslanov', 'met', 'U.N.', 'staff', 'at', 'News.Az', '.']
    """
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        value = m.group()
        if kind == "word" and len(value) > 2 and value[-2] in "’'" and value[-1] == "s":
            tokens.append(Token(value[:-2], m.start(), m.end() - 2, "word"))
            tokens.append(Token(value[-2:], m.end() - 2, m.end(), "possessive"))
            continue
        tokens.append(Token(value, m.start(), m.end(), kind))
    return tokens
