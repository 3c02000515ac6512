"""The parallel corpus: source documents, their translations, and their segments.

Layout: `<root>/<source_lang>/NAME.txt` and a translation of it in
`<root>/<lang>/NAME.txt` (same relative path) for each target language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from toolkit.documents import find_files, read_document
from toolkit.errors import InputError
from toolkit.model import Document, Segment
from toolkit.segment import SegmentationRules, segment_document


@dataclass(frozen=True)
class Corpus:
    """Documents by language; each document's segments by document id."""

    source_lang: str
    documents: dict[str, tuple[Document, ...]] = field(default_factory=dict)
    segments: dict[tuple[str, str], tuple[Segment, ...]] = field(default_factory=dict)

    def docs(self, lang: str) -> tuple[Document, ...]:
        return self.documents.get(lang, ())

    def segments_of(self, lang: str, doc_id: str) -> tuple[Segment, ...]:
        return self.segments.get((lang, doc_id), ())

    def all_segments(self, lang: str) -> list[Segment]:
        return [s for d in self.docs(lang) for s in self.segments_of(lang, d.id)]

    def translation_of(self, doc: Document, lang: str) -> Document | None:
        """The document in `lang` with the same relative path, if any."""
        for other in self.docs(lang):
            if other.id == doc.id:
                return other
        return None


def read_language(root: Path, lang: str) -> tuple[Document, ...]:
    folder = root / lang
    if not folder.is_dir():
        return ()
    return tuple(read_document(f, base, lang) for f, base in find_files([folder]))


def load_corpus(root: Path, source_lang: str, target_langs: tuple[str, ...],
                rules: SegmentationRules | None = None) -> Corpus:
    """Read and segment the whole corpus; refuse a corpus with no source text."""
    if not root.is_dir():
        raise InputError(str(root), "corpus folder does not exist")
    documents: dict[str, tuple[Document, ...]] = {}
    documents[source_lang] = read_language(root, source_lang)
    if not documents[source_lang]:
        raise InputError(str(root / source_lang), "empty corpus: no .txt or .md files")
    for lang in target_langs:
        documents[lang] = read_language(root, lang)
    segments = {
        (lang, doc.id): tuple(segment_document(doc, rules))
        for lang, docs in documents.items()
        for doc in docs
    }
    return Corpus(source_lang=source_lang, documents=documents, segments=segments)
