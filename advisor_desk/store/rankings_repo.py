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

from sqlalchemy import String, distinct, func, literal_column, select
from sqlalchemy.orm import Session

from advisor_desk.domain import rankings as r
from advisor_desk.domain import sop
from advisor_desk.domain.rankings import DayTally, IncentiveRule
from advisor_desk.store import models as m

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
    # literal arguments: SQLite must see the select list and GROUP BY as one expression
    return func.substr(column, literal_column("1"), literal_column(str(int(length))),
                       type_=String)


def advisors(session: Session) -> list[tuple[int, str, bool]]:
    return [(a.id, a.name, a.active) for a in session.scalars(
        select(m.Advisor).order_by(m.Advisor.id))]


def rules(session: Session) -> list[IncentiveRule]:
    return [IncentiveRule(x.uid, x.title, x.measure, x.points, x.valid_from, x.valid_to)
            for x in session.scalars(select(m.IncentiveRule).where(~m.IncentiveRule.retired)
                                     .order_by(m.IncentiveRule.id))]


def offset_spans(lo: datetime, hi: datetime, tz: tzinfo
                 ) -> list[tuple[datetime, datetime, int]]:
    """``[lo, hi)`` cut where the zone's UTC offset changes (found to the hour): (start,
    end, offset in minutes). One span in China; two in a month with a daylight-saving
    change."""
    spans: list[tuple[datetime, datetime, int]] = []
    at, hi = lo.astimezone(UTC), hi.astimezone(UTC)  # hours of real time, not wall-clock
    while at < hi:
        offset = int(at.astimezone(tz).utcoffset().total_seconds() // 60)  # type: ignore[union-attr]
        if spans and spans[-1][2] == offset:
            spans[-1] = (spans[-1][0], min(at + timedelta(hours=1), hi), offset)
        else:
            spans.append((at, min(at + timedelta(hours=1), hi), offset))
        at += timedelta(hours=1)
    return spans


def _local_date(column, offset: int):
    """SQL for the local calendar day (text YYYY-MM-DD) of a stored UTC instant."""
    return func.date(column, literal_column(f"'{offset:+d} minutes'"), type_=String)


def daily_counts(session: Session, start: date, end: date, tz: tzinfo, *,
                 practice_kind: str) -> Daily:
    """Per advisor, per local day from ``start`` to ``end`` (inclusive): new customers (by
    owner), steps done on time (by who did them, on or before the due day), coupons issued,
    copies, cards practised. SQL groups by the local day, one query per span of constant
    UTC offset."""
    out: Daily = defaultdict(lambda: defaultdict(int))
    advisor_ids = _advisor_ids(session)
    lo, hi = local_start(start, tz), local_start(end + timedelta(days=1), tz)
    for span_lo, span_hi, offset in offset_spans(lo, hi, tz):
        for measure, advisor_id, day, count in _span_counts(
                session, span_lo, span_hi, offset, advisor_ids, practice_kind):
            if advisor_id is not None:
                out[(advisor_id, measure)][date.fromisoformat(day)] += count
    return out


def _span_counts(session: Session, lo: datetime, hi: datetime, offset: int,
                 advisor_ids: list[int], practice_kind: str):
    c, link = m.Customer, m.CustomerAdvisor
    day = _local_date(c.added_at, offset)
    for advisor_id, d, count in session.execute(
            select(link.advisor_id, day, func.count())
            .join(link, (link.customer_id == c.id) & (link.role == "owner"))
            .where(c.added_at >= lo, c.added_at < hi, c.deleted_at.is_(None))
            .group_by(link.advisor_id, day)):
        yield r.NEW_CUSTOMERS, advisor_id, d, count

    t = m.SopTask
    day = _local_date(t.done_at, offset)
    for advisor_id, d, count in session.execute(
            select(t.done_by, day, func.count())
            .where(t.done_by.in_(advisor_ids), t.done_at >= lo, t.done_at < hi,
                   t.state == "done", day <= t.due_on)
            .group_by(t.done_by, day)):
        yield r.STEPS_ON_TIME, advisor_id, d, count

    u = m.UsageEvent
    day = _local_date(u.at, offset)
    for advisor_id, action, d, count in session.execute(
            select(u.advisor_id, u.action, day, func.count())
            .where(u.advisor_id.in_(advisor_ids), u.at >= lo, u.at < hi)
            .group_by(u.advisor_id, u.action, day)):
        yield (r.COUPONS_ISSUED if action == "issue" else r.COPIES), advisor_id, d, count

    e = m.Event
    day = _local_date(e.at, offset)
    for advisor_id, d, count in session.execute(
            select(e.advisor_id, day, func.count())
            .where(e.kind == practice_kind, e.at >= lo, e.at < hi)
            .group_by(e.advisor_id, day)):
        yield r.CARDS_PRACTISED, advisor_id, d, count


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
    """Per advisor: (steps due from ``start`` to ``end``, of them done)."""
    t = m.SopTask
    out: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for advisor_id, state, count in session.execute(
            select(t.advisor_id, t.state, func.count())
            .where(t.advisor_id.in_(_advisor_ids(session)), t.state.in_(TASK_STATES),
                   t.due_on >= start, t.due_on <= end)
            .group_by(t.advisor_id, t.state)):
        out[advisor_id][0] += count
        if state == "done":
            out[advisor_id][1] += count
    return {a: (due, done) for a, (due, done) in out.items()}


def day_tallies(session: Session, advisor_id: int, start: date, end: date, tz: tzinfo
                ) -> list[DayTally]:
    """Steps due each day from ``start`` to ``end`` for one advisor, and how many of them were
    done by the end of their day (a skipped step is not done)."""
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
        if state == "done" and bucket is not None and _local_day(bucket, tz) <= due_on:
            done[due_on] += count
    return [DayTally(d, due[d], done[d]) for d in sorted(due)]


def leaves(session: Session, advisor_id: int) -> list[sop.Leave]:
    return [sop.Leave(a, b) for a, b in session.execute(
        select(m.AdvisorLeave.from_date, m.AdvisorLeave.to_date)
        .where(m.AdvisorLeave.advisor_id == advisor_id))]
