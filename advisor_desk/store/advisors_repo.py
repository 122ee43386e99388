"""Advisors of this shop."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_desk.domain.ids import new_ulid
from advisor_desk.domain.people import AdvisorInfo
from advisor_desk.store import models as m


def _info(a: m.Advisor) -> AdvisorInfo:
    return AdvisorInfo(id=a.id, name=a.name, store_code=a.store_code, role=a.role,
                       active=a.active)


def list_active(session: Session) -> list[AdvisorInfo]:
    rows = session.scalars(select(m.Advisor).where(m.Advisor.active).order_by(m.Advisor.id))
    return [_info(a) for a in rows]


def get(session: Session, advisor_id: int) -> AdvisorInfo | None:
    a = session.get(m.Advisor, advisor_id)
    return _info(a) if a is not None else None


def find_by_name(session: Session, name: str) -> AdvisorInfo | None:
    a = session.scalars(select(m.Advisor).where(m.Advisor.name == name)).first()
    return _info(a) if a is not None else None


def add(session: Session, *, name: str, store_code: str, role: str, now: datetime) -> AdvisorInfo:
    a = m.Advisor(ulid=new_ulid(now), name=name, store_code=store_code, role=role, active=True,
                  created_at=now)
    session.add(a)
    session.flush()
    return _info(a)
