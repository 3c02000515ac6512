"""TBX glossaries: TBX-Basic as TBX v2 `martif` (what OmegaT, Weblate and translate-toolkit read)
and TBX v3 Basic (ISO 30042:2019, DCA style), written deterministically and read back safely.

One concept per entry, a language section per language; each rendering is a term with its
administrative status, part of speech (proper noun) and grammatical gender where known.
Written v2 has no namespace and no DOCTYPE (OmegaT 3.6 rejects both). Deprecated renderings are
kept in TBX, which carries status; the OmegaT text glossary leaves them out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from lxml import etree

from toolkit.atomic import write_bytes_if_changed
from toolkit.errors import InputError
from toolkit.glossary.store import slugify
from toolkit.model import TERM_TYPES, Entry, Rendering, Variant

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TBX3_NS = "urn:iso:std:iso:30042:ed-2"
STATUS_TO_TBX = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
                 "deprecated": "deprecatedTerm-admn-sts"}
TBX_TO_STATUS = {v: k for k, v in STATUS_TO_TBX.items()} | {
    "supersededTerm-admn-sts": "deprecated", "preferredTerm": "preferred", "admittedTerm": "admitted",
    "deprecatedTerm": "deprecated", "supersededTerm": "deprecated", "preferred": "preferred",
    "admitted": "admitted", "deprecated": "deprecated", "notRecommended": "deprecated",
    "obsolete": "deprecated", "standardized": "preferred", "legal": "preferred", "normativelyAuthorized": "preferred"}
GENDER_TO_TBX = {"m": "masculine", "f": "feminine", "n": "neuter", "masc": "masculine", "femn": "feminine",
                 "neut": "neuter"}
TBX_TO_GENDER = {"masculine": "m", "feminine": "f", "neuter": "n"}
# TBX-Basic part of speech by entry type: names are proper nouns, titles common nouns ("посол")
PART_OF_SPEECH = {"title": "noun", "demonym": "adjective", "term": "noun"}


def _term_group(parent: etree._Element, tag: str, text: str, status: str, gender: str = "",
                note: str = "", pos: str = "properNoun") -> None:
    group = etree.SubElement(parent, tag)
    etree.SubElement(group, "term").text = text
    etree.SubElement(group, "termNote", type="partOfSpeech").text = pos
    if gender in GENDER_TO_TBX:
        etree.SubElement(group, "termNote", type="grammaticalGender").text = GENDER_TO_TBX[gender]
    etree.SubElement(group, "termNote", type="administrativeStatus").text = STATUS_TO_TBX[status]
    if note:
        etree.SubElement(group, "note").text = note


def _renderings(entry: Entry, lang: str) -> list[Rendering]:
    rank = {"preferred": 0, "admitted": 1, "deprecated": 2}
    return sorted((r for r in entry.renderings if r.lang == lang), key=lambda r: (rank[r.status], r.text))


def build_tbx(entries: Iterable[Entry], source_lang: str, langs: Sequence[str], dialect: str = "v2",
              title: str = "onomast glossary") -> bytes:
    """The TBX document as bytes (UTF-8, deterministic)."""
    v3 = dialect == "v3"
    if v3:
        root = etree.Element(f"{{{TBX3_NS}}}tbx", nsmap={None: TBX3_NS},
                             attrib={"type": "TBX-Basic", "style": "dca", XML_LANG: source_lang})
    else:
        root = etree.Element("martif", attrib={"type": "TBX-Basic", XML_LANG: source_lang})

    def sub(parent: etree._Element, tag: str, **attrib: str) -> etree._Element:
        return etree.SubElement(parent, f"{{{TBX3_NS}}}{tag}" if v3 else tag, **attrib)

    header = sub(root, "tbxHeader" if v3 else "martifHeader")
    file_desc = sub(header, "fileDesc")
    if not v3:
        sub(sub(file_desc, "titleStmt"), "title").text = title
    sub(sub(file_desc, "sourceDesc"), "p").text = f"{title}: named terms and their renderings, written by onomast"
    body = sub(sub(root, "text"), "body")
    for entry in sorted(entries, key=lambda e: e.id):
        if entry.rejected:
            continue
        concept = sub(body, "conceptEntry" if v3 else "termEntry", id=entry.id)
        sub(concept, "note").text = f"type: {entry.type}" + (f"; {entry.note}" if entry.note else "")
        source_section = sub(concept, "langSec" if v3 else "langSet", **{XML_LANG: source_lang})
        pos = PART_OF_SPEECH.get(entry.type, "properNoun")
        _add_term(source_section, v3, entry.preferred_source, "preferred", pos=pos)
        for variant in entry.variants:
            if variant.text != entry.preferred_source and not variant.within_doc:
                _add_term(source_section, v3, variant.text, "admitted", pos=pos)
        for lang in langs:
            rs = _renderings(entry, lang)
            if not rs:
                continue
            section = sub(concept, "langSec" if v3 else "langSet", **{XML_LANG: lang})
            for r in rs:
                note = f"origin: {r.origin}; review: {r.review}" + (f"; source: {r.source}" if r.source else "")
                _add_term(section, v3, r.text, r.status, r.gender, note, pos)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _add_term(section: etree._Element, v3: bool, text: str, status: str, gender: str = "", note: str = "",
              pos: str = "properNoun") -> None:
    if v3:
        group = etree.SubElement(section, f"{{{TBX3_NS}}}termSec")
        etree.SubElement(group, f"{{{TBX3_NS}}}term").text = text
        etree.SubElement(group, f"{{{TBX3_NS}}}termNote", type="partOfSpeech").text = pos
        if gender in GENDER_TO_TBX:
            etree.SubElement(group, f"{{{TBX3_NS}}}termNote", type="grammaticalGender").text = GENDER_TO_TBX[gender]
        etree.SubElement(group, f"{{{TBX3_NS}}}termNote", type="administrativeStatus").text = STATUS_TO_TBX[status]
        if note:
            etree.SubElement(group, f"{{{TBX3_NS}}}note").text = note
    else:
        _term_group(section, "tig", text, status, gender, note, pos)


def write_tbx(path: Path, entries: Iterable[Entry], source_lang: str, langs: Sequence[str],
              dialect: str = "v2") -> bool:
    """Write atomically; True when the file changed."""
    return write_bytes_if_changed(path, build_tbx(entries, source_lang, langs, dialect))


# --- reading ----------------------------------------------------------------------------

def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def read_tbx(path: Path, source_lang: str = "en") -> Iterator[Entry]:
    """Entries from TBX v2 (`martif`, TBX-Basic or any dialect) or v3 (`tbx`), any namespace.

    Each concept becomes an entry: its source-language terms are the canonical form and the
    variants; every other language's terms are curated renderings with the status the file gives
    (preferred when it gives none). Entities and DTDs are never loaded.
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True)
    try:
        root = etree.parse(str(path), parser).getroot()
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (0, 0)
        raise InputError(str(path), f"not well-formed TBX: {exc.msg}", position=f"line {line}, column {col}") \
            from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc}") from None
    if _local(root.tag) not in ("martif", "tbx"):
        raise InputError(str(path), f"not a TBX file (root element <{_local(root.tag)}>)", f"line {root.sourceline}")
    base = source_lang.lower().split("-")[0]
    langs = [(el.get(XML_LANG) or el.get("lang") or "").lower().replace("_", "-").split("-")[0]
             for el in root.iter() if _local(el.tag) in ("langSet", "langSec")]
    if langs and base not in langs:
        base = langs[0]  # a termbase without our source language: its first language is the source
    seen: set[str] = set()
    for concept in root.iter():
        if _local(concept.tag) not in ("termEntry", "conceptEntry"):
            continue
        sources: list[str] = []
        renderings: list[Rendering] = []
        notes: list[str] = []
        entry_type = "term"
        for child in concept:
            name = _local(child.tag)
            if name in ("note", "descrip") and (child.text or "").strip():
                text = " ".join(child.text.split())
                if text.startswith("type: ") and text[6:].split(";")[0] in TERM_TYPES:
                    entry_type = text[6:].split(";")[0]
                    text = text.split(";", 1)[1].strip() if ";" in text else ""
                if text:
                    notes.append(text)
            if name not in ("langSet", "langSec"):
                continue
            lang = (child.get(XML_LANG) or child.get("lang") or "").replace("_", "-")
            for term, status, gender in _terms(child):
                if lang.lower().split("-")[0] == base:
                    sources.append(term)
                elif lang:
                    renderings.append(Rendering(term, lang, status, "curated", "approved", source=path.name,
                                                gender=gender))
        if not sources:
            continue
        entry_id = concept.get("id") or slugify(sources[0])
        entry_id = slugify(entry_id) or slugify(sources[0]) or f"c{concept.sourceline}"
        while entry_id in seen:
            entry_id += "-2"
        seen.add(entry_id)
        yield Entry(id=entry_id, type=entry_type, canonical=sources[0],
                    variants=tuple(Variant(t) for t in dict.fromkeys(sources)),
                    renderings=tuple(renderings), status="accepted", note="; ".join(notes))


def _terms(section: etree._Element) -> Iterator[tuple[str, str, str]]:
    """(term, status, gender) of each term group (tig, ntig/termGrp, termSec) of a language section."""
    for group in section.iter():
        if _local(group.tag) not in ("tig", "ntig", "termSec"):
            continue
        term_el = next((e for e in group.iter() if _local(e.tag) == "term"), None)
        if term_el is None:
            continue
        text = " ".join("".join(term_el.itertext()).split())
        if not text:
            continue
        status, gender = "preferred", ""
        for note in group.iter():
            if _local(note.tag) not in ("termNote", "descrip", "admin"):
                continue
            kind, value = note.get("type", ""), (note.text or "").strip()
            if kind in ("administrativeStatus", "normativeAuthorization", "usageStatus", "termStatus"):
                status = TBX_TO_STATUS.get(value, status)
            elif kind == "grammaticalGender":
                gender = TBX_TO_GENDER.get(value, "")
        yield text, status, gender
