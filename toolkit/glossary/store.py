"""The glossary on disk: YAML files under `glossary/`, one list of entries per file.

Reading goes through `yaml.compose` (safe) so every problem can name its line;
writing is deterministic (load → dump is byte-identical) and atomic. Entries
stay in the file they were read from; new entries go to `<type>.yaml`.
See docs/glossary-format.md for every field.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from toolkit.atomic import write_text_if_changed
from toolkit.errors import InputError
from toolkit.model import (
    ENTRY_STATUSES,
    RENDERING_ORIGINS,
    RENDERING_STATUSES,
    REVIEWS,
    TERM_TYPES,
    Entry,
    Rendering,
    Variant,
)

LANG_TAG = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

ENTRY_FIELDS = ("id", "type", "canonical", "canonical_override", "status", "note", "evidence",
                "variants", "renderings")
VARIANT_FIELDS = ("text", "count", "docs", "within_doc")
RENDERING_FIELDS = ("text", "status", "origin", "review", "source", "gender")
GENDERS = ("m", "f", "n")


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a glossary file, with its line."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}: line {self.line}: {self.message}"


@dataclass(frozen=True)
class Glossary:
    """All entries, sorted by id, and which file each came from."""

    entries: tuple[Entry, ...] = ()
    files: dict[str, str] = field(default_factory=dict)

    def get(self, entry_id: str) -> Entry | None:
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        return None

    def active(self) -> tuple[Entry, ...]:
        """Entries a translator should see: everything not rejected."""
        return tuple(e for e in self.entries if not e.rejected)


def slugify(text: str) -> str:
    """A stable ASCII id from a name.

    >>> slugify("Heydər Əliyev Foundation")
    'heyder-eliyev-foundation'
    >>> slugify("Милли Меджлис")
    'term'
    """
    folded = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("ə", "e").replace("Ə", "E"))
    ascii_text = folded.encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    return slug or "term"


# --- reading -----------------------------------------------------------------

def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _scalar(node: yaml.Node, file: str, what: str, problems: list[Problem]) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        problems.append(Problem(file, _line(node), f"{what} must be a single value"))
        return None
    return _construct(node)


_CONSTRUCTOR = yaml.constructor.SafeConstructor()


def _construct(node: yaml.Node) -> Any:
    """A scalar's value by the safe YAML rules (ints, bools, null, strings)."""
    try:
        return _CONSTRUCTOR.construct_object(node, deep=True)
    finally:
        _CONSTRUCTOR.constructed_objects.clear()
        _CONSTRUCTOR.recursive_objects.clear()


def _mapping(node: yaml.Node, file: str, what: str, allowed: tuple[str, ...],
             problems: list[Problem]) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        problems.append(Problem(file, _line(node), f"{what} must be a mapping"))
        return {}
    out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value)
        if key not in allowed:
            problems.append(Problem(file, _line(key_node), f"unknown field '{key}' in {what}"
                                    f" (allowed: {', '.join(allowed)})"))
            continue
        if key in out:
            problems.append(Problem(file, _line(key_node), f"field '{key}' given twice in {what}"))
        out[key] = (key_node, value_node)
    return out


def _text(fields: dict[str, tuple[yaml.Node, yaml.Node]], key: str, file: str, what: str,
          problems: list[Problem], required: bool = False, choices: tuple[str, ...] = ()) -> str:
    if key not in fields:
        if required:
            line = min((_line(k) for k, _ in fields.values()), default=1)
            problems.append(Problem(file, line, f"{what} has no '{key}'"))
        return ""
    key_node, node = fields[key]
    value = _scalar(node, file, f"'{key}'", problems)
    if value is None:
        if required:
            problems.append(Problem(file, _line(key_node), f"'{key}' is empty"))
        return ""
    if not isinstance(value, str):
        value = str(value)
    value = unicodedata.normalize("NFC", value)
    if choices and value not in choices:
        problems.append(Problem(file, _line(node), f"'{key}' is '{value}'; expected one of {', '.join(choices)}"))
    return value


