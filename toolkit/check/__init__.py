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

from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, islice
from typing import Any, NamedTuple

from rapidfuzz.distance import Levenshtein

from toolkit.check.corpus import FormCounts, Groups, UnitSpill, pack, split_tables
from toolkit.check.matching import FormPattern, TargetText, adjective_used, fold, words
from toolkit.check.numbers import missing_numbers
from toolkit.check.termbase import Termbase, TermForms
from toolkit.errors import ConfigError
from toolkit.extract.cluster import roman_key
from toolkit.model import SEVERITIES, Entry, Finding


class CheckUnit(NamedTuple):
    """One translated unit where it lives: file, a line inside it, its language.

    A named tuple, not a dataclass: `check` makes one per unit of a TM of millions (2.5 times faster
    to build than a frozen dataclass), and its fields are the `Row` a worker process is sent."""

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


# --- per-unit checks ------------------------------------------------------------------

def _finding(unit: CheckUnit, check: str, severity: str, message: str, term_id: str = "",
             **extra: Any) -> Finding:
    return Finding(file=unit.file, line=unit.line, check=check, severity=severity, message=message,
                   source=unit.source, target=unit.target, term_id=term_id, lang=unit.lang, extra=extra)


class UnitTerms(NamedTuple):
    """What the term checks found in one unit: entry -> accepted form used (or None); and, for the
    entries whose form used is not the preferred one, the preferred one."""

    used: dict[str, str | None]
    odd: dict[str, str] | None = None


_new_terms = tuple.__new__  # UnitTerms(...) without the keyword handling of its __new__, on the hot path


def check_unit(unit: CheckUnit, termbase: Termbase, severity: dict[str, str | None]) -> tuple[list[Finding],
                                                                                            UnitTerms]:
    out: list[Finding] = []
    used: dict[str, str | None] = {}
    odd: dict[str, str] | None = None
    source, lang = unit.source, unit.lang
    if not unit.target or unit.target.isspace():
        if severity["untranslated"]:
            out.append(_finding(unit, "untranslated", severity["untranslated"], "no translation"))
        return out, _new_terms(UnitTerms, (used, None))
    if unit.fuzzy and severity["fuzzy"]:
        out.append(_finding(unit, "fuzzy", severity["fuzzy"], "translation marked fuzzy (needs review)"))
    hits = termbase.source.find(source)
    if hits:
        target: TargetText | None = None  # prepared once a term has renderings to look for
        variant_severity = severity["source-variant"]
        entries, compiled = termbase.entries, termbase._targets.get(lang) or termbase.compiled(lang)
        for key, _form, start, end in hits:
            entry = entries[key]
            written = source[start:end]
            canonical = entry.canonical_override or entry.canonical
            as_canonical = written == canonical
            if variant_severity and not as_canonical and _is_spelling_variant(written, canonical):
                out.append(_finding(unit, "source-variant", variant_severity,
                                    f"source writes '{written}'; the glossary's canonical form is "
                                    f"'{canonical}'", entry.id, term=written))
            if key in used:
                continue
            forms = compiled[key] if key in compiled else termbase.target(key, lang)
            if forms is None:
                continue
            if not as_canonical and _cited(written, canonical, unit.target):
                used[key] = None
                continue
            if target is None:
                target = TargetText(unit.target, lang)
            found, bad = _rendering_used(forms, target)
            if found is None and not bad and entry.type in ("place", "demonym") \
                    and any(adjective_used(form, target) for form in forms.accepted):
                used[key] = None  # the place named by its adjective: not missing, and no form to count
                continue
            # a source that abbreviates lets the target abbreviate: not counted against the full form;
            # a demonym is a noun or an adjective as the sentence needs (азербайджанец, азербайджанский)
            free = entry.type == "demonym" or (not as_canonical and _abbreviates(written, canonical))
            used[key] = None if free else found
            if found is not None and not free and found != forms.preferred:
                odd = {} if odd is None else odd
                odd[key] = forms.preferred
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
        for number in missing_numbers(source, unit.target):
            out.append(_finding(unit, "number-mismatch", severity["number-mismatch"],
                                f"number '{number}' of the source is missing from the target", number=number))
    return out, _new_terms(UnitTerms, (used, odd))


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
    deprecated: list[FormPattern] = []
    for pattern, needles in forms.deprecated_needles:
        for needle in needles:
            if needle not in hay:
                break
        else:
            deprecated.append(pattern)
    if not deprecated:
        for pattern in forms.accepted_patterns:
            if pattern.occurs(target):
                return pattern.form, None
        return None, None
    found: str | None = None
    covered: list[tuple[int, int]] = []
    for pattern in forms.accepted_patterns:
        if _has_needles(pattern, hay):
            where = pattern.locate(target)
            if where:
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


