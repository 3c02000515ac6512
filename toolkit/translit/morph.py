"""Russian case forms of names and organization names, for checks that must accept inflection.

pymorphy3 declines the words it knows (Фонд, Гейдар, Москва); surnames and unknown foreign
names follow the surname rules (-ов/-ев/-ин and their feminine -ова/-ева/-ина); names that
Russian does not decline (Ходжалы, Баку, Тбилиси, foreign feminine names in a consonant)
have one form. In a phrase only the head words change: the genitive complement of
"Фонд Гейдара Алиева" stays as it is.
"""

from __future__ import annotations

from functools import cache
from typing import Any

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_INDECLINABLE_END = "оеёэуюиы"
# surname endings: nominative -> case forms (nomn, gent, datv, accs, ablt, loct)
_MASC_SURNAME = {"ов": ("ов", "ова", "ову", "ова", "овым", "ове"), "ев": ("ев", "ева", "еву", "ева", "евым", "еве"),
                 "ин": ("ин", "ина", "ину", "ина", "иным", "ине"), "ский": ("ский", "ского", "скому", "ского",
                                                                         "ским", "ском")}
_FEMN_SURNAME = {"ова": ("ова", "овой", "овой", "ову", "овой", "овой"),
                 "ева": ("ева", "евой", "евой", "еву", "евой", "евой"),
                 "ина": ("ина", "иной", "иной", "ину", "иной", "иной"),
                 "ская": ("ская", "ской", "ской", "скую", "ской", "ской")}


@cache
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def is_indeclinable_ru(word: str) -> bool:
    """Ходжалы, Баку, Тбилиси, Осло: a name ending in one of these vowels keeps one form."""
    w = word.lower()
    return bool(w) and w[-1] in _INDECLINABLE_END


def ru_gender(text: str) -> str:
    """'masc' or 'femn' for a person name, from its surname ending or given name; '' when unknown."""
    words = text.lower().split()
    for w in reversed(words):
        if any(w.endswith(e) for e in _FEMN_SURNAME):
            return "femn"
        if any(w.endswith(e) for e in _MASC_SURNAME):
            return "masc"
    if not words:
        return ""
    parses = [p for p in _morph().parse(words[0]) if "Name" in p.tag.grammemes]
    return str(parses[0].tag.gender or "") if parses else ""


def _word_forms(word: str, gender: str) -> list[str] | None:
    """Six case forms of one word (None: the word does not change)."""
    low = word.lower()
    if not low.isalpha() or (word.isupper() and len(word) > 1):
        return None  # acronyms (ЮНЕСКО, ООН) are not declined
    known = _is_lemma_noun(low)
    if is_indeclinable_ru(low) and not known:
        return None
    table = _FEMN_SURNAME if gender == "femn" else _MASC_SURNAME
    for ending, forms in sorted(table.items(), key=lambda kv: -len(kv[0])):
        if low.endswith(ending) and len(low) > len(ending) + 1:
            stem = word[: len(word) - len(ending)]
            return [stem + f for f in forms]
    if gender == "femn" and low[-1] not in "аяь" and not known:
        return None  # foreign feminine name in a consonant: Кэрол, Мерседес
    parses = _morph().parse(word)
    noun = next((p for p in parses if p.tag.POS in ("NOUN", "ADJF") and p.tag.case == "nomn"), None)
    if noun is None:
        return None
    out = []
    for case in CASES:
        inflected = noun.inflect({case, "sing"})
        text = inflected.word if inflected else low
        out.append(word[0] + text[1:] if word[:1].isupper() else text)
    return out


def ru_case_forms(text: str) -> set[str]:
    """Every singular case form of a Russian name phrase, the phrase itself included.

    >>> "Фонда Гейдара Алиева" in ru_case_forms("Фонд Гейдара Алиева")
    True
    >>> {"Гейдара Алиева", "Гейдару Алиеву", "Гейдаром Алиевым"} <= ru_case_forms("Гейдар Алиев")
    True
    >>> ru_case_forms("Ходжалы")
    {'Ходжалы'}
    """
    words = text.split()
    if not words:
        return {text}
    gender = ru_gender(text) if len(words) <= 3 else "masc"
    # a head noun followed by a genitive complement: only the head changes
    head_only = len(words) > 1 and _is_noun_not_name(words[0])
    changing = [0] if head_only else list(range(len(words)))
    tables = []
    for n, w in enumerate(words):
        forms = _word_forms(w, "" if head_only else gender) if n in changing else None
        tables.append(forms or [w] * len(CASES))
    return {" ".join(t[c] for t in tables) for c in range(len(CASES))} | {text}


def _is_lemma_noun(word: str) -> bool:
    """A dictionary noun in its own nominative form (фонд, посольство), not a form of another word."""
    morph = _morph()
    if not morph.word_is_known(word):
        return False
    return any(p.tag.POS == "NOUN" and p.normal_form == word and p.tag.case == "nomn" for p in morph.parse(word))


def is_place_name_ru(text: str) -> bool:
    """A one-word place name the Russian dictionary has, in its nominative (Харьков, Падуя; not the
    Bulgarian Харков, nor Триесте, a case form of Триест)."""
    low = text.lower()
    morph = _morph()
    if " " in low or not morph.word_is_known(low):
        return False
    return any("Geox" in p.tag.grammemes and p.normal_form == low and p.tag.case == "nomn" for p in morph.parse(low))


def _is_noun_not_name(word: str) -> bool:
    """A dictionary common noun heading a phrase (Фонд, Посольство), not a name or a guess."""
    low = word.lower()
    if not _is_lemma_noun(low):
        return False
    parses = [p for p in _morph().parse(low) if p.tag.POS == "NOUN" and p.normal_form == low]
    return bool(parses) and not ({"Name", "Surn", "Geox"} & set(parses[0].tag.grammemes))


def ru_term_gender(text: str, entry_type: str = "") -> str:
    """Grammatical gender of a Russian term ('masc', 'femn', 'neut'), '' when unknown.

    A person's gender comes from the name; any other term takes the gender of its head,
    the first noun in the nominative ("Фонд Гейдара Алиева" → masc, "Организация …" → femn).

    >>> ru_term_gender("Организация исламского сотрудничества"), ru_term_gender("Посольство Азербайджана в Италии")
    ('femn', 'neut')
    """
    if entry_type == "person":
        return ru_gender(text)
    for word in text.split()[:3]:
        if not word.isalpha() or word.isupper():
            continue
        for parse in _morph().parse(word.lower()):
            if parse.tag.POS == "NOUN" and parse.tag.case == "nomn" and parse.tag.gender in ("masc", "femn", "neut"):
                return str(parse.tag.gender)
    return ""
