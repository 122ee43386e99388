"""The shop's trusted pack-signing keys (table trusted_keys)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_desk.domain.packs import TrustedKey
from advisor_desk.store import models as m


def _key(row: m.TrustedKey) -> TrustedKey:
    return TrustedKey(row.key_id, row.public_key, row.label,
                      tuple(p for p in (row.pack_prefixes or "").split() if p),
                      row.added_at, row.revoked_at)


def get(session: Session, key_id: str) -> TrustedKey | None:
    row = session.get(m.TrustedKey, key_id)
    return _key(row) if row is not None else None


def list_keys(session: Session) -> list[TrustedKey]:
    rows = session.scalars(select(m.TrustedKey).order_by(m.TrustedKey.added_at,
                                                         m.TrustedKey.key_id))
    return [_key(r) for r in rows]


def add(session: Session, key: TrustedKey, *, added_by: int | None, now: datetime) -> None:
    session.add(m.TrustedKey(key_id=key.key_id, public_key=key.public_key, label=key.label,
                             pack_prefixes=" ".join(key.prefixes), added_by=added_by,
                             added_at=now, revoked_at=None))


def set_prefixes(session: Session, key_id: str, prefixes: tuple[str, ...], label: str) -> None:
    row = session.get(m.TrustedKey, key_id)
    row.pack_prefixes = " ".join(prefixes)
    if label:
        row.label = label


def revoke(session: Session, key_id: str, now: datetime) -> None:
    session.get(m.TrustedKey, key_id).revoked_at = now
