"""SOP scheduling rules, clock-free."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from advisor_desk.domain import sop
from advisor_desk.domain.triggers import parse_trigger

D = date(2026, 11, 24)


@pytest.mark.parametrize(("year", "expected"), [(2027, date(2027, 2, 28)),
                                                (2028, date(2028, 2, 29))])
def test_29_february_falls_on_28_february_in_common_years(year, expected):
    assert sop.birthday_in_year(2, 29, year) == expected


def test_next_birthday_wraps_the_year():
    assert sop.next_birthday(11, 24, D) == D
    assert sop.next_birthday(11, 23, D) == date(2027, 11, 23)
    assert sop.next_birthday(2, 29, date(2027, 3, 1)) == date(2028, 2, 29)


def test_birthday_anchor_is_n_days_before_and_only_within_the_lookahead():
    t = parse_trigger("birthday:7")
    assert sop.birthday_anchor(t, 12, 1, D) == date(2026, 11, 24)
    assert sop.birthday_anchor(t, 12, 8, D) == date(2026, 12, 1)  # 7 days ahead: shown soon
    assert sop.birthday_anchor(t, 12, 9, D) is None
    assert sop.birthday_anchor(parse_trigger("birthday"), 11, 30, D) == date(2026, 11, 30)


def test_dormant_anchor_moves_with_the_last_purchase():
    t = parse_trigger("dormant:730")
    assert sop.dormant_anchor(t, date(2024, 11, 24), D) == D
    assert sop.dormant_anchor(t, date(2024, 11, 25), D) is None
    assert sop.dormant_anchor(t, None, D) is None
    # first seen late: a reactivation starts the day it is seen
    assert sop.run_start(t, date(2026, 1, 1), D) == D
    assert sop.run_start(parse_trigger("purchase"), date(2026, 11, 20), D) == date(2026, 11, 20)


def test_leave_moves_the_due_day_and_stops_missing():
    leave = [sop.Leave(date(2026, 11, 10), date(2026, 11, 20))]
    assert sop.effective_due(date(2026, 11, 12), leave) == date(2026, 11, 21)
    assert sop.effective_due(date(2026, 11, 9), leave) == date(2026, 11, 9)
    back_to_back = [*leave, sop.Leave(date(2026, 11, 21), date(2026, 11, 22))]
    assert sop.effective_due(date(2026, 11, 12), back_to_back) == date(2026, 11, 23)
    # due during leave: grace starts on the first working day after it
    assert not sop.is_missed(date(2026, 11, 12), date(2026, 11, 28), 7, leave)
    assert sop.is_missed(date(2026, 11, 12), date(2026, 11, 29), 7, leave)
    # nothing turns missed while the leave lasts
    assert not sop.is_missed(date(2026, 10, 1), date(2026, 11, 15), 7, leave)
    assert sop.bucket(date(2026, 11, 12), date(2026, 11, 21), leave) == "today"


def test_grace_boundary_and_buckets():
    assert not sop.is_missed(date(2026, 11, 17), D, 7, [])
    assert sop.is_missed(date(2026, 11, 16), D, 7, [])
    assert [sop.bucket(d, D, []) for d in (date(2026, 11, 23), D, date(2026, 11, 25))] == \
        ["overdue", "today", "soon"]


def test_contact_guard_and_daily_schedules():
    assert sop.contact_too_recent(date(2026, 11, 20), D, 7)
    assert not sop.contact_too_recent(date(2026, 11, 17), D, 7)
    assert not sop.contact_too_recent(None, D, 7)
    assert sop.daily_task_due("daily", D)
    assert sop.daily_task_due("weekly:2,4", D)  # 2026-11-24 is a Tuesday
    assert not sop.daily_task_due("weekly:3", D)
    assert sop.daily_task_due("dates:2026-11-11,2026-11-24", D)


def test_merged_leaves_move_due_days_like_the_step_by_step_rule():
    leaves = [sop.Leave(date(2026, 11, 21), date(2026, 11, 22)),
              sop.Leave(date(2026, 11, 10), date(2026, 11, 20)),
              sop.Leave(date(2026, 12, 1), date(2026, 12, 2))]
    merged = sop.merge_leaves(leaves)
    assert merged == [sop.Leave(date(2026, 11, 10), date(2026, 11, 22)),
                      sop.Leave(date(2026, 12, 1), date(2026, 12, 2))]
    for offset in range(40):
        day = date(2026, 11, 1) + timedelta(days=offset)
        inside = next((s for s in merged if s.covers(day)), None)
        expected = inside.end + timedelta(days=1) if inside else day
        assert sop.effective_due(day, leaves) == expected
