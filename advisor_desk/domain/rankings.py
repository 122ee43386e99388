"""Rankings of a store's advisors (排行) and HQ's incentive rules (激励规则): pure rules.

The store hands over facts per advisor (counts per calendar day, the steps due in the period
and how many were done); this module turns them into standings: points from the rules,
the order, ranks with ties, the streak. docs/rankings.md defines every measure.

Order (documented, deterministic): with incentive rules, points first; then steps done on
time, completion rate, new customers, coupons issued, customers contacted, copies, Q&A cards
practised — all higher first (a period with no step due counts as the lowest completion).
Advisors equal on that whole key share a rank (1, 2, 2, 4) and are listed by name (Unicode
order), then by id.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from fractions import Fraction

PERIODS = ("day", "week", "month")

# counted per event and per calendar day, so they add up and rules can give points for them
STEPS_ON_TIME = "steps_on_time"
NEW_CUSTOMERS = "new_customers"
COUPONS_ISSUED = "coupons_issued"
COPIES = "copies"
CARDS_PRACTISED = "cards_practised"
DAILY_MEASURES = (NEW_CUSTOMERS, STEPS_ON_TIME, COUPONS_ISSUED, COPIES, CARDS_PRACTISED)
RULE_MEASURES = DAILY_MEASURES
# measured over the whole period
COMPLETION = "completion"
CUSTOMERS_CONTACTED = "customers_contacted"
# the columns of a board, in the order pages and the CLI show them
MEASURES = (NEW_CUSTOMERS, STEPS_ON_TIME, COMPLETION, CUSTOMERS_CONTACTED, COUPONS_ISSUED,
            COPIES, CARDS_PRACTISED)
TIE_ORDER = (STEPS_ON_TIME, COMPLETION, NEW_CUSTOMERS, COUPONS_ISSUED, CUSTOMERS_CONTACTED,
             COPIES, CARDS_PRACTISED)

LINE_DAYS = 30  # the advisor's own line of daily done vs due
STREAK_MAX_DAYS = 366


@dataclass(frozen=True)
class Period:
    kind: str  # day | week | month
    start: date
    end: date  # inclusive

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=n) for n in range((self.end - self.start).days + 1)]

    def through(self, today: date) -> date | None:
        """The last day that has happened (None: the period lies in the future)."""
        if self.start > today:
            return None
        return min(self.end, today)

    def shifted(self, steps: int) -> Period:
        """The period ``steps`` before (negative) or after this one."""
        if self.kind == "month":
            month = self.start.year * 12 + self.start.month - 1 + steps
            return period_of("month", date(month // 12, month % 12 + 1, 1))
        length = 7 if self.kind == "week" else 1
        return period_of(self.kind, self.start + timedelta(days=length * steps))


def period_of(kind: str, day: date) -> Period:
    """The day, the week (Monday to Sunday) or the calendar month holding ``day``."""
    if kind == "day":
        return Period(kind, day, day)
    if kind == "week":
        start = day - timedelta(days=day.weekday())
        return Period(kind, start, start + timedelta(days=6))
    if kind == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return Period(kind, day.replace(day=1), day.replace(day=last))
    raise ValueError(f"unknown period {kind!r}")


@dataclass(frozen=True)
class IncentiveRule:
    """``points`` for each event of ``measure`` on a day from ``valid_from`` to ``valid_to``
    (either open). Several rules for one measure add up (a campaign doubles by adding one)."""

    uid: str
    title: str
    measure: str
    points: int
    valid_from: date | None = None
    valid_to: date | None = None

    def applies_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and \
            (self.valid_to is None or day <= self.valid_to)

    def active_in(self, period: Period) -> bool:
        """Whether the rule applies on at least one day of ``period``."""
        return (self.valid_from is None or self.valid_from <= period.end) and \
            (self.valid_to is None or period.start <= self.valid_to)


@dataclass(frozen=True)
class Activity:
    """What one advisor did in one period, as the store counted it."""

    advisor_id: int
    name: str
    daily: Mapping[str, Mapping[date, int]] = field(default_factory=dict)  # measure -> day -> n
    customers_contacted: int = 0
    steps_due: int = 0
    steps_done: int = 0  # of the steps due: done (a skipped step is not)

    def total(self, measure: str) -> int:
        return sum(self.daily.get(measure, {}).values())

    @property
    def is_empty(self) -> bool:
        return not (self.customers_contacted or self.steps_due or
                    any(self.total(m) for m in DAILY_MEASURES))


@dataclass(frozen=True)
class Standing:
    advisor_id: int
    name: str
    rank: int
    points: int | None  # None: no incentive rule applies to the period
    new_customers: int
    steps_on_time: int
    steps_due: int
    steps_done: int
    customers_contacted: int
    coupons_issued: int
    copies: int
    cards_practised: int
    points_by_measure: tuple[tuple[str, int], ...] = ()

    @property
    def completion(self) -> Fraction | None:
        """Steps done among the steps due (None when nothing was due)."""
        return Fraction(self.steps_done, self.steps_due) if self.steps_due else None

    @property
    def counted(self) -> bool:
        """Anything at all was counted for this advisor in the period."""
        return any((self.new_customers, self.steps_due, self.customers_contacted,
                    self.coupons_issued, self.copies, self.cards_practised))

    @property
    def completion_pct(self) -> float | None:
        value = self.completion
        return None if value is None else round(float(value) * 100, 1)

    def value(self, measure: str) -> int | float | None:
        if measure == COMPLETION:
            return self.completion_pct
        if measure == "points":
            return self.points
        return getattr(self, measure)


def points_for(activity: Activity, rules: Iterable[IncentiveRule]) -> dict[str, int]:
    """Points per measure: each rule's points times the events on the days it applies."""
    out: dict[str, int] = {}
    for rule in rules:
        days = activity.daily.get(rule.measure, {})
        earned = sum(n for day, n in days.items() if rule.applies_on(day)) * rule.points
        out[rule.measure] = out.get(rule.measure, 0) + earned
    return out


