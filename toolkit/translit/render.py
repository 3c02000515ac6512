"""Renderings of a name in French, Italian, Russian and Urdu, by the conventions for its origin.

The origin is judged once per name (`origin.name_origin`). Then, word by word: an established form
(`exceptions.yaml`), a known name part or surname root (`name_parts.yaml`), else the rules of that
origin. Italian and French write Russian names from their Cyrillic form (the scientific
transliteration in Italian, the usual French one) and Armenian names from their English romanization
in their own letters (Kočaryan, Toumanian); Italian writes Azerbaijani names in Azerbaijani Latin, as
the Wikipedias in those languages do. English names are read for their sound (Biden -> Байден), which
their spelling does not give, with the common ones listed (english.yaml).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

from toolkit.translit.origin import name_origin, place_origin
from toolkit.translit.parts import (
    SUFFIXES,
    az_suffix,
    name_part,
    name_parts,
    split_compound,
    split_suffix,
    split_surname,
)
from toolkit.translit.rules import Rules, cap, data, exceptions, fold, is_word, rules, word_exceptions, words

_AZ_LETTERS = "əƏıİşŞçÇğĞöÖüÜ"
# suffixes that are words of their own (-zadə "son of", -oğlu "son"): written apart in Urdu
# and with their own spelling in Azerbaijani whatever the root
_WORD_SUFFIXES = ("zade", "zadeh", "oglu", "beyov", "beyova")
_RU_SCHEME = {"az": "azerbaijani", "tr": "turkish", "ru": "russian", "hy": "armenian", "ka": "georgian",
              "pk": "pakistani",
              "fr": "french", "it": "italian", "en": "english", "": "russian"}


def lower(word: str) -> str:
    """Lower case that keeps Turkish and Azerbaijani İ one letter (str.lower gives i + dot), and
    reads the I of a word in Turkish or Azerbaijani spelling as the dotless ı it is there (Iğdır)."""
    if "I" in word and any(c in word for c in "ığşçəĞŞÇƏ"):
        word = word.replace("I", "ı")
    return word.replace("İ", "i").lower()


def _per_word(name: str, render: Callable[[str], str]) -> str:
    return "".join(render(w) if is_word(w) else w for w in words(name))


def russian_word(word: str, origin: str) -> str:
    """One word of a name in Cyrillic."""
    found = word_exceptions().get((fold(word), "ru"))
    if found:
        return found
    if _ROMAN.fullmatch(word):      # a regnal number: Елизавета II
        return word
    elided = re.match(r"([dDlL])['’](.+)", word)
    if elided:   # French d'Estaing, l'Hôpital: the elided article, then the name
        article = {"d": "д’", "l": "л’"}[elided[1].lower()]
        return cap(article, elided[1]) + russian_word(elided[2], origin)
    if origin == "en":
        irish = re.match(r"[Oo]['’](\w.*)", word)
        if irish:   # O'Brien, O'Neill -> О’Брайен, О’Нил: the Irish O' and a name of its own
            return "О’" + russian_word(irish[1], origin)
        known = english_name(word)
        if known is not None:
            return known[0]
    low = lower(word)
    if origin in ("ru", "ka", "fr", "hy"):
        given = data("ru.yaml")[f"{_RU_SCHEME[origin]}_given"].get(low)
        if given:
            return str(given)
    if origin in ("az", "pk"):
        # the parts' Russian forms are those of Azerbaijani bearers (Гасан); a Pakistani Hasan is Хасан
        part = name_part(word)
        if part is not None and part.ru and (origin == "az" or not part.az):
            return part.ru
        split = split_surname(word)
        if split is not None and split[0].ru and origin == "az":
            return cap(split[0].ru + split[1].ru, word)
        unknown = split_suffix(word)
        compound = split_compound(unknown[0]) if unknown is not None and origin == "az" else None
        if unknown is not None and compound is not None and compound[0].ru and compound[1].ru:
            return cap(compound[0].ru + compound[1].ru.lower() + unknown[1].ru, word)
    if origin == "tr":
        # a Turkish part's own Russian form (Kemal -> Кемаль); a part Azerbaijanis share has the
        # Azerbaijani bearers' form (Гасан), not the Turkish one
        part = name_part(word)
        if part is not None and part.tr and part.ru and (not part.az or part.az == part.tr):
            return part.ru      # a part spelled alike in both (Süleyman, İbrahim) is one name in Russian too
        split = split_surname(word)
        if split is not None and split[0].tr and split[0].ru and split[1].en == "oglu" \
                and (not split[0].az or split[0].az == split[0].tr):
            return cap(split[0].ru + split[1].ru, word)    # Süleymanoğlu -> Сулейманоглу
    if origin in ("tr", "az") and not any(c in low for c in _AZ_LETTERS):
        part = name_part(word)
        native = part.tr if origin == "tr" and part is not None else ""
        if native:
            low = lower(native)
    if "ə" in low or (origin == "az" and any(c in low for c in _AZ_LETTERS + "xq")):
        return cap(rules("ru.yaml", "turkic_latin").apply(low), word)
    scheme = _RU_SCHEME.get(origin, "azerbaijani")
    if origin in ("", "az") and any(c in low for c in "şçğıöü"):
        scheme = "turkish"
    out = rules("ru.yaml", scheme).apply(low)
    if _LATIN_LEFT.search(out):  # a letter the origin's scheme does not write (the é of a name read as Armenian)
        out = rules("ru.yaml", scheme).apply(fold(low))
    if _ADJECTIVE_SURNAME.search(low):  # Russian writes -ski/-sky as the adjective it is: Шихлинский, Троцкий
        out = re.sub(r"([сц])к(?:ий|ый|ии|и|ы)$", r"\1кий", out)
    return cap(out, word)


@cache
def _english_names() -> dict[str, tuple[str, str]]:
    table = data("english.yaml")
    # a surname's form wins over a given name's spelled alike (Graham, Thomas are one name either way)
    return {fold(k): (v[0], v[1] if len(v) > 1 else "") for key in ("given", "surnames")
            for k, v in table[key].items()}


def english_name(word: str) -> tuple[str, str] | None:
    """The Russian and Urdu forms of a common English given name or surname (english.yaml), or
    None; the Urdu form is "" where it is not known."""
    return _english_names().get(fold(word))


_LATIN_LEFT = re.compile(r"[a-zà-ɏ]")
_ADJECTIVE_SURNAME = re.compile(r"..[st]k(?:i|y|iy|ii)$")


def to_russian(name: str, origin: str | None = None) -> str:
    origin = name_origin(name) if origin is None else origin
    rendered = _per_word(name, lambda w: russian_word(w, origin))
    # Russian joins honorifics to the name they follow: Гасан-бек, Бюльбюль-оглы
    rendered = re.sub(r"(?<=\w) (бек|ханум|оглы|кызы|паша)\b", r"-\1", rendered)
    if len(name.split()) > 2:
        # a -zadə written apart after a given name is a surname of its own (Lotfi Zadeh -> Лотфи Заде);
        # after a second name it ends a compound surname, which Russian hyphenates (Мустафа-заде)
        rendered = re.sub(r"(?<=\w) Заде$", "-заде", rendered)
    return rendered


def _hyphenated_place(rendered: str) -> str:
    """A foreign place name of several words, transcribed, as Russian writes it: one word joined by
    hyphens (Dera Ghazi Khan, Addis Ababa, Kuala Lumpur -> Дера-Гази-Хан, Аддис-Абеба, Куала-Лумпур).
    Russia's own (Нижний Новгород) are Russian words and stay apart."""
    return re.sub(r"(?<=[^\W\d_]) +(?=[^\W\d_])", "-", rendered)


