"""Key/value settings of this shop database."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_desk.store import models as m


def get(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(m.Setting, key)
    return row.value if row is not None else default


def get_all(session: Session) -> dict[str, str]:
    return dict(session.execute(select(m.Setting.key, m.Setting.value)).all())


def put(session: Session, key: str, value: str) -> None:
    row = session.get(m.Setting, key)
    if row is None:
        session.add(m.Setting(key=key, value=value))
    else:
        row.value = value
