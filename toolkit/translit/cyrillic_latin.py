"""Russian Cyrillic names in Italian (scientific) and French (usual) Latin spelling.

The rules are data (`toolkit/data/translit/cyrillic_latin.yaml`), loaded like every rule file
(`rules.rules`); they are applied here letter by letter so that each keeps the source's case.
Established forms that break the rules (Eltsine, Alexandre Pouchkine, Yalta) are not produced.
"""

from __future__ import annotations

import re
import unicodedata

from toolkit.translit.rules import rules as _rule_file

__all__ = ["cyrillic_to_italian", "cyrillic_to_french"]

_WORD = re.compile("[\u0400-\u04ff]+")

Rule = tuple[re.Pattern[str], str]


def _apply(rules: tuple[Rule, ...], word: str) -> str:
    """One word: at each position the first matching rule writes its replacement, in the source's case."""
    low = word.lower()
    shout = len(word) > 1 and word.isupper()  # an all-capitals word stays all capitals
    out: list[str] = []
    pos = 0
    while pos < len(low):
        repl, end = low[pos], pos + 1  # a letter with no rule passes through
        for pattern, written in rules:
            m = pattern.match(low, pos)
            if m and m.end() > pos:
                repl, end = written, m.end()
                break
        if word[pos].isupper():
            repl = repl.upper() if shout else repl[:1].upper() + repl[1:]
        out.append(repl)
        pos = end
    return "".join(out)


def _convert(text: str, key: str) -> str:
    rules = _rule_file("cyrillic_latin.yaml", key).rules
    text = unicodedata.normalize("NFC", text)  # й and ё as one code point each, as the rules expect
    return unicodedata.normalize("NFC", _WORD.sub(lambda m: _apply(rules, m.group()), text))


def cyrillic_to_italian(text: str) -> str:
    """Italian scientific transliteration, as in it.wikipedia titles; non-Cyrillic text is kept.

    >>> cyrillic_to_italian("Михаил Горбачёв"), cyrillic_to_italian("Борис Ельцин")
    ('Michail Gorbačëv', "Boris El'cin")
    >>> cyrillic_to_italian("Фёдор Достоевский (1821)")
    'Fëdor Dostoevskij (1821)'
    """
    return _convert(text, "italian")


def cyrillic_to_french(text: str) -> str:
    """French usual transcription, as in fr.wikipedia titles; non-Cyrillic text is kept.

    >>> cyrillic_to_french("Сергей Лавров"), cyrillic_to_french("Никита Хрущёв")
    ('Sergueï Lavrov', 'Nikita Khrouchtchev')
    >>> cyrillic_to_french("Левон Тер-Петросян")
    'Levon Ter-Petrossian'
    """
    return _convert(text, "french")
