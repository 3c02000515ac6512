"""Term-consistency QA over translated units: a table of checks, each a small function.

Per-unit checks see one unit at a time; corpus checks (`term-inconsistent`,
`segment-inconsistent`) see every unit of every file checked. Each check has an
id, a default severity, and can be switched off or re-graded in config:

    checks:
      source-variant: off
      untranslated: error
      number-mismatch: {enabled: true, severity: warning}

`check_stream` reads the units once, as they come (a TM of a million units need not be in memory),
and keeps for the corpus checks only hashes and counts (see `toolkit.check.corpus`); `run_checks`
is the same, sorted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Any

from rapidfuzz.distance import Levenshtein

from toolkit.check.corpus import HASH_MASK, FormCounts, Groups, UnitSpill
from toolkit.check.matching import FormPattern, SourceMatcher, TargetText, fold, words
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
    """What a target may and may not contain for one entry in one language (patterns compiled once)."""

    preferred: str
    accepted: list[str]
    deprecated: list[str]
    accepted_patterns: tuple[FormPattern, ...] = ()
    deprecated_patterns: tuple[FormPattern, ...] = ()


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
        forms = self._targets.get(key, _UNSEEN)
        if forms is _UNSEEN:
            forms = self._targets[key] = _target_forms(self.entries[entry_id], lang)
        return forms  # type: ignore[return-value]


_UNSEEN = object()


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
    return TermForms(preferred=preferred, accepted=accepted, deprecated=deprecated,
                     accepted_patterns=tuple(FormPattern.compile(f, lang) for f in accepted),
                     deprecated_patterns=tuple(FormPattern.compile(f, lang) for f in deprecated))


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
    """What the term checks found in one unit: entry -> accepted form used (or None); and, for the
    entries whose form used is not the preferred one, the preferred one."""

    used: dict[str, str | None]
    odd: dict[str, str] | None = None


def check_unit(unit: CheckUnit, termbase: Termbase, severity: dict[str, str | None]) -> tuple[list[Finding],
                                                                                            UnitTerms]:
    out: list[Finding] = []
    used: dict[str, str | None] = {}
    odd: dict[str, str] | None = None
    if not unit.target.strip():
        if severity["untranslated"]:
            out.append(_finding(unit, "untranslated", severity["untranslated"], "no translation"))
        return out, UnitTerms(used)
    if unit.fuzzy and severity["fuzzy"]:
        out.append(_finding(unit, "fuzzy", severity["fuzzy"], "translation marked fuzzy (needs review)"))
    hits = termbase.source.find(unit.source)
    if hits:
        target = TargetText(unit.target, unit.lang)
        variant_severity = severity["source-variant"]
        targets = termbase._targets
        for hit in hits:
            entry = termbase.entries[hit.key]
            written = unit.source[hit.start:hit.end]
            canonical = entry.canonical_override or entry.canonical
            if variant_severity and written != canonical and _is_spelling_variant(written, canonical):
                out.append(_finding(unit, "source-variant", variant_severity,
                                    f"source writes '{written}'; the glossary's canonical form is "
                                    f"'{canonical}'", entry.id, term=written))
            if hit.key in used:
                continue
            forms: TermForms | None = targets.get((hit.key, unit.lang), _UNSEEN)  # type: ignore[arg-type]
            if forms is _UNSEEN:  # termbase.target, inline on the hot path
                forms = termbase.target(hit.key, unit.lang)
            if forms is None:
                continue
            if written != canonical and _cited(written, canonical, unit.target):
                used[hit.key] = None
                continue
            found, bad = _rendering_used(forms, target)
            # a source that abbreviates lets the target abbreviate: not counted against the full form;
            # a demonym is a noun or an adjective as the sentence needs (азербайджанец, азербайджанский)
            free = entry.type == "demonym" or (written != canonical and _abbreviates(written, canonical))
            used[hit.key] = None if free else found
            if found is not None and found != forms.preferred and used[hit.key] is not None:
                odd = {} if odd is None else odd
                odd[hit.key] = forms.preferred
            if bad and severity["term-deprecated"]:
                out.append(_finding(unit, "term-deprecated", severity["term-deprecated"],
                                    f"'{written}' is rendered '{bad}', which is deprecated; use '{forms.preferred}'",
                                    entry.id, term=written, rendering=bad, preferred=forms.preferred))
            elif found is None and severity["term-missing"]:
                out.append(_finding(unit, "term-missing", severity["term-missing"],
                                    f"'{written}' is not rendered; expected '{forms.preferred}'"
                                    + (f" (or {', '.join(repr(a) for a in forms.accepted if a != forms.preferred)})"
                                       if len(forms.accepted) > 1 else ""),
                                    entry.id, term=written, preferred=forms.preferred))
    if severity["number-mismatch"]:
        for number in missing_numbers(unit.source, unit.target):
            out.append(_finding(unit, "number-mismatch", severity["number-mismatch"],
                                f"number '{number}' of the source is missing from the target", number=number))
    return out, UnitTerms(used, odd)


def _cited(written: str, canonical: str, target: str) -> bool:
    """The source quotes a name in its own orthography ("known in Azerbaijani as Xocalı") and the
    target quotes it too: a citation of the name, neither a missing nor a deprecated rendering.

    >>> _cited("Xocalı", "Khojaly", "appelée Xocalı en azerbaïdjanais"), _cited("Khojaly", "Khojaly", "Khojaly")
    (True, False)
    """
    return written != canonical and not written.isascii() and written in target


def _abbreviates(written: str, canonical: str) -> bool:
    """The source writes a longer name as its abbreviation (O.I.C., OIC for the Organisation of …).

    >>> _abbreviates("O.I.C.", "Organisation of Islamic Cooperation"), _abbreviates("UNESCO", "UNESCO")
    (True, False)
    """
    letters = [c for c in written if c.isalpha()]
    return (2 <= len(letters) <= 8 and not any(c.islower() for c in letters)
            and all(c.isalpha() or c in ". &" for c in written) and len(canonical) > len(written)
            and " " in canonical)


def _rendering_used(forms: TermForms, target: TargetText) -> tuple[str | None, str | None]:
    """The first accepted form the target uses, and the first deprecated one it uses outside them.
    A form whose needles are not all in the folded target cannot occur: most are ruled out so (and when
    no deprecated form is left, the accepted forms after the first found need not be located)."""
    hay = target.hay
    deprecated = [p for p in forms.deprecated_patterns if _has_needles(p, hay)]
    found: str | None = None
    covered: list[tuple[int, int]] = []
    for pattern in forms.accepted_patterns:
        if _has_needles(pattern, hay):
            where = pattern.locate(target)
            if where:
                if not deprecated:
                    return pattern.form, None
                found = found or pattern.form
                covered += where
    for pattern in deprecated:
        for start, end in pattern.locate(target):
            if not any(start < c_end and c_start < end for c_start, c_end in covered):
                return found, pattern.form
    return found, None


def _has_needles(pattern: FormPattern, hay: str) -> bool:
    for needle in pattern.needles:
        if needle not in hay:
            return False
    return True


@lru_cache(maxsize=1 << 16)
def _is_spelling_variant(written: str, canonical: str) -> bool:
    """A folded, diacritic, casing, word-order or near-spelling variant of the canonical form (not an acronym)."""
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

SegmentKeys = tuple[int, int, int, int]


@dataclass
class CorpusTally:
    """What the corpus checks remember of the units read so far: hashes, counts and refs, not texts."""

    termbase: Termbase
    severity: dict[str, str | None]
    forms: FormCounts = field(default_factory=FormCounts)
    sources: Groups = field(default_factory=Groups)
    targets: Groups = field(default_factory=Groups)

    def needs_ref(self, unit: CheckUnit, terms: UnitTerms) -> bool:
        """Whether a corpus finding may name this unit at the end (so that it must be kept)."""
        return bool(self.severity["segment-inconsistent"] and unit.target.strip()) \
            or bool(terms.odd and self.severity["term-inconsistent"])

    def add(self, unit: CheckUnit, terms: UnitTerms, ref: int) -> None:
        """Count one unit; `ref` names it if `needs_ref`."""
        self.add_keyed(_base(unit.lang), terms, ref, self.segment_keys(unit))

    def segment_keys(self, unit: CheckUnit) -> SegmentKeys | None:
        """What `segment-inconsistent` keeps of a unit: hashes of its (language, context, source) and
        target, and of its (language, target) and source; None when that check does not see it."""
        if not (self.severity["segment-inconsistent"] and unit.target.strip()):
            return None
        lang = _base(unit.lang)
        source, target_text = _norm(unit.source), _norm(unit.target)
        return (hash((lang, unit.context, source)), hash(target_text) & HASH_MASK,
                hash((lang, target_text)), hash(source) & HASH_MASK)

    def add_keyed(self, lang: str, terms: UnitTerms, ref: int, keys: SegmentKeys | None) -> None:
        """`add` with the unit's base language and `segment_keys` already worked out (maybe elsewhere)."""
        if self.severity["term-inconsistent"]:
            counts = self.forms.counts
            for entry_id, form in terms.used.items():
                if form:
                    key = (entry_id, lang)
                    seen = counts.get(key)
                    if seen is None:
                        counts[key] = {form: 1}
                    else:
                        seen[form] = seen.get(form, 0) + 1
            if terms.odd:
                for entry_id, preferred in terms.odd.items():
                    form = terms.used[entry_id]
                    if form:
                        self.forms.remember(entry_id, lang, form, ref, preferred)
        if keys is not None:
            self.sources.add_hashed(keys[0], keys[1], ref)
            self.targets.add_hashed(keys[2], keys[3], ref)

    def findings(self, fetch: Callable[[int], CheckUnit]) -> Iterator[Finding]:
        """The corpus findings, fetching the units they name in the order they were read."""
        pending: list[tuple[int, str, str, str, dict[str, Any]]] = []
        if self.severity["term-inconsistent"]:
            for (entry_id, _lang), counts, uses in self.forms.inconsistent():
                summary = ", ".join(f"'{f}' ×{n}" for f, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])))
                for form, ref, preferred in uses:
                    majority = preferred if preferred in counts else counts.most_common(1)[0][0]
                    if form != majority:
                        pending.append((ref, "term-inconsistent",
                                        f"'{self.termbase.entries[entry_id].preferred_source}' rendered '{form}' "
                                        f"here; across the files: {summary}; preferred '{preferred}'", entry_id,
                                        {"counts": dict(counts), "preferred": preferred}))
        if self.severity["segment-inconsistent"]:
            for n, refs in self.sources.split():
                pending += [(ref, "segment-inconsistent", f"this source is translated {n} different ways", "",
                             {"kind": "source"}) for ref in refs]
            for n, refs in self.targets.split():
                pending += [(ref, "segment-inconsistent", f"this translation is used for {n} different sources", "",
                             {"kind": "target"}) for ref in refs]
        pending.sort(key=lambda p: p[0])
        for ref, check, message, term_id, extra in pending:
            yield _finding(fetch(ref), check, str(self.severity[check]), message, term_id, **extra)


