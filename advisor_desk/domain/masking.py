"""Masking personal data for display, exports and logs."""

from __future__ import annotations


def mask_phone(phone: str | None) -> str:
    """138****5678 for mainland mobiles; other numbers keep only their last 4 digits."""
    if not phone:
        return ""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if len(digits) == 11:
        return f"{digits[:3]}****{digits[7:]}"
    if len(digits) <= 4:
        return "*" * len(digits)
    return "*" * (len(digits) - 4) + digits[-4:]
