"""What happens at the shop: usage, the event journal, SOP runs and tasks, packs, trust."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from advisor_desk.store.models.base import Base, UtcDateTime


class Favourite(Base):
    __tablename__ = "favourites"
    advisor_id: Mapped[int] = mapped_column(ForeignKey("advisors.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)  # script|material|coupon
    uid: Mapped[str] = mapped_column(String(80), primary_key=True)
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)


class UsageEvent(Base):
    __tablename__ = "usage_events"
    __table_args__ = (
        Index("ix_usage_events_kind_uid", "kind", "uid"),
        Index("ix_usage_events_advisor_at", "advisor_id", "at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ulid: Mapped[str] = mapped_column(String(26), unique=True)
    device_id: Mapped[str] = mapped_column(String(26))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("advisors.id"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    kind: Mapped[str] = mapped_column(String(10))  # script|material|coupon
    uid: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(10))  # copy|send|issue


class Event(Base):
    """Append-only journal; reports are cut from it by ``seq``."""

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_kind_at", "kind", "at"),  # 0014: a kind over a span (rankings)
        {"sqlite_autoincrement": True},
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    ulid: Mapped[str] = mapped_column(String(26), unique=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    device_id: Mapped[str] = mapped_column(String(26))
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("advisors.id"))
    kind: Mapped[str] = mapped_column(String(40))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SopRun(Base):
    __tablename__ = "sop_runs"
    __table_args__ = (UniqueConstraint("customer_id", "playbook_uid", "trigger_key",
                                       "anchor_date"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ulid: Mapped[str] = mapped_column(String(26), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    playbook_id: Mapped[int] = mapped_column(ForeignKey("playbooks.id"))
    playbook_uid: Mapped[str] = mapped_column(String(80))
    trigger_key: Mapped[str] = mapped_column(String(100))
    anchor_date: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(10), default="running")  # running|done|stopped
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SopTask(Base):
    __tablename__ = "sop_tasks"
    __table_args__ = (
        Index("ix_sop_tasks_queue", "advisor_id", "state", "due_on"),
        Index("ix_sop_tasks_customer", "customer_id", "state", "due_on"),
        # who did what when; state and due day make it covering for steps on time (0014)
        Index("ix_sop_tasks_done", "done_by", "done_at", "state", "due_on"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ulid: Mapped[str] = mapped_column(String(26), unique=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("sop_runs.id"), index=True)
    step_id: Mapped[int] = mapped_column(ForeignKey("playbook_steps.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("advisors.id"))
    due_on: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(10), default="open")
    snooze_until: Mapped[date | None] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    done_by: Mapped[int | None] = mapped_column(ForeignKey("advisors.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class DailyTaskDone(Base):
    __tablename__ = "daily_task_done"
    task_id: Mapped[int] = mapped_column(ForeignKey("daily_tasks.id"), primary_key=True)
    advisor_id: Mapped[int] = mapped_column(ForeignKey("advisors.id"), primary_key=True)
    on_date: Mapped[date] = mapped_column(Date, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)


class DailyProgress(Base):
    __tablename__ = "daily_progress"
    advisor_id: Mapped[int] = mapped_column(ForeignKey("advisors.id"), primary_key=True)
    on_date: Mapped[date] = mapped_column(Date, primary_key=True)
    due: Mapped[int] = mapped_column(Integer, default=0)
    done: Mapped[int] = mapped_column(Integer, default=0)
    on_time: Mapped[int] = mapped_column(Integer, default=0)


class AnnouncementRead(Base):
    __tablename__ = "announcement_reads"
    announcement_id: Mapped[int] = mapped_column(ForeignKey("announcements.id"),
                                                 primary_key=True)
    advisor_id: Mapped[int] = mapped_column(ForeignKey("advisors.id"), primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)


class Pack(Base):
    __tablename__ = "packs"
    __table_args__ = (UniqueConstraint("pack_id", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pack_id: Mapped[str] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(Integer)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(200))
    publisher: Mapped[str] = mapped_column(String(200), default="")
    key_id: Mapped[str | None] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # counts applied
    manifest: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class TrustedKey(Base):
    __tablename__ = "trusted_keys"
    key_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    public_key: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(200), default="")
    pack_prefixes: Mapped[str] = mapped_column(Text, default="")  # space separated
    added_by: Mapped[int | None] = mapped_column(ForeignKey("advisors.id"))
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class ReportExport(Base):
    """One activity report written for HQ (migration 0007; docs/reports.md)."""

    __tablename__ = "report_exports"
    __table_args__ = (Index("ix_report_exports_seq_to", "device_id", "seq_to"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    device_id: Mapped[str] = mapped_column(String(26))
    seq_from: Mapped[int] = mapped_column(Integer)
    seq_to: Mapped[int] = mapped_column(Integer)
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    reexport: Mapped[bool] = mapped_column(Boolean)
    file_name: Mapped[str] = mapped_column(String(260))
    rows: Mapped[dict[str, Any]] = mapped_column(JSON)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("advisors.id"))
