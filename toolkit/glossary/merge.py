"""Merge a fresh extraction into the curated glossary without losing anything.

Like `babel.messages.Catalog.update()` (msgmerge) for terms: extraction owns
counts, document lists and the extracted `canonical`; the curator owns the rest.
An extracted entry joins the existing entry that already holds one of its
spellings; a spelling a curator moved to another entry stays there.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from toolkit.glossary.store import Glossary, slugify
from toolkit.model import Entry, Variant


def match_key(text: str) -> str:
    """Case- and diacritic-blind key used to recognise a spelling across runs.

    >>> match_key("Heydər  Əliyev") == match_key("heydar aliyev")
    True
    """
    text = text.replace("ə", "a").replace("Ə", "A").replace("ı", "i")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.replace("’", "'").split())


@dataclass
class MergeReport:
    """What a merge did, for `onomast extract` to print."""

    added: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)

    def note(self, entry_id: str, what: str) -> None:
        self.changed.setdefault(entry_id, []).append(what)

    def lines(self) -> list[str]:
        out = [f"added {eid}" for eid in self.added]
        out += [f"changed {eid}: {', '.join(whats)}" for eid, whats in sorted(self.changed.items())]
        return out


def _unique_id(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _claims(entries: Iterable[Entry]) -> dict[str, str]:
    """match key of every full spelling -> the entry holding it.

    Where a curator put a spelling wins: an override, then the variant lists, and a
    canonical form only claims what no entry lists (a spelling moved away stays moved).
    """
    out: dict[str, str] = {}
    listed = list(entries)
    for pick in (lambda e: (e.canonical_override,),
                 lambda e: tuple(v.text for v in e.variants if not v.within_doc),
                 lambda e: (e.canonical,)):
        for entry in listed:
            for form in pick(entry):
                if form:
                    out.setdefault(match_key(form), entry.id)
    return out


def _observed(entry: Entry) -> dict[str, Variant]:
    return {v.text: v for v in entry.variants}


def _update_variants(old: Entry, seen: dict[str, Variant]) -> tuple[tuple[Variant, ...], list[str]]:
    """Old variants with fresh counts (0 if unseen now), then new ones; never drop one."""
    notes: list[str] = []
    result: list[Variant] = []
    for v in old.variants:
        fresh = seen.get(v.text)
        new = replace(v, count=fresh.count, docs=tuple(sorted(set(fresh.docs)))) if fresh else \
            replace(v, count=0, docs=())
        if (new.count, tuple(sorted(set(new.docs)))) != (v.count, tuple(sorted(set(v.docs)))):
            notes.append(f"count of '{v.text}' {v.count} → {new.count}")
        result.append(new)
    known = {v.text for v in old.variants}
    for text, v in seen.items():
        if text not in known:
            result.append(replace(v, docs=tuple(sorted(set(v.docs)))))
            notes.append(f"new variant '{text}'")
    return tuple(result), notes


def merge_extraction(glossary: Glossary, extracted: Iterable[Entry]) -> tuple[Glossary, MergeReport]:
    """Fold `extracted` into `glossary`; curated fields are never touched.

    >>> g = Glossary(entries=(Entry(id="baku", type="place", canonical="Baku", note="capital",
    ...                             variants=(Variant("Baku", 3),)),))
    >>> new, report = merge_extraction(g, [Entry(id="x", type="place", canonical="Baku",
    ...                                          variants=(Variant("Baku", 5), Variant("Bakı", 1)))])
    >>> [(v.text, v.count) for v in new.entries[0].variants], new.entries[0].note
    ([('Baku', 5), ('Bakı', 1)], 'capital')
    """
    report = MergeReport()
    entries: dict[str, Entry] = {e.id: e for e in glossary.entries}
    files = dict(glossary.files)
    claims = _claims(entries.values())
    seen_by_entry: dict[str, dict[str, Variant]] = {}
    fresh_canonical: dict[str, str] = {}
    new_entries: list[Entry] = []

    for ext in extracted:
        observed = _observed(ext)
        if ext.canonical not in observed:
            observed[ext.canonical] = Variant(ext.canonical)
        full = [t for t, v in observed.items() if not v.within_doc]
        owners = Counter(claims[match_key(t)] for t in full if match_key(t) in claims)
        if not owners:
            new_entries.append(replace(ext, variants=tuple(observed.values())))
            continue
        target = claims.get(match_key(ext.canonical)) or owners.most_common(1)[0][0]
        for text, v in observed.items():
            owner = claims.get(match_key(text), target) if not v.within_doc else target
            bucket = seen_by_entry.setdefault(owner, {})
            prev = bucket.get(text)
            bucket[text] = v if prev is None else replace(
                prev, count=prev.count + v.count, docs=tuple(sorted(set(prev.docs) | set(v.docs))))
        if claims.get(match_key(ext.canonical), target) == target:
            fresh_canonical.setdefault(target, ext.canonical)

    for entry_id, old in list(entries.items()):
        variants, notes = _update_variants(old, seen_by_entry.get(entry_id, {}))
        canonical = old.canonical
        candidate = fresh_canonical.get(entry_id)
        if candidate and candidate != old.canonical and match_key(candidate) in {
                match_key(v.text) for v in variants}:
            canonical = candidate
            notes.append(f"canonical '{old.canonical}' → '{candidate}'")
        if notes:
            entries[entry_id] = replace(old, variants=variants, canonical=canonical)
            for n in notes:
                report.note(entry_id, n)

    taken = set(entries)
    for ext in new_entries:
        claimed_now = _claims(entries.values())
        if any(match_key(v.text) in claimed_now for v in ext.variants if not v.within_doc):
            # two new clusters share a spelling: keep the first, add the rest's counts to it
            owner = next(claimed_now[match_key(v.text)] for v in ext.variants
                         if not v.within_doc and match_key(v.text) in claimed_now)
            merged = dict(_observed(entries[owner]))
            for v in ext.variants:
                prev = merged.get(v.text)
                merged[v.text] = v if prev is None else replace(
                    prev, count=prev.count + v.count, docs=tuple(sorted(set(prev.docs) | set(v.docs))))
            entries[owner] = replace(entries[owner], variants=tuple(merged.values()))
            continue
        entry_id = _unique_id(ext.id or slugify(ext.canonical), taken)
        taken.add(entry_id)
        entries[entry_id] = replace(ext, id=entry_id)
        files.pop(entry_id, None)
        report.added.append(entry_id)

    result = Glossary(entries=tuple(sorted(entries.values(), key=lambda e: e.id)), files=files)
    return result, report
