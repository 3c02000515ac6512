"""TMX 1.1–1.4b, streamed both ways: memory stays flat however large the file.

Reading takes what other tools really write: `lang=` (1.1) or `xml:lang`, language codes
in any case, with `_`, or as English names ("French"), a header `srclang` that does
not match the units (`EN-GB` vs `EN-US`, `*all*`), UTF-8/UTF-16 with a BOM, inline
markup (kept as numbered placeholders or stripped), and `prop`/`note` at every level.
Units that are sound are yielded before a broken part raises a one-line InputError.
No DTD, entity or network access, ever.

Writing follows the TMX 1.4b DTD and what OmegaT 3.6 silently rejects: a header
`srclang`, `xml:lang` on every `tuv`, no `_` in codes, no `<prop type="file">`,
no empty `<seg/>`, no trailing spaces, deterministic bytes for the same units.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import IO

from lxml import etree

from toolkit import __version__
from toolkit.atomic import atomic_open
from toolkit.errors import InputError
from toolkit.model import MultiUnit, Unit

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
INLINE = {"bpt", "ept", "ph", "it", "ut", "hi", "sub"}
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@cache
def _language_names() -> dict[str, str]:
    from babel import Locale

    names = {name.casefold(): code for code, name in Locale("en").languages.items()}
    names.update({"german(reform)": "de", "english(u.s.)": "en-US", "english(u.k.)": "en-GB"})
    return names


@lru_cache(maxsize=4096)
def normalize_lang(tag: str) -> str:
    """BCP 47 spelling of what TMX files put in `xml:lang` (en_us, EN-US, 'French' ...)."""
    tag = tag.strip().replace("_", "-")
    if not tag or tag == "*all*":
        return tag
    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", tag):
        return _language_names().get(tag.casefold(), tag)
    parts = tag.split("-")
    out = [parts[0].lower()]
    for p in parts[1:]:
        out.append(p.upper() if len(p) == 2 else p.title() if len(p) == 4 else p.lower())
    return "-".join(out)


def _local(tag: object) -> str:
    return _localname(tag) if isinstance(tag, str) else ""


@lru_cache(maxsize=1024)
def _localname(tag: str) -> str:
    """'{ns}seg' → 'seg' (cached: a file has a handful of tag names and millions of elements)."""
    return tag.rsplit("}", 1)[-1]


def seg_text(seg: etree._Element, placeholders: bool = True) -> str:
    """Text of a `<seg>`: inline codes as {n}/{/n}/{n/} placeholders, or dropped (keeping `hi` text)."""
    out: list[str] = []
    counter = [0]

    def walk(el: etree._Element, top: bool) -> None:
        if not top:
            name = _local(el.tag)
            if name in ("bpt", "ept", "ph", "it", "ut"):
                if placeholders:
                    ident = el.get("i") or el.get("x") or ""
                    if not ident:
                        counter[0] += 1
                        ident = str(counter[0])
                    out.append({"bpt": f"{{{ident}}}", "ept": f"{{/{ident}}}"}.get(name, f"{{{ident}/}}"))
                if el.tail:
                    out.append(el.tail)
                return  # native code inside is never text of the segment
            if name == "hi" or name == "sub":
                if el.text:
                    out.append(el.text)
                for child in el:
                    walk(child, False)
                if el.tail:
                    out.append(el.tail)
                return
        if el.text and top:
            out.append(el.text)
        for child in el:
            walk(child, False)
        if el.tail and not top:
            out.append(el.tail)

    walk(seg, True)
    return unicodedata.normalize("NFC", "".join(out))


def read_tmx_header(path: Path) -> dict[str, str]:
    """Attributes of `<header>` (and the TMX version as `version`)."""
    attrs: dict[str, str] = {}
    try:
        for _event, el in etree.iterparse(str(path), events=("start",), resolve_entities=False, no_network=True,
                                         load_dtd=False, huge_tree=False):
            name = _local(el.tag)
            if name == "tmx":
                attrs["version"] = el.get("version", "")
            elif name == "header":
                attrs.update({k: v for k, v in el.attrib.items() if isinstance(k, str)})
                break
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (0, 0)
        raise InputError(str(path), f"not well-formed TMX: {exc.msg}", position=f"line {line}, column {col}") \
            from None
    return attrs


def read_tmx(path: Path, *, placeholders: bool = True, skipped: list[int] | None = None) -> Iterator[MultiUnit]:
    """Every `<tu>` with text in at least two languages, as a MultiUnit (streamed).

    `skipped`, when given, receives the count of units left out (fewer than two languages).
    """
    header_src = ""
    position = 0
    left_out = 0
    context = etree.iterparse(str(path), events=("start", "end"), resolve_entities=False, no_network=True,
                              load_dtd=False, huge_tree=False, remove_comments=True)
    try:
        for event, el in context:
            name = _local(el.tag)
            if event == "start":
                if name == "header":
                    header_src = normalize_lang(el.get("srclang", ""))
                continue
            if name != "tu":
                if name == "header":
                    el.clear()
                continue
            position += 1
            unit = _unit(el, header_src, position, placeholders)
            parent = el.getparent()
            el.clear()
            if parent is not None:
                while el.getprevious() is not None:
                    del parent[0]
            if unit is None:
                left_out += 1
                continue
            yield unit
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (0, 0)
        raise InputError(str(path), f"not well-formed TMX: {exc.msg}", position=f"line {line}, column {col}") \
            from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc}") from None
    finally:
        if skipped is not None:
            skipped.append(left_out)


def _props_notes(el: etree._Element) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    props = tuple((c.get("type", ""), (c.text or "").strip()) for c in el if _local(c.tag) == "prop")
    notes = tuple((c.text or "").strip() for c in el if _local(c.tag) == "note" and (c.text or "").strip())
    return props, notes


def _unit(tu: etree._Element, header_src: str, position: int, placeholders: bool) -> MultiUnit | None:
    texts: list[tuple[str, str]] = []
    changed = tu.get("changedate", "")
    created = tu.get("creationdate", "")
    tu_props, tu_notes = _props_notes(tu)
    props = list(tu_props)
    notes = list(tu_notes)
    for tuv in tu:
        if _local(tuv.tag) != "tuv":
            continue
        lang = normalize_lang(tuv.get(XML_LANG) or tuv.get("lang") or "")
        seg = next((c for c in tuv if _local(c.tag) == "seg"), None)
        if seg is None or not lang:
            continue
        text = seg_text(seg, placeholders)
        if not text.strip():
            continue
        texts.append((lang, text))
        created = created or tuv.get("creationdate", "")
        changed = changed or tuv.get("changedate", "")
        tuv_props, tuv_notes = _props_notes(tuv)
        props += [(f"{lang}:{k}", v) for k, v in tuv_props]
        notes += list(tuv_notes)
    if len({lang for lang, _t in texts}) < 2:
        return None
    source = _source_lang(tu.get("srclang", ""), header_src, [lang for lang, _t in texts])
    return MultiUnit(id=tu.get("tuid") or f"tu{position}", texts=tuple(texts), source_lang=source,
                     created=created, changed=changed or created, props=tuple(props), notes=tuple(notes))


def _source_lang(tu_src: str, header_src: str, langs: list[str]) -> str:
    """The unit's source: its own srclang, else the header's; matched on the primary subtag when the
    exact tag is absent (EN-GB header, en-US units); the first language when nothing matches (*all*)."""
    for wanted in (normalize_lang(tu_src), header_src):
        if not wanted or wanted == "*all*":
            continue
        if wanted in langs:
            return wanted
        primary = wanted.split("-")[0].lower()
        same = [lang for lang in langs if lang.split("-")[0].lower() == primary]
        if same:
            return same[0]
    return langs[0]


# --- writing --------------------------------------------------------------------------

def clean_xml_text(text: str) -> str:
    """Remove what XML 1.0 cannot hold (control characters), NFC, no trailing white space."""
    return unicodedata.normalize("NFC", _ILLEGAL_XML.sub("", text)).rstrip()


def tuid_of(texts: Iterable[tuple[str, str]]) -> str:
    raw = "\x1f".join(f"{lang.lower()}\x1e{text}" for lang, text in texts)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def _as_multi(u: Unit | MultiUnit) -> MultiUnit:
    if isinstance(u, MultiUnit):
        return u
    return MultiUnit(id="", texts=((u.source_lang, u.source), (u.target_lang, u.target)), source_lang=u.source_lang,
                     created=u.created, changed=u.changed, props=u.props, notes=u.notes)


def _tmx_date(stamp: str) -> str:
    """TMX dates are YYYYMMDDThhmmssZ."""
    digits = re.sub(r"[^0-9]", "", stamp)
    if len(digits) < 8:
        return ""
    digits = (digits + "000000")[:14]
    return f"{digits[:8]}T{digits[8:14]}Z"


def write_tmx(path: Path, units: Iterable[Unit | MultiUnit], *, source_lang: str, creation_tool: str = "onomast",
              tool_version: str = __version__, datatype: str = "plaintext",
              props_for: Callable[[Unit | MultiUnit], Iterable[tuple[str, str]]] | None = None) -> int:
    """Write TMX 1.4b atomically, streaming; returns the number of `<tu>` written."""
    src = normalize_lang(source_lang)
    count = 0
    with atomic_open(path, "wb", encoding=None) as fh:
        count = _write(fh, units, src, creation_tool, tool_version, datatype, props_for)
    return count


def _write(fh: IO[bytes], units: Iterable[Unit | MultiUnit], src: str, creation_tool: str, tool_version: str,
           datatype: str, props_for: Callable[[Unit | MultiUnit], Iterable[tuple[str, str]]] | None) -> int:
    count = 0
    seen: set[str] = set()
    with etree.xmlfile(fh, encoding="UTF-8") as xf:
        xf.write_declaration()
        with xf.element("tmx", version="1.4"):
            xf.write("\n")
            header = etree.Element("header", {
                "creationtool": creation_tool, "creationtoolversion": tool_version, "segtype": "sentence",
                "o-tmf": "onomast", "adminlang": "en-US", "srclang": src, "datatype": datatype})
            header.tail = "\n"
            xf.write(header)
            with xf.element("body"):
                xf.write("\n")
                for raw in units:
                    mu = _as_multi(raw)
                    texts = [(normalize_lang(lang), clean_xml_text(text)) for lang, text in mu.texts]
                    texts = [(lang, text) for lang, text in texts if lang and text.strip()]
                    if len({lang for lang, _t in texts}) < 2:
                        continue  # never an empty <seg/>: OmegaT rejects it
                    tuid = mu.id or tuid_of(texts)
                    if tuid in seen:
                        continue
                    seen.add(tuid)
                    attrs = {"tuid": tuid, "srclang": normalize_lang(mu.source_lang or src)}
                    created = _tmx_date(mu.created)
                    if created:
                        attrs["creationdate"] = created
                    changed = _tmx_date(mu.changed)
                    if changed and changed != created:
                        attrs["changedate"] = changed
                    tu = etree.Element("tu", attrs)
                    props = list(mu.props) + list(props_for(raw) if props_for else [])
                    for kind, value in props:
                        if kind in ("file", "line", "state") or ":" in kind or not value:
                            continue  # "file" binds units to a file in OmegaT; ours are x- props
                        prop = etree.SubElement(tu, "prop", type=kind if kind.startswith("x-") else f"x-{kind}")
                        prop.text = clean_xml_text(value)
                    for note in mu.notes:
                        if note.strip():
                            etree.SubElement(tu, "note").text = clean_xml_text(note)
                    for lang, text in texts:
                        tuv = etree.SubElement(tu, "tuv", {XML_LANG: lang})
                        etree.SubElement(tuv, "seg").text = text
                    tu.tail = "\n"
                    xf.write(tu)
                    count += 1
            xf.write("\n")
    return count
