"""The privacy log and erasure tombstones (migration 0013; docs/privacy.md).

``privacy_log`` is local to the shop (never in a report): who revealed a phone, exported
customers, erased a customer, changed a PIN or a role, restored a backup. It names customers
and advisors by id only, so erasing a customer leaves an entry that says "an erased customer".

``erasures`` keeps, for each customer erased on request, keyed hashes of the phone number and
the external contact id (no name, no number): an import that meets them again reports the row
as "erased on request" instead of creating the customer anew.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from advisor_desk.store.models.base import Base, UtcDateTime


class PrivacyEntry(Base):
    __tablename__ = "privacy_log"
    __table_args__ = (Index("ix_privacy_log_action_at", "action", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("advisors.id"))
    action: Mapped[str] = mapped_column(String(32))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("advisors.id"))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Erasure(Base):
    __tablename__ = "erasures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    erased_at: Mapped[datetime] = mapped_column(UtcDateTime)
    erased_by: Mapped[int | None] = mapped_column(ForeignKey("advisors.id"))
    phone_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    external_hash: Mapped[str | None] = mapped_column(String(64), index=True)
