"""The translation memory: storage, import/export, fuzzy matching."""

from toolkit.tm.store import AddReport, TranslationMemory

__all__ = ["AddReport", "TranslationMemory"]
