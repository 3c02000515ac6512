"""Numbers in text as values, whatever the script and the locale's separators.

700,000 · 700 000 · 700 000 · 700.000 · ۷۰۰٬۰۰۰ are one value. A written number
is read every way its separators allow (700.000 is 700000 in Italian, 700.0 in
English), and a source number counts as present when any reading matches:
a check must not cry wolf over a separator convention.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_SEPARATORS = ",.\u00a0\u202f\u2009 '’\u066b\u066c"
# the matches of \d+(?:[…]\d+)*, written to begin with a bare digit class (so that the regex engine
# skips to the next digit instead of trying a match at every character) and possessive (no backtracking)
_NUMBER = re.compile(r"\d\d*+(?:[,.\u00a0\u202f\u2009 '’\u066b\u066c]\d\d*+)*+")
# the same in an ASCII text, where \d is [0-9] and the separators are ASCII: a bitmap test per character
_ASCII_NUMBER = re.compile(r"[0-9][0-9]*+(?:[,. '][0-9][0-9]*+)*+")
_SEPARATOR = re.compile(f"[{re.escape(_SEPARATORS)}]")
_DIGIT = re.compile(r"\d")


def ascii_digits(text: str) -> str:
    """Urdu (Extended Arabic-Indic) and Arabic-Indic digits as ASCII digits."""
    return text.translate(_DIGITS)


Value = Decimal | int
"""A reading: whole numbers as int (cheaper, and equal to the same Decimal), fractions as Decimal."""


def readings(token: str) -> set[Decimal]:
    """Every value a written number can mean under some locale's conventions."""
    return {Decimal(v) for v in _readings(token)}


@lru_cache(maxsize=1 << 16)
def _readings(token: str) -> frozenset[Value]:
    seps = _SEPARATOR.findall(token)
    if not seps:
        return frozenset({int(token)})
    groups = _SEPARATOR.split(token)
    values: set[Value] = set()
    if len(seps) == 1:  # the common case, as below: 12,345 · 3.5 · 700 000
        head, tail = groups
        if len(tail) == 3:
            values.add(int(head + tail))
        if seps[0] in ",.\u066b":
            values.add(Decimal(head + "." + tail))
        return frozenset(values)
    # all separators group thousands
    if all(len(g) == 3 for g in groups[1:]):
        values.add(int("".join(groups)))
    # the last separator is a decimal mark, the others group thousands
    if seps[-1] in ",.\u066b" and all(len(g) == 3 for g in groups[1:-1]) and len(set(seps[:-1])) <= 1 \
            and (not seps[:-1] or seps[:-1][0] != seps[-1]):
        try:
            values.add(Decimal("".join(groups[:-1]) + "." + groups[-1]))
        except InvalidOperation:
            pass
    return frozenset(values)


def numbers(text: str, minimum: int = 10) -> list[tuple[str, set[Decimal]]]:
    """(as written, its readings) for every number in text; small ones (often spelled out) skipped."""
    return [(part, {Decimal(v) for v in values}) for part, values in _numbers(text, minimum)]


def _numbers(text: str, minimum: int) -> list[tuple[str, frozenset[Value]]]:
    if not _DIGIT.search(text):
        return []
    # \d is every script's digits: the matches are those of ascii_digits(text)
    return [(part, values) for written in _NUMBER.findall(text) for part, values, largest in _parts(written)
            if largest >= minimum]


@lru_cache(maxsize=1 << 16)
def _parts(matched: str) -> tuple[tuple[str, frozenset[Value], Value], ...]:
    """The numbers one match of _NUMBER writes, with their readings and largest reading (cached: numbers
    repeat)."""
    written = (matched if matched.isascii() else ascii_digits(matched)).strip(" \u00a0\u202f\u2009'’")
    if written.isdigit():
        value = int(written)
        return ((written, frozenset({value}), value),)
    out = []
    for part in _split_spaced(written):
        values = _readings(part)
        if values:
            out.append((part, values, max(values)))
    return tuple(out)


_SPACE = re.compile(r"[ \u00a0\u202f\u2009]")
_LEAD = re.compile(r"\d+")
_GROUP_TAIL = re.compile(r"\d{3}(?:[,.\u066b]\d+)?")
_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})*")


def _split_spaced(written: str) -> list[str]:
    """'1992 613' is two numbers, '700 000' one: a space groups only after 1–3 leading digits."""
    if not _SPACE.search(written):
        return [written] if written else []
    if _GROUPED.fullmatch(written):
        return [_SPACE.sub(" ", written)]
    parts: list[str] = []
    for piece in _SPACE.split(written):
        if not piece:
            continue
        head = _LEAD.match(parts[-1]).group() if parts else ""  # type: ignore[union-attr]
        if parts and len(head) <= 3 and _GROUP_TAIL.fullmatch(piece) and _GROUPED.fullmatch(parts[-1]):
            parts[-1] += " " + piece
        else:
            parts.append(piece)
    return parts


