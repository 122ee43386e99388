"""The append-only event journal (reports are cut from it by sequence number)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from advisor_desk.domain.ids import new_ulid
from advisor_desk.store import models as m


def record(session: Session, *, kind: str, at: datetime, device_id: str,
           advisor_id: int | None = None, customer_id: int | None = None,
           payload: dict[str, Any] | None = None) -> None:
    session.add(m.Event(ulid=new_ulid(at), at=at, device_id=device_id, advisor_id=advisor_id,
                        kind=kind, customer_id=customer_id, payload=payload or {}))