def standings(activities: Iterable[Activity], rules: Sequence[IncentiveRule],
              period: Period) -> list[Standing]:
    """Ranked standings (see the module's docstring for the order and ties)."""
    rules = [r for r in rules if r.active_in(period)]
    rows = []
    for a in activities:
        by_measure = points_for(a, rules) if rules else {}
        rows.append(Standing(
            advisor_id=a.advisor_id, name=a.name, rank=0,
            points=sum(by_measure.values()) if rules else None,
            new_customers=a.total(NEW_CUSTOMERS), steps_on_time=a.total(STEPS_ON_TIME),
            steps_due=a.steps_due, steps_done=a.steps_done,
            customers_contacted=a.customers_contacted,
            coupons_issued=a.total(COUPONS_ISSUED), copies=a.total(COPIES),
            cards_practised=a.total(CARDS_PRACTISED),
            points_by_measure=tuple(sorted(by_measure.items()))))
    return rank(rows)


def merit(s: Standing) -> tuple:
    """The ranking key, higher is better (equal keys share a rank)."""
    completion = s.completion if s.completion is not None else Fraction(-1)
    values = {m: (completion if m == COMPLETION else getattr(s, m)) for m in TIE_ORDER}
    return (s.points if s.points is not None else 0, *(values[m] for m in TIE_ORDER))


def rank(rows: Iterable[Standing]) -> list[Standing]:
    ordered = sorted(rows, key=lambda s: (tuple(-v for v in merit(s)), s.name, s.advisor_id))
    out: list[Standing] = []
    for n, s in enumerate(ordered):
        shared = out and merit(out[-1]) == merit(s)
        out.append(replace(s, rank=out[-1].rank if shared else n + 1))
    return out


# ---------------------------------------------------------------------- an advisor's days
@dataclass(frozen=True)
class DayTally:
    """Steps an advisor had due on one day, and how many of them were done by that day's
    end."""

    day: date
    due: int
    done: int

    @property
    def complete(self) -> bool:
        return self.due > 0 and self.done >= self.due


def streak(tallies: Iterable[DayTally], today: date,
           on_leave: Callable[[date], bool] = lambda _d: False) -> int:
    """Days in a row, back from today, on which every step due was done on time.

    Days with nothing due and days on leave neither break nor extend a streak; today counts
    once complete and does not break it before (the day is not over).
    """
    by_day = {t.day: t for t in tallies}
    count = 0
    for day in sorted(by_day, reverse=True):
        t = by_day[day]
        if day > today or t.due == 0 or on_leave(day):
            continue
        if t.complete:
            count += 1
        elif day < today:
            break
    return count


def line(tallies: Iterable[DayTally], last: date, days: int = LINE_DAYS) -> list[DayTally]:
    """One tally per day for the ``days`` days ending ``last`` (missing days are zero)."""
    by_day = {t.day: t for t in tallies}
    span = [last - timedelta(days=n) for n in range(days - 1, -1, -1)]
    return [by_day.get(d, DayTally(d, 0, 0)) for d in span]
