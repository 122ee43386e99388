"""Daily backups rotate: the last 7 days that have one, then one a week for 4 weeks."""

from __future__ import annotations

from datetime import datetime, timedelta

from advisor_desk.domain.backups import daily_to_keep


def _days(n: int, start=datetime(2026, 12, 7, 9, 30)) -> list[tuple[str, datetime]]:
    return [((start - timedelta(days=i)).strftime("%m-%d"), start - timedelta(days=i))
            for i in range(n)]


def test_seven_daily_and_four_weekly_from_sixty_days():
    # 2026-12-07 is a Monday; the daily rule keeps 12-07 .. 12-01 (ISO weeks 50 and 49)
    kept = daily_to_keep(_days(60), daily=7, weekly=4)
    assert sorted(kept, reverse=True) == [
        "12-07", "12-06", "12-05", "12-04", "12-03", "12-02", "12-01",
        # the newest backup of each earlier ISO week: week 49's newest (12-06) is already
        # kept, so the weekly ones are the Sundays of weeks 48, 47, 46 and 45
        "11-29", "11-22", "11-15", "11-08"]


def test_two_backups_of_one_day_keep_the_newest_and_zero_weekly():
    morning = datetime(2026, 12, 7, 8)
    backups = [("a", morning), ("b", morning + timedelta(hours=3)),
               ("c", morning - timedelta(days=1))]
    assert daily_to_keep(backups, daily=7, weekly=0) == {"b", "c"}
    assert daily_to_keep(backups, daily=1, weekly=0) == {"b"}
    assert daily_to_keep([], daily=7, weekly=4) == set()


def test_gaps_do_not_shorten_the_history():
    """A PC switched off for a fortnight still keeps 7 backups, not 7 calendar days."""
    start = datetime(2026, 12, 7, 9)
    backups = [(i, start - timedelta(days=3 * i)) for i in range(20)]
    kept = daily_to_keep(backups, daily=7, weekly=4)
    assert set(range(7)) <= kept and len(kept) == 11
