"""Identities for rows a shop creates: ULIDs (sortable, unique across PCs)."""

from __future__ import annotations

from datetime import datetime

from ulid import ULID


def new_ulid(at: datetime | None = None) -> str:
    """A new ULID as its 26-character Crockford string; ``at`` fixes its time part."""
    return str(ULID.from_datetime(at) if at is not None else ULID())
