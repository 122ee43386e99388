"""The append-only event journal (reports are cut from it by sequence number).

Events recorded in a write transaction are also kept in ``session.info["journal"]`` until the
transaction's write hooks have seen them (``Database.write``), so the SOP engine can react to
every event inside the same transaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from advisor_desk.domain.ids import new_ulid, new_ulids
from advisor_desk.store import bulk
from advisor_desk.store import models as m

PENDING = "journal"


class JournalEntry(NamedTuple):
    """An entry for the write hooks (a tuple: an import hands them ~200,000 at once)."""

    kind: str
    at: datetime
    customer_id: int | None
    advisor_id: int | None
    payload: dict[str, Any]


def record(session: Session, *, kind: str, at: datetime, device_id: str,
           advisor_id: int | None = None, customer_id: int | None = None,
           payload: dict[str, Any] | None = None) -> None:
    event = m.Event(ulid=new_ulid(at), at=at, device_id=device_id, advisor_id=advisor_id,
                    kind=kind, customer_id=customer_id, payload=payload or {})
    session.add(event)
    session.info.setdefault(PENDING, []).append(
        JournalEntry(kind, at, customer_id, advisor_id, dict(payload or {})))


def record_many(session: Session, *, kind: str, at: datetime, device_id: str,
                items: list[tuple[int | None, dict[str, Any]]],
                advisor_id: int | None = None) -> None:
    """Bulk journal entries of one kind (customer id, payload) — for the engine's own
    bookkeeping; they are not handed to write hooks."""
    record_each(session, kind=kind, device_id=device_id, advisor_id=advisor_id,
                items=[(cid, payload, at) for cid, payload in items])


def record_each(session: Session, *, kind: str, device_id: str,
                items: list[tuple[int | None, dict[str, Any], datetime]],
                advisor_id: int | None = None, notify: bool = False) -> None:
    """Bulk entries of one kind, each (customer id, payload, at) — for imports. With
    ``notify`` the write hooks see them like entries from ``record``."""
    if not items:
        return
    ulids = new_ulids(len(items), max(at for _, _, at in items))
    bulk.insert(session, "events", ("ulid", "at", "device_id", "advisor_id", "kind",
                                    "customer_id", "payload"),
                ((u, bulk.ts(at), device_id, advisor_id, kind, cid, bulk.js(payload))
                 for u, (cid, payload, at) in zip(ulids, items, strict=True)))
    if notify:
        session.info.setdefault(PENDING, []).extend(
            JournalEntry(kind, at, cid, advisor_id, payload) for cid, payload, at in items)


def announce(session: Session, *, kind: str, items: list[tuple[int, dict[str, Any], datetime]],
             advisor_id: int | None = None) -> None:
    """Hand entries to the write hooks (the SOP engine) without a journal row each: an
    import journals one summary entry instead of 200,000 (see customer_import_repo)."""
    session.info.setdefault(PENDING, []).extend(
        JournalEntry(kind, at, cid, advisor_id, payload) for cid, payload, at in items)


def take_pending(session: Session) -> list[JournalEntry]:
    """Events recorded in this transaction that no hook has seen yet (and forget them)."""
    return session.info.pop(PENDING, [])


def last_seq(session: Session) -> int:
    """The newest journal sequence number (0 for an empty journal)."""
    from sqlalchemy import func, select

    return session.scalar(select(func.max(m.Event.seq))) or 0


def since(session: Session, seq: int, limit: int) -> list[tuple[int, str, int | None]]:
    """(seq, kind, customer id) of the entries after ``seq``, oldest first, at most ``limit``."""
    from sqlalchemy import select

    rows = session.execute(
        select(m.Event.seq, m.Event.kind, m.Event.customer_id)
        .where(m.Event.seq > seq).order_by(m.Event.seq).limit(limit)).all()
    return [(r.seq, r.kind, r.customer_id) for r in rows]
