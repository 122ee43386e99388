"""The privacy log (written in the same transaction as what it records) and erasure
tombstones."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from advisor_desk.domain import tombstones
from advisor_desk.domain.masking import mask_phone
from advisor_desk.domain.privacy import PrivacyLogEntry
from advisor_desk.store import models as m
from advisor_desk.store import settings_repo

TOMBSTONE_KEY = "tombstone_key"


def record(session: Session, *, at: datetime, actor_id: int | None, action: str,
           customer_id: int | None = None, subject_id: int | None = None,
           detail: dict[str, Any] | None = None) -> None:
    session.add(m.PrivacyEntry(at=at, actor_id=actor_id, action=action, customer_id=customer_id,
                               subject_id=subject_id, detail=detail or {}))


def query(session: Session, *, actions: frozenset[str], actor_id: int | None,
          start: datetime | None, end: datetime | None, limit: int | None
          ) -> tuple[list[PrivacyLogEntry], int]:
    """Newest first; ``end`` is exclusive. Returns (up to ``limit`` entries, matching count)."""
    P = m.PrivacyEntry
    conditions = []
    if actions:
        conditions.append(P.action.in_(sorted(actions)))
    if actor_id is not None:
        conditions.append(or_(P.actor_id == actor_id, P.subject_id == actor_id))
    if start is not None:
        conditions.append(P.at >= start)
    if end is not None:
        conditions.append(P.at < end)
    total = session.scalar(select(func.count()).select_from(P).where(*conditions)) or 0
    actor, subject, c = aliased(m.Advisor), aliased(m.Advisor), m.Customer
    q = (select(P.id, P.at, P.action, actor.name, P.customer_id, c.name, c.remark_name,
                c.deleted_at, c.phone, subject.name, P.detail)
         .outerjoin(actor, actor.id == P.actor_id)
         .outerjoin(subject, subject.id == P.subject_id)
         .outerjoin(c, c.id == P.customer_id)
         .where(*conditions).order_by(P.at.desc(), P.id.desc()))
    if limit is not None:
        q = q.limit(limit)
    entries = []
    for (eid, at, action, actor_name, cid, name, remark, deleted, phone, subject_name,
         detail) in session.execute(q):
        erased = cid is not None and deleted is not None
        entries.append(PrivacyLogEntry(
            id=eid, at=at, action=action, actor=actor_name or "", customer_id=cid,
            customer="" if erased else (remark or name or ""), customer_erased=erased,
            phone_masked="" if erased else mask_phone(phone), subject=subject_name or "",
            detail=dict(detail or {})))
    return entries, total


# ---------------------------------------------------------------------- tombstones
def tombstone_key(session: Session) -> str:
    """This database's secret for tombstone hashes (made on first use)."""
    key = settings_repo.get(session, TOMBSTONE_KEY)
    if key is None:
        key = tombstones.new_key()
        settings_repo.put(session, TOMBSTONE_KEY, key)
        session.flush()
    return key


def tombstone_key_if_any(session: Session) -> str | None:
    return settings_repo.get(session, TOMBSTONE_KEY)


def add_tombstone(session: Session, *, customer_id: int, phone: str | None,
                  external_id: str | None, at: datetime, by: int | None) -> None:
    key = tombstone_key(session)
    session.add(m.Erasure(customer_id=customer_id, erased_at=at, erased_by=by,
                          phone_hash=tombstones.phone_hash(key, phone),
                          external_hash=tombstones.external_hash(key, external_id)))


def erased_hashes(session: Session) -> tuple[set[str], set[str]]:
    """(phone hashes, external id hashes) of every tombstone."""
    phones, externals = set(), set()
    for phone, external in session.execute(select(m.Erasure.phone_hash,
                                                  m.Erasure.external_hash)):
        if phone:
            phones.add(phone)
        if external:
            externals.add(external)
    return phones, externals


def is_erased(session: Session, *, phone: str | None, external_id: str | None) -> bool:
    key = settings_repo.get(session, TOMBSTONE_KEY)
    if key is None:
        return False
    conditions = []
    if (h := tombstones.phone_hash(key, phone)) is not None:
        conditions.append(m.Erasure.phone_hash == h)
    if (h := tombstones.external_hash(key, external_id)) is not None:
        conditions.append(m.Erasure.external_hash == h)
    if not conditions:
        return False
    return session.scalar(select(m.Erasure.id).where(or_(*conditions)).limit(1)) is not None


def lift_tombstones(session: Session, *, phone: str | None, external_id: str | None) -> int:
    """A manager re-added the customer: their tombstones go (the privacy log keeps the fact)."""
    key = settings_repo.get(session, TOMBSTONE_KEY)
    if key is None:
        return 0
    conditions = []
    if (h := tombstones.phone_hash(key, phone)) is not None:
        conditions.append(m.Erasure.phone_hash == h)
    if (h := tombstones.external_hash(key, external_id)) is not None:
        conditions.append(m.Erasure.external_hash == h)
    if not conditions:
        return 0
    gone = 0
    for row in session.scalars(select(m.Erasure).where(or_(*conditions))):
        session.delete(row)
        gone += 1
    return gone

