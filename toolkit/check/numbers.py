"""Numbers in text as values, whatever the script and the locale's separators.

700,000 · 700 000 · 700 000 · 700.000 · ۷۰۰٬۰۰۰ are one value. A written number
is read every way its separators allow (700.000 is 700000 in Italian, 700.0 in
English), and a source number counts as present when any reading matches:
a check must not cry wolf over a separator convention.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_SEPARATORS = ",.\u00a0\u202f\u2009 '’\u066b\u066c"
_NUMBER = re.compile(r"\d+(?:[,.\u00a0\u202f\u2009 '’\u066b\u066c]\d+)*")


def ascii_digits(text: str) -> str:
    """Urdu (Extended Arabic-Indic) and Arabic-Indic digits as ASCII digits."""
    return text.translate(_DIGITS)


def readings(token: str) -> set[Decimal]:
    """Every value a written number can mean under some locale's conventions."""
    groups = re.split(f"[{re.escape(_SEPARATORS)}]", token)
    seps = re.findall(f"[{re.escape(_SEPARATORS)}]", token)
    values: set[Decimal] = set()
    if not seps:
        return {Decimal(token)}
    # all separators group thousands
    if all(len(g) == 3 for g in groups[1:]):
        values.add(Decimal("".join(groups)))
    # the last separator is a decimal mark, the others group thousands
    if seps[-1] in ",.\u066b" and all(len(g) == 3 for g in groups[1:-1]) and len(set(seps[:-1])) <= 1 \
            and (not seps[:-1] or seps[:-1][0] != seps[-1]):
        try:
            values.add(Decimal("".join(groups[:-1]) + "." + groups[-1]))
        except InvalidOperation:
            pass
    return values


def numbers(text: str, minimum: int = 10) -> list[tuple[str, set[Decimal]]]:
    """(as written, its readings) for every number in text; small ones (often spelled out) skipped."""
    found = []
    for m in _NUMBER.finditer(ascii_digits(text)):
        written = m.group().strip(" \u00a0\u202f\u2009'’")
        for part in _split_spaced(written):
            values = readings(part)
            if values and max(values) >= minimum:
                found.append((part, values))
    return found


def _split_spaced(written: str) -> list[str]:
    """'1992 613' is two numbers, '700 000' one: a space groups only after 1–3 leading digits."""
    parts: list[str] = []
    for piece in re.split(r"[ \u00a0\u202f\u2009]", written):
        if not piece:
            continue
        head = re.match(r"\d+", parts[-1]).group() if parts else ""  # type: ignore[union-attr]
        if parts and len(head) <= 3 and re.fullmatch(r"\d{3}(?:[,.\u066b]\d+)?", piece) \
                and re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})*", parts[-1]):
            parts[-1] += " " + piece
        else:
            parts.append(piece)
    return parts


def missing_numbers(source: str, target: str) -> list[str]:
    """Source numbers (as written) with no reading among the target's numbers."""
    target_values: set[Decimal] = set()
    for _w, values in numbers(target, minimum=0):
        target_values |= values
    return [w for w, values in numbers(source) if not values & target_values]
