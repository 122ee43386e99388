"""Customer spreadsheets: one parsed row, what is wrong with a row, and how a row changes a
customer that is already in the shop.

A field that is ``None`` in a record was absent or empty in the file: it never erases what
the shop knows. Import adds tags; it never removes one (the shop may have added it since).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

# The fields a spreadsheet column can map to, in the order exports write them.
FIELDS: tuple[str, ...] = (
    "key", "external_id", "name", "remark_name", "salutation", "phone", "gender", "birthday",
    "region", "source_channel", "added_at", "stage", "vip", "member_class", "tags", "advisor",
    "last_contact", "notes",
)
# Exported for people; import reads but never writes them (they are computed by the shop).
COMPUTED_FIELDS: frozenset[str] = frozenset({"member_class", "last_contact"})
# Plain text fields compared and updated as they are.
TEXT_FIELDS: tuple[str, ...] = ("name", "remark_name", "salutation", "region",
                                "source_channel", "notes")
MAX_TEXT = {"name": 80, "remark_name": 80, "salutation": 20, "region": 60,
            "source_channel": 60, "notes": 2000, "external_id": 80}


@dataclass(frozen=True)
class RowProblem:
    """Something wrong with a row of the file; ``row`` is the spreadsheet's row number.
    ``rejected``: the row is not imported (a bad phone or date, no name, a clash); otherwise
    a warning: the customer is imported and what the sentence names is left out (an unknown
    tag, a second tag of an exclusive group) or was read another way (a tag found by name)."""

    row: int
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    rejected: bool = True

    @property
    def message(self) -> str:
        return self.template.format(**self.params) if self.params else self.template


@dataclass(frozen=True)
class CustomerRecord:
    row: int
    key: str | None = None  # our customer number (ulid), written by exports
    external_id: str | None = None
    name: str | None = None
    remark_name: str | None = None
    salutation: str | None = None
    phone: str | None = None
    gender: str | None = None  # F | M
    birthday: tuple[int | None, int, int] | None = None
    region: str | None = None
    source_channel: str | None = None
    added_at: datetime | None = None  # local wall time as written in the file
    stage: str | None = None  # a stage's key or name, resolved by the service
    vip: str | None = None
    tags: tuple[tuple[str | None, str], ...] = ()  # (group name or None, tag name)
    advisor: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class Snapshot:
    """What the shop has for a matched customer, in the terms a record can change."""

    id: int
    external_id: str | None
    name: str
    remark_name: str
    salutation: str
    phone: str | None
    gender: str | None
    birthday: tuple[int | None, int, int] | None
    region: str
    source_channel: str
    notes: str
    stage_key: str | None
    vip_level: str | None
    tag_ids: frozenset[int]


@dataclass(frozen=True)
class ResolvedRow:
    """A record with its stage, VIP level and tags resolved to the shop's keys and ids."""

    record: CustomerRecord
    stage_key: str | None
    vip_level: str | None
    tag_ids: tuple[int, ...]
    owner_id: int | None
    initials: str = ""  # pinyin initials of the name (or remark name) for the list's search


def field_changes(row: ResolvedRow, snap: Snapshot) -> dict[str, Any]:
    """The customer columns this row changes (empty: nothing to do for the columns)."""
    rec = row.record
    out: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        value = getattr(rec, name)
        if value is not None and value != getattr(snap, name):
            out[name] = value
    if rec.external_id is not None and rec.external_id != snap.external_id:
        out["external_id"] = rec.external_id
    if rec.phone is not None and rec.phone != snap.phone:
        out["phone"] = rec.phone
    if rec.gender is not None and rec.gender != snap.gender:
        out["gender"] = rec.gender
    if rec.birthday is not None and rec.birthday != snap.birthday:
        year, month, day = rec.birthday
        if year is None and snap.birthday is not None and snap.birthday[1:] == (month, day):
            pass  # the file has no year; the shop's date with a year is not less true
        else:
            out["birthday"] = rec.birthday
    if row.stage_key is not None and row.stage_key != snap.stage_key:
        out["stage_key"] = row.stage_key
    if row.vip_level is not None and row.vip_level != snap.vip_level:
        out["vip_level"] = row.vip_level
    return out


def new_tags(row: ResolvedRow, snap: Snapshot) -> tuple[int, ...]:
    return tuple(t for t in row.tag_ids if t not in snap.tag_ids)


@dataclass(frozen=True)
class ImportCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    erased: int = 0  # rows of customers erased on request, not created again
    warned: int = 0  # rows imported (new, updated or unchanged) with a warning

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged + self.rejected + self.erased