_ENGLISH_LINKS = frozenset({"of", "and", "for", "the", "to", "in", "on", "at"})


@cache
def _english_heads() -> frozenset[str]:
    """The English words that head a place name (lake, district, peninsula: extraction's word list)."""
    from toolkit.extract.knowledge import word_list

    return word_list("place_heads") | word_list("site_heads")


def _english_words(name: str) -> bool:
    """Whether a place name has English words in it (Lake Urmia, Gulf of Mexico): words a translation
    translates, not a name of several words transcribed, which Russian hyphenates."""
    return any(w.lower() in _ENGLISH_LINKS or w.lower() in _english_heads() for w in name.replace("-", " ").split())


def azerbaijani_word(word: str) -> str:
    """One word in Azerbaijani Latin: a known part or root + suffix, else the inverse romanization."""
    if any(c in word for c in _AZ_LETTERS + "xqXQ"):
        return word
    part = name_part(word)
    if part is not None and part.az:
        return cap(part.az, word)
    split = split_surname(word)
    if split is not None and split[0].az:
        root, suffix = split
        return cap(root.az + az_suffix(root.az, suffix), word)
    unknown = split_suffix(word)
    compound = split_compound(unknown[0]) if unknown is not None else None
    if unknown is not None and compound is not None and compound[0].az and compound[1].az:
        stem = compound[0].az + lower(compound[1].az)
        return cap(stem + az_suffix(stem, unknown[1]), word)
    if unknown is not None and unknown[1].en in _WORD_SUFFIXES:
        stem = rules("latin.yaml", "en_to_az").apply(unknown[0])
        return cap(stem + az_suffix(stem, unknown[1]), word)
    if fold(word).endswith("bey") and len(word) > 5:     # a surname's final bəy (Elchibey -> Elçibəy)
        return azerbaijani_word(word[:-3]) + "bəy"
    return cap(rules("latin.yaml", "en_to_az").apply(lower(word)), word)


