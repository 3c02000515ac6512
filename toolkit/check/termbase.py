"""Glossary entries ready for `check`: one source automaton, and per language what a target may and may
not contain, compiled once per entry (on first use: a TM rarely names every entry of a glossary).

    >>> from toolkit.model import Rendering
    >>> entry = Entry(id="baku", type="place", canonical="Baku", status="accepted",
    ...               renderings=(Rendering("Баку", "ru", "preferred", "curated", "approved"),))
    >>> forms = Termbase.build([entry]).target("baku", "ru")
    >>> forms.preferred, [p.form for p in forms.accepted_patterns]
    ('Баку', ['Баку'])
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from toolkit.check.matching import FormPattern, SourceMatcher, fold
from toolkit.model import Entry


@dataclass
class TermForms:
    """What a target may and may not contain for one entry in one language (patterns compiled once).

    `deprecated_needles` pairs each deprecated pattern with its needles, those the accepted forms lack
    first: a deprecated form is mostly ruled out by its first needle, absent from a target that uses an
    accepted one."""

    preferred: str
    accepted: list[str]
    deprecated: list[str]
    accepted_patterns: tuple[FormPattern, ...] = ()
    deprecated_patterns: tuple[FormPattern, ...] = ()
    deprecated_needles: tuple[tuple[FormPattern, tuple[str, ...]], ...] = ()


@dataclass
class Termbase:
    """Entries ready for matching: a source automaton and, per language, target forms."""

    entries: dict[str, Entry]
    source: SourceMatcher
    _targets: dict[str, dict[str, TermForms | None]] = field(default_factory=dict)

    @classmethod
    def build(cls, entries: Iterable[Entry]) -> Termbase:
        active = {e.id: e for e in entries if not e.rejected}
        forms = [(e.id, f) for e in active.values() for f in _source_forms(e)]
        return cls(entries=active, source=SourceMatcher(forms))

    def target(self, entry_id: str, lang: str) -> TermForms | None:
        compiled = self.compiled(lang)
        if entry_id in compiled:
            return compiled[entry_id]
        forms = compiled[entry_id] = target_forms(self.entries[entry_id], lang)
        return forms

    def compile_all(self, langs: Iterable[str]) -> None:
        """Every entry's target forms in these languages (and those compiled from already), compiled now:
        before worker processes fork, so that they share them instead of each compiling its own."""
        for lang in set(langs) | set(self._targets):
            compiled = self.compiled(lang)
            for entry_id, entry in self.entries.items():
                if entry_id not in compiled:
                    compiled[entry_id] = target_forms(entry, lang)

    def compiled(self, lang: str) -> dict[str, TermForms | None]:
        """The target forms of a language compiled so far, by entry (a lookup the hot path can inline,
        falling back to `target` for an entry not in it)."""
        compiled = self._targets.get(lang)
        if compiled is None:
            compiled = self._targets[lang] = {}
        return compiled


def _source_forms(entry: Entry) -> list[str]:
    forms = [entry.canonical, entry.canonical_override]
    forms += [v.text for v in entry.variants if not v.within_doc]
    return [f for f in dict.fromkeys(forms) if f and len(f) > 1]


def _lang_matches(rendering_lang: str, lang: str) -> bool:
    return rendering_lang.lower().split("-")[0] == lang.lower().split("-")[0]


def target_forms(entry: Entry, lang: str) -> TermForms | None:
    """The accepted, preferred and deprecated renderings of an entry in a language, compiled; None when
    it has no accepted one to check a translation against."""
    # an unreviewed transliteration guess is not a standard to check a translator against
    rs = [r for r in entry.renderings if _lang_matches(r.lang, lang)
          and not (r.origin == "rule" and r.review == "proposed")]
    accepted = [r.text for r in rs if r.status in ("preferred", "admitted")]
    if not accepted:
        return None
    preferred = next((r.text for r in rs if r.status == "preferred"), accepted[0])
    deprecated = [r.text for r in rs if r.status == "deprecated"]
    deprecated += [v for v in _spelling_variants(preferred, lang) if v not in accepted and v not in deprecated]
    accepted_patterns = tuple(FormPattern.compile(f, lang) for f in accepted)
    deprecated_patterns = tuple(FormPattern.compile(f, lang) for f in deprecated)
    shared = {n for p in accepted_patterns for n in p.needles}
    return TermForms(preferred=preferred, accepted=accepted, deprecated=deprecated,
                     accepted_patterns=accepted_patterns, deprecated_patterns=deprecated_patterns,
                     deprecated_needles=tuple((p, tuple(sorted(p.needles, key=lambda n: n in shared)))
                                              for p in deprecated_patterns))


def _spelling_variants(text: str, lang: str) -> list[str]:
    """Known variants readers meet (from the transliteration engine, when it is installed)."""
    try:
        from toolkit.translit import cyrillic_variants, latin_variants
    except ImportError:
        return []
    if lang.startswith("ur"):
        return []
    variants = cyrillic_variants(text) if lang.startswith("ru") else latin_variants(text)
    base = fold(text, lang)
    return sorted(v for v in variants if fold(v, lang) != base)
