"""Bring a termbase (TBX, TSV, CSV: a client's, or our own after a CAT tool edited it) into the glossary.

An imported concept joins the entry that holds one of its source spellings; otherwise it becomes a
new entry. Its renderings are the terminologist's word: a rendering already present takes the
imported status; a new one is added as curated and approved; nothing already in the glossary is
removed, and extraction data (variants, counts) are left as they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from toolkit.glossary.merge import _claims, match_key
from toolkit.glossary.store import Glossary, slugify
from toolkit.model import Entry, Rendering, Variant


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    renderings: int = 0

    def lines(self) -> list[str]:
        return [f"imported: {len(self.added)} new entries, {len(self.updated)} entries updated, "
                f"{self.renderings} renderings added or changed"]


def import_entries(glossary: Glossary, imported: Iterable[Entry]) -> tuple[Glossary, ImportReport]:
    report = ImportReport()
    entries = {e.id: e for e in glossary.entries}
    for incoming in imported:
        claims = _claims(entries.values())
        spellings = [incoming.canonical, *(v.text for v in incoming.variants)]
        owner = next((claims[match_key(s)] for s in spellings if match_key(s) in claims), None)
        if owner is None:
            entry_id = slugify(incoming.canonical) or slugify(incoming.id) or "term"
            while entry_id in entries:
                entry_id += "-2"
            entries[entry_id] = replace(incoming, id=entry_id,
                                        renderings=tuple(_curated(r) for r in incoming.renderings))
            report.added.append(entry_id)
            report.renderings += len(incoming.renderings)
            continue
        old = entries[owner]
        renderings = list(old.renderings)
        changed = 0
        for r in incoming.renderings:
            same = next((n for n, x in enumerate(renderings) if x.lang == r.lang and x.text == r.text), None)
            if same is None:
                renderings.append(_curated(r))
                changed += 1
            elif renderings[same].status != r.status or renderings[same].review != "approved":
                renderings[same] = replace(renderings[same], status=r.status, review="approved")
                changed += 1
        known = {v.text for v in old.variants}
        variants = old.variants + tuple(Variant(v.text) for v in incoming.variants if v.text not in known)
        note = old.note or incoming.note
        if changed or variants != old.variants or note != old.note:
            entries[owner] = replace(old, renderings=tuple(renderings), variants=variants, note=note)
            report.updated.append(owner)
            report.renderings += changed
    merged = Glossary(entries=tuple(sorted(entries.values(), key=lambda e: e.id)), files=dict(glossary.files))
    return merged, report


def _curated(r: Rendering) -> Rendering:
    return replace(r, origin="curated", review="approved")