def to_italian(name: str, origin: str, cyrillic: str = "") -> str:
    if origin == "az" and _azerbaijani_surname(name):
        return _per_word(name, azerbaijani_word)
    if origin == "ru":
        from toolkit.translit.cyrillic_latin import cyrillic_to_italian

        return cyrillic_to_italian(cyrillic or to_russian(name, origin))
    if origin == "hy":
        return _per_word(name, lambda w: cap(rules("latin.yaml", "armenian_italian").apply(lower(w)), w))
    return name


_AZ_SURNAME_SHAPE = re.compile(r"(?:ov|ova|ev|eva|bey|bay|li|lı|ly|lu)$")


def _azerbaijani_surname(name: str) -> bool:
    """Whether a name judged Azerbaijani has a surname (its last word) that says so: letters or
    endings of its own, or an Azerbaijani root. Italian writes such a name in Azerbaijani Latin; a
    name whose Azerbaijani look is only a given name the Turkic and Muslim worlds share (Ali
    Babacan, Saadat Hasan Manto, Nizami Ganjavi) keeps its usual spelling."""
    from toolkit.translit.origin import word_scores

    last = name.replace("-", " ").split()[-1]
    if any(c in last for c in _AZ_LETTERS):
        return True
    return word_scores(last).get("az", 0.0) > 0 or bool(_AZ_SURNAME_SHAPE.search(lower(last)))


def to_french(name: str, origin: str, kind: str, cyrillic: str = "") -> str:
    if origin == "hy":
        return _per_word(name, lambda w: cap(rules("latin.yaml", "armenian_french").apply(lower(w)), w))
    if origin == "ru":
        from toolkit.translit.cyrillic_latin import cyrillic_to_french

        if cyrillic:
            return cyrillic_to_french(cyrillic)
        # a given name English writes as its own exonym (Alexander, Leo) has a French exonym too
        # (Alexandre Pouchkine, Léon Tolstoï); a romanization (Aleksandr, Lev) is transcribed
        given: dict[str, str] = data("cyrillic_latin.yaml")["french_given"]
        return _per_word(name, lambda w: cap(given[lower(w)], w) if lower(w) in given
                         else cyrillic_to_french(russian_word(w, origin)))
    if origin == "az" and kind == "place":
        return _per_word(name, lambda w: cap(rules("latin.yaml", "az_place_french").apply(lower(w)), w))
    if origin == "ka":
        if re.search(r"ou|chv", fold(name)):     # already in French letters (Zourabichvili)
            return name
        return _per_word(name, lambda w: cap(rules("latin.yaml", "georgian_french").apply(lower(w)), w))
    return name


@cache
def _urdu_rules(key: str, origin: str) -> Rules:
    """The Urdu rules for names of `origin`: that origin's rules first, then the common ones."""
    table = data("ur.yaml")
    prefix = table[f"{key}_by_origin" if key == "cyrillic" else "by_origin"].get(origin, [])
    flat: list[list[str]] = []
    for item in prefix:
        flat.extend(item if isinstance(item[0], list) else [item])
    return Rules(tuple((re.compile(p), r) for p, r in [*flat, *table[key]]))


