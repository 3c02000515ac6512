"""Typed errors the library raises; the CLI turns each into one line and exit code 2."""

from __future__ import annotations


class OnomastError(Exception):
    """Base of every error the CLI reports as `error: ...` with exit code 2."""


class InputError(OnomastError):
    """Bad input: names the file, the position when known, and what is wrong.

    >>> str(InputError("corpus/en/x.txt", "not valid UTF-8", position="byte 1234"))
    'corpus/en/x.txt: not valid UTF-8 at byte 1234'
    """

    def __init__(self, path: str, message: str, position: str | None = None) -> None:
        self.path = path
        self.message = message
        self.position = position
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = f" at {self.position}" if self.position else ""
        return f"{self.path}: {self.message}{where}"


class ConfigError(InputError):
    """The configuration file is unreadable or names an unknown key or a bad value."""


class UsageError(OnomastError):
    """The command was called with arguments that cannot work together."""
