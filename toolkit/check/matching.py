"""Finding glossary terms in text: whole words, case- and script-normalized, inflection-aware.

Source side: one Aho–Corasick automaton over every source spelling of every
entry; matches are kept leftmost-longest and on word boundaries, so "Heydar
Aliyev Foundation" is one term, not also "Heydar Aliyev".

Target side: a rendering is found when its words appear in sequence, each word
either as written or, in Russian, as its stem plus a case ending (Фонд Гейдара
Алиева for Фонд Гейдар Алиев); French and Italian elided articles split off
(l'UNESCO, dell'Azerbaigian); Urdu compared after folding Arabic and Urdu code
points, diacritics and joiners.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import ahocorasick

# Arabic code points Urdu text often carries by keyboard or conversion, folded to the Urdu letter
_URDU_FOLD = str.maketrans({
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u06d2": "\u06d2", "\u0643": "\u06a9", "\u0647": "\u06c1",
    "\u0629": "\u06c3", "\u06be": "\u06be", "\u0640": None, "\u200c": None, "\u200d": None, "\u200f": None,
    "\u200e": None, "\u061c": None,
})
# short-vowel marks and the superscript alef; madda and hamza change the letter and stay
_HARAKAT = re.compile("[\u064b-\u0652\u0656-\u065f\u0670]")
_APOSTROPHES = "'’ʼ`"
# letters with their combining marks and joiners; Arabic punctuation (، ؛ ؟ ۔) is not part of a word
_LETTERS = r"[\w\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d]"
_WORD = re.compile(rf"{_LETTERS}+(?:[-‐]{_LETTERS}+)*", re.UNICODE)

# Russian case endings a name can take after its stem (nouns, surnames in -ov/-ev/-in, adjectives)
RU_ENDINGS = ("", "го", "му", "м", "а", "я", "у", "ю", "ом", "ем", "ём", "е", "ы", "и", "ой", "ою", "ей", "ею",
              "ам", "ям", "ами", "ями", "ах", "ях", "ым", "им", "ого", "его", "ому", "ему", "ую", "юю", "ая", "яя",
              "ое", "ее", "ые", "ие", "ых", "их", "ыми", "ими", "ов", "ев", "ь")
_RU_STEM_FINAL = "аяйь"
# names ending in these vowels are not declined (Баку, Ходжалы, Тбилиси, Осло, Кюрдамир-и...)
_RU_INDECLINABLE_FINAL = "оеёэуюиы"


def fold(text: str, lang: str = "") -> str:
    """Compare key. Source text (no lang): case and diacritics off (Xocalı ~ Xocali). Targets: case off;
    accents kept in French and Italian (Azerbaïdjan is not Azerbaidjan), ё = е in Russian, and in
    Urdu the Arabic code points, short-vowel marks and joiners unified."""
    text = unicodedata.normalize("NFC", text)
    if lang.startswith("ur") or (not lang and any("\u0600" <= c <= "\u06ff" for c in text)):
        return _HARAKAT.sub("", text.translate(_URDU_FOLD)).casefold()
    if lang.startswith("ru"):
        return text.casefold().replace("ё", "е")
    if lang:
        return text.casefold()
    decomposed = unicodedata.normalize("NFD", text.replace("ə", "a").replace("Ə", "A").replace("ı", "i"))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn")).casefold()


def words(text: str, lang: str = "") -> list[tuple[str, int, int]]:
    """(folded word, start, end) — apostrophes split elided articles off (l'UNESCO → l, unesco)."""
    for ch in _APOSTROPHES:
        text = text.replace(ch, " ")
    return [(fold(m.group(), lang), m.start(), m.end()) for m in _WORD.finditer(text)]


_RU_ADJ_ENDINGS = ("ий", "ый", "ой", "ая", "яя", "ое", "ее")


def ru_stem(word: str) -> str:
    """Stem a Russian name word for ending-based matching (Алиева → алиев, Москва → москв,
    Хатаинский → хатаинск)."""
    if len(word) > 4 and word.endswith(_RU_ADJ_ENDINGS):
        return word[:-2]
    return word[:-1] if len(word) > 3 and word[-1] in _RU_STEM_FINAL else word


# gender and number endings of French and Italian adjectives (azerbaïdjanaise, azerbaigiana, italiens)
_FR_ADJ = ("e", "s", "es", "ne", "nes")
_IT_VOWELS = "aeio"
# Urdu oblique forms: المیہ -> المیے, گنجہ -> گنجے
_UR_OBLIQUE = {"ہ": "ے", "ا": "ے"}


def word_matches(target_word: str, rendering_word: str, lang: str) -> bool:
    if target_word == rendering_word:
        return True
    if lang.startswith("fr") and rendering_word.islower() and len(rendering_word) > 3:
        return target_word.startswith(rendering_word) and target_word[len(rendering_word):] in _FR_ADJ
    if lang.startswith("it") and rendering_word.islower() and len(rendering_word) > 3 \
            and rendering_word[-1] in _IT_VOWELS:
        return target_word[:-1] == rendering_word[:-1] and target_word[-1:] in _IT_VOWELS
    if lang.startswith("ur") and rendering_word[-1:] in _UR_OBLIQUE:
        return target_word == rendering_word[:-1] + _UR_OBLIQUE[rendering_word[-1]]
    if lang.startswith("ru") and len(rendering_word) >= 3 and (rendering_word[-1] not in _RU_INDECLINABLE_FINAL
                                                               or rendering_word.endswith(_RU_ADJ_ENDINGS)):
        stem = ru_stem(rendering_word)
        return target_word.startswith(stem) and target_word[len(stem):] in RU_ENDINGS
    return False


@dataclass(frozen=True)
class Found:
    """A term (or rendering) occurrence: which form, where."""

    key: str
    form: str
    start: int
    end: int


def find_form(text_words: Sequence[tuple[str, int, int]], form: str, lang: str) -> list[tuple[int, int]]:
    """Character spans where the words of `form` occur in sequence in `text_words`."""
    pattern = [w for w, _s, _e in words(form, lang)]
    if not pattern:
        return []
    if lang.startswith("ur"):
        return _find_urdu(text_words, pattern)
    spans = []
    n = len(pattern)
    for i in range(len(text_words) - n + 1):
        if all(word_matches(text_words[i + j][0], pattern[j], lang) for j in range(n)):
            spans.append((text_words[i][1], text_words[i + n - 1][2]))
    return spans


def _find_urdu(text_words: Sequence[tuple[str, int, int]], pattern: list[str]) -> list[tuple[int, int]]:
    """Urdu names are written with or without spaces and joiners: compare with the spaces removed."""
    joined = "".join(pattern)
    spans = []
    for i in range(len(text_words)):
        acc = ""
        for j in range(i, len(text_words)):
            acc += text_words[j][0]
            if acc == joined:
                spans.append((text_words[i][1], text_words[j][2]))
                break
            if not joined.startswith(acc):
                break
    return spans


class SourceMatcher:
    """Aho–Corasick over the source spellings of entries; leftmost-longest whole-word matches."""

    def __init__(self, forms: Iterable[tuple[str, str]]) -> None:
        """`forms`: (entry id, spelling) pairs."""
        self.automaton = ahocorasick.Automaton()
        owners: dict[str, list[tuple[str, str]]] = {}
        for key, form in forms:
            folded = fold(form)
            if folded.strip():
                owners.setdefault(folded, []).append((key, form))
        for folded, who in owners.items():
            self.automaton.add_word(folded, (folded, tuple(who)))
        self.empty = not owners
        if not self.empty:
            self.automaton.make_automaton()

    def find(self, text: str) -> list[Found]:
        if self.empty:
            return []
        folded = fold(text)
        if len(folded) != len(text):  # folding changed lengths (rare ligatures): map through NFC text
            folded = "".join(fold(c) if len(fold(c)) == 1 else c for c in text)
        hits = []
        for end, (key, owners) in self.automaton.iter(folded):
            start = end - len(key) + 1
            if _boundary(folded, start - 1) and _boundary(folded, end + 1):
                for entry_id, form in owners:
                    hits.append(Found(entry_id, form, start, end + 1))
        hits.sort(key=lambda f: (f.start, -(f.end - f.start), f.key))
        chosen: list[Found] = []
        last_end = -1
        for h in hits:
            if h.start >= last_end:
                chosen.append(h)
                last_end = h.end
            elif chosen and (h.start, h.end) == (chosen[-1].start, chosen[-1].end) and h.key != chosen[-1].key:
                chosen.append(h)  # the same span claimed by two entries: keep both, checks decide
        return chosen


def _boundary(text: str, i: int) -> bool:
    return i < 0 or i >= len(text) or not (text[i].isalnum() or text[i] in "-‐")
