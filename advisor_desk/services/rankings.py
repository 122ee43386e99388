"""排行 Rankings: this store's advisors by day, week or month, points from HQ's incentive
rules, and an advisor's own streak and 30-day line (docs/rankings.md)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from advisor_desk.domain import rankings as r
from advisor_desk.domain import sop
from advisor_desk.domain.errors import N_, InvalidInput
from advisor_desk.domain.rankings import Activity, DayTally, IncentiveRule, Period, Standing
from advisor_desk.services.context import ServiceContext
from advisor_desk.store import rankings_repo
from advisor_desk.store.training_repo import PRACTICE_EVENT

# The journal entry of one answered practice card (issue 18's practice cards).
PRACTICE_EVENT_KIND = PRACTICE_EVENT


@dataclass(frozen=True)
class Board:
    period: Period
    through: date | None  # the last day counted (None: the period has not started)
    rules: tuple[IncentiveRule, ...]  # the incentive rules that apply in the period
    standings: tuple[Standing, ...]

    @property
    def has_rules(self) -> bool:
        return bool(self.rules)

    @property
    def is_empty(self) -> bool:
        """Nothing happened in the period (no step due, nothing counted)."""
        return all(not s.steps_due and not s.customers_contacted and not any(
            s.value(m) for m in r.DAILY_MEASURES) for s in self.standings)

    def standing_of(self, advisor_id: int | None) -> Standing | None:
        return next((s for s in self.standings if s.advisor_id == advisor_id), None)


@dataclass(frozen=True)
class MyProgress:
    advisor_id: int
    on: date
    streak: int
    line: tuple[DayTally, ...]  # the 30 days before ``on``, oldest first


class RankingsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def board(self, period: str = "month", on: date | None = None) -> Board:
        """Standings of every active advisor (and of a departed one with activity) for the
        day, week (Monday-Sunday) or month holding ``on`` (default: today)."""
        if period not in r.PERIODS:
            raise InvalidInput(N_("A ranking period is day, week or month."))
        clock = self._ctx.clock
        today = clock.today()
        span = r.period_of(period, on or today)
        through = span.through(today)
        with self._ctx.db.read() as s:
            people = rankings_repo.advisors(s)
            all_rules = rankings_repo.rules(s)
            if through is None:
                daily, contacted, due = {}, {}, {}
            else:
                daily = rankings_repo.daily_counts(s, span.start, through, clock.tz,
                                                   practice_kind=PRACTICE_EVENT_KIND)
                contacted = rankings_repo.customers_contacted(s, span.start, through, clock.tz)
                due = rankings_repo.steps_due(s, span.start, through)
        activities = []
        for advisor_id, name, active in people:
            a = Activity(
                advisor_id, name,
                daily={m: dict(daily.get((advisor_id, m), {})) for m in r.DAILY_MEASURES},
                customers_contacted=contacted.get(advisor_id, 0),
                steps_due=due.get(advisor_id, (0, 0))[0],
                steps_done=due.get(advisor_id, (0, 0))[1])
            if active or not a.is_empty:
                activities.append(a)
        rules = tuple(x for x in all_rules if x.active_in(span))
        return Board(span, through, rules, tuple(r.standings(activities, rules, span)))

    def my_progress(self, advisor_id: int, on: date | None = None) -> MyProgress:
        """The advisor's streak (up to ``on``, default today) and daily done vs due over the
        30 full days before ``on`` (the day in progress is the Today page's business)."""
        clock = self._ctx.clock
        on = on or clock.today()
        first = on - timedelta(days=r.LINE_DAYS)
        with self._ctx.db.read() as s:
            leave = rankings_repo.leaves(s, advisor_id)
            tallies = rankings_repo.day_tallies(s, advisor_id, first, on, clock.tz)
            if not _broken(tallies, on, leave):  # the streak may go back further
                longer = rankings_repo.day_tallies(
                    s, advisor_id, on - timedelta(days=r.STREAK_MAX_DAYS - 1), on, clock.tz)
            else:
                longer = tallies
        return MyProgress(advisor_id, on,
                          r.streak(longer, on, lambda d: sop.on_leave(d, leave)),
                          tuple(r.line(tallies, on - timedelta(days=1))))

    def rules(self) -> list[IncentiveRule]:
        with self._ctx.db.read() as s:
            return rankings_repo.rules(s)


def _broken(tallies: list[DayTally], today: date, leave: list[sop.Leave]) -> bool:
    return any(t.due and not t.complete and t.day < today and not sop.on_leave(t.day, leave)
               for t in tallies)
