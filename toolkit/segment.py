"""Sentence segmentation driven by SRX 2.0 rules, the format CAT tools exchange.

Rules are data (`toolkit/data/segment/default.srx`, or any SRX file a user
names), so the segmentation a translator sees in OmegaT or Trados can be the
one we use. Newlines are hard breaks: a corpus keeps one paragraph (or heading)
per line, and no sentence crosses a paragraph.

SRX regular expressions are ICU/Java flavoured; `translate_icu_regex` turns the
parts Python's `re` lacks (`\\p{Lu}`, `\\Q...\\E`, `\\h`) into equivalents.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from lxml import etree

from toolkit.errors import InputError
from toolkit.model import Document, Segment

SRX_NS = "http://www.lisa.org/srx20"
_DEFAULT_RULES = ("toolkit.data.segment", "default.srx")


@dataclass(frozen=True)
class Rule:
    """One SRX rule: break (or not) where `before` ends and `after` begins."""

    breaks: bool
    before: re.Pattern[str]
    after: re.Pattern[str]


@dataclass(frozen=True)
class SegmentationRules:
    """Named language rule lists and the language maps that select them."""

    rules: dict[str, tuple[Rule, ...]]
    maps: tuple[tuple[re.Pattern[str], str], ...]
    cascade: bool = True
    source: str = ""

    def for_language(self, lang: str) -> tuple[Rule, ...]:
        """The ordered rules for `lang`: first matching map, or all of them in order when cascading."""
        chosen: list[Rule] = []
        for pattern, name in self.maps:
            if pattern.fullmatch(lang):
                chosen.extend(self.rules.get(name, ()))
                if not self.cascade:
                    break
        return tuple(chosen)


# --- ICU regex translation ---------------------------------------------------

_CATEGORY_ALIASES = {
    "Upper": "Lu", "Lower": "Ll", "Alpha": "L", "Alphabetic": "L", "IsAlphabetic": "L",
    "Letter": "L", "Digit": "Nd", "IsDigit": "Nd", "Punct": "P", "Punctuation": "P",
    "Space": "Z", "javaUpperCase": "Lu", "javaLowerCase": "Ll", "IsUppercase": "Lu",
    "IsLowercase": "Ll", "IsLetter": "L", "IsPunctuation": "P", "L&": "LC",
}


@cache
def _category_ranges() -> dict[str, str]:
    """Character-class bodies (ranges) for every general category and its first letter."""
    members: dict[str, list[int]] = {}
    for cp in range(sys.maxunicode + 1):
        cat = unicodedata.category(chr(cp))
        if cat in ("Cn", "Cs"):
            continue
        members.setdefault(cat, []).append(cp)
        members.setdefault(cat[0], []).append(cp)
        if cat in ("Lu", "Ll", "Lt"):
            members.setdefault("LC", []).append(cp)
    return {cat: _ranges(sorted(cps)) for cat, cps in members.items()}


def _ranges(cps: list[int]) -> str:
    out: list[str] = []
    start = prev = cps[0]
    for cp in cps[1:] + [-2]:
        if cp == prev + 1:
            prev = cp
            continue
        out.append(_esc(start) if start == prev else f"{_esc(start)}-{_esc(prev)}")
        start = prev = cp
    return "".join(out)


def _esc(cp: int) -> str:
    return f"\\U{cp:08x}"


def _property_class(name: str) -> str:
    """The class body for `\\p{name}`; refuses names we cannot translate."""
    key = name.strip()
    if key.startswith("Is") and key[2:] in ("L", "Lu", "Ll", "N", "P", "Z"):
        key = key[2:]
    key = _CATEGORY_ALIASES.get(key, key)
    table = _category_ranges()
    if key not in table:
        raise ValueError(f"unsupported Unicode property \\p{{{name}}}")
    return table[key]


def translate_icu_regex(pattern: str) -> str:
    """Rewrite an ICU/Java regex into Python `re` syntax (same meaning for what SRX files use)."""
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = 0
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            nxt = pattern[i + 1]
            if nxt in "pP":
                if i + 2 < n and pattern[i + 2] == "{":
                    close = pattern.find("}", i + 3)
                    if close < 0:
                        raise ValueError("unterminated \\p{...}")
                    name = pattern[i + 3:close]
                    i = close + 1
                else:
                    name = pattern[i + 2:i + 3]
                    i += 3
                body = _property_class(name)
                if nxt == "P":
                    if in_class:
                        raise ValueError("\\P{...} inside a character class is not supported")
                    out.append(f"[^{body}]")
                else:
                    out.append(body if in_class else f"[{body}]")
                continue
            if nxt == "Q":
                end = pattern.find("\\E", i + 2)
                literal = pattern[i + 2:] if end < 0 else pattern[i + 2:end]
                out.append(re.escape(literal))
                i = n if end < 0 else end + 2
                continue
            if nxt == "h":
                body = " \\t\\u00a0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000"
                out.append(body if in_class else f"[{body}]")
                i += 2
                continue
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[":
            in_class += 1
        elif ch == "]" and in_class:
            in_class -= 1
        out.append(ch)
        i += 1
    return "".join(out)


def _compile(pattern: str, where: str, path: str) -> re.Pattern[str]:
    try:
        return re.compile(translate_icu_regex(pattern or ""))
    except (ValueError, re.error) as exc:
        raise InputError(path, f"bad regular expression {pattern!r}: {exc}", position=where) from None


# --- SRX loading ----------------------------------------------------------------

def parse_srx(data: bytes, path: str = "<srx>") -> SegmentationRules:
    """Parse SRX 2.0 (or 1.0 without a namespace) safely: no DTD, entities or network."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (0, 0)
        raise InputError(path, f"not well-formed SRX: {exc.msg}", position=f"line {line}, column {col}") from None
    if etree.QName(root).localname != "srx":
        raise InputError(path, f"not an SRX file (root element <{etree.QName(root).localname}>)",
                         position=f"line {root.sourceline}")

    def children(el: etree._Element, name: str) -> list[etree._Element]:
        return [c for c in el if isinstance(c.tag, str) and etree.QName(c).localname == name]

    def first(el: etree._Element, name: str) -> etree._Element | None:
        found = children(el, name)
        return found[0] if found else None

    header = first(root, "header")
    cascade = (header.get("cascade", "yes") if header is not None else "yes").lower() == "yes"
    body = first(root, "body")
    if body is None:
        raise InputError(path, "SRX file has no <body>", position=f"line {root.sourceline}")
    rules: dict[str, tuple[Rule, ...]] = {}
    for langrules in children(body, "languagerules"):
        for langrule in children(langrules, "languagerule"):
            name = langrule.get("languagerulename")
            if not name:
                raise InputError(path, "<languagerule> without languagerulename",
                                 position=f"line {langrule.sourceline}")
            parsed: list[Rule] = []
            for rule in children(langrule, "rule"):
                where = f"line {rule.sourceline}"
                before, after = first(rule, "beforebreak"), first(rule, "afterbreak")
                parsed.append(Rule(
                    breaks=rule.get("break", "yes").lower() != "no",
                    before=_compile(before.text if before is not None else "", where, path),
                    after=_compile(after.text if after is not None else "", where, path),
                ))
            rules[name] = tuple(parsed)
    maps: list[tuple[re.Pattern[str], str]] = []
    for maprules in children(body, "maprules"):
        for langmap in children(maprules, "languagemap"):
            name = langmap.get("languagerulename", "")
            if name not in rules:
                raise InputError(path, f"language map names unknown rules {name!r}",
                                 position=f"line {langmap.sourceline}")
            try:
                pattern = re.compile(translate_icu_regex(langmap.get("languagepattern", ".*")), re.IGNORECASE)
            except (ValueError, re.error) as exc:
                raise InputError(path, f"bad language pattern: {exc}",
                                 position=f"line {langmap.sourceline}") from None
            maps.append((pattern, name))
    return SegmentationRules(rules=rules, maps=tuple(maps), cascade=cascade, source=path)


