"""Compose renderings of titles, offices, descriptive organization names and titles of works from sourced parts.

"Embassy of Azerbaijan in Germany" has no lexicon row, but each part has a source: *Embassy* is
a generic noun of `toolkit/data/compose.yaml`, *Azerbaijan* and *Germany* are CLDR names. The
English phrase is read as a head with complements (`HEAD of X to Y`, `HEAD in X`, `HEAD for X`,
noun compounds, adjectives, `No. 2`, `The Night of X`), each part is rendered from the most
trusted source the caller's resolver knows (glossary, CLDR, lexicon) or from the data file, and
`toolkit.glossary.grammar` joins them in each language:

    fr  ambassade d'Azerbaïdjan en Allemagne      it  Ambasciata dell'Azerbaigian in Germania
    ru  Посольство Азербайджана в Германии       ur  جرمنی میں آذربائیجان کا سفارت خانہ

Names no source knows are transliterated, but only inside a phrase with a generic word: a
composition is a guess until a terminologist approves it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from toolkit.glossary.grammar import (
    Phrase,
    agree,
    article,
    attach,
    base,
    compound,
    data,
    fr_elide,
    guess_gender,
    rules,
)
from toolkit.translit import fold
from toolkit.translit.ru_phrase import place_adjective_ru


@dataclass(frozen=True)
class Part:
    """A piece the caller's sources know: its rendering, what kind of thing it is, and where it came from."""

    text: str
    kind: str
    source: str
    origin: str = ""    # for a place: the origin (translit.origin) whose conventions its name follows


Resolver = Callable[[str, str], Part | None]  # (English span, lang) -> Part
Namer = Callable[[str, str], str | None]  # transliteration of a name no source knows


@dataclass(frozen=True)
class Composed:
    text: str
    source: str
    direct: bool  # one row of the data file, not a composition
    feminine: str = ""  # the title held by a woman, where the language says it otherwise (ambassadrice)


_QUOTES = "\"'“”‘’«»"
_NUMBERED = re.compile(r"^(No\.?|Nr\.?|#)(\d+)$")
_NAME_WORD = re.compile(r"^[^\W\d_][^\W_]*(?:['’-][^\W_]+)*$")  # Heydar, Los-Angeles, D'Arcy; not U.S. or NATO