def missing_numbers(source: str, target: str) -> list[str]:
    """Source numbers (as written) with no reading among the target's numbers.

    A number the target writes the same way is present (its readings are the same). Most others are
    plain or grouped in thousands one way (2024, 1,275, 700 000): such a number means its digits
    whatever the locale, so when the target has a number of that kind with the same digits the source
    number is present, and no other reading need be worked out. Both are looked for first as a whole
    number written in the target (a substring search), before the target's numbers are read at all.
    """
    written = (_ASCII_NUMBER if source.isascii() else _NUMBER).findall(source)
    if not written:
        return []
    in_target: list[str] | None = None
    plain: set[int] | None = None
    target_values: set[Value] | None = None
    missing = []
    for w in written:
        if _written_in(target, w):
            continue
        value = _plain_value(w)
        if value is not None:
            if value < 10 or _grouped_in(target, value):
                continue
            if in_target is None:
                in_target = (_ASCII_NUMBER if target.isascii() else _NUMBER).findall(target)
            if plain is None:
                plain = set()
                for t in in_target:
                    v = _plain_value(t)
                    if v is not None:
                        plain.add(v)
            if value in plain:
                continue
        if in_target is None:
            in_target = (_ASCII_NUMBER if target.isascii() else _NUMBER).findall(target)
        if w in in_target:
            continue
        if target_values is None:
            target_values = set()
            for t in in_target:
                for _part, values, _largest in _parts(t):
                    target_values |= values
        missing += [part for part, values, largest in _parts(w) if largest >= 10 and values.isdisjoint(target_values)]
    return missing


def _written_in(text: str, number: str) -> bool:
    """Whether `number` is one of the numbers of `text` (a match of `_NUMBER` there), found by a substring
    search: neither a digit nor a separator between digits goes on from either end.

    >>> _written_in("в 1992 году", "1992"), _written_in("19920", "1992"), _written_in("1 1992", "1992")
    (True, False, False)
    """
    n = len(text)
    at = text.find(number)
    while at >= 0:
        end = at + len(number)
        if not (at and (text[at - 1].isdecimal() or (at > 1 and text[at - 1] in _SEPARATORS
                                                      and text[at - 2].isdecimal()))) \
                and not (end < n and (text[end].isdecimal() or (end + 1 < n and text[end] in _SEPARATORS
                                                                and text[end + 1].isdecimal()))):
            return True
        at = text.find(number, at + 1)
    return False


# how a target most often groups thousands: French and Russian spaces, Italian dots, English commas
_GROUPINGS = (" ", "\u00a0", "\u202f", ".", ",", "\u2009", "'", "’")


def _grouped_in(text: str, value: int) -> bool:
    """Whether `text` writes `value` as a number of its own, plain or grouped in thousands one way."""
    digits = str(value)
    if _written_in(text, digits):
        return True
    if len(digits) <= 3:
        return False
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    for mark in _GROUPINGS:
        if _written_in(text, mark.join(groups)):
            return True
    return False


_GROUPING_SPACES = " \u00a0\u202f\u2009"


def _plain_value(written: str) -> int | None:
    """The value of a plain or uniformly thousands-grouped number — one of its readings, and its largest —
    else None: 1–3 digits, then groups of three, each after the same "," or "." or after some space
    (int() reads the digits of every script, as ascii_digits would have made them).

    Read character by character, not by a regex: `missing_numbers` calls it for most numbers it sees.

    >>> [_plain_value(w) for w in ("2024", "1,275", "700\u00a0000", "700.000", "1,2345", "12.5", "1 000,5")]
    [2024, 1275, 700000, 700000, None, None, None]
    """
    if written.isdecimal():
        return int(written)
    n, lead = len(written), 0
    while lead < n and written[lead].isdecimal():
        lead += 1
    if not 1 <= lead <= 3 or (n - lead) % 4:
        return None
    separator = written[lead]
    spaced = separator in _GROUPING_SPACES
    if not spaced and separator not in ",.":
        return None
    digits = [written[:lead]]
    for at in range(lead, n, 4):
        mark, group = written[at], written[at + 1:at + 4]
        if (mark not in _GROUPING_SPACES if spaced else mark != separator) or not group.isdecimal():
            return None
        digits.append(group)
    return int("".join(digits))
