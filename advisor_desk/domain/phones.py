"""Phone numbers as the shop records them: digits only; mainland mobiles as 11 digits."""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s\-()（）.+]")


class PhoneError(ValueError):
    """Not a phone number we can store."""


def is_masked(text: str | None) -> bool:
    """138****5678 and the like: a number shown masked, never a real value."""
    return bool(text) and "*" in text


def normalize_phone(text: str | None) -> str | None:
    """'+86 138-1234-5678' -> '13812345678'; '' -> None; raises PhoneError when invalid."""
    if text is None or not str(text).strip():
        return None
    raw = _SEPARATORS.sub("", str(text).strip())
    if raw.startswith("0086"):
        raw = raw[4:]
    elif raw.startswith("86") and len(raw) == 13:
        raw = raw[2:]
    if not raw.isdigit() or not raw.isascii():
        raise PhoneError(text)
    if len(raw) == 11 and raw.startswith("1"):
        return raw
    if 7 <= len(raw) <= 12 and raw.startswith("0"):  # landline with area code
        return raw
    raise PhoneError(text)