@cache
def _rows(section: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for row in data()[section]:
        for spelling in [row["en"], *row.get("also", [])]:
            out.setdefault(fold(spelling), row)
    return out


@cache
def _noun_genders(lang: str) -> dict[str, str]:
    """First word of each noun's rendering -> its gender (Fondation -> f), to attach renderings from elsewhere."""
    out: dict[str, str] = {}
    for row in data()["nouns"]:
        text, gender = row.get(lang), row.get(f"{lang}_g")
        if text and gender:
            out.setdefault(str(text).lower().replace("-", " ").split()[0], str(gender))
    return out


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    for token in text.strip().strip(_QUOTES).split():
        m = _NUMBERED.match(token)
        out.extend([m.group(1), m.group(2)] if m else [token])
    return out


def _row_source(row: dict[str, Any]) -> str:
    return f"compose.yaml '{row['en']}' ({row.get('source', '')})"


class _Composer:
    """One language's reading of English phrases; parts are looked up through `resolve` and `name`."""

    def __init__(self, lang: str, resolve: Resolver, name: Namer, feminine: bool = False) -> None:
        self.lang = base(lang)
        self.resolve = resolve
        self.name = name
        self.en = data()["grammar"]["en"]
        self.feminine = feminine  # the first head read is the phrase's own: only it takes the feminine form

    def _known(self, tokens: Sequence[str], definite: bool) -> Phrase | None:
        part = self.resolve(" ".join(tokens), self.lang)
        if part is None:
            return None
        gender = guess_gender(part.text, self.lang, _noun_genders(self.lang))
        return Phrase(part.text, part.kind, gender, definite, sources=(part.source,))

    def np(self, tokens: Sequence[str]) -> Phrase | None:
        """A noun phrase: `[the] HEAD [prep NP]...`, `HEAD No. N`, `NAME N`."""
        definite = bool(tokens) and tokens[0] in self.en["articles"]
        tokens = list(tokens[1:] if definite else tokens)
        if not tokens:
            return None
        known = self._known(tokens, definite)
        if known is not None:
            return known
        if len(tokens) > 1 and tokens[-1].isdigit():
            numbered = tokens[-2] in self.en["number_words"]
            head = self.np(tokens[:-2] if numbered else tokens[:-1])
            if head is None:
                return None
            sign = f" {rules(self.lang)['number_sign']}" if numbered else ""
            # "Khojaly 613": a known name and a number is a composition; a transliterated one is not
            generic = head.generic or numbered or "transliteration rules" not in head.sources
            return replace(head, text=f"{head.text}{sign} {tokens[-1]}", definite=definite, generic=generic)
        preps = [n for n, t in enumerate(tokens) if t.lower() in self.en["prepositions"]]
        if preps and preps[0] > 0:
            head = self.head(tokens[: preps[0]], definite)
            if head is None or not head.generic:
                return None  # only generic heads take complements: "Azerbaijan in France" is two parts
            chain = self.chain(tokens[preps[0]:])
            if chain is None:
                return None
            for prep, comp in chain:
                attached = attach(head, prep, comp, self.lang)
                if attached is None:
                    return None
                head = attached
            return head
        if preps:
            return None
        return self.head(tokens, definite)

    def chain(self, tokens: Sequence[str]) -> list[tuple[str, Phrase]] | None:
        """`prep NP prep NP ...`, each NP as long as it can be read (the Republic of Azerbaijan stays whole)."""
        prep, rest = tokens[0].lower(), tokens[1:]
        for end in range(len(rest), 0, -1):
            if end < len(rest) and rest[end].lower() not in self.en["prepositions"]:
                continue
            comp = self.np(rest[:end])
            if comp is None:
                continue
            if end == len(rest):
                return [(prep, comp)]
            tail = self.chain(rest[end:])
            if tail is not None:
                return [(prep, comp), *tail]
        return None

    def head(self, tokens: Sequence[str], definite: bool = False) -> Phrase | None:
        """Adjectives, noun compounds and a generic head noun (Foreign Policy Affairs Department), or a name."""
        feminine, self.feminine = self.feminine, False
        known = self._known(tokens, definite)
        if known is not None:
            return known
        nouns = _rows("nouns")
        for start in range(len(tokens)):
            row = nouns.get(fold(" ".join(tokens[start:])))
            if row is not None and row.get(self.lang):
                return self._modified(row, list(tokens[:start]), definite, feminine)
        if all(t[:1].isupper() and _NAME_WORD.match(t) and not (t.isupper() and len(t) > 1) for t in tokens):
            text = self.name(" ".join(tokens), self.lang)
            if text:
                return Phrase(text, "name", "m", definite, sources=("transliteration rules",))
        return None

    def _modified(self, row: dict[str, Any], before: list[str], definite: bool, feminine: bool) -> Phrase | None:
        lang = self.lang
        text, gender = str(row[lang]), str(row.get(f"{lang}_g", "m"))
        if feminine:
            text, gender = feminine_form(row, lang) or (text, gender)
        noun = Phrase(text, str(row.get("kind", "thing")), gender, definite, tuple(row.items()),
                      (_row_source(row),), True)
        adjectives: list[dict[str, Any]] = []
        end = len(before)
        while end > 0:
            found = next((s for s in range(end) if fold(" ".join(before[s:end])) in _rows("adjectives")), None)
            if found is None:
                break
            adjectives.insert(0, _rows("adjectives")[fold(" ".join(before[found:end]))])
            end = found
        modifier = None
        if end > 0:
            modifier = self.head(before[:end])
            if modifier is None:
                return None
        phrase = self._with_adjectives(noun, adjectives)
        if phrase is None:
            return None
        if modifier is not None:
            return compound(phrase, modifier, lang)
        return phrase

    def _with_adjectives(self, noun: Phrase, adjectives: list[dict[str, Any]]) -> Phrase | None:
        if any(not a.get(self.lang) for a in adjectives):
            return None
        forms = [(agree(a, noun, self.lang), a.get(f"{self.lang}_pos", "post" if self.lang in ("fr", "it") else "pre"))
                 for a in adjectives]
        pre = [f for f, pos in forms if pos == "pre"]
        post = [f for f, pos in reversed(forms) if pos != "pre"]
        text = " ".join([*pre, noun.text, *post])
        sources = noun.sources + tuple(_row_source(a) for a in adjectives)
        return replace(noun, text=text, sources=sources)


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def _work_title(phrase: Phrase, lang: str, definite: bool) -> str:
    """Titles of works keep their article in French and Italian and start with a capital."""
    text = phrase.text
    if definite and lang in ("fr", "it"):
        rest = _capitalize(text) if rules(lang).get("work_title") == "article_and_noun" else text
        text = article(phrase, lang) + rest
    return _capitalize(text)


def feminine_form(row: dict[str, Any], lang: str) -> tuple[str, str] | None:
    """A title's form and gender for a woman: ambassadrice; epicene nouns (vicepresidente, ministre, صدر) keep
    their form and make their adjectives and the Urdu genitive agree. Russian titles stay masculine."""
    if row.get("kind") != "title" or lang not in ("fr", "it", "ur"):
        return None
    return str(row.get(f"{lang}_f") or row[lang]), "f"


def compose(english: str, lang: str, entry_type: str, resolve: Resolver, name: Namer) -> Composed | None:
    """A rendering of `english` in `lang` composed from sourced parts, or None.

    >>> from toolkit.glossary.fill import cldr_name
    >>> def countries(english, lang):
    ...     name = cldr_name(english, lang)
    ...     return Part(name, "country", "CLDR") if name else None
    >>> compose("Ambassador of Pakistan to Japan", "fr", "title", countries, lambda s, lang: None).text
    'ambassadeur du Pakistan au Japon'
    >>> compose("Ambassador of Pakistan to Japan", "ru", "title", countries, lambda s, lang: None).text
    'посол Пакистана в Японии'
    >>> compose("Qala Bala", "ru", "organization", countries, lambda s, lang: s) is None
    True
    """
    lang = base(lang)
    tokens = _tokens(english)
    if not tokens:
        return None
    key = fold(" ".join(tokens))
    for section in ("nouns", "adjectives"):
        row = _rows(section).get(key)
        if row is not None and row.get(lang) and (section == "nouns" or entry_type in ("demonym", "term")):
            form = feminine_form(row, lang) if section == "nouns" else None
            text = str(row[lang])
            return Composed(text, _row_source(row), True, form[0] if form and form[0] != text else "")
    definite = tokens[0] in data()["grammar"]["en"]["articles"]
    read = tokens[1:] if definite and entry_type == "work" else tokens
    phrase = _Composer(lang, resolve, name).np(read)
    if phrase is None or not phrase.generic:
        return None
    text = _work_title(phrase, lang, definite) if entry_type == "work" else phrase.text
    sources = "; ".join(dict.fromkeys(phrase.sources))
    feminine = _Composer(lang, resolve, name, feminine=True).np(read)
    other = "" if feminine is None else _work_title(feminine, lang, definite) if entry_type == "work" else feminine.text
    other = "" if other == text else other
    return Composed(text, f"composed from: {sources}", False, other)



def compose_place(english: str, lang: str, render_name: Callable[[str, bool], Part | None]) -> Composed | None:
    """A place name made of a name and a generic word (Lake Sevan, Lachin district, Kura River), in
    `lang`: the word's phrase (compose.yaml `place_heads`) around the name's own rendering, or None
    when the name has no such word or the name cannot be rendered. A transliteration of "Lake" or
    "district" is never a rendering of them. `render_name` is told whether the name is a natural
    feature's (a lake's, a river's), which no gazetteer of cities may answer for.

    >>> def name(english, natural):
    ...     return Part({"Sevan": "Севан"}.get(english, english), "place", "rules")
    >>> compose_place("Lake Sevan", "ru", name).text, compose_place("Absheron Peninsula", "fr", name).text
    ('озеро Севан', "péninsule d'Absheron")
    """
    lang = base(lang)
    tokens = _tokens(english)
    if len(tokens) < 2:
        return None
    heads = _rows("place_heads")
    if fold(tokens[0]) in heads:
        row, rest = heads[fold(tokens[0])], tokens[2:] if tokens[1].lower() == "of" else tokens[1:]
    elif fold(tokens[-1]) in heads:
        row, rest = heads[fold(tokens[-1])], tokens[:-1]
    else:
        return None
    template = row.get(lang)
    if not rest or not template or not all(t[:1].isupper() for t in rest):
        return None
    name = render_name(" ".join(rest), bool(row.get("natural")))
    if name is None:
        return None
    template = (row.get(f"{lang}_by_origin") or {}).get(name.origin, template)   # округ Лахор
    adjectival = row.get(f"{lang}_adjective") or {}
    if adjectival and name.origin in adjectival.get("origins", ()):
        # Russian names the districts of Azerbaijan and Russia by an adjective: Лачинский район
        adjective = place_adjective_ru(name.text, adjectival.get("gender", "masc"))
        if adjective is not None:
            text = str(adjectival["form"]).replace("{adjective}", adjective)
            return Composed(text, f"composed from: {_row_source(row)}; {name.source}", False)
    before, _, after = str(template).partition("{name}")
    if lang == "fr" and before.endswith(" "):     # péninsule de + Abşeron: péninsule d'Abşeron
        head, _, link = before[:-1].rpartition(" ")
        before = f"{head} {fr_elide(link, name.text)}" if head else before
    text = before + name.text + after
    return Composed(text, f"composed from: {_row_source(row)}; {name.source}", False)
