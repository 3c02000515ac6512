"""The canonical glossary: storage, merging of extraction results, validation."""

from toolkit.glossary.store import Glossary, Problem, check_glossary, load_glossary, save_glossary, slugify

__all__ = ["Glossary", "Problem", "check_glossary", "load_glossary", "save_glossary", "slugify"]
