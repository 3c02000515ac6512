"""Finding glossary terms in text: whole words, case- and script-normalized, inflection-aware.

Source side: one Aho–Corasick automaton over every source spelling of every
entry; matches are kept leftmost-longest and on word boundaries, so "Heydar
Aliyev Foundation" is one term, not also "Heydar Aliyev".

Target side: a rendering is found when its words appear in sequence, each word
either as written or, in Russian, as its stem plus a case ending (Фонд Гейдара
Алиева for Фонд Гейдар Алиев); French and Italian elided articles split off
(l'UNESCO, dell'Azerbaigian); Urdu compared after folding Arabic and Urdu code
points, diacritics and joiners.

Speed (`check` reads millions of units): the automaton is built once per glossary, and so is each
rendering's `FormPattern` (one `WordRule` per word: Russian stem and endings, French and Italian
adjective endings). A target is folded once; a form is looked for only when the needle of each of
its words (a substring any match contains) is in the folded text, which rules most forms out
with a C-level substring test, and then from those needles' positions, without tokenizing the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple, cast

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
# begins with a bare class: the regex engine skips to the next letter instead of trying every character
_WORD = re.compile(rf"{_LETTERS}{_LETTERS}*(?:[-‐]{_LETTERS}+)*", re.UNICODE)
_LETTER = re.compile(_LETTERS)
_NOT_LETTERS = "[^" + _LETTERS[1:]

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
        if ch in text:
            text = text.replace(ch, " ")
    folded = _folded_whole(text, lang)
    if folded is not None:
        return [(folded[m.start():m.end()], m.start(), m.end()) for m in _WORD.finditer(text)]
    return [(fold(m.group(), lang), m.start(), m.end()) for m in _WORD.finditer(text)]


def _folded_whole(text: str, lang: str) -> str | None:
    """The target folded at once when that keeps every offset (so each word folds as the whole text
    does), else None."""
    # U+0345 is the one character whose folding turns a non-word character into a letter
    how = _WHOLE_FOLDING.get(lang)
    if how is None:
        how = _WHOLE_FOLDING[lang] = _whole_folding(lang)
    if how and "\u0345" not in text and unicodedata.is_normalized("NFC", text):
        folded = text.casefold()  # fold(text, lang) of a text already in NFC
        if how == "ru":
            folded = folded.replace("ё", "е")
        if len(folded) == len(text):
            return folded
    return None


def _whole_folding(lang: str) -> str:
    """How `fold` treats a target language, for `_folded_whole`: "ru" (ё = е), "" (Urdu, or no
    language: never folded whole) or "case"."""
    if not lang or lang.startswith("ur"):
        return ""
    return "ru" if lang.startswith("ru") else "case"


_WHOLE_FOLDING: dict[str, str] = {}


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


# the adjectives of place names (pakistanais, moscovites, romano, московских, پاکستانی): endings, after the
# name's stem and at most a linking syllable (Mosc-ov-ites, Моск-ов-ских, Bak-in-ский)
_PLACE_ADJECTIVES = {
    "fr": ("ais", "aise", "aises", "ain", "aine", "ains", "aines", "ien", "ienne", "iens", "iennes", "ite", "ites",
           "ois", "oise", "oises", "éen", "éenne", "éens", "éennes", "an", "ane", "ans", "anes", "in", "ine", "ins",
           "ines"),
    "it": ("ano", "ana", "ani", "ane", "ese", "esi", "ita", "iti", "ino", "ina", "ini", "ine", "eno", "ena", "eni",
           "ene", "o", "a", "i", "e"),
    "ru": tuple("ск" + e for e in ("ий", "ая", "ое", "ие", "ого", "ой", "ому", "им", "их", "ом", "ую", "ими", "ою")),
    "ur": ("ی",),
}
_STEM_VOWELS = "aeiouyàèéìòùаеёиоуыэюяьй"


def adjective_used(form: str, target: TargetText) -> bool:
    """Whether the target names the place `form` by its adjective instead (le peuple pakistanais,
    universités moscovites, il popolo pakistano, студенты московских вузов, پاکستانی عوام) or, in Russian, by
    the adverb of a demonym's adjective (по-азербайджански for азербайджанский). One-word forms only; a stem
    of three letters at least (Rom-ani), four when a linking syllable comes between (Mosc-ov-ites)."""
    lang = target.lang.split("-")[0].split("_")[0].lower()
    endings = _PLACE_ADJECTIVES.get(lang)
    word = fold(form, target.lang)
    if endings is None or not word or " " in word:
        return False
    if lang == "ur":
        stems = {word, word[:-1] if word[-1] in "ہا" else word}
        return any(token in {stem + "ی" for stem in stems} for token in target.tokens)
    if lang == "ru" and word.endswith(("ский", "ская", "ское", "ские")):
        return "по-" + word[:-2] + "и" in target.tokens  # азербайджанский -> по-азербайджански
    stem = word.rstrip(_STEM_VOWELS)
    stems = {stem, stem[:-1]} if lang == "ru" and stem != word else {stem}
    for token in target.tokens:
        if token == word:
            continue
        for s in stems:
            if len(s) < 3 or not token.startswith(s):
                continue
            rest = token[len(s):]
            if rest in endings or (len(s) >= 4 and any(len(e) >= 2 and 1 <= len(rest) - len(e) <= 2
                                                       and rest.endswith(e) for e in endings)):
                return True
    return False


@dataclass(frozen=True)
class WordRule:
    """How one rendering word may appear in a target: as written, or as `prefix` + one of `suffixes`."""

    word: str
    prefix: str | None = None
    suffixes: frozenset[str] = frozenset()

    def matches(self, target_word: str) -> bool:
        if target_word == self.word:
            return True
        prefix = self.prefix
        return prefix is not None and target_word.startswith(prefix) and target_word[len(prefix):] in self.suffixes

    @cached_property
    def needle(self) -> str:
        """A substring every matching target word contains (its start)."""
        return self.word if self.prefix is None else self.prefix


_FR_SUFFIXES = frozenset(_FR_ADJ)
_IT_SUFFIXES = frozenset(_IT_VOWELS)
_RU_SUFFIXES = frozenset(RU_ENDINGS)
_RU_FLEETING_SUFFIXES = frozenset({"ец"} | {"ц" + e for e in RU_ENDINGS if e not in ("", "ь")})


@lru_cache(maxsize=1 << 16)
def word_rule(rendering_word: str, lang: str) -> WordRule:
    """The inflection rule of a (folded) rendering word in a language."""
    w = rendering_word
    if lang.startswith("fr") and w.islower() and len(w) > 3:
        return WordRule(w, w, _FR_SUFFIXES)
    if lang.startswith("it") and w.islower() and len(w) > 3 and w[-1] in _IT_VOWELS:
        return WordRule(w, w[:-1], _IT_SUFFIXES)
    if lang.startswith("ur") and w[-1:] in _UR_OBLIQUE:
        return WordRule(w, w[:-1], frozenset({_UR_OBLIQUE[w[-1]]}))
    if lang.startswith("ru") and len(w) > 5 and w.endswith("ец"):
        return WordRule(w, w[:-2], _RU_FLEETING_SUFFIXES)  # fleeting е: азербайджанец → азербайджанца
    if lang.startswith("ru") and len(w) >= 3 and (w[-1] not in _RU_INDECLINABLE_FINAL or w.endswith(_RU_ADJ_ENDINGS)):
        return WordRule(w, ru_stem(w), _RU_SUFFIXES)
    return WordRule(w)


class Found(NamedTuple):
    """A term (or rendering) occurrence: which form, where."""

    key: str
    form: str
    start: int
    end: int


class TargetText:
    """A target prepared once for every form looked up in it: its folded text (`hay`), for a substring
    pre-check (a form whose words' needles are absent cannot match) and, when folding kept every
    offset (`folded_whole`), for matching in place; else its folded words."""

    __slots__ = ("text", "lang", "hay", "folded_whole", "_words", "_tokens")

    def __init__(self, text: str, lang: str) -> None:
        self.text, self.lang = text, lang
        unspaced = text
        for ch in _APOSTROPHES:
            if ch in unspaced:
                unspaced = unspaced.replace(ch, " ")
        folded = _folded_whole(unspaced, lang)
        self._words: list[tuple[str, int, int]] | None = None
        self._tokens: list[str] | None = None
        self.folded_whole = folded is not None
        self.hay = folded if folded is not None else ("" if lang.startswith("ur") else " ").join(self.tokens)

    @property
    def words(self) -> list[tuple[str, int, int]]:
        if self._words is None:
            self._words = words(self.text, self.lang)
        return self._words

    @property
    def tokens(self) -> list[str]:
        """The folded words alone (what matching needs; offsets are looked up only to report a span)."""
        if self._tokens is None:
            self._tokens = _WORD.findall(self.hay) if self.folded_whole else [w for w, _s, _e in self.words]
        return self._tokens


@dataclass(frozen=True)
class FormPattern:
    """A rendering compiled for matching: the rule of each of its words (built once per glossary entry)."""

    form: str
    lang: str
    rules: tuple[WordRule, ...]
    needles: tuple[str, ...]

    @classmethod
    def compile(cls, form: str, lang: str) -> FormPattern:
        pattern = [w for w, _s, _e in words(form, lang)]
        if lang.startswith("ur"):
            variants = urdu_joined_forms(tuple(pattern))
            common = variants[0][:min(len(v) for v in variants)] if variants else ""
            while common and not all(v.startswith(common) for v in variants):
                common = common[:-1]
            return cls(form, lang, tuple(WordRule(w) for w in pattern), (common,) if common else ())
        rules = tuple(word_rule(w, lang) for w in pattern)
        return cls(form, lang, rules, tuple(dict.fromkeys(r.needle for r in rules)))

    def occurrences(self, target: TargetText) -> list[tuple[int, int]]:
        """Where the form occurs: character spans in a target folded whole, else (first word, word after
        the last) in its words. Either kind overlaps another of its kind exactly when the words do."""
        if not self.rules:
            return []
        hay = target.hay
        for needle in self.needles:
            if needle not in hay:
                return []
        return self.locate(target)

    def locate(self, target: TargetText) -> list[tuple[int, int]]:
        """`occurrences` once the needles are known to be in the target's `hay`."""
        if not self.rules:
            return []
        if target.folded_whole and self.rules[0].needle:
            return self._spans(target.hay)
        return self._word_spans(target)

    def occurs(self, target: TargetText) -> bool:
        """Whether `occurrences` finds anything (it stops at the first occurrence)."""
        if not self.rules:
            return False
        if target.folded_whole and self.rules[0].needle:
            return bool(self._spans(target.hay, first=True))  # the first needle is looked for there
        return bool(self.occurrences(target))

    def _word_spans(self, target: TargetText) -> list[tuple[int, int]]:
        """(first word, word after the last) of each occurrence in the target's words."""
        tokens = target.tokens
        if self.lang.startswith("ur"):
            return _find_urdu_words(tokens, urdu_joined_forms(tuple(r.word for r in self.rules)))
        found = []
        n = len(self.rules)
        first, rest = self.rules[0], self.rules[1:]
        needle = first.needle  # every word the first rule matches starts with it
        for i in range(len(tokens) - n + 1):
            if tokens[i].startswith(needle) and first.matches(tokens[i]) \
                    and all(rule.matches(tokens[i + j]) for j, rule in enumerate(rest, 1)):
                found.append((i, i + n))
        return found

    @cached_property
    def _words_there(self) -> re.Pattern[str]:
        return _words_from(len(self.rules))

    def _spans(self, hay: str, first: bool = False) -> list[tuple[int, int]]:
        """Occurrences (the first alone, if `first`) found from the first word's needle in the folded text,
        without tokenizing it all: one match reads the words from there, if a word starts there as
        `words` would start one."""
        rules = self.rules
        needle = rules[0].needle
        words_there = self._words_there
        spans = []
        pos = hay.find(needle)
        while pos >= 0:
            m = words_there.match(hay, pos)
            if m is not None:
                for rule, word in zip(rules, m.groups()):  # noqa: B905 (as many groups as rules)
                    if not rule.matches(word):
                        break
                else:
                    spans.append((pos, m.end()))
                    if first:
                        break
            pos = hay.find(needle, pos + 1)
        return spans

    def find(self, target: TargetText) -> list[tuple[int, int]]:
        """Character spans where the words of the form occur in sequence."""
        found = self.occurrences(target)
        if target.folded_whole and self.rules and self.rules[0].needle:
            return found
        text_words = target.words
        return [(text_words[i][1], text_words[j - 1][2]) for i, j in found]


@lru_cache(maxsize=64)
def _words_from(n: int) -> re.Pattern[str]:
    """n words in a row, as groups, the first starting where `_WORD` would start one (not after a letter,
    nor after a letter and a hyphen), each next one where the next `_WORD` match would be.

    >>> _words_from(2).match("x-ab cd", 2), _words_from(2).match("x ab, cd e", 2).groups()
    (None, ('ab', 'cd'))
    """
    word = f"({_WORD.pattern})"
    return re.compile(rf"(?<!{_LETTERS})(?<!{_LETTERS}[-‐]){word}" + rf"{_NOT_LETTERS}*+{word}" * (n - 1))


def find_form(text_words: Sequence[tuple[str, int, int]], form: str, lang: str) -> list[tuple[int, int]]:
    """Character spans where the words of `form` occur in sequence in `text_words`."""
    pattern = [w for w, _s, _e in words(form, lang)]
    if not pattern:
        return []
    if lang.startswith("ur"):
        return _find_urdu(text_words, pattern)
    rules = [word_rule(w, lang) for w in pattern]
    spans = []
    n = len(pattern)
    for i in range(len(text_words) - n + 1):
        if all(rules[j].matches(text_words[i + j][0]) for j in range(n)):
            spans.append((text_words[i][1], text_words[i + n - 1][2]))
    return spans


def _find_urdu(text_words: Sequence[tuple[str, int, int]], pattern: list[str]) -> list[tuple[int, int]]:
    """Urdu names are written with or without spaces and joiners: compare with the spaces removed."""
    return [(text_words[i][1], text_words[j - 1][2])
            for i, j in _find_urdu_words([w for w, _s, _e in text_words], urdu_joined_forms(tuple(pattern)))]


@lru_cache(maxsize=1 << 14)
def urdu_joined_forms(pattern: tuple[str, ...]) -> tuple[str, ...]:
    """The words joined without spaces, with each word also in its oblique form before a
    postposition (المیہ → المیے: خوجالی المیے کی برسی; پہلا → پہلے).

    >>> urdu_joined_forms(("خوجالی", "المیہ"))
    ('خوجالیالمیہ', 'خوجالیالمیے')
    """
    forms = [""]
    for word in pattern:
        options = [word] + ([word[:-1] + _UR_OBLIQUE[word[-1]]] if len(word) > 2 and word[-1] in _UR_OBLIQUE else [])
        forms = [f + o for f in forms for o in options][:16]
    return tuple(forms) if pattern else ()


def _find_urdu_words(tokens: Sequence[str], joined: tuple[str, ...]) -> list[tuple[int, int]]:
    found = []
    for i in range(len(tokens)):
        acc = ""
        for j in range(i, len(tokens)):
            acc += tokens[j]
            if acc in joined:
                found.append((i, j + 1))
                break
            if not any(form.startswith(acc) for form in joined):
                break
    return found


_new_found = tuple.__new__  # Found(...) without the Python-level __new__ of a NamedTuple, on the hot path


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
        for folded, (first, *more) in owners.items():  # the first owner unpacked: most spellings have one
            self.automaton.add_word(folded, (len(folded), *first, tuple(more)))
        self.empty = not owners
        if not self.empty:
            self.automaton.make_automaton()

    def find(self, text: str) -> list[Found]:
        if self.empty:
            return []
        if text.isascii():
            folded = text.lower()
        else:
            folded = fold(text)
            if len(folded) != len(text):  # folding changed lengths (rare ligatures): map through NFC text
                folded = "".join(fold(c) if len(fold(c)) == 1 else c for c in text)
        hits = []
        last = len(folded) - 1
        ordered, prev_end = True, 0
        in_word = _IN_WORD
        for match in self.automaton.iter(folded):
            # indexed, not unpacked: the compiled build reads a tuple it knows by index, not by iterating it
            hit = cast(tuple[int, tuple[int, str, str, tuple[tuple[str, str], ...]]], match)
            end, value = hit[0], hit[1]
            length, key, form, more = value[0], value[1], value[2], value[3]
            start = end - length + 1
            if start and in_word[folded[start - 1]]:  # whole words only (inline: the hot path of `check`)
                continue
            if end != last and in_word[folded[end + 1]]:
                continue
            if start < prev_end or more:
                ordered = False
            prev_end = end + 1
            hits.append(_new_found(Found, (key, form, start, prev_end)))
            for other, other_form in more:
                hits.append(_new_found(Found, (other, other_form, start, prev_end)))
        if ordered:
            return hits  # disjoint and in order already: leftmost-longest is every hit
        hits.sort(key=_leftmost_longest)
        chosen: list[Found] = []
        last_end = -1
        for h in hits:
            if h.start >= last_end:
                chosen.append(h)
                last_end = h.end
            elif chosen and (h.start, h.end) == (chosen[-1].start, chosen[-1].end) and h.key != chosen[-1].key:
                chosen.append(h)  # the same span claimed by two entries: keep both, checks decide
        return chosen


class _InWord(dict[str, bool]):
    """Whether a character continues a word (a letter, a digit or a hyphen), worked out once per character."""

    def __missing__(self, c: str) -> bool:
        self[c] = c.isalnum() or c in "-‐"
        return self[c]


_IN_WORD = _InWord()


def _leftmost_longest(found: Found) -> tuple[int, int, str]:
    return found.start, found.start - found.end, found.key


