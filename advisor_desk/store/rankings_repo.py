"""The facts rankings count (domain/rankings.py, docs/rankings.md), aggregated in SQL.

Instants are stored as UTC text; a calendar day is the store's. SQL groups each count by the
UTC hour (or minute, in a zone whose offset is not whole hours) and Python folds those few
thousand groups into local days, so every zone and daylight-saving change is exact while
SQLite only counts index entries.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache

from sqlalchemy import String, distinct, func, select
from sqlalchemy.orm import Session

from advisor_desk.domain import rankings as r
from advisor_desk.domain import sop
from advisor_desk.domain.rankings import DayTally, IncentiveRule
from advisor_desk.store import models as m

HANDLED = ("done", "skipped")
TASK_STATES = ("open", "snoozed", "done", "skipped", "missed")

Daily = dict[tuple[int, str], dict[date, int]]  # (advisor id, measure) -> day -> count


def local_start(day: date, tz: tzinfo) -> datetime:
    """The instant a local calendar day begins."""
    return datetime.combine(day, time(0), tz)


def _bucket_length(tz: tzinfo, start: datetime, end: datetime) -> int:
    """Characters of the stored text to group by: the hour, or the minute in a zone with
    a half- or quarter-hour offset."""
    offsets = {tz.utcoffset(start.replace(tzinfo=None)), tz.utcoffset(end.replace(tzinfo=None))}
    whole = all(o is not None and o.total_seconds() % 3600 == 0 for o in offsets)
    return 13 if whole else 16


@lru_cache(maxsize=65536)
def _local_day(bucket: str, tz: tzinfo) -> date:
    stamp = datetime.fromisoformat(bucket + ":00" if len(bucket) == 13 else bucket)
    return stamp.replace(tzinfo=UTC).astimezone(tz).date()


def _bucket(column, length: int):
    return func.substr(column, 1, length, type_=String)


def advisors(session: Session) -> list[tuple[int, str, bool]]:
    return [(a.id, a.name, a.active) for a in session.scalars(
        select(m.Advisor).order_by(m.Advisor.id))]


def rules(session: Session) -> list[IncentiveRule]:
    return [IncentiveRule(x.uid, x.title, x.measure, x.points, x.valid_from, x.valid_to)
            for x in session.scalars(select(m.IncentiveRule).where(~m.IncentiveRule.retired)
                                     .order_by(m.IncentiveRule.id))]


def daily_counts(session: Session, start: date, end: date, tz: tzinfo, *,
                 practice_kind: str) -> Daily:
    """Per advisor, per local day from ``start`` to ``end`` (inclusive): new customers (by
    owner), steps done on time (by who did them), coupons issued, copies, cards practised."""
    lo, hi = local_start(start, tz), local_start(end + timedelta(days=1), tz)
    n = _bucket_length(tz, lo, hi)
    out: Daily = defaultdict(lambda: defaultdict(int))

    def add(advisor_id: int | None, measure: str, bucket: str, count: int) -> None:
        if advisor_id is not None:
            out[(advisor_id, measure)][_local_day(bucket, tz)] += count

    c, link = m.Customer, m.CustomerAdvisor
    hour = _bucket(c.added_at, n)
    for advisor_id, bucket, count in session.execute(
            select(link.advisor_id, hour, func.count())
            .join(link, (link.customer_id == c.id) & (link.role == "owner"))
            .where(c.added_at >= lo, c.added_at < hi, c.deleted_at.is_(None))
            .group_by(link.advisor_id, hour)):
        add(advisor_id, r.NEW_CUSTOMERS, bucket, count)

    t = m.SopTask
    hour = _bucket(t.done_at, n)
    for advisor_id, bucket, due_on, count in session.execute(
            select(t.done_by, hour, t.due_on, func.count())
            .where(t.done_by.in_(_advisor_ids(session)), t.done_at >= lo, t.done_at < hi,
                   t.state == "done")
            .group_by(t.done_by, hour, t.due_on)):
        if _local_day(bucket, tz) <= due_on:
            add(advisor_id, r.STEPS_ON_TIME, bucket, count)

    u = m.UsageEvent
    hour = _bucket(u.at, n)
    for advisor_id, action, bucket, count in session.execute(
            select(u.advisor_id, u.action, hour, func.count())
            .where(u.advisor_id.in_(_advisor_ids(session)), u.at >= lo, u.at < hi)
            .group_by(u.advisor_id, u.action, hour)):
        add(advisor_id, r.COUPONS_ISSUED if action == "issue" else r.COPIES, bucket, count)

    e = m.Event
    hour = _bucket(e.at, n)
    for advisor_id, bucket, count in session.execute(
            select(e.advisor_id, hour, func.count())
            .where(e.kind == practice_kind, e.at >= lo, e.at < hi)
            .group_by(e.advisor_id, hour)):
        add(advisor_id, r.CARDS_PRACTISED, bucket, count)
    return out


def _advisor_ids(session: Session) -> list[int]:
    """Every advisor id: an ``IN`` list lets SQLite seek the (advisor, instant) indexes."""
    return list(session.scalars(select(m.Advisor.id)))


def customers_contacted(session: Session, start: date, end: date, tz: tzinfo
                        ) -> dict[int, int]:
    """Distinct customers each advisor logged a contact with (chat, call, visit …, a done
    SOP step logs one too) from ``start`` to ``end``."""
    i = m.Interaction
    lo, hi = local_start(start, tz), local_start(end + timedelta(days=1), tz)
    return dict(session.execute(
        select(i.advisor_id, func.count(distinct(i.customer_id)))
        .where(i.advisor_id.in_(_advisor_ids(session)), i.at >= lo, i.at < hi)
        .group_by(i.advisor_id)).all())


def steps_due(session: Session, start: date, end: date) -> dict[int, tuple[int, int]]:
    """Per advisor: (steps due from ``start`` to ``end``, of them done or skipped)."""
    t = m.SopTask
    out: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for advisor_id, state, count in session.execute(
            select(t.advisor_id, t.state, func.count())
            .where(t.advisor_id.in_(_advisor_ids(session)), t.state.in_(TASK_STATES),
                   t.due_on >= start, t.due_on <= end)
            .group_by(t.advisor_id, t.state)):
        out[advisor_id][0] += count
        if state in HANDLED:
            out[advisor_id][1] += count
    return {a: (due, handled) for a, (due, handled) in out.items()}


def day_tallies(session: Session, advisor_id: int, start: date, end: date, tz: tzinfo
                ) -> list[DayTally]:
    """Steps due each day from ``start`` to ``end`` for one advisor, and how many of them were
    handled (done or skipped) by the end of their day."""
    t = m.SopTask
    lo, hi = local_start(start, tz), local_start(end + timedelta(days=1), tz)
    n = _bucket_length(tz, lo, hi)
    due: dict[date, int] = defaultdict(int)
    done: dict[date, int] = defaultdict(int)
    for due_on, state, bucket, count in session.execute(
            select(t.due_on, t.state, _bucket(t.done_at, n), func.count())
            .where(t.advisor_id == advisor_id, t.state.in_(TASK_STATES),
                   t.due_on >= start, t.due_on <= end)
            .group_by(t.due_on, t.state, _bucket(t.done_at, n))):
        due[due_on] += count
        if state in HANDLED and bucket is not None and _local_day(bucket, tz) <= due_on:
            done[due_on] += count
    return [DayTally(d, due[d], done[d]) for d in sorted(due)]


def leaves(session: Session, advisor_id: int) -> list[sop.Leave]:
    return [sop.Leave(a, b) for a, b in session.execute(
        select(m.AdvisorLeave.from_date, m.AdvisorLeave.to_date)
        .where(m.AdvisorLeave.advisor_id == advisor_id))]
