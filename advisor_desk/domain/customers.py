"""Value types of the customer list and profile."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from advisor_desk.domain.masking import mask_phone


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customer list."""

    id: int
    name: str
    remark_name: str
    salutation: str
    stage: str  # display name ("" when none)
    vip: str  # display name
    member_class: str | None
    tags: tuple[str, ...]  # tag names, in group order
    last_contact_days: int | None  # days since last contact (None: never)
    next_birthday: date | None
    days_to_birthday: int | None
    koc_type: str | None = None


@dataclass(frozen=True)
class TagInfo:
    uid: str
    name: str
    group_uid: str
    group_name: str
    dimension: str
    exclusive: bool
    origin: str = "hq"


@dataclass(frozen=True)
class ProfileTag:
    tag: TagInfo
    source: str  # manual | import | event | rule
    added_by: str  # advisor name ("" for imports and rules)
    added_at: datetime


@dataclass(frozen=True)
class NamedKey:
    key: str
    name: str


@dataclass(frozen=True)
class StageChange:
    from_name: str
    to_name: str
    at: datetime
    by: str


@dataclass(frozen=True)
class PurchaseRow:
    at: datetime
    amount_fen: int
    items: str
    channel: str


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: str  # chat | call | visit | moments | gift | other
    note: str
    advisor: str
    from_sop: bool


@dataclass(frozen=True)
class CustomerProfile:
    id: int
    name: str
    remark_name: str
    salutation: str
    phone: str | None
    gender: str | None
    birthday: tuple[int | None, int, int] | None  # (year or None, month, day)
    region: str
    source_channel: str
    added_at: datetime
    advisors: tuple[str, ...]
    stage_key: str | None
    stage: str
    vip_level: str | None
    vip: str
    member_class: str | None
    purchases_12m: int
    last_purchase_at: datetime | None
    last_contact_at: datetime | None
    koc_type: str | None
    notes: str
    external_id: str | None
    tags: tuple[ProfileTag, ...] = ()
    stage_history: tuple[StageChange, ...] = ()
    purchases: tuple[PurchaseRow, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()

    @property
    def display_name(self) -> str:
        return self.remark_name or self.name or self.salutation

    @property
    def phone_masked(self) -> str:
        return mask_phone(self.phone)


@dataclass(frozen=True)
class CustomerInput:
    """Quick capture / profile edits (None: leave unchanged)."""

    name: str | None = None
    remark_name: str | None = None
    salutation: str | None = None
    phone: str | None = None
    gender: str | None = None
    birthday: tuple[int | None, int, int] | None = None
    region: str | None = None
    source_channel: str | None = None
    notes: str | None = None
    koc_type: str | None = None
    clear: tuple[str, ...] = field(default_factory=tuple)  # fields to empty (e.g. "birthday")


@dataclass(frozen=True)
class SavedSegment:
    id: int
    name: str
    filter: dict
    shared: bool  # saved by a manager for the whole store
