"""Saved customer segments (the list's filters, reused as playbook audiences and exports)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from advisor_desk.domain.customers import SavedSegment
from advisor_desk.domain.errors import N_, InvalidInput, NotFound
from advisor_desk.store import models as m


def _saved(row: m.Segment) -> SavedSegment:
    return SavedSegment(row.id, row.name, dict(row.filter or {}), row.owner_id is None)


def visible(session: Session, advisor_id: int | None) -> list[SavedSegment]:
    """The advisor's own segments and the store's shared ones."""
    q = select(m.Segment).where(or_(m.Segment.owner_id.is_(None),
                                    m.Segment.owner_id == advisor_id)).order_by(m.Segment.name)
    return [_saved(s) for s in session.scalars(q)]


def by_name(session: Session, name: str) -> SavedSegment | None:
    row = session.scalars(select(m.Segment).where(m.Segment.name == name)
                          .order_by(m.Segment.owner_id.is_not(None))).first()
    return _saved(row) if row else None


def save(session: Session, name: str, flt: dict, *, owner_id: int | None,
         at: datetime) -> SavedSegment:
    row = session.scalars(select(m.Segment).where(m.Segment.name == name,
                                                  m.Segment.owner_id.is_(owner_id)
                                                  if owner_id is None else
                                                  m.Segment.owner_id == owner_id)).first()
    if row is None:
        row = m.Segment(name=name, owner_id=owner_id, filter=flt, created_at=at)
        session.add(row)
    else:
        row.filter = flt
    session.flush()
    return _saved(row)


def remove(session: Session, segment_id: int, *, advisor_id: int | None,
           manager: bool) -> None:
    row = session.get(m.Segment, segment_id)
    if row is None:
        raise NotFound(N_("This saved filter no longer exists."))
    if (row.owner_id is None and not manager) or row.owner_id not in (None, advisor_id):
        raise InvalidInput(N_("Only its owner or a store manager can delete this filter."))
    session.delete(row)
