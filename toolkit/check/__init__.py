"""Term-consistency QA over translated units: a table of checks, each a small function.

Per-unit checks see one unit at a time; corpus checks (`term-inconsistent`,
`segment-inconsistent`) see every unit of every file checked. Each check has an
id, a default severity, and can be switched off or re-graded in config:

    checks:
      source-variant: off
      untranslated: error
      number-mismatch: {enabled: true, severity: warning}
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz.distance import Levenshtein

from toolkit.check.matching import SourceMatcher, find_form, fold, words
from toolkit.check.numbers import missing_numbers
from toolkit.errors import ConfigError
from toolkit.extract.cluster import roman_key
from toolkit.model import SEVERITIES, Entry, Finding


@dataclass(frozen=True)
class CheckUnit:
    """One translated unit where it lives: file, a line inside it, its language."""

    file: str
    line: int
    source: str
    target: str
    lang: str
    fuzzy: bool = False
    context: str = ""


@dataclass(frozen=True)
class Check:
    id: str
    severity: str
    description: str


CHECKS: dict[str, Check] = {c.id: c for c in (
    Check("term-missing", "error", "the source names a glossary term; the target has none of its accepted renderings"),
    Check("term-deprecated", "error", "the target uses a deprecated rendering or a variant that is not admitted"),
    Check("term-inconsistent", "warning", "one term rendered with different accepted forms across the files"),
    Check("source-variant", "info", "the source spells a term in a non-canonical way"),
    Check("segment-inconsistent", "warning", "one source with different translations, or one translation for "
                                             "different sources"),
    Check("number-mismatch", "error", "a number or year of the source is missing from the target"),
    Check("untranslated", "warning", "the unit has no translation"),
    Check("fuzzy", "warning", "the translation is marked fuzzy / needs review"),
)}


def settings_from_config(raw: dict[str, Any], where: str = "config") -> dict[str, str | None]:
    """Check id -> severity, or None when switched off."""
    chosen: dict[str, str | None] = {cid: c.severity for cid, c in CHECKS.items()}
    for cid, value in (raw or {}).items():
        if cid not in CHECKS:
            raise ConfigError(where, f"unknown check '{cid}' (known: {', '.join(CHECKS)})")
        if isinstance(value, dict):
            enabled = value.get("enabled", True)
            severity = value.get("severity", CHECKS[cid].severity)
        elif value is False or value in ("off", "no", "false"):
            enabled, severity = False, CHECKS[cid].severity
        elif value is True or value in ("on", "yes", "true"):
            enabled, severity = True, CHECKS[cid].severity
        else:
            enabled, severity = True, value
        if severity not in SEVERITIES:
            raise ConfigError(where, f"check '{cid}': severity must be one of {', '.join(SEVERITIES)}")
        chosen[cid] = severity if enabled else None
    return chosen


@dataclass
class TermForms:
    """What a target may and may not contain for one entry in one language."""

    preferred: str
    accepted: list[str]
    deprecated: list[str]


@dataclass
class Termbase:
    """Entries ready for matching: a source automaton and, per language, target forms."""

    entries: dict[str, Entry]
    source: SourceMatcher
    _targets: dict[tuple[str, str], TermForms | None] = field(default_factory=dict)

    @classmethod
    def build(cls, entries: Iterable[Entry]) -> Termbase:
        active = {e.id: e for e in entries if not e.rejected}
        forms = [(e.id, f) for e in active.values() for f in _source_forms(e)]
        return cls(entries=active, source=SourceMatcher(forms))

    def target(self, entry_id: str, lang: str) -> TermForms | None:
        key = (entry_id, lang)
        if key not in self._targets:
            self._targets[key] = _target_forms(self.entries[entry_id], lang)
        return self._targets[key]


def _source_forms(entry: Entry) -> list[str]:
    forms = [entry.canonical, entry.canonical_override]
    forms += [v.text for v in entry.variants if not v.within_doc]
    return [f for f in dict.fromkeys(forms) if f and len(f) > 1]


def _lang_matches(rendering_lang: str, lang: str) -> bool:
    return rendering_lang.lower().split("-")[0] == lang.lower().split("-")[0]


def _target_forms(entry: Entry, lang: str) -> TermForms | None:
    # an unreviewed transliteration guess is not a standard to check a translator against
    rs = [r for r in entry.renderings if _lang_matches(r.lang, lang)
          and not (r.origin == "rule" and r.review == "proposed")]
    accepted = [r.text for r in rs if r.status in ("preferred", "admitted")]
    if not accepted:
        return None
    preferred = next((r.text for r in rs if r.status == "preferred"), accepted[0])
    deprecated = [r.text for r in rs if r.status == "deprecated"]
    deprecated += [v for v in _spelling_variants(preferred, lang) if v not in accepted and v not in deprecated]
    return TermForms(preferred=preferred, accepted=accepted, deprecated=deprecated)


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


# --- per-unit checks ------------------------------------------------------------------

def _finding(unit: CheckUnit, check: str, severity: str, message: str, term_id: str = "",
             **extra: Any) -> Finding:
    return Finding(file=unit.file, line=unit.line, check=check, severity=severity, message=message,
                   source=unit.source, target=unit.target, term_id=term_id, lang=unit.lang, extra=extra)


@dataclass
class UnitTerms:
    """What the term checks found in one unit: entry -> accepted form used (or None)."""

    used: dict[str, str | None]


def check_unit(unit: CheckUnit, termbase: Termbase, severity: dict[str, str | None]) -> tuple[list[Finding],
                                                                                            UnitTerms]:
    out: list[Finding] = []
    used: dict[str, str | None] = {}
    if not unit.target.strip():
        if severity["untranslated"]:
            out.append(_finding(unit, "untranslated", severity["untranslated"], "no translation"))
        return out, UnitTerms(used)
    if unit.fuzzy and severity["fuzzy"]:
        out.append(_finding(unit, "fuzzy", severity["fuzzy"], "translation marked fuzzy (needs review)"))
    target_words = words(unit.target, unit.lang)
    for hit in termbase.source.find(unit.source):
        entry = termbase.entries[hit.key]
        written = unit.source[hit.start:hit.end]
        if severity["source-variant"] and _is_spelling_variant(written, entry):
            out.append(_finding(unit, "source-variant", severity["source-variant"],
                                f"source writes '{written}'; the glossary's canonical form is "
                                f"'{entry.preferred_source}'", entry.id, term=written))
        if hit.key in used:
            continue
        forms = termbase.target(hit.key, unit.lang)
        if forms is None:
            continue
        accepted_spans = {form: find_form(target_words, form, unit.lang) for form in forms.accepted}
        found = [f for f, spans in accepted_spans.items() if spans]
        covered = [span for spans in accepted_spans.values() for span in spans]
        bad = [(f, s) for f in forms.deprecated for s in find_form(target_words, f, unit.lang)
               if not any(s[0] < c[1] and c[0] < s[1] for c in covered)]
        used[hit.key] = found[0] if found else None
        if bad and severity["term-deprecated"]:
            form, _span = bad[0]
            out.append(_finding(unit, "term-deprecated", severity["term-deprecated"],
                                f"'{written}' is rendered '{form}', which is deprecated; use '{forms.preferred}'",
                                entry.id, term=written, rendering=form, preferred=forms.preferred))
        elif not found and severity["term-missing"]:
            out.append(_finding(unit, "term-missing", severity["term-missing"],
                                f"'{written}' is not rendered; expected '{forms.preferred}'"
                                + (f" (or {', '.join(repr(a) for a in forms.accepted if a != forms.preferred)})"
                                   if len(forms.accepted) > 1 else ""),
                                entry.id, term=written, preferred=forms.preferred))
    if severity["number-mismatch"]:
        for number in missing_numbers(unit.source, unit.target):
            out.append(_finding(unit, "number-mismatch", severity["number-mismatch"],
                                f"number '{number}' of the source is missing from the target", number=number))
    return out, UnitTerms(used)


def _is_spelling_variant(written: str, entry: Entry) -> bool:
    """A folded, diacritic, casing, word-order or near-spelling variant of the canonical form (not an acronym)."""
    canonical = entry.preferred_source
    if written == canonical or (written.isupper() and not canonical.isupper()):
        return False  # capitals of a dateline or headline are house style, not a spelling
    a, b = fold(written), fold(canonical)
    if a == b or roman_key(written) == roman_key(canonical):
        return True
    skip = {"of", "the", "for", "and", "de", "of the"}
    if sorted(w for w, _s, _e in words(a) if w not in skip) == sorted(w for w, _s, _e in words(b) if w not in skip):
        return True
    return Levenshtein.distance(a, b) <= max(1, len(b) // 8)


# --- corpus checks --------------------------------------------------------------------

def check_corpus(units: Sequence[CheckUnit], terms: Sequence[UnitTerms], termbase: Termbase,
                 severity: dict[str, str | None]) -> list[Finding]:
    out: list[Finding] = []
    if severity["term-inconsistent"]:
        by_term: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        for unit, t in zip(units, terms, strict=True):
            for entry_id, form in t.used.items():
                if form:
                    by_term[(entry_id, _base(unit.lang))][form] += 1
        for unit, t in zip(units, terms, strict=True):
            for entry_id, form in t.used.items():
                counts = by_term.get((entry_id, _base(unit.lang)))
                if not form or not counts or len(counts) < 2:
                    continue
                forms = termbase.target(entry_id, unit.lang)
                preferred = forms.preferred if forms else ""
                majority = preferred if preferred in counts else counts.most_common(1)[0][0]
                if form == majority:
                    continue
                summary = ", ".join(f"'{f}' ×{n}" for f, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])))
                out.append(_finding(unit, "term-inconsistent", str(severity["term-inconsistent"]),
                                    f"'{termbase.entries[entry_id].preferred_source}' rendered '{form}' here; "
                                    f"across the files: {summary}; preferred '{preferred}'", entry_id,
                                    counts=dict(counts), preferred=preferred))
    if severity["segment-inconsistent"]:
        sev = str(severity["segment-inconsistent"])
        translated = [u for u in units if u.target.strip()]
        by_source: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        by_target: dict[tuple[str, str], set[str]] = defaultdict(set)
        for u in translated:
            by_source[(_base(u.lang), u.context, _norm(u.source))].add(_norm(u.target))
            by_target[(_base(u.lang), _norm(u.target))].add(_norm(u.source))
        for u in translated:
            targets = by_source[(_base(u.lang), u.context, _norm(u.source))]
            if len(targets) > 1:
                out.append(_finding(u, "segment-inconsistent", sev,
                                    f"this source is translated {len(targets)} different ways", kind="source"))
            sources = by_target[(_base(u.lang), _norm(u.target))]
            if len(sources) > 1:
                out.append(_finding(u, "segment-inconsistent", sev,
                                    f"this translation is used for {len(sources)} different sources", kind="target"))
    return out


def _base(lang: str) -> str:
    return lang.lower().split("-")[0].split("_")[0]


def _norm(text: str) -> str:
    return " ".join(text.split())


def run_checks(units: Sequence[CheckUnit], entries: Iterable[Entry],
               severity: dict[str, str | None] | None = None) -> list[Finding]:
    """Every enabled check over every unit; findings sorted by file, line and check."""
    chosen = severity or settings_from_config({})
    termbase = Termbase.build(entries)
    findings: list[Finding] = []
    per_unit: list[UnitTerms] = []
    for unit in units:
        found, used = check_unit(unit, termbase, chosen)
        findings.extend(found)
        per_unit.append(used)
    findings.extend(check_corpus(units, per_unit, termbase, chosen))
    return sorted(findings, key=lambda f: (f.file, f.line, f.check, f.term_id, f.message))


Reporter = Callable[[Sequence[Finding]], str]