# place-name endings Urdu writes as words of their own (Faisalabad -> فیصل آباد, Sialkot -> سیالکوٹ)
_URDU_PLACE_ENDINGS = (("abad", " آباد"), ("pur", "پور"), ("kot", "کوٹ"), ("garh", " گڑھ"), ("nagar", " نگر"))


_TURKIC_LETTERS = frozenset("şçğöüı")


def _urdu_lower(word: str) -> str:
    """The word folded for the Urdu letter rules, but with the Turkish and Azerbaijani letters that
    spell a sound of their own kept (ş is ش, ç is چ, ğ is غ: Çavuşoğlu -> چاوش اوغلو)."""
    return "".join(c if c in _TURKIC_LETTERS else fold(c) for c in lower(word))


def urdu_word(word: str, origin: str = "", kind: str = "person") -> str:
    """One word in Urdu script: a known part, a known root + suffix, else the rules for its origin.

    Russian, Armenian, French and English names go through their Russian form, which spells their
    sounds (English with its long vowels marked: `_english_pivot`).
    """
    if _ROMAN.fullmatch(word):      # a regnal number, as the ordinal word Urdu writes (دوم) where known
        return str(data("regnal.yaml")["ordinals"]["ur"].get(word, word))
    low = _urdu_lower(word)
    known = _urdu_known(word, origin)
    if known:
        return known
    if low in ("zade", "zadeh", "oglu", "oğlu"):    # the suffix written as a word of its own (Lotfi Zadeh)
        return next(s.ur for s in SUFFIXES if s.en == fold(low)).strip()
    if origin == "en":
        common = english_name(word)
        if common is not None and common[1]:
            return common[1]
        english = lower(word)
        pivot = _english_pivot().apply(english)
        # the short u of Trump, Hunt is а in Russian, the i of Dickens, Smith и, but like any short
        # vowel they are not written in Urdu: ъ, which Urdu does not write, holds the vowel's place
        # so that the rest is read as before (the e of Dickens is no first syllable's)
        if _ENGLISH_SHORT_U.search(english):
            pivot = pivot.replace("а", "ъ", 1)
        elif _ENGLISH_SHORT_I.search(english):
            pivot = re.sub(r"^([^аеиоуыэюя]{1,3})и", r"\1ъ", pivot)
        return _urdu_rules("cyrillic", origin).apply(pivot)
    if origin in ("ru", "hy", "fr"):
        out = _urdu_rules("cyrillic", origin).apply(russian_word(word, origin).lower())
        if origin == "fr" and kind == "person" and _FRENCH_FINAL_NASAL.search(low) and out.endswith("ن"):
            # a French final vowel + n is a nasal vowel, which the Urdu press writes with noon ghunna
            # in a person's name (Jean, Macron, Mitterrand -> ژاں، میکخواں، متراں); Russian writes it н
            # like any n. A place keeps its older ن (Lyon -> لیون)
            out = out[:-1] + "ں"
        return out
    if low.endswith("bey") and len(low) > 5:      # a surname's final bəy, written apart (Elchibey -> ایلچی بے)
        return urdu_word(word[:-3], origin, kind) + " بے"
    unknown = split_suffix(word)
    if unknown is not None and unknown[1].en in _WORD_SUFFIXES:
        return _urdu_rules("rules", origin).apply(low[: len(unknown[0])]) + unknown[1].ur
    allah = re.match(r"(.{2,}?)(?:u|o|a)llah$", low)
    if allah and kind != "place":       # -ullah is the word اللہ, written apart (Ruhollah -> روح اللہ)
        return urdu_word(word[: len(allah[1])], origin, kind) + " اللہ"
    if kind == "place":
        for ending, written in _URDU_PLACE_ENDINGS:
            if low.endswith(ending) and len(low) > len(ending) + 1:
                # a word-like ending (آباد, گڑھ) is written apart whatever letter the stem ends
                # with (Muzaffarabad, Sabirabad -> مظفر آباد، صابر آباد); a stem that is an English
                # name is a colonial founder's, written as Urdu writes him (Abbottabad, Jacobabad ->
                # ایبٹ آباد، جیکب آباد)
                stem = word[: -len(ending)]
                founder = english_name(stem)
                return (founder[1] if founder and founder[1] else urdu_word(stem, origin, "")) + written
    out = _urdu_rules("rules", origin).apply(low)
    if kind == "place" and origin in _URDU_FINAL_HE and low[-1:] in _URDU_FINAL_HE[origin] \
            and low[-2:-1] not in ("h", "") and out[-1:] in ("ا", "ے"):
        # a Pakistani or Turkish place name's final vowel is written ہ, as Urdu and Persian write
        # a final short a (Larkana, Gujranwala -> لاڑکانہ، گوجرانوالہ; Konya, Edirne -> قونیہ، ادرنہ)
        out = out[:-1] + "ہ"
    return out


