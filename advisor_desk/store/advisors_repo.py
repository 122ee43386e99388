"""Advisors of this shop."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisor_desk.domain.errors import N_, NotFound
from advisor_desk.domain.ids import new_ulid
from advisor_desk.domain.lockout import LockoutState
from advisor_desk.domain.people import AdvisorInfo
from advisor_desk.store import models as m


def _info(a: m.Advisor) -> AdvisorInfo:
    return AdvisorInfo(id=a.id, name=a.name, store_code=a.store_code, role=a.role,
                       active=a.active, has_pin=bool(a.pin_hash))


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


def list_all(session: Session) -> list[AdvisorInfo]:
    rows = session.scalars(select(m.Advisor).order_by(~m.Advisor.active, m.Advisor.id))
    return [_info(a) for a in rows]


def pin_hash(session: Session, advisor_id: int) -> str | None:
    a = session.get(m.Advisor, advisor_id)
    return a.pin_hash if a is not None else None


def update(session: Session, advisor_id: int, **values) -> AdvisorInfo:
    a = session.get(m.Advisor, advisor_id)
    if a is None:
        raise NotFound(N_("This advisor profile does not exist."))
    for key, value in values.items():
        setattr(a, key, value)
    session.flush()
    return _info(a)


def active_managers(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(m.Advisor).where(
        m.Advisor.active, m.Advisor.role == "manager")) or 0


def lockout(session: Session, advisor_id: int) -> LockoutState:
    a = session.get(m.Advisor, advisor_id)
    if a is None:
        raise NotFound(N_("This advisor profile does not exist."))
    return LockoutState(a.pin_failures or 0, a.pin_locked_until)


def set_lockout(session: Session, advisor_id: int, state: LockoutState) -> None:
    update(session, advisor_id, pin_failures=state.failures,
           pin_locked_until=state.locked_until)
