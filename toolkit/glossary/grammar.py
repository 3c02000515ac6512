"""How each target language joins the parts of a composed rendering: articles, prepositions, cases, agreement.

The knowledge is data (`toolkit/data/compose.yaml`, section `grammar`); these functions only read
it. A `Phrase` is one rendered part with what the grammar needs to attach it to another: its
gender and number, what kind of thing it names (a country takes "en France" / "au Pakistan", a
city "à Paris", an institution its article), and whether English gave it a definite article.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from toolkit.translit.ru_phrase import agree_ru, inflect_ru

KINDS = ("country", "place", "name", "body", "title", "thing")  # what a part names, for the grammar
_FR_VOWELS = "aeiouyàâäéèêëîïôöûüùœæ"
_IT_VOWELS = "aeiouàèéìòù"


@dataclass(frozen=True)
class Phrase:
    """A rendered part: `gender` is m, f, mp or fp (fr/it/ur; '' when unknown); `row` the data row of its head."""

    text: str
    kind: str = "thing"
    gender: str = "m"
    definite: bool = False
    row: tuple[tuple[str, Any], ...] = ()
    sources: tuple[str, ...] = ()
    generic: bool = False  # at least one part came from the composition data

    def get(self, key: str, default: Any = None) -> Any:
        return dict(self.row).get(key, default)


@cache
def data() -> dict[str, Any]:
    text = resources.files("toolkit.data").joinpath("compose.yaml").read_text(encoding="utf-8")
    loaded: dict[str, Any] = yaml.safe_load(text)
    return loaded


def base(lang: str) -> str:
    return lang.split("-")[0].lower()


def rules(lang: str) -> dict[str, Any]:
    grammar: dict[str, Any] = data()["grammar"]
    return dict(grammar.get(base(lang), {}))


def _plural(gender: str) -> bool:
    return gender.endswith("p")


def guess_gender(text: str, lang: str, nouns: dict[str, str]) -> str:
    """Gender of a name or noun phrase from its first word: the nouns data, then the language's endings."""
    g = rules(lang)
    plural = [p.lower() for p in g.get("plural", [])]
    feminine_plural = [p.lower() for p in g.get("plural_feminine", [])]
    low = text.lower()
    if any(low == p or low.startswith(p + " ") for p in plural):
        return "fp" if any(low == p or low.startswith(p + " ") for p in feminine_plural) else "mp"
    first = low.replace("-", " ").split()[0] if low.split() else low
    if first in nouns:
        return nouns[first]
    if first in g.get("masculine", []):
        return "m"
    return "f" if any(first.endswith(e) for e in g.get("feminine_endings", [])) else "m"


# --- adjectives ------------------------------------------------------------------------------------

def _by_endings(word: str, table: list[list[str]]) -> str:
    for ending, replacement in table:
        if word.endswith(ending):
            return word[: len(word) - len(ending)] + replacement
    return word


def agree(adjective: dict[str, Any], noun: Phrase, lang: str) -> str:
    """The adjective row's form agreeing with `noun` (gender, number; Russian through pymorphy3)."""
    lang = base(lang)
    form = str(adjective[lang])
    if lang == "ru":
        return agree_ru(form, noun.text)
    if adjective.get(f"{lang}_invariable"):
        return form
    g = rules(lang)
    gender = noun.gender or "m"
    if lang == "fr":
        feminine = str(adjective.get("fr_f") or _by_endings(form, g["adjective_feminine"]))
        if gender == "f":
            return feminine
        if gender == "fp":
            return feminine if feminine.endswith(("s", "x")) else feminine + "s"
        return _by_endings(form, g["adjective_plural"]) if gender == "mp" else form
    forms = adjective.get(f"{lang}_forms")
    if not forms:
        for ending, endings in g.get("adjective_forms", []):
            if form.endswith(ending):
                forms = [form[: len(form) - len(ending)] + e for e in endings]
                break
    if not forms or gender == "m":
        return form
    return str(forms[{"f": 0, "mp": 1, "fp": 2}[gender]])


# --- articles --------------------------------------------------------------------------------------

def _fr_article(p: Phrase) -> str:
    arts = rules("fr")["articles"]
    if _plural(p.gender):
        return f"{arts['mp']} "
    if p.text[:1].lower() in _FR_VOWELS:
        return str(arts["elided"])
    return f"{arts[p.gender or 'm']} "


def article(p: Phrase, lang: str) -> str:
    """The definite article of a phrase, with its trailing space unless elided (la , l', gli )."""
    return _fr_article(p) if base(lang) == "fr" else _it_article(p) + ("" if _it_article(p).endswith("'") else " ")


