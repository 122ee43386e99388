"""Tombstones of customers erased on request: keyed hashes of the phone number and of the
external contact id, never the values. The key is a random secret of this shop's database
(``settings.tombstone_key``), so the hashes mean nothing outside it and a list of all phone
numbers cannot be matched against them elsewhere."""

from __future__ import annotations

import hashlib
import hmac
import secrets


def new_key() -> str:
    return secrets.token_hex(32)


def _digest(key: str, kind: str, value: str) -> str:
    return hmac.digest(bytes.fromhex(key), f"{kind}:{value}".encode(), hashlib.sha256).hex()


def phone_hash(key: str, phone: str | None) -> str | None:
    """For a normalised phone number (digits); None for none."""
    return _digest(key, "phone", phone) if phone else None


def external_hash(key: str, external_id: str | None) -> str | None:
    value = (external_id or "").strip()
    return _digest(key, "external", value) if value else None
