"""One Russian case form of a noun phrase, and adjectives agreeing with their noun, for composed renderings.

`morph.ru_case_forms` gives every form a checker may meet; composition needs the one form a
grammar asks for: "Посольство Азербайджана в Италии" puts Азербайджан in the genitive and Италия
in the prepositional. Only the words that agree change: leading adjectives and the head noun
(средняя школа → средней школе), or every word of a person's name (Гейдар Алиев → Гейдара
Алиева); a genitive complement stays as it is (Фонд Гейдара Алиева → Фонда Гейдара Алиева).
"""

from __future__ import annotations

from typing import Any

from toolkit.translit.morph import _morph, is_indeclinable_ru

_ADJ = ("ADJF", "PRTF")
_NAME_TAGS = {"Name", "Surn", "Patr"}


def _nominative(word: str) -> Any | None:
    """The likeliest parse of a word as a nominative noun or adjective (None if it is neither)."""
    parses = [p for p in _morph().parse(word.lower()) if p.tag.case == "nomn" and p.tag.POS in ("NOUN", *_ADJ)]
    if not parses:
        return None
    if word[:1].isupper():
        named = [p for p in parses if {"Geox", *_NAME_TAGS} & set(p.tag.grammemes)]
        parses = named or parses
    return parses[0]


def _recase(original: str, new: str) -> str:
    if "ё" not in original.lower():
        new = new.replace("ё", "е")  # keep the source's spelling (CLDR writes Соединенные)
    if original.isupper() and len(original) > 1:
        return new.upper()
    return "".join(c.upper() if n < len(original) and original[n].isupper() else c for n, c in enumerate(new))


def _changing(words: list[str]) -> list[Any | None]:
    """Parses of the words that change with the head, None for the words that stay."""
    out: list[Any | None] = []
    head_seen = False
    for n, word in enumerate(words):
        parse = None if head_seen else _nominative(word)
        if parse is not None and _foreign_before_head(parse, words[n + 1:]):
            out.append(None)  # Милли Меджлис: a foreign word read as a plural (милль) before the real head
            continue
        if parse is None and not head_seen and not word[:1].isupper() and word.isalpha():
            return [None] * len(words)  # a lower-case word before the head: not a phrase we know how to decline
        if parse is not None and parse.tag.POS == "NOUN":
            head_seen = not (_NAME_TAGS & set(parse.tag.grammemes))
        elif parse is None and word[:1].isupper():
            head_seen = True
        out.append(parse)
    return out


def _foreign_before_head(parse: Any, following: list[str]) -> bool:
    if parse.tag.POS != "NOUN" or parse.tag.number != "plur" or not following or not following[0][:1].isupper():
        return False
    nxt = _nominative(following[0])
    return nxt is not None and nxt.tag.POS == "NOUN" and nxt.tag.number == "sing"


def inflect_ru(text: str, case: str) -> str:
    """`text` (a nominative phrase) in `case` (pymorphy3 grammeme: gent, datv, loct, …).

    >>> inflect_ru("средняя школа", "loct")
    'средней школе'
    >>> inflect_ru("Фонд Гейдара Алиева", "gent")
    'Фонда Гейдара Алиева'
    >>> inflect_ru("Ходжалы", "gent"), inflect_ru("Милли Меджлис", "gent")
    ('Ходжалы', 'Милли Меджлиса')
    """
    if case == "nomn":
        return text
    words = text.split()
    out = []
    for word, parse in zip(words, _changing(words), strict=True):
        if parse is None or "Fixd" in parse.tag.grammemes or (is_indeclinable_ru(word) and parse.tag.POS == "NOUN"
                                                              and not parse.is_known):
            out.append(word)
            continue
        wanted = {case} if parse.tag.number == "plur" else {case, "sing"}
        inflected = parse.inflect(wanted)
        out.append(_recase(word, inflected.word) if inflected else word)
    return " ".join(out)


def agree_ru(adjective: str, noun: str) -> str:
    """The adjective (masculine nominative lemma) in the gender and number of the noun phrase's head.

    >>> agree_ru("первый", "вице-президент"), agree_ru("средний", "школа"), agree_ru("внешний", "вопросы")
    ('первый', 'средняя', 'внешние')
    """
    head = next((p for p in (_nominative(w) for w in noun.split()) if p is not None and p.tag.POS == "NOUN"), None)
    adj = next((p for p in _morph().parse(adjective) if p.tag.POS in _ADJ), None)
    if head is None or adj is None:
        return adjective
    wanted = {"nomn", "plur"} if head.tag.number == "plur" else {"nomn", "sing", str(head.tag.gender or "masc")}
    inflected = adj.inflect(wanted)
    return _recase(adjective, inflected.word) if inflected else adjective


_VOWELS_RU = "аеёиоуыэюя"


def place_adjective_ru(name: str, gender: str = "masc") -> str | None:
    """The relative adjective Russian makes of a one-word foreign place name, which names the
    districts of Azerbaijan and Russia and the provinces of Armenia (Лачинский район, Сюникская
    область): -ский after a consonant (Агдам -> Агдамский, Джебраил -> Джебраильский), -инский for a
    final vowel (Ходжалы, Шуша, Баку -> Ходжалинский, Шушинский, Бакинский); None for a name of
    several words. `gender` is the head noun's (masc, femn).

    >>> place_adjective_ru("Лачин"), place_adjective_ru("Ходжалы"), place_adjective_ru("Сюник", "femn")
    ('Лачинский', 'Ходжалинский', 'Сюникская')
    """
    if not name or " " in name or "-" in name or not name[-1].isalpha():
        return None
    low = name.lower()
    if low.endswith("ь") and not low.endswith("ль"):
        stem = name[:-1]          # Нахичевань -> Нахичеванский
    elif low[-1] == "л":
        stem = name + "ь"         # Джебраил -> Джебраильский
    elif low[-1] in _VOWELS_RU:
        stem = name[:-1] + "ин"   # Шуша -> Шушинский
    else:
        stem = name               # Агдам, Гёйчай -> Агдамский, Гёйчайский
    return stem + ("ская" if gender == "femn" else "ский")
