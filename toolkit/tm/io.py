"""Bilingual files into TM units: TMX, PO, XLIFF, and whatever translate-toolkit reads."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from toolkit.errors import InputError
from toolkit.model import Unit

TMX_SUFFIXES = (".tmx",)
PO_SUFFIXES = (".po",)
XLIFF_SUFFIXES = (".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".xlz")


def _nfc(u: Unit) -> Unit:
    return replace(u, source=unicodedata.normalize("NFC", u.source), target=unicodedata.normalize("NFC", u.target))


def read_po_units(path: Path, source_lang: str, target_lang: str = "",
                  include_untranslated: bool = False) -> Iterator[Unit]:
    """Translated entries of a PO file (fuzzy ones carry the prop ('state', 'fuzzy'))."""
    from toolkit.formats.po import load_po

    po = load_po(path)
    if po is None:
        raise InputError(str(path), "no such file")
    lang = target_lang or po.metadata.get("Language", "")
    if not lang:
        raise InputError(str(path), "has no Language header; say the target language with --target-lang")
    for e in po:
        if e.obsolete or e.msgid == "":
            continue
        text = e.msgstr or (e.msgstr_plural.get(0, "") if e.msgstr_plural else "")
        if not text and not include_untranslated:
            continue
        props: tuple[tuple[str, str], ...] = (("state", "fuzzy"),) if e.fuzzy else ()
        if e.linenum:
            props += (("line", str(e.linenum)),)
        refs = " ".join(f"{p}:{n}" if n else p for p, n in e.occurrences)
        yield Unit(source=e.msgid, target=text, source_lang=source_lang, target_lang=lang,
                   doc=refs, context=e.msgctxt or "", origin="po", props=props,
                   notes=tuple(n for n in (e.tcomment, e.comment) if n))


def read_units(path: Path, source_lang: str = "en", target_lang: str = "",
               include_untranslated: bool = False) -> Iterator[Unit]:
    """Units of any bilingual file we can read, by its suffix; NFC text."""
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputError(str(path), "no such file")
    if suffix in TMX_SUFFIXES:
        from toolkit.formats.tmx import read_tmx

        for mu in read_tmx(path):
            for u in mu.pairs(source_lang=mu.source_lang or source_lang, origin="tmx"):
                if not target_lang or u.target_lang.lower().split("-")[0] == target_lang.lower().split("-")[0]:
                    yield _nfc(u)
        return
    if suffix in PO_SUFFIXES:
        yield from (_nfc(u) for u in read_po_units(path, source_lang, target_lang, include_untranslated))
        return
    if suffix in XLIFF_SUFFIXES:
        from toolkit.formats.xliff import read_xliff

        for u in read_xliff(path, source_lang="", target_lang=target_lang,
                            include_untranslated=include_untranslated):
            yield _nfc(replace(u, source_lang=u.source_lang or source_lang, target_lang=u.target_lang or target_lang))
        return
    yield from _read_with_translate_toolkit(path, source_lang, target_lang, include_untranslated)


def _read_with_translate_toolkit(path: Path, source_lang: str, target_lang: str,
                                 include_untranslated: bool) -> Iterator[Unit]:
    from translate.storage import factory

    try:
        store = factory.getobject(str(path))
    except Exception as exc:  # translate-toolkit raises many kinds for unknown or broken files
        raise InputError(str(path), f"cannot read this file as a bilingual format: {exc}") from None
    src = source_lang or (store.getsourcelanguage() or "")
    tgt = target_lang or (store.gettargetlanguage() or "")
    if not tgt:
        raise InputError(str(path), "the file does not say its target language; give --target-lang")
    for unit in store.units:
        if unit.isheader():
            continue
        s, t = str(unit.source or ""), str(unit.target or "")
        if s.strip() and (t.strip() or include_untranslated):
            yield _nfc(Unit(source=s, target=t, source_lang=src, target_lang=tgt, origin="manual",
                            context=unit.getcontext() or ""))