def _fr_join(prep: str, p: Phrase, article: bool) -> str:
    """de + le Pakistan = du Pakistan; de + Azerbaïdjan = d'Azerbaïdjan; auprès de + l'ONU."""
    if " " in prep:
        first, last = prep.rsplit(" ", 1)
        return f"{first} {_fr_join(last, p, article)}"
    g = rules("fr")
    if article:
        art = _fr_article(p)
        contracted = g["contractions"].get(f"{prep} {art.strip()}")
        if contracted:
            return f"{contracted} {p.text}"
        return f"{fr_elide(prep, art)}{art}{p.text}"
    return f"{fr_elide(prep, p.text)}{p.text}"


def fr_elide(word: str, following: str) -> str:
    if word in rules("fr")["elide"] and following[:1].lower() in _FR_VOWELS:
        return word[:-1] + "'"
    return word + " "


def _it_article(p: Phrase) -> str:
    arts = rules("it")["articles"]
    low = p.text.lower()
    vowel = low[:1] in _IT_VOWELS
    s_impure = (low[:1] == "s" and low[1:2] not in _IT_VOWELS) or low[:1] in "zxy" or low[:2] in ("gn", "ps", "pn")
    if p.gender == "fp":
        return str(arts["fp"])
    if p.gender == "mp":
        return str(arts["mp_s"] if vowel or s_impure else arts["mp"])
    if vowel:
        return str(arts["elided"])
    if p.gender == "f":
        return str(arts["f"])
    return str(arts["m_s"] if s_impure else arts["m"])


def _it_join(prep: str, p: Phrase, article: bool) -> str:
    """di + il Pakistan = del Pakistan; di + l'Azerbaigian = dell'Azerbaigian; per + la Francia."""
    if not article:
        return f"{prep} {p.text}"
    g = rules("it")
    art = _it_article(p)
    stem = g["contract"].get(prep)
    joined = f"{stem}{g['contract_article'][art]}" if stem else f"{prep} {art}"
    return f"{joined}{p.text}" if joined.endswith("'") else f"{joined} {p.text}"


def _bare(p: Phrase, lang: str) -> bool:
    return p.text in rules(lang).get("bare", [])


def _needs_article(head: Phrase, p: Phrase, lang: str, explicit: bool = True) -> bool:
    """Whether a complement takes its article: countries do (not after diplomatic heads: ambassade de France),
    bodies do; a common noun does when English has "the", and after an institution's explicit "of" when it is
    singular (ministère de la Défense, but Institut d'études, and département de politique étrangère for
    the English compound)."""
    if p.kind == "country":
        if _bare(p, lang):
            return False
        if head.get("country_article") is False and not _plural(p.gender):
            return not (p.gender == "f" or (lang == "fr" and p.text[:1].lower() in _FR_VOWELS))
        return True
    if p.kind in ("place", "name"):
        return False
    if p.kind == "body":
        return True
    if p.definite or (p.get("definite") and _plural(p.gender)):
        return True
    return explicit and head.kind == "body" and not _plural(p.gender)


def _for(head: Phrase, comp: Phrase, lang: str) -> tuple[str, bool]:
    """English "for": pour/per with the article (pour la paix), or the noun's own preposition (Institut d'études)."""
    own = comp.get(f"{lang}_for")
    if own:
        return str(own), _needs_article(head, comp, lang)
    return str(rules(lang)["prepositions"]["for"]), comp.kind not in ("place", "name") and not (
        comp.kind == "country" and _bare(comp, lang))


# --- attaching a complement ------------------------------------------------------------------------

def english_sense(prep: str, comp: Phrase) -> str:
    """'to France' is 'in' (accreditation); 'to the President' is 'of'."""
    sense = data()["grammar"]["en"].get(prep)
    if isinstance(sense, dict):
        kind = "place" if comp.kind in ("country", "place") else comp.kind
        return str(sense.get(kind, sense["other"]))
    return prep


def attach(head: Phrase, prep: str, comp: Phrase, lang: str) -> Phrase | None:
    """`head` with the complement `prep comp` (English preposition), in `lang`'s grammar."""
    lang = base(lang)
    explicit = prep != "compound"
    sense = english_sense(prep, comp) if explicit else "of"
    if lang in ("fr", "it"):
        text = (_attach_fr if lang == "fr" else _attach_it)(head, sense, comp, explicit)
    else:
        text = (_attach_ru if lang == "ru" else _attach_ur)(head, sense, comp)
    if text is None:
        return None
    return Phrase(text, head.kind, head.gender, head.definite, head.row, head.sources + comp.sources,
                  head.generic or comp.generic)


