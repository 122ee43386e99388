"""Birthdays as people write them: 1988-03-07, 1988/3/7, 1988年3月7日, 03-07, 3月7日."""

from __future__ import annotations

import re
from datetime import date

_FULL = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_SHORT = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_birthday(text: str) -> tuple[int | None, int, int] | None:
    """(year or None, month, day); None for an empty text; ValueError when not a date."""
    text = (text or "").strip()
    if not text:
        return None
    full = _FULL.match(text)
    if full:
        year, month, day = (int(g) for g in full.groups())
        date(year, month, day)  # validates (raises ValueError)
        if not 1900 <= year <= 2100:
            raise ValueError(text)
        return year, month, day
    short = _SHORT.match(text)
    if short:
        month, day = (int(g) for g in short.groups())
        date(2000, month, day)  # a leap year, so 02-29 is valid
        return None, month, day
    raise ValueError(text)


def format_birthday(value: tuple[int | None, int, int] | None) -> str:
    if value is None:
        return ""
    year, month, day = value
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"