@cache
def _default_rules() -> SegmentationRules:
    package, name = _DEFAULT_RULES
    data = resources.files(package).joinpath(name).read_bytes()
    return parse_srx(data, path=f"{package}/{name}")


def load_rules(path: str | Path | None = None) -> SegmentationRules:
    """The SRX rules at `path`, or the built-in rules for en, fr, it, ru and ur."""
    if path is None:
        return _default_rules()
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(str(p), f"cannot read SRX file: {exc.strerror}") from None
    return parse_srx(data, path=str(p))


# --- segmentation ----------------------------------------------------------------

def _break_positions(text: str, rules: tuple[Rule, ...]) -> list[int]:
    """Positions (0 < p < len) where the first rule matching there says 'break'."""
    decided: dict[int, bool] = {}
    for rule in rules:
        before, after = rule.before, rule.after
        pos = 0
        while pos <= len(text):
            m = before.search(text, pos)
            if m is None:
                break
            end = m.end()
            if 0 < end < len(text) and end not in decided and after.match(text, end):
                decided[end] = rule.breaks
            pos = m.start() + 1 if m.end() > m.start() else m.end() + 1
    return sorted(p for p, brk in decided.items() if brk)


def segment_spans(text: str, lang: str, rules: SegmentationRules | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, whitespace trimmed; newlines always break."""
    ruleset = (rules or _default_rules()).for_language(lang)
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line in text.split("\n"):
        cuts = [0, *_break_positions(line, ruleset), len(line)]
        for a, b in zip(cuts, cuts[1:], strict=False):
            while a < b and line[a].isspace():
                a += 1
            while b > a and line[b - 1].isspace():
                b -= 1
            if a < b:
                spans.append((line_start + a, line_start + b))
        line_start += len(line) + 1
    return spans


def segment_text(text: str, lang: str, rules: SegmentationRules | None = None) -> list[str]:
    """The sentences of `text` as strings."""
    return [text[a:b] for a, b in segment_spans(text, lang, rules)]


def segment_document(doc: Document, rules: SegmentationRules | None = None) -> Iterator[Segment]:
    """The segments of a document with offsets into its NFC text and 1-based line numbers."""
    line = 1
    last = 0
    for index, (start, end) in enumerate(segment_spans(doc.text, doc.lang, rules)):
        line += doc.text.count("\n", last, start)
        last = start
        yield Segment(doc=doc.id, index=index, text=doc.text[start:end], start=start, end=end,
                      lang=doc.lang, line=line)
