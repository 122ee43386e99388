"""Rankings rules: periods, points from rules with validity windows, ranks and ties, streak."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from advisor_desk.domain import rankings as r
from advisor_desk.domain.rankings import Activity, DayTally, IncentiveRule

D = date(2026, 11, 18)  # a Wednesday


def test_periods():
    assert r.period_of("day", D) == r.Period("day", D, D)
    assert r.period_of("week", D) == r.Period("week", date(2026, 11, 16), date(2026, 11, 22))
    assert r.period_of("week", date(2026, 11, 22)).start == date(2026, 11, 16)  # Sunday
    assert r.period_of("month", date(2028, 2, 10)).end == date(2028, 2, 29)
    assert r.period_of("month", D).shifted(2) == r.period_of("month", date(2027, 1, 5))
    assert r.period_of("month", D).shifted(-11).start == date(2025, 12, 1)
    assert r.period_of("week", D).shifted(-1).end == date(2026, 11, 15)
    month = r.period_of("month", D)
    assert month.through(D) == D and month.through(date(2027, 1, 1)) == month.end
    assert month.through(date(2026, 10, 31)) is None and len(month.days) == 30
    with pytest.raises(ValueError):
        r.period_of("year", D)


def _activity(advisor_id, name, **daily):
    return Activity(advisor_id, name, daily={k: v for k, v in daily.items()})


def test_points_follow_the_rules_and_their_windows():
    rules = [IncentiveRule("a", "按时", r.STEPS_ON_TIME, 2),
             IncentiveRule("b", "新客", r.NEW_CUSTOMERS, 3),
             IncentiveRule("c", "新客加倍", r.NEW_CUSTOMERS, 3, date(2026, 11, 17),
                           date(2026, 11, 18)),
             IncentiveRule("d", "十二月", r.COPIES, 10, date(2026, 12, 1))]
    a = _activity(1, "甲", steps_on_time={D: 4, D - timedelta(days=5): 1},
                  new_customers={D: 1, D - timedelta(days=2): 2}, copies={D: 7})
    assert r.points_for(a, rules) == {r.STEPS_ON_TIME: 10, r.NEW_CUSTOMERS: 12, r.COPIES: 0}
    (s,) = r.standings([a], rules, r.period_of("month", D))
    assert s.points == 22 and dict(s.points_by_measure)[r.NEW_CUSTOMERS] == 12
    assert not rules[3].active_in(r.period_of("month", D))
    (s,) = r.standings([a], [], r.period_of("month", D))
    assert s.points is None and s.steps_on_time == 5 and s.copies == 7


def test_ties_share_a_rank_and_are_listed_by_name_then_id():
    month = r.period_of("month", D)
    rows = [_activity(4, "王芳", steps_on_time={D: 3}), _activity(2, "李娜", steps_on_time={D: 3}),
            _activity(3, "李娜", steps_on_time={D: 3}), _activity(1, "张伟", steps_on_time={D: 5}),
            _activity(5, "赵敏")]
    ranked = r.standings(rows, [], month)
    assert [(s.rank, s.name, s.advisor_id) for s in ranked] == [
        (1, "张伟", 1), (2, "李娜", 2), (2, "李娜", 3), (2, "王芳", 4), (5, "赵敏", 5)]
    assert r.standings(list(reversed(rows)), [], month) == ranked  # input order is irrelevant


def test_with_rules_points_come_first_then_the_measures_break_ties():
    month = r.period_of("month", D)
    rules = [IncentiveRule("n", "新客", r.NEW_CUSTOMERS, 2),
             IncentiveRule("o", "按时", r.STEPS_ON_TIME, 1)]
    busy = _activity(1, "甲", steps_on_time={D: 4})  # 4 points
    new = _activity(2, "乙", new_customers={D: 2})  # 4 points, fewer steps on time
    rate = Activity(3, "丙", daily={r.STEPS_ON_TIME: {D: 4}}, steps_due=4, steps_done=4)
    ranked = r.standings([new, busy, rate], rules, month)
    assert [(s.name, s.rank, s.points) for s in ranked] == [
        ("丙", 1, 4), ("甲", 2, 4), ("乙", 3, 4)]
    assert ranked[0].completion == 1 and ranked[1].completion is None


def test_completion_rate():
    (s,) = r.standings([Activity(1, "甲", steps_due=3, steps_done=2)], [],
                       r.period_of("day", D))
    assert s.completion_pct == 66.7 and s.value(r.COMPLETION) == 66.7


def test_streak_counts_complete_days_and_skips_idle_days_and_leave():
    today = D
    t = [DayTally(today - timedelta(days=n), due, done) for n, due, done in [
        (0, 3, 1),  # today, not finished yet: does not break
        (1, 2, 2), (2, 0, 0), (3, 1, 1),  # an idle day in between
        (4, 2, 0),  # on leave: skipped
        (5, 1, 1), (6, 2, 1), (7, 1, 1)]]
    leave = {today - timedelta(days=4)}
    assert r.streak(t, today, lambda d: d in leave) == 3
    assert r.streak(t, today) == 2  # without the leave, day 4 breaks it
    done_today = [DayTally(today, 2, 2), *t[1:]]
    assert r.streak(done_today, today, lambda d: d in leave) == 4
    assert r.streak([], today) == 0


def test_line_has_one_point_per_day():
    line = r.line([DayTally(D, 3, 2)], D, days=5)
    assert [x.day for x in line] == [D - timedelta(days=n) for n in range(4, -1, -1)]
    assert line[-1] == DayTally(D, 3, 2) and line[0] == DayTally(D - timedelta(days=4), 0, 0)
