"""HQ content: tags, stages, VIP levels, member-class rules, scenes, library, playbooks.

Rows shipped by HQ carry the pack's stable ``uid`` and the ``pack`` line they came from; a pack
that no longer lists an item retires it (``retired``), it is never deleted, so history that
points at it stays intact.
"""

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


class TagGroup(Base):
    __tablename__ = "tag_groups"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    dimension: Mapped[str] = mapped_column(String(16))  # social|consumption|behaviour|tier
    exclusive: Mapped[bool] = mapped_column(Boolean, default=False)
    sort: Mapped[int] = mapped_column(Integer, default=0)
    origin: Mapped[str] = mapped_column(String(8), default="hq")  # hq | local
    pack: Mapped[str | None] = mapped_column(String(80))
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class Tag(Base):
    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(80), unique=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("tag_groups.id"), index=True)
    name: Mapped[str] = mapped_column(String(20))
    sort: Mapped[int] = mapped_column(Integer, default=0)
    origin: Mapped[str] = mapped_column(String(8), default="hq")
    pack: Mapped[str | None] = mapped_column(String(80))
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class Stage(Base):
    __tablename__ = "stages"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    sort: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    pack: Mapped[str | None] = mapped_column(String(80))
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class VipLevel(Base):
    __tablename__ = "vip_levels"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    sort: Mapped[int] = mapped_column(Integer, default=0)
    min_topup_fen: Mapped[int] = mapped_column(Integer, default=0)
    privileges: Mapped[str] = mapped_column(Text, default="")
    pack: Mapped[str | None] = mapped_column(String(80))
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class MemberClassRule(Base):
    __tablename__ = "member_class_rules"
    member_class: Mapped[str] = mapped_column(String(1), primary_key=True)  # A|B|C|D
    min_purchases_12m: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    pack: Mapped[str | None] = mapped_column(String(80))


class Scene(Base):
    __tablename__ = "scenes"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    sort: Mapped[int] = mapped_column(Integer, default=0)
    pack: Mapped[str | None] = mapped_column(String(80))
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class Script(Base):
    __tablename__ = "scripts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(8), default="script")  # script | qa
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    scene: Mapped[str | None] = mapped_column(String(40), index=True)
    sales_step: Mapped[int | None] = mapped_column(Integer, index=True)
    channel: Mapped[str | None] = mapped_column(String(16))
    keywords: Mapped[str] = mapped_column(Text, default="")  # space separated
    origin: Mapped[str] = mapped_column(String(8), default="hq")  # hq | personal
    based_on: Mapped[str | None] = mapped_column(String(80))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("advisors.id"), index=True)
    device_id: Mapped[str | None] = mapped_column(String(26))
    pack: Mapped[str | None] = mapped_column(String(80), index=True)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Media(Base):
    __tablename__ = "media"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    mime: Mapped[str] = mapped_column(String(60))
    size: Mapped[int] = mapped_column(Integer)
    path: Mapped[str] = mapped_column(String(300))  # relative to the data dir's media folder


class Material(Base):
    __tablename__ = "materials"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(8))  # text|image|link|file|moments
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str | None] = mapped_column(String(2000))
    scene: Mapped[str | None] = mapped_column(String(40), index=True)
    channel: Mapped[str | None] = mapped_column(String(16))
    keywords: Mapped[str] = mapped_column(Text, default="")
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    pack: Mapped[str | None] = mapped_column(String(80), index=True)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class MaterialMedia(Base):
    __tablename__ = "material_media"
    material_id: Mapped[int] = mapped_column(ForeignKey("materials.id"), primary_key=True)
    sort: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("media.sha256"), index=True)


class Coupon(Base):
    __tablename__ = "coupons"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    type: Mapped[str] = mapped_column(String(16))
    value_fen: Mapped[int | None] = mapped_column(Integer)
    min_value_fen: Mapped[int | None] = mapped_column(Integer)
    threshold_fen: Mapped[int | None] = mapped_column(Integer)
    discount_pct: Mapped[int | None] = mapped_column(Integer)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    terms: Mapped[str] = mapped_column(Text, default="")
    message: Mapped[str] = mapped_column(Text, default="")
    pack: Mapped[str | None] = mapped_column(String(80), index=True)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class CouponCode(Base):
    __tablename__ = "coupon_codes"
    __table_args__ = (
        UniqueConstraint("coupon_id", "code"),
        Index("ix_coupon_codes_free", "coupon_id", "store_code", "issued_at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    coupon_id: Mapped[int] = mapped_column(ForeignKey("coupons.id"))
    code: Mapped[str] = mapped_column(String(40))
    store_code: Mapped[str] = mapped_column(String(20))
    issued_to: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    issued_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("advisors.id"))


class Playbook(Base):
    """One immutable version of a playbook; a changed playbook adds a version."""

    __tablename__ = "playbooks"
    __table_args__ = (UniqueConstraint("uid", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(80), index=True)
    version: Mapped[int] = mapped_column(Integer)
    pack: Mapped[str | None] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(Text, default="")
    trigger: Mapped[str] = mapped_column(String(100))
    audience: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    content_sha: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class PlaybookStep(Base):
    __tablename__ = "playbook_steps"
    __table_args__ = (UniqueConstraint("playbook_id", "sort"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    playbook_id: Mapped[int] = mapped_column(ForeignKey("playbooks.id"))
    sort: Mapped[int] = mapped_column(Integer)
    offset_days: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    goal: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(16), default="chat")
    script_uid: Mapped[str | None] = mapped_column(String(80))
    material_uid: Mapped[str | None] = mapped_column(String(80))
    coupon_uid: Mapped[str | None] = mapped_column(String(80))


class DailyTask(Base):
    __tablename__ = "daily_tasks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(80), unique=True)
    pack: Mapped[str | None] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    material_uid: Mapped[str | None] = mapped_column(String(80))
    schedule: Mapped[str] = mapped_column(String(200), default="daily")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Announcement(Base):
    __tablename__ = "announcements"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(80), unique=True)
    pack: Mapped[str | None] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class IncentiveRule(Base):
    """激励规则: points per event of a measure while the rule is valid (domain/rankings.py)."""

    __tablename__ = "incentive_rules"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(80), unique=True)
    pack: Mapped[str | None] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(String(200))
    measure: Mapped[str] = mapped_column(String(40))
    points: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
