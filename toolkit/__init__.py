"""onomast: named-term glossaries and translation memories from English news text."""

__version__ = "0.1.0"