def _attach_fr(head: Phrase, sense: str, comp: Phrase, explicit: bool) -> str | None:
    g = rules("fr")
    if sense == "in":
        if comp.kind == "country":
            table = g["in_country"]
            if _bare(comp, "fr"):
                key = "f" if comp.text in g.get("bare_in_en", []) else "bare"
            elif _plural(comp.gender):
                key = comp.gender
            elif comp.gender == "m" and comp.text[:1].lower() in _FR_VOWELS:
                key = "vowel"
            else:
                key = comp.gender or "m"
            return f"{head.text} {table[key]} {comp.text}"
        return f"{head.text} {_fr_join(g['prepositions']['in'], comp, _needs_article(head, comp, 'fr'))}"
    if sense == "for":
        prep, with_article = _for(head, comp, "fr")
        return f"{head.text} {_fr_join(prep, comp, with_article)}"
    prep = g["prepositions"].get(sense)
    if prep is None:
        return None
    return f"{head.text} {_fr_join(prep, comp, _needs_article(head, comp, 'fr', explicit))}"


def _attach_it(head: Phrase, sense: str, comp: Phrase, explicit: bool) -> str | None:
    g = rules("it")
    if sense == "in":
        if comp.kind == "country" and comp.text in g.get("bare_in", []):
            return f"{head.text} in {comp.text}"
        if comp.kind in ("place", "name") or (comp.kind == "country" and _bare(comp, "it")):
            return f"{head.text} {g['in_place']} {comp.text}"
        if comp.kind == "country":
            article = _plural(comp.gender) or len(comp.text.split()) > 1
            return f"{head.text} {_it_join('in', comp, article)}"
        return f"{head.text} {_it_join('in', comp, True)}"
    if sense == "for":
        prep, with_article = _for(head, comp, "it")
        return f"{head.text} {_it_join(prep, comp, with_article)}"
    prep = g["prepositions"].get(sense)
    if prep is None:
        return None
    if comp.kind == "country" and not _needs_article(head, comp, "it") and comp.text[:1].lower() in _IT_VOWELS:
        return f"{head.text} d'{comp.text}"  # Ambasciata d'Italia
    return f"{head.text} {_it_join(prep, comp, _needs_article(head, comp, 'it', explicit))}"


def ru_preposition(prep: str, following: str) -> str:
    """в becomes во before в/ф + consonant (во Франции, во Вьетнаме, but в Венгрии)."""
    low = following.lower()
    if prep == "в" and low[:1] in rules("ru")["vo_before"] and low[1:2] and low[1:2] not in "аеёиоуыэюя":
        return "во"
    return prep


def _attach_ru(head: Phrase, sense: str, comp: Phrase) -> str | None:
    g = rules("ru")
    link = g["prepositions"].get(sense)
    if link is None:
        return None
    prep, case = link
    if comp.get("ru_link") and sense != "in":
        prep, case = comp.get("ru_link")
    if prep == "в" and comp.text in g.get("na_places", []):
        prep = "на"
    inflected = inflect_ru(comp.text, case)
    if prep:
        return f"{head.text} {ru_preposition(prep, inflected)} {inflected}"
    return f"{head.text} {inflected}"


def ur_genitive(head: Phrase) -> str:
    table = rules("ur")["genitive"]
    if head.kind == "title":
        return str(table["title_f"] if head.gender == "f" else table["title"])
    return str(table.get(head.gender or "m", table["m"]))


def _attach_ur(head: Phrase, sense: str, comp: Phrase) -> str | None:
    link = rules("ur")["prepositions"].get(sense)
    if link is None:
        return None
    word, place = link
    word = ur_genitive(head) if word == "genitive" else word
    if place == "before":
        return f"{ur_oblique(comp.text)} {word} {head.text}"
    return f"{head.text} {word} {comp.text}"


def ur_oblique(text: str) -> str:
    """A phrase before a postposition: its own genitive agrees with an oblique noun (آذربائیجان کا جمہوریہ →
    آذربائیجان کے جمہوریہ میں)."""
    table = rules("ur")["genitive"]
    return " ".join(table["mp"] if w == table["m"] else w for w in text.split())


def compound(head: Phrase, modifier: Phrase, lang: str) -> Phrase | None:
    """An English noun compound (Policy Department): the modifier becomes an 'of' complement of the head;
    in Urdu an institution takes the izafat (شعبۂ خارجہ پالیسی امور) and other nouns keep the English order."""
    if base(lang) != "ur":
        return attach(head, "compound", modifier, lang)
    if head.kind == "body":
        text = f"{_by_endings(head.text, rules('ur')['izafat'])} {modifier.text}"
    else:
        text = f"{modifier.text} {head.text}"
    return Phrase(text, head.kind, head.gender, head.definite, head.row, head.sources + modifier.sources, True)