def _variant(node: yaml.Node, file: str, problems: list[Problem]) -> Variant | None:
    if isinstance(node, yaml.ScalarNode):
        text = _construct(node)
        return Variant(text=unicodedata.normalize("NFC", str(text))) if text else None
    fields = _mapping(node, file, "a variant", VARIANT_FIELDS, problems)
    text = _text(fields, "text", file, "a variant", problems, required=True)
    count = 0
    if "count" in fields:
        raw = _scalar(fields["count"][1], file, "'count'", problems)
        if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
            problems.append(Problem(file, _line(fields["count"][1]), "'count' must be a whole number ≥ 0"))
        else:
            count = raw
    docs: tuple[str, ...] = ()
    if "docs" in fields:
        dnode = fields["docs"][1]
        if isinstance(dnode, yaml.SequenceNode):
            docs = tuple(str(_construct(d)) for d in dnode.value if isinstance(d, yaml.ScalarNode))
        else:
            problems.append(Problem(file, _line(dnode), "'docs' must be a list of document ids"))
    within = False
    if "within_doc" in fields:
        raw = _scalar(fields["within_doc"][1], file, "'within_doc'", problems)
        if not isinstance(raw, bool):
            problems.append(Problem(file, _line(fields["within_doc"][1]), "'within_doc' must be true or false"))
        else:
            within = raw
    return Variant(text=text, count=count, docs=docs, within_doc=within) if text else None


def _renderings(node: yaml.Node, file: str, problems: list[Problem]) -> list[Rendering]:
    out: list[Rendering] = []
    if not isinstance(node, yaml.MappingNode):
        problems.append(Problem(file, _line(node), "'renderings' must map language tags to lists"))
        return out
    for key_node, list_node in node.value:
        lang = str(key_node.value)
        if not LANG_TAG.match(lang):
            problems.append(Problem(file, _line(key_node), f"bad language tag '{lang}' (expected BCP 47, e.g. "
                                    "'fr', 'ur', 'pt-BR')"))
            continue
        if not isinstance(list_node, yaml.SequenceNode):
            problems.append(Problem(file, _line(list_node), f"renderings for '{lang}' must be a list"))
            continue
        for item in list_node.value:
            fields = _mapping(item, file, "a rendering", RENDERING_FIELDS, problems)
            text = _text(fields, "text", file, "a rendering", problems, required=True)
            status = _text(fields, "status", file, "a rendering", problems, choices=RENDERING_STATUSES)
            origin = _text(fields, "origin", file, "a rendering", problems, choices=RENDERING_ORIGINS)
            review = _text(fields, "review", file, "a rendering", problems, choices=REVIEWS)
            gender = _text(fields, "gender", file, "a rendering", problems, choices=GENDERS)
            source = _text(fields, "source", file, "a rendering", problems)
            if text:
                out.append(Rendering(text=text, lang=lang, status=status or "preferred",
                                     origin=origin or "curated", review=review or "approved",
                                     source=source, gender=gender))
    return out


