"""Customers and what the shop records about them.

``last_contact_at``, ``last_purchase_at``, ``purchases_12m`` and ``member_class`` are kept
current by the store in the same transaction as the event that changes them, so the customer
list and its filters never aggregate history.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from advisor_desk.store.models.base import Base, UtcDateTime


class Customer(Base):
    __tablename__ = "customers"
    __table_args__ = (
        # stage, VIP level and member class are read through ix_customers_list (0006)
        Index("ix_customers_birthday_md", "birthday_md"),
        Index("ix_customers_last_contact_at", "last_contact_at"),
        Index("ix_customers_last_purchase_at", "last_purchase_at"),
        Index("ix_customers_added_at", "added_at"),
        Index("ix_customers_phone", "phone"),
        # migration 0003: every column the list's filters read, in list order
        Index("ix_customers_list", "deleted_at", "last_contact_at", "id", "stage_key",
              "vip_level", "member_class", "last_purchase_at", "added_at", "birthday_md",
              "tag_bits", "tag_list", "advisor_list", "name_initials", "phone", "name",
              "remark_name"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ulid: Mapped[str] = mapped_column(String(26), unique=True)
    device_id: Mapped[str] = mapped_column(String(26))
    external_id: Mapped[str | None] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(80), default="")
    remark_name: Mapped[str] = mapped_column(String(80), default="")
    salutation: Mapped[str] = mapped_column(String(20), default="")  # 称呼: 王姐 / 李先生
    name_initials: Mapped[str] = mapped_column(String(80), default="")  # pinyin first letters
    phone: Mapped[str | None] = mapped_column(String(20))  # normalised digits
    gender: Mapped[str | None] = mapped_column(String(1))  # F | M
    birth_year: Mapped[int | None] = mapped_column(Integer)
    birth_month: Mapped[int | None] = mapped_column(Integer)
    birth_day: Mapped[int | None] = mapped_column(Integer)
    birthday_md: Mapped[str | None] = mapped_column(String(4))  # MMDD
    region: Mapped[str] = mapped_column(String(60), default="")
    source_channel: Mapped[str] = mapped_column(String(60), default="")
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)
    stage_key: Mapped[str | None] = mapped_column(ForeignKey("stages.key"))
    vip_level: Mapped[str | None] = mapped_column(ForeignKey("vip_levels.key"))
    koc_type: Mapped[str | None] = mapped_column(String(16))
    notes: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_contact_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_purchase_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    purchases_12m: Mapped[int] = mapped_column(Integer, default=0)
    member_class: Mapped[str | None] = mapped_column(String(1))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Kept by triggers on customer_tags / customer_advisors (migration 0003): ",3,9," lists
    # of ids and one bit per tag id below 63, so the list filters read one row, not a join.
    tag_list: Mapped[str] = mapped_column(Text, server_default=",", default=",")
    advisor_list: Mapped[str] = mapped_column(Text, server_default=",", default=",")
    tag_bits: Mapped[int] = mapped_column(Integer, server_default="0", default=0)


class CustomerAdvisor(Base):
    __tablename__ = "customer_advisors"
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), primary_key=True)
    advisor_id: Mapped[int] = mapped_column(ForeignKey("advisors.id"), primary_key=True,
                                            index=True)
    role: Mapped[str] = mapped_column(String(8), default="owner")  # owner | shared
    since: Mapped[datetime] = mapped_column(UtcDateTime)


class StageHistory(Base):
    __tablename__ = "stage_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    from_key: Mapped[str | None] = mapped_column(String(40))
    to_key: Mapped[str | None] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    by: Mapped[int | None] = mapped_column(ForeignKey("advisors.id"))


class PhoneReveal(Base):
    __tablename__ = "phone_reveals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    advisor_id: Mapped[int] = mapped_column(ForeignKey("advisors.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)


class CustomerTag(Base):
    __tablename__ = "customer_tags"
    __table_args__ = (Index("ix_customer_tags_tag_customer", "tag_id", "customer_id"),)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id"), primary_key=True)
    source: Mapped[str] = mapped_column(String(8), default="manual")  # manual|import|event|rule
    added_by: Mapped[int | None] = mapped_column(ForeignKey("advisors.id"))
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Purchase(Base):
    __tablename__ = "purchases"
    __table_args__ = (Index("ix_purchases_customer_at", "customer_id", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ulid: Mapped[str] = mapped_column(String(26), unique=True)
    device_id: Mapped[str] = mapped_column(String(26))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("advisors.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    amount_fen: Mapped[int] = mapped_column(Integer)
    items: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(20), default="counter")


class Interaction(Base):
    __tablename__ = "interactions"
    __table_args__ = (
        Index("ix_interactions_customer_at", "customer_id", "at"),
        # rankings: an advisor's contacts in a period, covering (0014)
        Index("ix_interactions_advisor_at", "advisor_id", "at", "customer_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ulid: Mapped[str] = mapped_column(String(26), unique=True)
    device_id: Mapped[str] = mapped_column(String(26))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("advisors.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    kind: Mapped[str] = mapped_column(String(10))  # chat|call|visit|moments|gift|other
    note: Mapped[str] = mapped_column(Text, default="")
    sop_task_id: Mapped[int | None] = mapped_column(ForeignKey("sop_tasks.id"))


class Segment(Base):
    __tablename__ = "segments"
    __table_args__ = (UniqueConstraint("owner_id", "name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("advisors.id"))
    filter: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