# --- runs of units: per-unit checks, and what the corpus checks keep of them ------------

class Checked(NamedTuple):
    """What the per-unit checks leave of a run of units (what a worker process sends back of a chunk):
    their findings in order; the accepted forms they use (entry, base language, form) and, for the
    units using one that is not the preferred one, (ref, entry, base language, form, preferred); and
    the `segment_keys` of each unit `segment-inconsistent` sees, after its ref, as packed int64."""

    findings: list[Finding]
    uses: list[tuple[str, str, str]]
    odd: list[tuple[int, str, str, str, str]]
    keys: bytes
    counted: dict[tuple[str, str, str], int] | None = None
    """Uses counted already (a worker process counts its chunks' and sends the counts once, at the end)."""


def check_units_from(units: Iterable[CheckUnit], first_ref: int, termbase: Termbase,
                     severity: dict[str, str | None]) -> Checked:
    """The per-unit checks of consecutive units, the first of them unit number `first_ref` of the run.

    >>> checked = check_units_from([CheckUnit("a.po", 1, "In 1992.", "В 1993.", "ru")], 0, Termbase.build([]),
    ...                            settings_from_config({}))
    >>> [f.check for f in checked.findings], len(checked.keys) // 8
    (['number-mismatch'], 5)
    """
    findings: list[Finding] = []
    uses: list[tuple[str, str, str]] = []
    odd: list[tuple[int, str, str, str, str]] = []
    keys: list[int] = []
    count_forms, key_segments = bool(severity["term-inconsistent"]), bool(severity["segment-inconsistent"])
    for ref, unit in enumerate(units, first_ref):
        found, terms = check_unit(unit, termbase, severity)
        if found:
            findings += found
        lang = _BASES[unit.lang]
        if count_forms and terms.used:
            uses += [(entry_id, lang, form) for entry_id, form in terms.used.items() if form]
            if terms.odd:
                odd += [(ref, entry_id, lang, form, preferred) for entry_id, preferred in terms.odd.items()
                        if (form := terms.used[entry_id])]
        if key_segments and unit.target and not unit.target.isspace():
            keys += (ref, *segment_keys(unit, lang))
    return Checked(findings, uses, odd, array("q", keys).tobytes())


SegmentKeys = tuple[int, int, int, int]


def segment_keys(unit: CheckUnit, lang: str) -> SegmentKeys:
    """What `segment-inconsistent` keeps of a translated unit: hashes of its (base language, context,
    source) and target, and of its (base language, target) and source (spaces normalized)."""
    source, target = _spaced(unit.source), _spaced(unit.target)
    return hash((lang, unit.context, source)), hash(target), hash((lang, target)), hash(source)


def _spaced(text: str) -> str:
    r"""Whitespace runs as one space, none at the ends: `" ".join(text.split())`, without splitting a
    text that has no whitespace but single (or no-break) spaces inside (most; no other whitespace is
    printable).

    >>> _spaced(" a \u00a0b\n"), _spaced("a b")
    ('a b', 'a b')
    """
    text = text.replace("\u00a0", " ")  # the whitespace of French and Russian typography, most often
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


class _Bases(dict[str, str]):
    """Language tag -> base language (ru-RU, ru_RU -> ru), worked out once per tag."""

    def __missing__(self, lang: str) -> str:
        self[lang] = lang.lower().split("-")[0].split("_")[0]
        return self[lang]


_BASES = _Bases()


@dataclass
class CorpusTally:
    """What the corpus checks remember of the units read so far: hashes, counts and refs, not texts."""

    termbase: Termbase
    severity: dict[str, str | None]
    forms: FormCounts = field(default_factory=FormCounts)
    sources: Groups = field(default_factory=Groups)
    targets: Groups = field(default_factory=Groups)

    def add(self, checked: Checked) -> None:
        """Count the next units read."""
        self.forms.count(checked.uses)
        if checked.counted:
            self.forms.count(checked.counted)
        for ref, entry_id, lang, form, preferred in checked.odd:
            self.forms.remember(entry_id, lang, form, ref, preferred)
        if checked.keys:
            keyed = array("q")
            keyed.frombytes(checked.keys)
            refs = keyed[0::5]
            self.sources.extend(keyed[1::5], keyed[2::5], refs)
            self.targets.extend(keyed[3::5], keyed[4::5], refs)

    def findings(self, fetch: Callable[[int], CheckUnit],
                 split: Callable[[list[Groups]], list[list[tuple[int, list[int]]]]] | None = None) -> Iterator[Finding]:
        """The corpus findings, fetching the units they name in the order they were read; `split` works out
        the `Groups.split` of the source and target tables (here, unless given: by worker processes)."""
        pending: list[tuple[int, str, str, str, dict[str, Any]]] = []
        if self.severity["term-inconsistent"]:
            for (entry_id, _lang), counts, uses in self.forms.inconsistent():
                # most used first, ties by spelling: counted in any order (by worker processes), the same
                ranked = dict(sorted(counts.items(), key=lambda x: (-x[1], x[0])))
                summary = ", ".join(f"'{f}' ×{n}" for f, n in ranked.items())
                for form, ref, preferred in uses:
                    majority = preferred if preferred in counts else next(iter(ranked))
                    if form != majority:
                        pending.append((ref, "term-inconsistent",
                                        f"'{self.termbase.entries[entry_id].preferred_source}' rendered '{form}' "
                                        f"here; across the files: {summary}; preferred '{preferred}'", entry_id,
                                        {"counts": ranked, "preferred": preferred}))
        if self.severity["segment-inconsistent"]:
            by_source, by_target = (split or split_tables)([self.sources, self.targets])
            for n, refs in by_source:
                pending += [(ref, "segment-inconsistent", f"this source is translated {n} different ways", "",
                             {"kind": "source"}) for ref in refs]
            for n, refs in by_target:
                pending += [(ref, "segment-inconsistent", f"this translation is used for {n} different sources", "",
                             {"kind": "target"}) for ref in refs]
        pending.sort(key=lambda p: p[0])
        for ref, check, message, term_id, extra in pending:
            yield _finding(fetch(ref), check, str(self.severity[check]), message, term_id, **extra)