@cache
def _english_pivot() -> Rules:
    """The Russian rules for English names with the long vowels marked, which Urdu writes (ur.yaml)."""
    marks = tuple((re.compile(p), r) for p, r in data("ur.yaml")["english_long_vowels"])
    return Rules(marks + rules("ru.yaml", "english").rules)


_FRENCH_FINAL_NASAL = re.compile(r"[aeiouy][nm][dst]?$")
_ENGLISH_SHORT_U = re.compile(r"^[^aeiouy]{1,3}u(?:[^aeiouyr][^aeiouy]|[^aeiouyr]$)")
_ENGLISH_SHORT_I = re.compile(r"^[^aeiouy]{1,3}i(?:[^aeiouyr][^aeiouy]|x|[^aeiouyr]$)")

# the final vowels of a place name Urdu writes ہ, by origin
_URDU_FINAL_HE = {"pk": "a", "tr": "ae"}


def _urdu_known(word: str, origin: str = "") -> str:
    """The established Urdu form of a name part, or of a known root and its suffix, or ""."""
    whole = _urdu_part(fold(word))
    if whole:
        return whole
    unknown = split_suffix(word)
    root = _urdu_part(unknown[0]) if unknown is not None else ""
    if unknown is not None and root:
        return _urdu_root(root, unknown[0]) + unknown[1].ur
    if unknown is not None:
        compound = _urdu_compound(unknown[0], origin, apart=unknown[1].en in _WORD_SUFFIXES)
        if compound:
            return compound + unknown[1].ur
    return ""


def _urdu_part(folded: str) -> str:
    """The established Urdu form of one name part (folded spelling), or ""."""
    part = name_parts().get(folded)
    if part is not None and part.ur:
        return part.ur
    legacy: dict[str, str] = data("ur.yaml")["parts"]
    return legacy.get(folded, "")


def _urdu_root(written: str, stem: str) -> str:
    """A root as written before a suffix: the final ہ that writes a word-final vowel is ا inside a
    word (Qara قرہ, but Qarayev -> قرایف)."""
    if written.endswith("ہ") and stem[-1:] in ("a", "e") and not stem.endswith("h"):
        return written[:-1] + "ا"
    return written


def _urdu_compound(stem: str, origin: str, apart: bool) -> str:
    """A surname stem that is a known name part and more (Mammad + yar in Mammadyarov, Mammad + gulu
    in Mammadguluzadeh): the part's established form, then the rest, known or by rule; "" when the
    stem does not begin with a known part. Before -zadə the parts are words of their own, as the
    Persian compound is written (محمد قلی زادہ); before -ov they are joined (محمدیاروف)."""
    for cut in range(len(stem) - 3, 2, -1):
        head = _urdu_part(stem[:cut])
        if head:
            rest = _urdu_part(stem[cut:]) or _urdu_rules("rules", origin).apply(stem[cut:])
            return _urdu_root(head, stem[:cut]) + (" " if apart else "") + rest
    return ""


def urdu_from_azerbaijani(word: str, kind: str = "") -> str:
    """A word in Azerbaijani Latin in Urdu script: a known part, else the Azerbaijani letter rules.

    A place's Persian -abad is a word of its own after its stem (Cəlilabad -> جلیل آباد)."""
    known = _urdu_known(word)
    if known:
        return known
    low = lower(word)
    if kind == "place" and low.endswith("abad") and len(low) > 6:
        return urdu_from_azerbaijani(word[:-4]) + " آباد"
    return rules("ur.yaml", "azerbaijani").apply(low)


