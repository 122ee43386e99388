"""A customer segment filter: the customer list's filter panel and a playbook's audience.

Tag semantics: ``tags_all`` lists tags that are grouped by their tag group — a customer must
have at least one tag of *every* group named (tags of one group OR-ed, across groups AND-ed);
``tags_any`` needs at least one of the listed tags; ``tags_none`` excludes every listed tag.
Empty fields do not filter.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

from advisor_desk.domain.sop import next_birthday


@dataclass(frozen=True)
class SegmentFilter:
    stages_in: tuple[str, ...] = ()
    stages_out: tuple[str, ...] = ()
    tags_all: tuple[str, ...] = ()
    tags_any: tuple[str, ...] = ()
    tags_none: tuple[str, ...] = ()
    vip_levels: tuple[str, ...] = ()
    member_classes: tuple[str, ...] = ()
    dormant_days: int | None = None  # no purchase (or never) for at least N days
    birthday_within_days: int | None = None
    added_within_days: int | None = None
    text: str = ""  # name / remark / pinyin initials / phone tail

    @property
    def is_empty(self) -> bool:
        return self == SegmentFilter()

    def to_dict(self) -> dict[str, Any]:
        """A compact JSON-able dict (only the fields that filter)."""
        out: dict[str, Any] = {}
        for key, value in asdict(self).items():
            if value in ((), [], None, ""):
                continue
            out[key] = list(value) if isinstance(value, tuple) else value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> SegmentFilter:
        if not data:
            return cls()
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown segment fields: {', '.join(sorted(unknown))}")
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if isinstance(value, list | tuple):
                kwargs[key] = tuple(str(v) for v in value)
            else:
                kwargs[key] = value
        return cls(**kwargs)


@dataclass(frozen=True)
class CustomerFacts:
    """What a segment filter looks at, for one customer (the SQL version must agree)."""

    stage_key: str | None
    tags: frozenset[str]  # tag uids
    vip_level: str | None
    member_class: str | None
    added_on: date
    last_purchase_on: date | None = None
    birthday: tuple[int, int] | None = None  # (month, day)
    name: str = ""
    remark_name: str = ""
    name_initials: str = ""
    phone: str | None = None


def matches(flt: SegmentFilter, facts: CustomerFacts, today: date,
            group_of: Mapping[str, str]) -> bool:
    """Whether one customer is in the segment. ``group_of`` maps tag uid -> tag group uid
    (``tags_all``: at least one listed tag of every listed group)."""
    if flt.stages_in and facts.stage_key not in flt.stages_in:
        return False
    if flt.stages_out and facts.stage_key in flt.stages_out:
        return False
    if flt.tags_all:
        wanted: dict[str, set[str]] = {}
        for uid in flt.tags_all:
            wanted.setdefault(group_of.get(uid, uid), set()).add(uid)
        if not all(facts.tags & uids for uids in wanted.values()):
            return False
    if flt.tags_any and not facts.tags & set(flt.tags_any):
        return False
    if flt.tags_none and facts.tags & set(flt.tags_none):
        return False
    if flt.vip_levels and facts.vip_level not in flt.vip_levels:
        return False
    if flt.member_classes and facts.member_class not in flt.member_classes:
        return False
    if flt.dormant_days is not None and facts.last_purchase_on is not None \
            and (today - facts.last_purchase_on).days < flt.dormant_days:
        return False
    if flt.added_within_days is not None and (today - facts.added_on).days > flt.added_within_days:
        return False
    if flt.birthday_within_days is not None:
        if facts.birthday is None:
            return False
        upcoming = next_birthday(facts.birthday[0], facts.birthday[1], today)
        if (upcoming - today).days > flt.birthday_within_days:
            return False
    return not flt.text or _text_matches(flt.text, facts)


def _text_matches(text: str, facts: CustomerFacts) -> bool:
    text = text.strip()
    if text in facts.name or text in facts.remark_name:
        return True
    if facts.name_initials.startswith(text.lower()):
        return True
    return text.isdigit() and bool(facts.phone) and facts.phone.endswith(text)
