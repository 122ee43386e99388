"""History of applied packs (content versions)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisor_desk.store import models as m


@dataclass(frozen=True)
class PackRecord:
    pack_id: str
    version: int
    manifest_sha256: str
    title: str
    publisher: str
    key_id: str | None
    imported_at: datetime
    summary: dict[str, Any]


def _record(p: m.Pack) -> PackRecord:
    return PackRecord(p.pack_id, p.version, p.manifest_sha256, p.title, p.publisher, p.key_id,
                      p.imported_at, dict(p.summary or {}))


def find(session: Session, pack_id: str, version: int) -> PackRecord | None:
    p = session.scalars(select(m.Pack).where(m.Pack.pack_id == pack_id,
                                             m.Pack.version == version)).first()
    return _record(p) if p else None


def last_version(session: Session, pack_id: str) -> int | None:
    return session.scalar(select(func.max(m.Pack.version)).where(m.Pack.pack_id == pack_id))


def history(session: Session) -> list[PackRecord]:
    rows = session.scalars(select(m.Pack).order_by(m.Pack.imported_at.desc(), m.Pack.id.desc()))
    return [_record(p) for p in rows]


def record(session: Session, *, pack_id: str, version: int, manifest_sha256: str, title: str,
           publisher: str, key_id: str | None, imported_at: datetime, summary: dict[str, Any],
           manifest: dict[str, Any]) -> None:
    session.add(m.Pack(pack_id=pack_id, version=version, manifest_sha256=manifest_sha256,
                       title=title, publisher=publisher, key_id=key_id,
                       imported_at=imported_at, summary=summary, manifest=manifest))
