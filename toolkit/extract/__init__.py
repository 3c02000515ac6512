"""Named-term extraction: English documents in, typed mentions and glossary entries out.

Cold start: no list of the text's own names is needed; only generic knowledge
(head nouns, title words, CLDR place names) from `toolkit/data/extract/`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from toolkit.extract.candidates import scan_segment
from toolkit.extract.cluster import cluster_mentions
from toolkit.extract.knowledge import Knowledge, load_knowledge
from toolkit.model import Document, Entry, Mention, Segment
from toolkit.segment import segment_document

_LOWER_WORD = re.compile(r"(?<![\w.])([a-zà-öø-ÿāăąçćčđėęěğıłńňőœřśşšţťūůűźżžə][\w’'-]*)")


@dataclass(frozen=True)
class Extraction:
    """Every typed mention and the entries they were clustered into."""

    mentions: tuple[Mention, ...]
    entries: tuple[Entry, ...]


def lowercase_vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """Words seen in lower case anywhere: a capitalized one at a sentence start is then no name."""
    vocab: set[str] = set()
    for text in texts:
        vocab.update(m.group(1) for m in _LOWER_WORD.finditer(text))
    return frozenset(vocab)


def case_variants(docs: list[Document], segments: dict[str, list[Segment]] | None,
                  scored: list[tuple[Mention, float, bool]]) -> list[tuple[Mention, float, bool]]:
    """Titles and unit names written elsewhere in other capitals ("first vice-president" for
    "First Vice-President", "366th motor rifle regiment"): found by matching known multi-word
    names case-blind, outside the spans already found."""
    known = {m.text.lower(): m for m, _w, _s in scored
             if m.type in ("title", "organization", "event") and len(m.text.split()) >= 2}
    if not known:
        return []
    automaton = ahocorasick.Automaton()
    for key in known:
        automaton.add_word(key, key)
    automaton.make_automaton()
    taken = {(m.doc, i) for m, _w, _s in scored for i in range(m.start, m.end)}
    found: list[tuple[Mention, float, bool]] = []
    for doc in docs:
        for seg in (segments or {}).get(doc.id) or list(segment_document(doc)):
            lowered = seg.text.lower()
            if len(lowered) != len(seg.text):
                continue  # a letter whose lower case changes length: offsets would drift
            for end, key in automaton.iter_long(lowered):
                start_in = end - len(key) + 1
                if (start_in > 0 and (lowered[start_in - 1].isalnum() or lowered[start_in - 1] == "-")) or (
                        end + 1 < len(lowered) and (lowered[end + 1].isalnum() or lowered[end + 1] == "-")):
                    continue
                start, stop = seg.start + start_in, seg.start + end + 1
                if any((doc.id, i) in taken for i in range(start, stop)):
                    continue
                like = known[key]
                found.append((Mention(doc.id, seg.index, start, stop, seg.text[start_in:end + 1], like.type,
                                      f"case variant of '{like.text}'"), 1.0, False))
    return found


def extract(documents: Iterable[Document], segments: dict[str, list[Segment]] | None = None,
            knowledge: Knowledge | None = None) -> Extraction:
    """Extract typed mentions from English documents and cluster them into entries.

    `segments` maps document id to its segments (segmented here when missing).
    """
    k = knowledge or load_knowledge()
    docs = list(documents)
    vocab = lowercase_vocabulary(d.text for d in docs)
    scored: list[tuple[Mention, float, bool]] = []
    for doc in docs:
        segs = (segments or {}).get(doc.id) or list(segment_document(doc))
        for seg in segs:
            for c in scan_segment(seg.text, k, vocab):
                m = Mention(doc=doc.id, segment=seg.index, start=seg.start + c.start, end=seg.start + c.end,
                            text=c.text, type=c.type, evidence=c.evidence)
                scored.append((m, c.weight, c.short))
    scored += case_variants(docs, segments, scored)
    entries = cluster_mentions(scored, k, None)  # roman_key and the ə join cover the alternations
    typed = {v.text: e.type for e in entries for v in e.variants}
    mentions = tuple(m if m.type == typed.get(m.text, m.type) else
                     Mention(m.doc, m.segment, m.start, m.end, m.text, typed[m.text], m.evidence)
                     for m, _w, _s in scored if m.text in typed)
    return Extraction(mentions=mentions, entries=tuple(entries))
