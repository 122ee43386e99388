"""Value types of the SOP engine and the Today queue."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from advisor_desk.domain.segments import SegmentFilter
from advisor_desk.domain.triggers import Trigger


@dataclass(frozen=True)
class StepPlan:
    id: int
    sort: int
    offset_days: int
    title: str


@dataclass(frozen=True)
class PlaybookPlan:
    """One active playbook version, as the engine needs it."""

    id: int
    uid: str
    version: int
    name: str
    trigger: Trigger
    audience: SegmentFilter
    steps: tuple[StepPlan, ...]


@dataclass(frozen=True)
class Kit:
    script_uid: str | None = None
    material_uid: str | None = None
    coupon_uid: str | None = None

    @property
    def parts(self) -> tuple[tuple[str, str], ...]:
        """(kind, uid) in copy order: script, then material, then coupon."""
        return tuple((kind, uid) for kind, uid in (("script", self.script_uid),
                                                   ("material", self.material_uid),
                                                   ("coupon", self.coupon_uid)) if uid)


@dataclass(frozen=True)
class TaskRow:
    task_id: int
    customer_id: int
    customer_name: str
    salutation: str
    step_title: str
    goal: str
    channel: str
    playbook_name: str
    trigger: str  # e.g. "purchase", "birthday:7"
    anchor_date: date
    due_on: date
    effective_due: date
    bucket: str  # overdue | today | soon
    state: str
    days_since_contact: int | None  # None: never contacted
    contact_warning: bool  # contacted within the store's minimum gap
    kit: Kit = field(default_factory=Kit)


@dataclass(frozen=True)
class BirthdayRow:
    customer_id: int
    customer_name: str
    salutation: str
    birthday: date  # the coming birthday
    days_until: int
    vip_level: str | None


@dataclass(frozen=True)
class DailyTaskRow:
    task_id: int
    uid: str
    title: str
    body: str
    material_uid: str | None
    done: bool


@dataclass(frozen=True)
class DayProgress:
    due: int
    done: int

    @property
    def ratio(self) -> float:
        return self.done / self.due if self.due else 1.0


@dataclass(frozen=True)
class TodayQueue:
    advisor_id: int
    on: date
    overdue: tuple[TaskRow, ...]
    today: tuple[TaskRow, ...]
    soon: tuple[TaskRow, ...]
    birthdays: tuple[BirthdayRow, ...]
    daily_tasks: tuple[DailyTaskRow, ...]
    progress: DayProgress
    on_leave: bool = False
    counts: dict[str, int] = field(default_factory=dict)  # full size of each bucket

    def count(self, bucket: str) -> int:
        """How many tasks the bucket holds (its tuple may show only the first ones)."""
        return self.counts.get(bucket, len(getattr(self, bucket)))


@dataclass(frozen=True)
class SweepReport:
    on: date
    missed: int
    runs_started: int
    member_classes_refreshed: int
    transactions: int = 0  # the sweep commits in short batches (docs/architecture.md)
    longest_write_ms: float = 0.0  # the longest of them: nothing else waits longer
