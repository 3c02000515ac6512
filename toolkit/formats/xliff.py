"""XLIFF 1.x and 2.x reading, streamed, into bilingual `Unit`s.

Inline codes (`g`, `x`, `bx`, `ex`, `ph`, `pc`, `mrk`, …) keep their text and
drop their markup; SDLXLIFF's segmented `seg-source`/`mrk mtype="seg"` gives one
unit per segment. Parsing is safe: no DTD, no entities, no network.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from toolkit.errors import InputError
from toolkit.model import Unit

_SKIP_TEXT = {"ph", "x", "bx", "ex", "it", "bpt", "ept", "sub", "cp", "sc", "ec"}


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def inline_text(el: etree._Element) -> str:
    """Text of a source/target with inline markup removed (native codes dropped)."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text and _local(node.tag) not in _SKIP_TEXT:
            parts.append(node.text)
        for child in node:
            if not isinstance(child.tag, str):
                if child.tail:
                    parts.append(child.tail)
                continue
            if _local(child.tag) not in _SKIP_TEXT or _local(child.tag) == "sub":
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return "".join(parts)


def _segments(el: etree._Element | None) -> dict[str, str]:
    """mid -> text of SDLXLIFF `mrk mtype="seg"` segments inside a source/target/seg-source."""
    if el is None:
        return {}
    return {m.get("mid", ""): inline_text(m) for m in el.iter() if isinstance(m.tag, str)
            and _local(m.tag) == "mrk" and m.get("mtype") == "seg"}


def read_xliff(path: Path, source_lang: str = "", target_lang: str = "",
               include_untranslated: bool = False) -> Iterator[Unit]:
    """Units of an XLIFF file; untranslated ones only with `include_untranslated`.

    Outer white space of pretty-printed segments is stripped; the XLIFF `state`
    (1.x) or segment `state` (2.x) is kept as the prop ('state', value).
    """
    parser_args = dict(events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False,
                       huge_tree=False, remove_comments=True)
    src_lang, tgt_lang, version = source_lang, target_lang, ""
    try:
        for event, el in etree.iterparse(str(path), **parser_args):  # type: ignore[call-overload]
            name = _local(el.tag)
            if event == "start":
                if name == "xliff":
                    version = el.get("version", "") or ("2" if "2.0" in (etree.QName(el).namespace or "") else "1")
                    src_lang = source_lang or el.get("srcLang", "") or src_lang
                    tgt_lang = target_lang or el.get("trgLang", "") or tgt_lang
                elif name == "file" and not version.startswith("2"):
                    src_lang = source_lang or el.get("source-language", "") or src_lang
                    tgt_lang = target_lang or el.get("target-language", "") or tgt_lang
                continue
            if name == "trans-unit":
                yield from _unit_1x(el, src_lang, tgt_lang, include_untranslated)
                el.clear(keep_tail=False)
            elif name == "unit" and version.startswith("2"):
                yield from _unit_2x(el, src_lang, tgt_lang, include_untranslated)
                el.clear(keep_tail=False)
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (0, 0)
        raise InputError(str(path), f"not well-formed XML: {exc.msg}", position=f"line {line}, column {col}") \
            from None


def _child(el: etree._Element, name: str) -> etree._Element | None:
    for c in el:
        if isinstance(c.tag, str) and _local(c.tag) == name:
            return c
    return None


def _unit_1x(el: etree._Element, src_lang: str, tgt_lang: str, untranslated: bool) -> Iterator[Unit]:
    source, target = _child(el, "source"), _child(el, "target")
    if target is None:
        if untranslated and source is not None and inline_text(source).strip():
            yield Unit(inline_text(source).strip(), "", src_lang, tgt_lang, context=el.get("id") or "",
                       origin="xliff", props=(("line", str(el.sourceline)),))
        return
    lang = target.get("{http://www.w3.org/XML/1998/namespace}lang") or tgt_lang
    props: tuple[tuple[str, str], ...] = (("state", target.get("state", "")),) if target.get("state") else ()
    if el.get("approved") == "no" and not props:
        props = (("state", "needs-review-translation"),)
    props += (("line", str(el.sourceline)),)
    seg_source = _child(el, "seg-source")
    src_segs, tgt_segs = _segments(seg_source), _segments(target)
    notes = tuple(inline_text(n) for n in el if isinstance(n.tag, str) and _local(n.tag) == "note")
    context = el.get("resname") or el.get("id") or ""
    if src_segs and tgt_segs:
        for mid, text in src_segs.items():
            if text.strip() and (tgt_segs.get(mid, "").strip() or untranslated):
                yield Unit(text.strip(), tgt_segs.get(mid, "").strip(), src_lang, lang, context=context,
                           origin="xliff", notes=notes, props=props)
        return
    s, t = (inline_text(source) if source is not None else "").strip(), inline_text(target).strip()
    if s and (t or untranslated):
        yield Unit(s, t, src_lang, lang, context=context, origin="xliff", notes=notes, props=props)


def _unit_2x(el: etree._Element, src_lang: str, tgt_lang: str, untranslated: bool) -> Iterator[Unit]:
    context = el.get("name") or el.get("id") or ""
    notes = tuple(inline_text(n) for n in el.iter() if isinstance(n.tag, str) and _local(n.tag) == "note")
    for seg in el:
        if not isinstance(seg.tag, str) or _local(seg.tag) != "segment":
            continue
        source, target = _child(seg, "source"), _child(seg, "target")
        if source is None:
            continue
        s = inline_text(source).strip()
        t = inline_text(target).strip() if target is not None else ""
        props: tuple[tuple[str, str], ...] = (("state", seg.get("state", "")),) if seg.get("state") else ()
        props += (("line", str(seg.sourceline)),)
        if s and (t or untranslated):
            yield Unit(s, t, src_lang, tgt_lang, context=context, origin="xliff", notes=notes, props=props)