def parse_entries(text: str, file: str, problems: list[Problem]) -> list[tuple[Entry, int]]:
    """Entries of one file with the line each starts on; problems are appended."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        problems.append(Problem(file, line, f"invalid YAML: {getattr(exc, 'problem', None) or exc}"))
        return []
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        problems.append(Problem(file, _line(root), "a glossary file must be a list of entries"))
        return []
    entries: list[tuple[Entry, int]] = []
    for node in root.value:
        before = len(problems)
        fields = _mapping(node, file, "an entry", ENTRY_FIELDS, problems)
        entry_id = _text(fields, "id", file, "an entry", problems, required=True)
        if entry_id and not SLUG.match(entry_id):
            problems.append(Problem(file, _line(fields["id"][1]), f"id '{entry_id}' must be a lowercase slug "
                                    "(a-z, 0-9 and single hyphens)"))
        etype = _text(fields, "type", file, "an entry", problems, required=True, choices=TERM_TYPES)
        canonical = _text(fields, "canonical", file, "an entry", problems, required=True)
        status = _text(fields, "status", file, "an entry", problems, choices=ENTRY_STATUSES)
        variants: list[Variant] = []
        if "variants" in fields:
            vnode = fields["variants"][1]
            if isinstance(vnode, yaml.SequenceNode):
                variants = [v for v in (_variant(n, file, problems) for n in vnode.value) if v]
            else:
                problems.append(Problem(file, _line(vnode), "'variants' must be a list"))
        renderings = _renderings(fields["renderings"][1], file, problems) if "renderings" in fields else []
        if len(problems) == before or entry_id:
            entries.append((Entry(
                id=entry_id, type=etype, canonical=canonical, variants=tuple(variants),
                renderings=tuple(renderings), status=status or "candidate",
                note=_text(fields, "note", file, "an entry", problems),
                canonical_override=_text(fields, "canonical_override", file, "an entry", problems),
                evidence=_text(fields, "evidence", file, "an entry", problems),
            ), _line(node)))
    return entries


def glossary_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if not path.exists():
        return []
    return sorted(p for p in path.glob("*.yaml") if p.is_file()) + sorted(
        p for p in path.glob("*.yml") if p.is_file())


def check_glossary(path: Path) -> tuple[Glossary, list[Problem]]:
    """Read every file; return what could be read and every problem found."""
    problems: list[Problem] = []
    located: list[tuple[Entry, str, int]] = []
    for f in glossary_files(path):
        name = str(f)
        try:
            text = f.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            problems.append(Problem(name, 1, f"not valid UTF-8 at byte {exc.start}"))
            continue
        for entry, line in parse_entries(text, name, problems):
            located.append((entry, name, line))
    seen_ids: dict[str, tuple[str, int]] = {}
    claims: dict[str, tuple[str, str, int]] = {}
    for entry, name, line in located:
        if entry.id in seen_ids:
            first = seen_ids[entry.id]
            problems.append(Problem(name, line, f"duplicate id '{entry.id}' (first at {first[0]}: line {first[1]})"))
            continue
        seen_ids[entry.id] = (name, line)
        for form in {entry.canonical, *(v.text for v in entry.variants if not v.within_doc)}:
            if not form:
                continue
            if form in claims and claims[form][0] != entry.id:
                other = claims[form]
                problems.append(Problem(name, line, f"variant '{form}' is claimed by '{entry.id}' and by "
                                        f"'{other[0]}' ({other[1]}: line {other[2]})"))
            else:
                claims.setdefault(form, (entry.id, name, line))
    unique: dict[str, tuple[Entry, str]] = {}
    for entry, name, _ in located:
        unique.setdefault(entry.id, (entry, name))
    base = path if path.is_dir() else path.parent
    files = {eid: Path(name).relative_to(base).as_posix() if Path(name).is_relative_to(base) else name
             for eid, (_, name) in unique.items()}
    entries = tuple(sorted((e for e, _ in unique.values()), key=lambda e: e.id))
    return Glossary(entries=entries, files=files), problems


def load_glossary(path: Path) -> Glossary:
    """Load a glossary folder (or one file); the first problem is raised as InputError."""
    glossary, problems = check_glossary(path)
    if problems:
        p = min(problems, key=lambda p: (p.file, p.line))
        more = f" (and {len(problems) - 1} more problems; run 'onomast glossary validate')" if len(problems) > 1 else ""
        raise InputError(p.file, p.message + more, position=f"line {p.line}")
    return glossary


# --- writing -----------------------------------------------------------------

def _clean(mapping: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in mapping.items() if v not in ("", None, (), [], {}, False)}


def entry_to_data(entry: Entry) -> dict[str, Any]:
    """The YAML shape of one entry, keys in documented order, empty fields left out."""
    renderings: dict[str, list[dict[str, Any]]] = {}
    for r in sorted(entry.renderings, key=lambda r: (r.lang, RENDERING_STATUSES.index(r.status)
                                                     if r.status in RENDERING_STATUSES else 9)):
        renderings.setdefault(r.lang, []).append(_clean({
            "text": r.text, "status": r.status, "origin": r.origin, "review": r.review,
            "source": r.source, "gender": r.gender}))
    variants = [_clean({"text": v.text, "count": v.count, "docs": sorted(set(v.docs)),
                        "within_doc": v.within_doc}) | ({"count": v.count} if v.count == 0 else {})
                for v in entry.variants]
    for v in variants:  # keep key order text, count, docs, within_doc
        order = {k: v[k] for k in VARIANT_FIELDS if k in v}
        v.clear()
        v.update(order)
    return _clean({
        "id": entry.id, "type": entry.type, "canonical": entry.canonical,
        "canonical_override": entry.canonical_override, "status": entry.status, "note": entry.note,
        "evidence": entry.evidence, "variants": variants, "renderings": dict(sorted(renderings.items())),
    })


def dump_entries(entries: Iterable[Entry]) -> str:
    """Deterministic YAML for a list of entries (sorted by id)."""
    data = [entry_to_data(e) for e in sorted(entries, key=lambda e: e.id)]
    if not data:
        return "[]\n"
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=1000)


def save_glossary(glossary: Glossary, path: Path) -> list[str]:
    """Write entries back to their files (new ones to `<type>.yaml`); return files changed.

    A file whose entries all moved away is left with an empty list, never deleted.
    """
    if path.suffix in (".yaml", ".yml"):
        return [str(path)] if write_text_if_changed(path, dump_entries(glossary.entries)) else []
    by_file: dict[str, list[Entry]] = {f.relative_to(path).as_posix(): [] for f in glossary_files(path)}
    for entry in glossary.entries:
        by_file.setdefault(glossary.files.get(entry.id) or f"{entry.type}.yaml", []).append(entry)
    changed = []
    for name, entries in sorted(by_file.items()):
        if write_text_if_changed(path / name, dump_entries(entries)):
            changed.append(str(path / name))
    return changed
