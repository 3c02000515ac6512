"""The small data model every stage takes and returns.

Frozen dataclasses only: stages are pure functions from these to these, and the
edges (formats, the TM store, the CLI) are the only places that touch files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# "term" is any other term, e.g. from a client's termbase that does not type its entries
TermType = Literal["person", "place", "organization", "title", "event", "work", "demonym", "term"]
TERM_TYPES: tuple[str, ...] = ("person", "place", "organization", "title", "event", "work", "demonym", "term")

RenderingStatus = Literal["preferred", "admitted", "deprecated"]
RENDERING_STATUSES: tuple[str, ...] = ("preferred", "admitted", "deprecated")

RenderingOrigin = Literal["curated", "cldr", "lexicon", "rule"]
RENDERING_ORIGINS: tuple[str, ...] = ("curated", "cldr", "lexicon", "rule")

Review = Literal["approved", "proposed"]
REVIEWS: tuple[str, ...] = ("approved", "proposed")

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


@dataclass(frozen=True)
class Document:
    """One source or target text, NFC-normalized, with a stable id.

    The id is the path relative to the corpus root with `/` separators, so the
    same file gives the same id on every machine.
    """

    id: str
    lang: str
    text: str
    path: str = ""

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset (for PO `#:` references)."""
        return self.text.count("\n", 0, offset) + 1


@dataclass(frozen=True)
class Segment:
    """A sentence (or heading) of a document; `start`/`end` index the NFC text."""

    doc: str
    index: int
    text: str
    start: int
    end: int
    lang: str
    line: int = 1


@dataclass(frozen=True)
class Mention:
    """One occurrence of a candidate term, with the evidence that typed it."""

    doc: str
    segment: int
    start: int
    end: int
    text: str
    type: str
    evidence: str = ""


@dataclass(frozen=True)
class Variant:
    """A surface spelling of an entry as observed in the corpus.

    `within_doc` marks a short reference (surname alone, initial + surname) that
    was linked to this entry inside the listed documents only; several entries
    may share such a spelling.
    """

    text: str
    count: int = 0
    docs: tuple[str, ...] = ()
    within_doc: bool = False


@dataclass(frozen=True)
class Rendering:
    """How an entry is written in a target language, and how much to trust it."""

    text: str
    lang: str
    status: str = "preferred"
    origin: str = "rule"
    review: str = "proposed"
    source: str = ""
    gender: str = ""


ENTRY_STATUSES: tuple[str, ...] = ("candidate", "accepted", "rejected")


@dataclass(frozen=True)
class Entry:
    """One referent of the glossary: every spelling seen, every rendering known.

    Extraction owns `canonical` and the `variants` counts; everything else is
    curated and re-extraction never changes it: `type` once set, `status`
    (`rejected` stays rejected), `note`, `canonical_override`, and renderings.
    """

    id: str
    type: str
    canonical: str
    variants: tuple[Variant, ...] = ()
    renderings: tuple[Rendering, ...] = ()
    status: str = "candidate"
    note: str = ""
    canonical_override: str = ""
    evidence: str = ""

    @property
    def preferred_source(self) -> str:
        """The canonical form a curator chose, else the extracted one."""
        return self.canonical_override or self.canonical

    @property
    def rejected(self) -> bool:
        return self.status == "rejected"

    def surface_forms(self) -> tuple[str, ...]:
        """Every source spelling: canonical (and override) first, then variants."""
        seen: dict[str, None] = {}
        for text in (self.canonical_override, self.canonical, *(v.text for v in self.variants)):
            if text:
                seen.setdefault(text, None)
        return tuple(seen)

    def renderings_for(self, lang: str) -> tuple[Rendering, ...]:
        return tuple(r for r in self.renderings if r.lang == lang)


@dataclass(frozen=True)
class Unit:
    """A translation-memory unit: one source text and one target text."""

    source: str
    target: str
    source_lang: str
    target_lang: str
    doc: str = ""
    context: str = ""
    created: str = ""
    changed: str = ""
    origin: str = "manual"
    props: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class MultiUnit:
    """A unit in several languages, as a TMX `<tu>` holds it.

    `texts` keeps (language, text) in file order; a language may repeat, as some
    tools write two variants for one language. `pairs()` turns it into `Unit`s.
    """

    id: str
    texts: tuple[tuple[str, str], ...]
    source_lang: str = ""
    created: str = ""
    changed: str = ""
    props: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()

    def pairs(self, source_lang: str | None = None, origin: str = "tmx") -> tuple[Unit, ...]:
        """One `Unit` per target text, from the source-language text."""
        src_lang = (source_lang or self.source_lang).lower()
        sources = [(lang, text) for lang, text in self.texts if lang.lower() == src_lang]
        if not sources:
            sources = [(lang, text) for lang, text in self.texts
                       if lang.lower().split("-")[0] == src_lang.split("-")[0]]
        if not sources:
            return ()
        s_lang, s_text = sources[0]
        return tuple(
            Unit(source=s_text, target=text, source_lang=s_lang, target_lang=lang,
                 context="", created=self.created, changed=self.changed, origin=origin,
                 props=self.props, notes=self.notes)
            for lang, text in self.texts
            if (lang, text) != (s_lang, s_text) and lang.lower() != s_lang.lower()
        )


@dataclass(frozen=True)
class Finding:
    """One problem a check found in a translation."""

    file: str
    line: int
    check: str
    severity: str
    message: str
    source: str = ""
    target: str = ""
    term_id: str = ""
    lang: str = ""
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
