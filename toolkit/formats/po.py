"""PO and POT files for localization pipelines, re-exported the way msgmerge does it.

`build_catalog` is a pure function: source segments, the existing PO (if any),
a TM lookup and the glossary give the new catalog. Existing translations are
always kept: a changed source keeps its old translation as fuzzy with the
previous msgid, a removed one becomes an obsolete `#~` entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import polib
from babel.messages.plurals import get_plural
from rapidfuzz import fuzz, process

from toolkit import __version__
from toolkit.atomic import write_text_if_changed
from toolkit.errors import InputError
from toolkit.model import Entry, Segment

HEADER_ORDER = ("Project-Id-Version", "Report-Msgid-Bugs-To", "POT-Creation-Date", "PO-Revision-Date",
                "Last-Translator", "Language-Team", "Language", "MIME-Version", "Content-Type",
                "Content-Transfer-Encoding", "Plural-Forms", "X-Generator")


@dataclass(frozen=True)
class TMMatch:
    """What a translation memory offers for a source sentence."""

    source: str
    target: str
    score: float  # 100 for an exact match


TMLookup = Callable[[str], TMMatch | None]


@dataclass(frozen=True)
class SourceMessage:
    """One PO entry to be: a source sentence with all the places it occurs."""

    msgid: str
    references: tuple[tuple[str, str], ...]
    context: str = ""
    comments: tuple[str, ...] = ()


def messages_from_segments(segments: Iterable[tuple[str, Segment]],
                           contexts: dict[tuple[str, str], str] | None = None) -> list[SourceMessage]:
    """One message per distinct (context, sentence), in first-occurrence order.

    `segments` pairs each segment with the path to cite in `#:`; `contexts` maps
    (doc, sentence) to a msgctxt for sentences that need different translations.
    """
    order: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for path, seg in segments:
        ctx = (contexts or {}).get((seg.doc, seg.text), "")
        order.setdefault((ctx, seg.text), []).append((path, str(seg.line)))
    return [SourceMessage(msgid=text, references=tuple(refs), context=ctx) for (ctx, text), refs in order.items()]


def term_comments(text: str, entries: Sequence[Entry], lang: str | None) -> tuple[str, ...]:
    """`term: English → preferred rendering` for each glossary entry the sentence mentions."""
    out = []
    for entry in entries:
        if entry.rejected:
            continue
        if any(form and form in text for form in entry.surface_forms()):
            preferred = ""
            if lang:
                ranked = sorted(entry.renderings_for(lang), key=lambda r: ("preferred", "admitted").index(r.status)
                                if r.status in ("preferred", "admitted") else 9)
                preferred = ranked[0].text if ranked and ranked[0].status != "deprecated" else ""
            out.append(f"term: {entry.preferred_source} → {preferred}" if preferred
                       else f"term: {entry.preferred_source}")
    return tuple(sorted(set(out)))


def header(lang: str | None, domain: str) -> dict[str, str]:
    meta = {
        "Project-Id-Version": domain,
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": "",
        "PO-Revision-Date": "",
        "Last-Translator": "",
        "Language-Team": "",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Generator": f"onomast {__version__}",
    }
    if lang:
        meta["Language"] = lang
        plural = get_plural(lang.replace("-", "_"))
        meta["Plural-Forms"] = f"nplurals={plural.num_plurals}; plural={plural.plural_expr};"
    return {k: meta[k] for k in HEADER_ORDER if k in meta}


def load_po(path: Path) -> polib.POFile | None:
    """The existing PO file, or None; a broken one is an InputError with its line."""
    if not path.exists():
        return None
    try:
        return polib.pofile(str(path), wrapwidth=0)
    except UnicodeDecodeError as exc:
        raise InputError(str(path), "not valid in its declared charset", position=f"byte {exc.start}") from None
    except (OSError, ValueError) as exc:
        message = str(exc)
        found = re.search(r"\(line (\d+)\)|on line (\d+)", message)
        line = f"line {found.group(1) or found.group(2)}" if found else None
        reason = message.split(" in po file")[0] if " in po file" in message else message
        raise InputError(str(path), f"not a valid PO file: {reason}", position=line) from None


def build_catalog(messages: Sequence[SourceMessage], existing: polib.POFile | None, *, lang: str | None,
                  domain: str, tm: TMLookup | None = None, glossary: Sequence[Entry] = (),
                  fuzzy_threshold: float = 75.0) -> polib.POFile:
    """The new catalog: msgmerge of `existing` against `messages`, filled from the TM.

    >>> msgs = [SourceMessage("Baku is the capital.", (("corpus/en/a.txt", "3"),))]
    >>> old = build_catalog(msgs, None, lang="fr", domain="news")
    >>> old[0].msgstr = "Bakou est la capitale."
    >>> new = build_catalog([SourceMessage("Baku is the capital city.", (("corpus/en/a.txt", "3"),))],
    ...                     old, lang="fr", domain="news")
    >>> new[0].msgstr, new[0].fuzzy, new[0].previous_msgid
    ('Bakou est la capitale.', True, 'Baku is the capital.')
    """
    po = polib.POFile(wrapwidth=0)
    po.metadata = header(lang, domain)
    if existing is not None:
        # msgmerge keeps the translation file's header: its plural rule is the translators' contract
        for name in ("POT-Creation-Date", "PO-Revision-Date", "Last-Translator", "Language-Team",
                     "Report-Msgid-Bugs-To", "Plural-Forms"):
            if existing.metadata.get(name):
                po.metadata[name] = existing.metadata[name]
    old_active = {(e.msgctxt or "", e.msgid): e for e in (existing or []) if not e.obsolete}
    old_obsolete = {(e.msgctxt or "", e.msgid): e for e in (existing or []) if e.obsolete}
    wanted = {(m.context, m.msgid) for m in messages}
    spare = {k: e for k, e in old_active.items() if k not in wanted and e.msgstr}
    used: set[tuple[str, str]] = set()

    for m in messages:
        key = (m.context, m.msgid)
        entry = polib.POEntry(msgid=m.msgid, msgstr="", msgctxt=m.context or None,
                              occurrences=list(m.references),
                              comment="\n".join(term_comments(m.msgid, glossary, lang)) or "")
        old = old_active.get(key) or old_obsolete.get(key)
        if old is not None:
            entry.msgstr = old.msgstr
            entry.flags = [f for f in old.flags if f != "fuzzy"] + (["fuzzy"] if old.fuzzy else [])
            entry.tcomment = old.tcomment
            entry.previous_msgid = old.previous_msgid if old.fuzzy else None
            entry.previous_msgctxt = old.previous_msgctxt if old.fuzzy else None
        if not entry.msgstr and tm is not None:
            match = tm(m.msgid)
            if match is not None and match.target and match.score >= 100 and match.source == m.msgid:
                entry.msgstr = match.target
            elif match is not None and match.target and match.score >= fuzzy_threshold:
                entry.msgstr = match.target
                entry.flags.append("fuzzy")
                entry.previous_msgid = match.source
        if not entry.msgstr and spare:
            best = process.extractOne(m.msgid, {k: k[1] for k in spare if k not in used},
                                      scorer=fuzz.ratio, score_cutoff=fuzzy_threshold)
            if best is not None:
                k = best[2]
                used.add(k)
                entry.msgstr = spare[k].msgstr
                entry.tcomment = spare[k].tcomment
                entry.flags = [f for f in spare[k].flags if f != "fuzzy"] + ["fuzzy"]
                entry.previous_msgid = spare[k].msgid
                entry.previous_msgctxt = spare[k].msgctxt
        po.append(entry)

    # nothing translated is ever dropped: what is no longer in the source becomes obsolete
    for k, e in {**old_obsolete, **old_active}.items():
        if k in wanted or k in used or not e.msgstr:
            continue
        po.append(polib.POEntry(msgid=e.msgid, msgstr=e.msgstr, msgctxt=e.msgctxt, tcomment=e.tcomment,
                                flags=list(e.flags), obsolete=True, previous_msgid=e.previous_msgid))
    return po


def render(po: polib.POFile) -> str:
    """The file text; ends with a single newline."""
    return str(po).rstrip("\n") + "\n"


def write_po(path: Path, po: polib.POFile, stamp: str) -> bool:
    """Write atomically if the content changed; only then set the revision date to `stamp`.

    Keeping the old date when nothing else changed makes re-runs byte-identical.
    """
    date_key = "PO-Revision-Date" if path.suffix == ".po" else "POT-Creation-Date"
    text = render(po)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    if path.exists():
        previous = load_po(path)
        if previous is not None:
            candidate = polib.pofile(text, wrapwidth=0)
            candidate.metadata[date_key] = previous.metadata.get(date_key, "")
            if render(candidate) == path.read_text(encoding="utf-8"):
                return False
    po.metadata[date_key] = stamp
    if date_key == "PO-Revision-Date" and not po.metadata.get("POT-Creation-Date"):
        po.metadata["POT-Creation-Date"] = stamp
    return write_text_if_changed(path, render(po))
