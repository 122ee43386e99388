"""The schema of HQ content files (``content/*.json`` of a pack; docs/packs.md).

Every file is a JSON object ``{"items": [...]}``; a missing file means "no items of that kind
in this pack line". Validation is strict (unknown fields are errors) so a typo in HQ's tooling
is caught at the shop instead of silently ignored.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from advisor_desk.domain import templates
from advisor_desk.domain.rankings import RULE_MEASURES
from advisor_desk.domain.segments import SegmentFilter
from advisor_desk.domain.triggers import parse_trigger

Uid = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]{0,79}$")]
Key = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$")]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Body = Annotated[str, StringConstraints(max_length=20_000)]
MediaName = Annotated[
    str, StringConstraints(pattern=r"^[0-9a-f]{64}\.(png|jpg|jpeg|gif|webp|pdf|mp4)$")]
Channel = Literal["chat", "group", "moments"]
Fen = Annotated[int, Field(ge=0, le=10_000_000_00)]


class _Item(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _template_ok(text: str) -> str:
    problems = templates.check(text)
    if problems:
        raise ValueError("; ".join(problems))
    return text


class TagIn(_Item):
    uid: Uid
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20)]
    sort: int = 0


class TagGroupIn(_Item):
    uid: Uid
    name: Name
    dimension: Literal["social", "consumption", "behaviour", "tier"]
    exclusive: bool = False
    sort: int = 0
    tags: list[TagIn] = Field(min_length=1)


class StageIn(_Item):
    key: Key
    name: Name
    sort: int = 0
    description: Body = ""


class VipLevelIn(_Item):
    key: Key
    name: Name
    sort: int = 0
    min_topup_fen: Fen = 0
    privileges: Body = ""


class MemberClassIn(_Item):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    member_class: Literal["A", "B", "C", "D"] = Field(alias="class")
    min_purchases_12m: Annotated[int, Field(ge=0, le=365)]
    description: Body = ""


class SceneIn(_Item):
    key: Key
    name: Name
    sort: int = 0


class ScriptIn(_Item):
    uid: Uid
    kind: Literal["script", "qa"] = "script"
    title: Title
    body: Body = Field(min_length=1)
    scene: Key | None = None
    sales_step: Annotated[int, Field(ge=1, le=7)] | None = None
    channel: Channel | None = None
    keywords: list[Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                                     max_length=30)]] = []

    _body_ok = field_validator("body")(_template_ok)


class MaterialIn(_Item):
    uid: Uid
    kind: Literal["text", "image", "link", "file", "moments"]
    title: Title
    body: Body = ""
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$", max_length=2000)] | None = None
    scene: Key | None = None
    channel: Channel | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    keywords: list[Annotated[str, StringConstraints(min_length=1, max_length=30)]] = []
    media: list[MediaName] = []

    _body_ok = field_validator("body")(_template_ok)

    @model_validator(mode="after")
    def _shape(self) -> MaterialIn:
        if self.kind == "image" and len(self.media) != 1:
            raise ValueError("an image material needs exactly one media file")
        if self.kind == "moments" and not 1 <= len(self.media) <= 9:
            raise ValueError("a moments material needs 1 to 9 pictures")
        if self.kind == "file" and len(self.media) != 1:
            raise ValueError("a file material needs exactly one media file")
        if self.kind == "link" and not self.url:
            raise ValueError("a link material needs a url")
        if self.kind == "text" and not self.body:
            raise ValueError("a text material needs a body")
        _check_window(self.valid_from, self.valid_to)
        return self


class CouponIn(_Item):
    uid: Uid
    name: Name
    type: Literal["no_threshold", "threshold", "discount", "random", "campaign"]
    value_fen: Fen | None = None  # face value; for random: the maximum
    min_value_fen: Fen | None = None  # random: the minimum
    threshold_fen: Fen | None = None  # threshold: spend at least this much
    discount_pct: Annotated[int, Field(ge=1, le=99)] | None = None  # 88 -> pay 88 % (8.8折)
    valid_from: date | None = None
    valid_to: date | None = None
    terms: Body = ""
    message: Body = Field(min_length=1)  # the template copied into the chat

    _message_ok = field_validator("message")(_template_ok)

    @model_validator(mode="after")
    def _shape(self) -> CouponIn:
        need = {
            "no_threshold": ("value_fen",),
            "threshold": ("value_fen", "threshold_fen"),
            "discount": ("discount_pct",),
            "random": ("value_fen", "min_value_fen"),
            "campaign": (),
        }[self.type]
        for name in need:
            if getattr(self, name) is None:
                raise ValueError(f"a {self.type} coupon needs {name}")
        if self.type == "random" and self.min_value_fen > self.value_fen:  # type: ignore[operator]
            raise ValueError("min_value_fen is above value_fen")
        _check_window(self.valid_from, self.valid_to)
        return self


class CouponCodeIn(_Item):
    coupon_uid: Uid
    code: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9-]{4,40}$")]


class CouponCodesFile(_Item):
    store_code: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,20}$")]
    codes: list[CouponCodeIn]


class AudienceIn(_Item):
    stages_in: list[Key] = []
    stages_out: list[Key] = []
    tags_all: list[Uid] = []
    tags_any: list[Uid] = []
    tags_none: list[Uid] = []
    vip_levels: list[Key] = []
    member_classes: list[Literal["A", "B", "C", "D"]] = []

    def to_filter(self) -> SegmentFilter:
        return SegmentFilter.from_dict(self.model_dump())


class PlaybookStepIn(_Item):
    offset_days: Annotated[int, Field(ge=0, le=3650)]
    title: Title
    goal: Body = ""
    channel: Channel = "chat"
    script_uid: Uid | None = None
    material_uid: Uid | None = None
    coupon_uid: Uid | None = None


class PlaybookIn(_Item):
    uid: Uid
    name: Name
    description: Body = ""
    trigger: str
    audience: AudienceIn = AudienceIn()
    steps: list[PlaybookStepIn] = Field(min_length=1, max_length=100)

    @field_validator("trigger")
    @classmethod
    def _trigger_ok(cls, value: str) -> str:
        return str(parse_trigger(value))


class DailyTaskIn(_Item):
    uid: Uid
    title: Title
    body: Body = ""
    material_uid: Uid | None = None
    schedule: str = "daily"

    @field_validator("schedule")
    @classmethod
    def _schedule_ok(cls, value: str) -> str:
        if value == "daily":
            return value
        if re.fullmatch(r"weekly:[1-7](,[1-7])*", value):
            return value
        if re.fullmatch(r"dates:\d{4}-\d{2}-\d{2}(,\d{4}-\d{2}-\d{2})*", value):
            for part in value[6:].split(","):
                date.fromisoformat(part)
            return value
        raise ValueError("schedule is daily, weekly:1,3,5 (1 = Monday) or dates:YYYY-MM-DD,...")


class AnnouncementIn(_Item):
    uid: Uid
    title: Title
    body: Body = ""
    valid_from: date | None = None
    valid_to: date | None = None


class IncentiveRuleIn(_Item):
    """激励规则: ``points`` for each event of ``measure`` on the days the rule is valid."""

    uid: Uid
    title: Title
    measure: Literal[RULE_MEASURES]  # type: ignore[valid-type]
    points: Annotated[int, Field(ge=1, le=1000)]
    valid_from: date | None = None
    valid_to: date | None = None
    description: Body = ""

    @model_validator(mode="after")
    def _shape(self) -> IncentiveRuleIn:
        _check_window(self.valid_from, self.valid_to)
        return self


def _check_window(start: date | None, end: date | None) -> None:
    if start and end and end < start:
        raise ValueError("valid_to is before valid_from")


# file name (under content/) -> item model
CONTENT_FILES: dict[str, type[_Item]] = {
    "tag_groups.json": TagGroupIn,
    "stages.json": StageIn,
    "vip_levels.json": VipLevelIn,
    "member_classes.json": MemberClassIn,
    "scenes.json": SceneIn,
    "scripts.json": ScriptIn,
    "materials.json": MaterialIn,
    "coupons.json": CouponIn,
    "playbooks.json": PlaybookIn,
    "daily_tasks.json": DailyTaskIn,
    "announcements.json": AnnouncementIn,
    "incentive_rules.json": IncentiveRuleIn,
}
COUPON_CODES_DIR = "coupon_codes"
