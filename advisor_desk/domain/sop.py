"""SOP scheduling rules (docs/sop.md), pure and clock-free: every function takes the
dates it needs. The store and services apply them to rows.

- A run has an anchor date; step N is due on ``start + offset_days`` where ``start`` is the
  anchor, except for a dormant run first seen after its nominal anchor, which starts the day
  it is seen (a reactivation is about now, not about the past).
- Birthday and campaign-date runs are created ``LOOKAHEAD_DAYS`` ahead so the queue can show
  them under "coming days"; when one is created late, steps whose day has passed are dropped
  (a birthday wish after the day is pointless). Steps of an event-triggered run created late
  are still created (do it late rather than never), and those already beyond the grace period
  are born ``missed``; a run whose every step is beyond the grace period is not started.
- Leave: a task due during an advisor's leave is not overdue while the leave lasts; its grace
  period starts on the first working day after the leave; nothing turns missed during leave.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from advisor_desk.domain.triggers import Trigger

LOOKAHEAD_DAYS = 7  # birthdays/campaigns/queue "coming days"
OPEN_STATES = ("open", "snoozed")
CALENDAR_KINDS = ("birthday", "date")  # runs bound to a calendar day: late steps are dropped
FINAL_STATES = ("done", "skipped", "missed")


@dataclass(frozen=True)
class Leave:
    start: date
    end: date  # inclusive

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end


def birthday_in_year(month: int, day: int, year: int) -> date:
    """29 February falls on 28 February in common years."""
    if month == 2 and day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return date(year, month, day)


def next_birthday(month: int, day: int, on_or_after: date) -> date:
    this_year = birthday_in_year(month, day, on_or_after.year)
    if this_year >= on_or_after:
        return this_year
    return birthday_in_year(month, day, on_or_after.year + 1)


def birthday_anchor(trigger: Trigger, month: int, day: int, today: date) -> date | None:
    """The anchor of a ``birthday[:N]`` run whose steps are not all behind us: the coming
    birthday minus N days; None when it is more than LOOKAHEAD_DAYS away."""
    upcoming = next_birthday(month, day, today)
    anchor = upcoming - timedelta(days=trigger.days)
    return anchor if anchor <= today + timedelta(days=LOOKAHEAD_DAYS) else None


def dormant_anchor(trigger: Trigger, last_purchase: date | None, today: date) -> date | None:
    """Nominal anchor of a ``dormant:N`` run (last purchase + N) once it is reached; one per
    dormancy episode, because the anchor moves with every new purchase."""
    if last_purchase is None:
        return None
    anchor = last_purchase + timedelta(days=trigger.days)
    return anchor if anchor <= today else None


def campaign_anchor(trigger: Trigger, today: date) -> date | None:
    anchor = trigger.on_date
    return anchor if anchor <= today + timedelta(days=LOOKAHEAD_DAYS) else None


def run_start(trigger: Trigger, anchor: date, today: date) -> date:
    """Where offsets count from (see the module docstring)."""
    if trigger.kind == "dormant" and anchor < today:
        return today
    return anchor


def effective_due(due_on: date, leaves: Iterable[Leave]) -> date:
    """The day a task counts as due: after any leave that covers its due date."""
    day = due_on
    moved = True
    while moved:  # leaves may be back to back
        moved = False
        for leave in leaves:
            if leave.covers(day):
                day = leave.end + timedelta(days=1)
                moved = True
    return day


def merge_leaves(leaves: Iterable[Leave]) -> list[Leave]:
    """Overlapping or back-to-back leaves as single spans (same effect on due days)."""
    merged: list[Leave] = []
    for leave in sorted(leaves, key=lambda lv: lv.start):
        if merged and leave.start <= merged[-1].end + timedelta(days=1):
            merged[-1] = Leave(merged[-1].start, max(merged[-1].end, leave.end))
        else:
            merged.append(leave)
    return merged


def on_leave(today: date, leaves: Iterable[Leave]) -> bool:
    return any(leave.covers(today) for leave in leaves)


def is_missed(due_on: date, today: date, grace_days: int, leaves: Iterable[Leave]) -> bool:
    """Overdue beyond the grace period (never while the advisor is on leave)."""
    leaves = list(leaves)
    if on_leave(today, leaves):
        return False
    return (today - effective_due(due_on, leaves)).days > grace_days


def bucket(due_on: date, today: date, leaves: Iterable[Leave]) -> str:
    """overdue | today | soon, for the Today queue."""
    due = effective_due(due_on, leaves)
    if due < today:
        return "overdue"
    if due == today:
        return "today"
    return "soon"


def contact_too_recent(last_contact: date | None, today: date, min_gap_days: int) -> bool:
    """The contact guard: warn when the customer was contacted within the minimum gap."""
    return last_contact is not None and (today - last_contact).days < min_gap_days


def daily_task_due(schedule: str, day: date) -> bool:
    """``daily`` | ``weekly:1,3`` (1 = Monday) | ``dates:YYYY-MM-DD,...``."""
    if schedule == "daily":
        return True
    kind, _, arg = schedule.partition(":")
    if kind == "weekly":
        return str(day.isoweekday()) in arg.split(",")
    if kind == "dates":
        return day.isoformat() in arg.split(",")
    return False
