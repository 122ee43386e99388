"""Value types for HQ packs: trusted signing keys and what a verified pack file holds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class TrustedKey:
    """A public key this shop accepts packs from (docs/packs.md, docs/privacy.md)."""

    key_id: str
    public_key: str  # base64 of the raw Ed25519 key
    label: str = ""
    prefixes: tuple[str, ...] = ()  # pack_id prefixes it may sign; empty = any pack
    added_at: datetime | None = None
    revoked_at: datetime | None = None
    demo: bool = False  # the built-in demo key, trusted only in demo mode

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    def allows(self, pack_id: str) -> bool:
        if not self.prefixes:
            return True
        return any(pack_id.startswith(p) or pack_id == p.rstrip(".") for p in self.prefixes)


@dataclass(frozen=True)
class PackSummary:
    """A pack file that passed every check, before anything is applied."""

    pack_id: str
    version: int
    title: str
    publisher: str
    created_at: datetime
    expires_at: datetime | None
    key_id: str
    key_label: str
    files: int
    media: int
    total_bytes: int
    manifest_sha256: str
    already_imported: bool = False  # the same pack_id, version and manifest bytes


def last_valid_day(expires_at: datetime) -> date:
    """The last calendar day a pack is valid, in the zone its expiry was written in: HQ's
    "过期时间 2026-01-31" becomes ``2026-02-01T00:00+08:00`` in the manifest (valid through
    the 31st), and both the preview and a refusal must say 2026-01-31."""
    return (expires_at - timedelta(microseconds=1)).date()
