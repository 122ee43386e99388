"""A customer segment filter: the customer list's filter panel and a playbook's audience.

Tag semantics: ``tags_all`` lists tags that are grouped by their tag group — a customer must
have at least one tag of *every* group named (tags of one group OR-ed, across groups AND-ed);
``tags_any`` needs at least one of the listed tags; ``tags_none`` excludes every listed tag.
Empty fields do not filter.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any


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
