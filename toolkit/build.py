"""`onomast build`: the whole pipeline on the configured corpus, idempotently.

Each stage is a function `(BuildState) -> list[str]` of summary lines; stages
read everything they need before writing anything, and write only what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from toolkit.config import Config
from toolkit.corpus import Corpus, load_corpus
from toolkit.segment import load_rules

if TYPE_CHECKING:
    from toolkit.check import CheckUnit
    from toolkit.parallel import AlignedPair


@dataclass
class BuildState:
    """What the stages share: the config, the corpus, and what earlier stages made."""

    config: Config
    corpus: Corpus
    made: dict[str, Any] = field(default_factory=dict)
    changed_files: list[str] = field(default_factory=list)


Stage = Callable[[BuildState], list[str]]


def corpus_summary(state: BuildState) -> list[str]:
    corpus = state.corpus
    lines = []
    for lang in (corpus.source_lang, *state.config.target_langs):
        docs = corpus.docs(lang)
        segs = sum(len(corpus.segments_of(lang, d.id)) for d in docs)
        words = sum(len(d.text.split()) for d in docs)
        lines.append(f"corpus {lang}: {len(docs)} documents, {segs} segments, {words} words")
    return lines


def glossary_stage(state: BuildState) -> list[str]:
    """Extract named terms from the source texts and merge them into glossary/."""
    from toolkit.glossary.update import extract_into

    corpus, lang = state.corpus, state.corpus.source_lang
    segments = {d.id: list(corpus.segments_of(lang, d.id)) for d in corpus.docs(lang)}
    glossary, report, written = extract_into(state.config.glossary, corpus.docs(lang), segments)
    state.made["glossary"] = glossary
    state.changed_files.extend(written)
    by_type: dict[str, int] = {}
    for e in glossary.active():
        by_type[e.type] = by_type.get(e.type, 0) + 1
    kinds = ", ".join(f"{n} {t}" for t, n in sorted(by_type.items()))
    return [f"glossary: {len(glossary.entries)} entries ({kinds}); {len(report.added)} added, "
            f"{len(report.changed)} changed"]


def tm_stage(state: BuildState) -> list[str]:
    """Align each source document with its translations and store the confident pairs."""
    from toolkit.parallel import align_segments, pairs_to_units
    from toolkit.tm.store import TranslationMemory

    corpus, config = state.corpus, state.config
    glossary = state.made["glossary"].active() if "glossary" in state.made else ()
    lines = []
    aligned: dict[tuple[str, str], dict[str, set[str]]] = {}
    checked: list[CheckUnit] = []
    existed = config.tm.exists()
    total_added = 0
    with TranslationMemory(config.tm) as store:
        for lang in config.target_langs:
            pairs_n = flagged = added = 0
            for doc in corpus.docs(corpus.source_lang):
                tdoc = corpus.translation_of(doc, lang)
                if tdoc is None:
                    continue
                pairs = align_segments(corpus.segments_of(corpus.source_lang, doc.id),
                                       corpus.segments_of(lang, tdoc.id), glossary, lang)
                for p in pairs:
                    for seg in p.source_segments:
                        aligned.setdefault((doc.id, seg.text), {}).setdefault(lang, set()).add(p.target)
                checked.extend(_check_unit(tdoc.path or tdoc.id, lang, p) for p in pairs if p.source and p.target)
                pairs_n += len(pairs)
                flagged += sum(1 for p in pairs if p.bead.flagged)
                added += store.add(pairs_to_units(pairs, corpus.source_lang, lang, doc.id)).added
            total_added += added
            lines.append(f"tm {corpus.source_lang}-{lang}: {pairs_n} aligned pairs, {flagged} flagged (not stored), "
                         f"{added} new units")
        lines.append(f"tm: {store.count()} units in {config.tm}")
    if total_added or not existed:
        state.changed_files.append(str(config.tm))
    state.made["aligned"] = aligned
    state.made["pairs"] = checked
    return lines


def _check_unit(path: str, lang: str, pair: AlignedPair) -> CheckUnit:
    """An aligned pair as `check` sees it: where its translation starts in the target document."""
    from toolkit.check import CheckUnit

    line = pair.target_segments[0].line if pair.target_segments else 1
    return CheckUnit(file=path, line=line, source=pair.source, target=pair.target, lang=lang)


def check_stage(state: BuildState) -> list[str]:
    """Term-consistency QA of this run's sample translations (the aligned pairs) against the glossary.

    Source-variant notes concern the English, not the translations: they are counted apart.
    """
    from toolkit.check import run_checks, settings_from_config
    from toolkit.check.report import as_text

    units = state.made.get("pairs", [])
    severity = settings_from_config(state.config.checks, str(state.config.path or "onomast.yaml"))
    findings = run_checks(units, _active_glossary(state), severity)
    on_source = [f for f in findings if f.check == "source-variant"]
    on_target = [f for f in findings if f.check != "source-variant"]
    counts = {s: sum(f.severity == s for f in on_target) for s in ("error", "warning", "info")}
    langs = len({u.lang for u in units})
    lines = [f"check: {len(units)} translated pairs in {langs} languages: {len(on_target)} findings "
             f"({counts['error']} errors, {counts['warning']} warnings, {counts['info']} notes); "
             f"{len(on_source)} source-variant notes on the English"]
    if on_target:
        lines.append(as_text(on_target, color=False))
    return lines


def fill_stage(state: BuildState) -> list[str]:
    """Renderings for entries that lack them (CLDR, lexicon, rules); approved ones untouched."""
    from toolkit.glossary.fill import fill_renderings
    from toolkit.glossary.store import Glossary, save_glossary

    current = state.made["glossary"]
    entries, report = fill_renderings(current.entries, state.config.target_langs)
    filled = Glossary(entries=tuple(entries), files=current.files)
    written = save_glossary(filled, state.config.glossary)
    state.made["glossary"] = filled
    state.changed_files.extend(written)
    return report.lines()


def _active_glossary(state: BuildState) -> tuple[Any, ...]:
    if "glossary" in state.made:
        return tuple(state.made["glossary"].active())
    return tuple(state.made.get("glossary_entries", ()))


def po_stage(state: BuildState, langs: tuple[str, ...] | None = None) -> list[str]:
    """PO per target language and a POT, translated from the TM (msgmerge on re-export)."""
    from toolkit.export import contexts_for, export_po
    from toolkit.tm.lookup import tm_lookup
    from toolkit.tm.store import TranslationMemory

    config, corpus = state.config, state.corpus
    wanted = langs or config.target_langs
    contexts = contexts_for(corpus, state.made.get("aligned", {}))
    with TranslationMemory(config.tm) as store:
        written = export_po(config, corpus, _active_glossary(state), wanted,
                            tm_for=lambda lang: tm_lookup(store, corpus.source_lang, lang, config.fuzzy_threshold),
                            contexts=contexts)
    state.changed_files.extend(written)
    return [f"po: {len(wanted)} languages + template in {config.locales} ({len(written)} written)"]


def tmx_stage(state: BuildState) -> list[str]:
    """One TMX 1.4b per language pair from the TM, with document and term props."""
    from toolkit.export import export_tmx
    from toolkit.tm.store import TranslationMemory

    config = state.config
    with TranslationMemory(config.tm) as store:
        written = export_tmx(config, lambda s, t: list(store.units(s, t)), config.target_langs,
                             _active_glossary(state))
    state.changed_files.extend(written)
    return [f"tmx: {len(config.target_langs)} language pairs in {config.locales / 'tmx'} ({len(written)} written)"]


def glossary_export_stage(state: BuildState) -> list[str]:
    """TBX v2 for CAT tools, OmegaT .txt glossaries and Weblate CSVs per language."""
    from toolkit.export import export_glossaries

    config = state.config
    written = export_glossaries(config, _active_glossary(state), config.target_langs)
    state.changed_files.extend(written)
    return [f"glossary exports: TBX + OmegaT + CSV in {config.locales / 'glossary'} ({len(written)} written)"]


STAGES: list[tuple[str, Stage]] = [
    ("corpus", corpus_summary),
    ("glossary", glossary_stage),
    ("renderings", fill_stage),
    ("tm", tm_stage),
    ("po", po_stage),
    ("tmx", tmx_stage),
    ("glossary exports", glossary_export_stage),
    ("check", check_stage),
]


def run_build(config: Config, stages: list[tuple[str, Stage]] | None = None) -> tuple[BuildState, list[str]]:
    """Run every stage; return the final state and the summary lines."""
    rules = load_rules(config.srx)
    corpus = load_corpus(config.corpus, config.source_lang, config.target_langs, rules)
    state = BuildState(config=config, corpus=corpus)
    summary: list[str] = []
    for _name, stage in stages or STAGES:
        summary.extend(stage(state))
    if state.changed_files:
        summary.append(f"files written: {len(state.changed_files)}")
    else:
        summary.append("files written: 0 (everything up to date)")
    return state, summary