def to_urdu(name: str, origin: str = "", kind: str = "person", native: str = "") -> str:
    legacy: dict[str, str] = data("ur.yaml")["parts"]
    if fold(name) in legacy:
        return legacy[fold(name)]
    if native and origin == "az":
        out = " ".join(urdu_from_azerbaijani(w, kind) for w in native.replace("-", " ").split())
    else:
        split = name.replace("-", " ").split()
        pairs = _urdu_articles(split) if origin in ("pk", "") else [("", w) for w in split]
        out = " ".join(article + urdu_word(w, origin, kind) for article, w in pairs)
    return out.replace("عبدال ", "عبدال")    # Urdu writes Abdul joined to the name it precedes


_ARABIC_ARTICLES = {"ul", "ud", "ur", "us", "un", "al", "ad", "as", "az", "an", "el"}


def _urdu_articles(words_: list[str]) -> list[tuple[str, str]]:
    """The words, each with the Arabic article written before it: a romanized article between two
    words (Zia-ul-Haq, Inzamam-ul-Haq) belongs to the next one and is written ال (ضیا الحق)."""
    out: list[tuple[str, str]] = []
    article = ""
    for n, word in enumerate(words_):
        if 0 < n < len(words_) - 1 and fold(word) in _ARABIC_ARTICLES:
            article = "ال"
            continue
        out.append((article, word))
        article = ""
    return out


_ROMAN = re.compile(r"[IVXL]{1,5}")
_REGNAL = re.compile(rf"(\w+) ({_ROMAN.pattern})")


def regnal_name(name: str, lang: str) -> str:
    """A monarch's or pope's name with its number in `lang` (Charles III -> Карл III, Napoléon Ier,
    چارلس سوم), or "" when `name` is not one (regnal.yaml)."""
    found = _REGNAL.fullmatch(name.strip())
    table = data("regnal.yaml")
    forms = table["names"].get(fold(found[1]), {}) if found else {}
    if found is None or lang not in forms:
        return ""
    return f"{forms[lang]} {table['ordinals'].get(lang, {}).get(found[2], found[2])}"


def transliterate(text: str, lang: str, source: str = "en", kind: str = "person",
                  origin: str | None = None, native: str | None = None, cyrillic: str = "") -> list[str]:
    """Candidate renderings of a name in fr, it, ru or ur, best first.

    `kind` is the entry type (person, place); `origin` overrides the guess from the spelling and
    `native` gives the name in its own (Azerbaijani Latin) spelling when the caller knows them (a
    lexicon row says a place is Azerbaijani and how Azerbaijani writes it). `cyrillic` is the name's
    established Russian form when the caller has one (a gazetteer's), which Italian and French write a
    Russian name from.

    >>> transliterate("Heydar Aliyev", "ru")[0], transliterate("Xocalı", "ru", source="az")[0]
    ('Гейдар Алиев', 'Ходжалы')
    >>> transliterate("Ilham Aliyev", "ur")[0]
    'الہام علییف'
    """
    from toolkit.translit import az_to_en

    written = unicodedata.normalize("NFC", text.strip())
    # Azerbaijani Latin says more than its romanization (ə, q, x): Russian, Italian, Urdu read it directly
    name = az_to_en(written) if source == "az" else written
    native = written if source == "az" else unicodedata.normalize("NFC", native or "")
    base = lang.split("-")[0].lower()
    whole = exceptions().get((fold(name), base)) or regnal_name(name, base)
    if not origin:
        origin = "az" if source == "az" else place_origin(name) if kind == "place" else name_origin(name)
    if base == "ru":
        rendered = to_russian(native or name, origin)
        if kind == "place" and origin != "ru" and not _english_words(name):
            rendered = _hyphenated_place(rendered)
    elif base == "ur":
        rendered = to_urdu(name, origin, kind, native)
    elif base == "it":
        rendered = native or to_italian(name, origin, cyrillic)
    elif base == "fr":
        rendered = to_french(name, origin, kind, cyrillic)
    else:
        raise ValueError(f"no transliteration rules for '{lang}'")
    candidates = [whole, unicodedata.normalize("NFC", rendered)]
    if base in ("fr", "it"):
        candidates.append(name)
    if base == "fr" and origin != "en" and re.search(r"(?<![dD])[jJ]", name):
        candidates.append(re.sub(r"(?<![dD])j", "dj", re.sub(r"(?<![dD])J", "Dj", name)))
    return list(dict.fromkeys(c for c in candidates if c))