PARALLEL_AFTER = 5_000
"""Units checked in this process before the rest of a longer stream goes to worker processes (a
short run is not worth starting them)."""
CHUNK = 1000
"""Units checked at a time in this process (and kept at a time in a `UnitSpill`)."""


def check_stream(units: Iterable[CheckUnit], entries: Iterable[Entry] | Termbase,
                 severity: dict[str, str | None] | None = None, workers: int | None = None) -> Iterator[Finding]:
    """Every enabled check over units read once, in order: the units' own findings as soon as their
    chunk is checked, the corpus findings at the end. Memory does not grow with the texts: streamed
    units are kept in a temporary file for the corpus findings that may name them, a list's by their
    index.

    Past the first `PARALLEL_AFTER` units, the per-unit checks run in `workers` forked processes (by
    default one per core; 0 or 1: none); the findings and their order are the same.

    >>> [f.check for f in check_stream(iter([CheckUnit("a.po", 1, "In 1992.", "", "fr")]), [])]
    ['untranslated']
    """
    from toolkit.check.parallel import CheckWorkers, default_workers

    chosen = severity or settings_from_config({})
    termbase = entries if isinstance(entries, Termbase) else Termbase.build(entries)
    tally = CorpusTally(termbase, chosen)
    corpus = bool(chosen["term-inconsistent"] or chosen["segment-inconsistent"])
    listed = units if isinstance(units, Sequence) else None
    spill = UnitSpill() if listed is None and corpus else None
    workers = default_workers() if workers is None else workers
    pool = CheckWorkers(termbase, chosen, workers) if workers > 1 else None
    stream = iter(units)
    here = islice(stream, PARALLEL_AFTER) if pool else stream
    chunks = _checked_here(here, termbase, chosen, keep=spill is not None)
    if pool:
        chunks = chain(chunks, pool.checked(stream, first_ref=PARALLEL_AFTER))
    try:
        for batches, checked in chunks:
            yield from checked.findings
            if corpus:
                tally.add(checked)
            if spill is not None:
                for batch in batches:
                    spill.extend_packed(batch)
        split = pool.split if pool else None
        if listed is not None:
            yield from tally.findings(listed.__getitem__, split)
        elif spill is not None:
            yield from tally.findings(lambda ref: CheckUnit(*spill.get(ref)), split)
    finally:
        if pool:
            pool.close()
        if spill is not None:
            spill.close()


def _checked_here(units: Iterator[CheckUnit], termbase: Termbase, severity: dict[str, str | None],
                  keep: bool) -> Iterator[tuple[list[bytes], Checked]]:
    """Chunks of units checked in this process: each as `pack`ed rows (when they are to be `keep`t, else
    none) and what `check_units_from` finds of it."""
    ref = 0
    while chunk := list(islice(units, CHUNK)):
        batches = pack(list(map(tuple, chunk))) if keep else []  # type: ignore[arg-type]
        yield batches, check_units_from(chunk, ref, termbase, severity)
        ref += len(chunk)


def run_checks(units: Iterable[CheckUnit], entries: Iterable[Entry],
               severity: dict[str, str | None] | None = None) -> list[Finding]:
    """Every enabled check over every unit; findings sorted by file, line and check."""
    return sorted(check_stream(units, entries, severity),
                  key=lambda f: (f.file, f.line, f.check, f.term_id, f.message))


Reporter = Callable[[Sequence[Finding]], str]
