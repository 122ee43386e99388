"""Settings, advisors and their leave."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from advisor_desk.store.models.base import Base, UtcDateTime


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Advisor(Base):
    __tablename__ = "advisors"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ulid: Mapped[str] = mapped_column(String(26), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    store_code: Mapped[str] = mapped_column(String(20))
    role: Mapped[str] = mapped_column(String(16), default="advisor")  # advisor | manager
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # PIN lockout (migration 0013): wrong PINs in a row and the wait they earned, kept here so
    # that restarting the app does not reset it (domain/lockout.py)
    pin_failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    pin_locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)


class AdvisorLeave(Base):
    __tablename__ = "advisor_leave"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    advisor_id: Mapped[int] = mapped_column(ForeignKey("advisors.id"), index=True)
    from_date: Mapped[date] = mapped_column(Date)
    to_date: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
