"""Join the mentions of one referent into one glossary entry.

Spellings join when their keys match: case, diacritics, hyphens, dots of
acronyms, Azerbaijani/English romanization and the word order of organization
names are folded away. A surname alone or an initial + surname joins a full
name only inside its own document. Nothing joins across types, and a name is
never joined to a longer name that contains it (a person and the foundation
named after them, a town and its district).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from toolkit.extract.knowledge import Knowledge
from toolkit.glossary.store import slugify
from toolkit.model import Entry, Mention, Variant

# romanization differences folded for matching (applied to a casefolded, diacritic-free string)
_ROMAN = [
    (re.compile(r"kh"), "x"), (re.compile(r"dzh|dj"), "j"), (re.compile(r"(?<=[a-z])c(?=[aeiouy])"), "j"),
    (re.compile(r"^c(?=[aeiouy])"), "j"), (re.compile(r"zh"), "j"), (re.compile(r"sh"), "s"),
    (re.compile(r"ch"), "c"), (re.compile(r"gh"), "g"), (re.compile(r"q"), "g"), (re.compile(r"w"), "v"),
    (re.compile(r"(?<=[aeiou])y(?=[aeiou])"), ""), (re.compile(r"yev\b|iev\b"), "ev"),
    (re.compile(r"yeva\b|ieva\b"), "eva"), (re.compile(r"y\b"), "i"), (re.compile(r"(.)\1"), r"\1"),
    (re.compile(r"ou"), "u"),
    # British and American spellings of the same name: Organisation/Organization, Centre/Center
    (re.compile(r"isation"), "ization"), (re.compile(r"izasion"), "ization"), (re.compile(r"tre\b"), "ter"),
    (re.compile(r"programme"), "program"), (re.compile(r"defence"), "defense"),
]
_AZ = str.maketrans({"ə": "a", "Ə": "A", "ı": "i", "İ": "I", "ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch",
                     "ğ": "gh", "Ğ": "Gh", "x": "kh", "X": "Kh"})


@lru_cache(maxsize=65536)
def plain(text: str) -> str:
    """Casefolded, without diacritics, dots of acronyms, hyphens or apostrophes.

    >>> plain("Heydər Əliyev"), plain("U.N."), plain("Vice-President")
    ('heydar aliyev', 'un', 'vice president')
    """
    text = text.replace("ə", "a").replace("Ə", "A").replace("ı", "i")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    if re.fullmatch(r"(?:[a-z]\.){2,}", text):
        text = text.replace(".", "")
    text = re.sub(r"[’'`]", "", text)
    text = re.sub(r"[-‐–\s]+", " ", text)
    return text.strip()


@lru_cache(maxsize=65536)
def roman_key(text: str) -> str:
    """Key that also folds romanization variants (Khojaly/Xocalı/Khojali, Mustafayev/Mustafaev).

    >>> roman_key("Xocalı") == roman_key("Khojaly") == roman_key("Khodjaly") == roman_key("Khojali")
    True
    >>> roman_key("Üzeyir Hacıbəyov") == roman_key("Uzeyir Hajibeyov")
    False
    """
    has_az = any(c in text for c in "əƏıİşŞçÇğĞ")
    if has_az:
        text = text.translate(_AZ)
    key = plain(text)
    for pattern, repl in _ROMAN:
        key = pattern.sub(repl, key)
    return key


def _vowel_key(key: str) -> str:
    """Azerbaijani ə is written a or e in English: compare with a/e merged (only for az-letter names)."""
    return key.replace("e", "a")


def organization_order(words: list[str], k: Knowledge) -> list[str]:
    """One key for the word orders of an organization name: the head noun, then its complements.

    'heydar aliyev foundation' and 'foundation of heydar aliyev' -> foundation of:heydar aliyev;
    'azerbaijani embassy in italy' and 'embassy of azerbaijan in italy' -> embassy in:italy of:azerbaijan.
    A name without a head noun, or with complements we cannot place, keeps its order.
    """
    words = [w for w in words if w != "the"]
    heads = [n for n, w in enumerate(words) if w in k.organization_heads]
    if not heads:
        return words
    h = heads[0]
    groups: dict[str, list[str]] = defaultdict(list)
    if h:
        groups["of"] = [_demonym_place(w, k) for w in words[:h]]
    prep = ""
    for w in words[h + 1:]:
        if w in ("of", "in", "to", "for", "at", "on", "and"):
            prep = w if w != "and" else prep
            if w == "and":
                groups[prep or "of"].append(w)
            continue
        if not prep:
            return words  # words after the head with no connector: another structure
        groups[prep].append(w)
    if "of" in groups and h and len(words) > h + 1 and "of" in words[h + 1:]:
        return words  # 'X Department of the Y Administration': both sides are names; keep the order
    return [words[h]] + [f"{p}:{' '.join(groups[p])}" for p in sorted(groups)]


def _demonym_place(word: str, k: Knowledge) -> str:
    """'azerbaijani' -> 'azerbaijan', 'italian' -> 'italy' when the place is known; else the word."""
    if word not in k.demonyms:
        return word
    for guess in (word[:-1], word[:-2], word[:-3] + "y", word[:-2] + "a", word[:-3] + "a", word[:-3]):
        if guess in k.places:
            return guess
    return word


def mention_key(text: str, type_: str, k: Knowledge) -> str:
    words = plain(text).split()
    if words and words[0] == "the":
        words = words[1:]
    if type_ == "organization":
        words = organization_order(words, k)
    key = " ".join(words)
    if type_ in ("person", "place", "organization", "event", "work", ""):
        folded = roman_key(text if type_ != "organization" else key)
        if type_ == "organization":
            folded = roman_key(key)
        return folded
    return key


@dataclass
class _Cluster:
    key: str
    mentions: list[tuple[Mention, float, bool]]  # mention, weight, within_doc link


def _link_short(mentions: list[tuple[Mention, float, bool]], key_of: Callable[[Mention], str]) -> dict[int, str]:
    """Short person references -> key of the full name they stand for, inside each document.

    The full name is the latest one before the reference with that surname (and that
    initial), else the only one in the document; otherwise the reference stays alone.
    """
    links: dict[int, str] = {}
    by_doc: dict[str, list[int]] = defaultdict(list)
    for n, (m, _w, _s) in enumerate(mentions):
        by_doc[m.doc].append(n)
    for idxs in by_doc.values():
        full_by_surname: dict[str, list[int]] = defaultdict(list)
        for n in idxs:
            m = mentions[n][0]
            words = m.text.split()
            if m.type == "person" and not mentions[n][2] and len(words) >= 2 and "." not in words[0]:
                full_by_surname[roman_key(words[-1])].append(n)
        for n in idxs:
            m, w, short = mentions[n]
            if not short and not (len(m.text.split()) == 1 and m.type in ("", "person") and w <= 2):
                continue
            parts = m.text.split()
            initial = plain(parts[0])[0] if len(parts) > 1 and parts[0].endswith(".") else ""
            fitting = [f for f in full_by_surname.get(roman_key(parts[-1]), ())
                       if not initial or plain(mentions[f][0].text)[0] == initial]
            if not fitting:
                continue
            before = [f for f in fitting if (mentions[f][0].segment, mentions[f][0].start) <= (m.segment, m.start)]
            keys = {key_of(mentions[f][0]) for f in fitting}
            if before:
                links[n] = key_of(mentions[before[-1]][0])
            elif len(keys) == 1:
                links[n] = keys.pop()
    return links


def _join_schwa_spellings(clusters: dict[tuple[str, str], _Cluster]) -> None:
    """Azerbaijani ə is romanized a or e (Şəki: Shaki, Sheki): join a cluster spelled with ə to the
    cluster of the same type whose key differs only there. Only when one side has ə."""
    def has_schwa(ck: tuple[str, str]) -> bool:
        return any(c in m.text for m, _w, _s in clusters[ck].mentions for c in "əƏ")

    plain_by_vowel: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for ck in sorted(clusters):
        if not has_schwa(ck):
            plain_by_vowel[(ck[0], _vowel_key(ck[1]))].append(ck)
    for ck in sorted(clusters):
        if ck not in clusters or not has_schwa(ck):
            continue
        partners = [p for p in plain_by_vowel.get((ck[0], _vowel_key(ck[1])), []) if p in clusters and p != ck]
        if len(partners) == 1:  # an ambiguous spelling joins nothing
            clusters[partners[0]].mentions.extend(clusters.pop(ck).mentions)
    # without a written ə, one a/e difference in a multi-word name is still the same word (Majlis, Mejlis)
    by_vowel: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for ck in sorted(clusters, key=lambda c: (-len(clusters[c].mentions), c)):
        if ck[0] != "title" and " " in ck[1]:
            by_vowel[(ck[0], _vowel_key(ck[1]))].append(ck)
    for group in by_vowel.values():
        keep = group[0]
        for other in group[1:]:
            if other in clusters and keep in clusters and len(other[1]) == len(keep[1]) and \
                    sum(a != b for a, b in zip(other[1], keep[1], strict=True)) == 1:
                clusters[keep].mentions.extend(clusters.pop(other).mentions)


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return " " not in text and len(letters) >= 2 and all(c.isupper() for c in letters)


def initials(text: str, k: Knowledge) -> str:
    """'Organisation of Islamic Cooperation' -> 'oic' (connectors skipped, hyphenated parts count)."""
    words = [w for w in re.split(r"[\s\-]+", text) if w and w.lower() not in k.connectors]
    return "".join(w[0] for w in words if w[0].isalpha()).lower()


def _join_acronyms(clusters: dict[tuple[str, str], _Cluster], k: Knowledge) -> None:
    """Join an acronym to the spelled-out organization name it abbreviates in the same document."""
    acronyms = [ck for ck, c in clusters.items() if ck[0] == "organization"
                and all(_is_acronym(m.text) for m, _w, _l in c.mentions)]
    for ack in acronyms:
        cluster = clusters.get(ack)
        if cluster is None:
            continue
        letters = plain(cluster.mentions[0][0].text).replace(" ", "")
        acr_docs = {m.doc for m, _w, _l in cluster.mentions}
        matches = [ck for ck, c in clusters.items() if ck != ack and ck[0] == "organization" and any(
            not _is_acronym(m.text) and initials(m.text, k) == letters and m.doc in acr_docs
            for m, _w, _l in c.mentions)]
        if len(matches) == 1:
            clusters[matches[0]].mentions.extend(clusters.pop(ack).mentions)


def _canonical(counts: Counter[str]) -> str:
    """Most frequent; ties: plain ASCII (English romanization), then longest, then alphabetical.

    A word set in capitals by typography (datelines: "BAKU, 26 February") is no spelling of
    its own: any form in ordinary case wins over it, however often the capitals occur.

    >>> _canonical(Counter({"BAKU": 3, "Baku": 1}))
    'Baku'
    >>> _canonical(Counter({"NATO": 2}))
    'NATO'
    """
    def shouted(t: str) -> bool:
        return t.isupper() and any(len(w) > 3 for w in t.split()) and any(not o.isupper() for o in counts)

    return sorted(counts, key=lambda t: (shouted(t), -counts[t], not t.isascii(), -len(t), t))[0]


def cluster_mentions(scored: Iterable[tuple[Mention, float, bool]], k: Knowledge,
                     variant_keys: Callable[[str], set[str]] | None = None) -> list[Entry]:
    """Entries from typed mentions (weight = strength of the type evidence)."""
    items = list(scored)
    # votes are shared by spellings that fold together (Khojali ~ Khojaly, BAKU ~ Baku)
    type_votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for m, w, _s in items:
        type_votes[roman_key(m.text)][m.type] += w

    def settled_type(m: Mention) -> str:
        votes = type_votes[roman_key(m.text)]
        typed = {t: v for t, v in votes.items() if t}
        return max(sorted(typed), key=lambda t: typed[t]) if typed else ""

    def key_of(m: Mention) -> str:
        return mention_key(m.text, settled_type(m), k)

    links = _link_short(items, key_of)
    clusters: dict[tuple[str, str], _Cluster] = {}
    for n, (m, w, _short) in enumerate(items):
        t = settled_type(m)
        if n in links:
            ck = ("person", links[n])
            within = True
        else:
            if not t:
                continue
            ck = (t, key_of(m))
            within = False
        clusters.setdefault(ck, _Cluster(ck[1], [])).mentions.append((m, w, within))

    # join clusters whose names are transliteration variants of each other
    if variant_keys is not None:
        index: dict[tuple[str, str], tuple[str, str]] = {}
        for ck in sorted(clusters, key=lambda c: -len(clusters[c].mentions)):
            texts = {m.text for m, _w, within in clusters[ck].mentions if not within}
            keys = {ck[1]} | {roman_key(v) for text in texts for v in variant_keys(text)}
            target = next((index[(ck[0], key)] for key in sorted(keys) if (ck[0], key) in index), None)
            if target is not None and target != ck:
                clusters[target].mentions.extend(clusters.pop(ck).mentions)
                continue
            for key in keys:
                index.setdefault((ck[0], key), ck)

    _join_schwa_spellings(clusters)
    _join_acronyms(clusters, k)
    entries: list[Entry] = []
    taken: set[str] = set()
    for (type_, _key), cluster in sorted(clusters.items()):
        counts: Counter[str] = Counter()
        docs: dict[str, set[str]] = defaultdict(set)
        within_of: dict[str, bool] = {}
        evidence: dict[str, float] = defaultdict(float)
        for m, w, linked in cluster.mentions:
            counts[m.text] += 1
            docs[m.text].add(m.doc)
            within_of[m.text] = within_of.get(m.text, True) and linked
            if m.type == type_:
                evidence[m.evidence] += w
        full = Counter({t: c for t, c in counts.items() if not within_of[t]})
        if not full:
            continue
        spelled_out = Counter({t: c for t, c in full.items() if not _is_acronym(t)})
        canonical = _canonical(spelled_out or full)
        variants = tuple(
            Variant(text=t, count=counts[t], docs=tuple(sorted(docs[t])), within_doc=within_of[t])
            for t in sorted(counts, key=lambda t: (within_of[t], -counts[t], t))
        )
        base = slugify(canonical)
        entry_id = base if base not in taken else f"{base}-{type_}"
        n = 2
        while entry_id in taken:
            entry_id, n = f"{base}-{n}", n + 1
        taken.add(entry_id)
        entries.append(Entry(id=entry_id, type=type_, canonical=canonical, variants=variants,
                             evidence=max(evidence, key=evidence.__getitem__) if evidence else ""))
    return sorted(entries, key=lambda e: e.id)