@lru_cache(maxsize=256)
def _base(lang: str) -> str:
    return lang.lower().split("-")[0].split("_")[0]


def _norm(text: str) -> str:
    return " ".join(text.split())


PARALLEL_AFTER = 5_000
"""Units checked in this process before the rest of a longer stream goes to worker processes (a
short run is not worth starting them)."""


def check_stream(units: Iterable[CheckUnit], entries: Iterable[Entry] | Termbase,
                 severity: dict[str, str | None] | None = None, workers: int | None = None) -> Iterator[Finding]:
    """Every enabled check over units read once, in order: a unit's own findings as soon as it is read,
    the corpus findings at the end. Memory does not grow with the texts: streamed units that a corpus
    finding may name are kept in a temporary file, a list's by their index.

    Past the first `PARALLEL_AFTER` units, the per-unit checks run in `workers` forked processes (by
    default one per core; 0 or 1: none); the findings and their order are the same.

    >>> [f.check for f in check_stream(iter([CheckUnit("a.po", 1, "In 1992.", "", "fr")]), [])]
    ['untranslated']
    """
    from toolkit.check.parallel import checked_in_parallel, default_workers

    chosen = severity or settings_from_config({})
    termbase = entries if isinstance(entries, Termbase) else Termbase.build(entries)
    tally = CorpusTally(termbase, chosen)
    corpus = bool(chosen["term-inconsistent"] or chosen["segment-inconsistent"])
    listed = units if isinstance(units, Sequence) else None
    spill = UnitSpill() if listed is None and corpus else None
    workers = default_workers() if workers is None else workers
    stream = iter(units)
    i = 0
    try:
        for unit in islice(stream, PARALLEL_AFTER) if workers > 1 else stream:
            found, terms = check_unit(unit, termbase, chosen)
            if found:
                yield from found
            if corpus:
                ref = i
                if spill is not None:
                    ref = spill.add((unit.file, unit.line, unit.source, unit.target, unit.lang)) \
                        if tally.needs_ref(unit, terms) else -1
                tally.add(unit, terms, ref)
            i += 1
        if workers > 1:
            for rows, results in checked_in_parallel(stream, termbase, chosen, workers):
                for row, (found, used, odd, needs_ref, keys) in zip(rows, results, strict=True):
                    if found:
                        yield from found
                    if corpus:
                        ref = i
                        if spill is not None:
                            ref = spill.add(row[:5]) if needs_ref else -1  # type: ignore[arg-type]
                        tally.add_keyed(_base(row[4]), UnitTerms(used, odd), ref, keys)
                    i += 1
        if listed is not None:
            yield from tally.findings(listed.__getitem__)
        elif spill is not None:
            yield from tally.findings(lambda ref: CheckUnit(*spill.get(ref)))
    finally:
        if spill is not None:
            spill.close()


def run_checks(units: Iterable[CheckUnit], entries: Iterable[Entry],
               severity: dict[str, str | None] | None = None) -> list[Finding]:
    """Every enabled check over every unit; findings sorted by file, line and check."""
    return sorted(check_stream(units, entries, severity),
                  key=lambda f: (f.file, f.line, f.check, f.term_id, f.message))


Reporter = Callable[[Sequence[Finding]], str]
