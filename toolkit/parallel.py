"""Parallel documents into aligned sentence pairs and TM units.

Glossary terms anchor the alignment: a source sentence naming an entry and a
target sentence containing one of its renderings (for Russian, in any case
form) are pulled together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from toolkit.align import Bead, align, anchored
from toolkit.model import Entry, Segment, Unit


@dataclass(frozen=True)
class AlignedPair:
    """One bead of an alignment with its texts (sentences joined by a space)."""

    source: str
    target: str
    bead: Bead
    source_segments: tuple[Segment, ...]
    target_segments: tuple[Segment, ...]


def _ru_forms(text: str) -> list[str]:
    try:
        from toolkit.translit import ru_case_forms
    except ImportError:
        return [text]
    try:
        return sorted(ru_case_forms(text) | {text})
    except Exception:  # morphology is a help for anchoring, never a reason to fail
        return [text]


def term_forms(glossary: Sequence[Entry], lang: str) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Source spellings and target renderings of every active entry, by entry id."""
    source: dict[str, list[str]] = {}
    target: dict[str, list[str]] = {}
    for e in glossary:
        if e.rejected:
            continue
        rends = [r.text for r in e.renderings_for(lang)]
        if not rends:
            continue
        source[e.id] = list(e.surface_forms())
        forms: list[str] = []
        for r in rends:
            forms.extend(_ru_forms(r) if lang == "ru" else [r])
        target[e.id] = forms
    return source, target


def align_segments(source: Sequence[Segment], target: Sequence[Segment], glossary: Sequence[Entry] = (),
                   lang: str = "") -> list[AlignedPair]:
    """Align the segments of a document and of its translation."""
    s_forms, t_forms = term_forms(glossary, lang) if glossary else ({}, {})
    s_text = [s.text for s in source]
    t_text = [t.text for t in target]
    beads = align(s_text, t_text, anchored(s_text, s_forms), anchored(t_text, t_forms))
    pairs = []
    for b in beads:
        ss = tuple(source[i] for i in b.source)
        ts = tuple(target[j] for j in b.target)
        pairs.append(AlignedPair(" ".join(s.text for s in ss), " ".join(t.text for t in ts), b, ss, ts))
    return pairs


def pairs_to_units(pairs: Sequence[AlignedPair], source_lang: str, target_lang: str, doc: str,
                   include_flagged: bool = False) -> list[Unit]:
    """TM units of the confident pairs (flagged ones only when asked)."""
    return [Unit(source=p.source, target=p.target, source_lang=source_lang, target_lang=target_lang, doc=doc,
                 origin="align", props=(("x-align-score", f"{p.bead.score:.3f}"),))
            for p in pairs if p.source and p.target and (include_flagged or not p.bead.flagged)]
