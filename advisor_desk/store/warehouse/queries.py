"""The warehouse's aggregate reads for the workbook and (issue 14) the HQ dashboard.

Portable SQLAlchemy Core (the same statements on SQLite and PostgreSQL); each returns plain
tuples, grouped in SQL, for ``services/hq_tables.py`` to shape. ``first``/``last`` bound the
event day (inclusive); None means no bound.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, and_, case, func, literal, select

from advisor_desk.store.warehouse import tables as t


def _period(column, first: date | None, last: date | None) -> list:
    conds = []
    if first is not None:
        conds.append(column >= first)
    if last is not None:
        conds.append(column <= last)
    return conds


def data_days(connection: Connection) -> tuple[date | None, date | None]:
    """The first and last day the received reports cover."""
    r = t.reports.c
    low, high = connection.execute(select(func.min(r.period_from), func.max(r.period_to))).one()
    return low, high


def advisors(connection: Connection) -> list[tuple[str, str, str, str, bool]]:
    """(advisor, store, store name, name, active)."""
    a, s = t.advisors.c, t.stores.c
    return [tuple(r) for r in connection.execute(
        select(a.advisor, a.store_code, func.coalesce(s.name, ""), a.name, a.active)
        .outerjoin(t.stores, t.stores.c.store_code == a.store_code))]


def stores(connection: Connection) -> list[tuple[str, str, str]]:
    s = t.stores.c
    return [tuple(r) for r in connection.execute(select(s.store_code, s.name, s.region))]


def count_by(connection: Connection, kind: str, first: date | None, last: date | None,
             *, where=None) -> list[tuple[str, str | None, int]]:
    """(store, advisor, events) of one event table in the period."""
    table = t.EVENT_TABLES[kind]
    conds = _period(table.c.day, first, last)
    if where is not None:
        conds.append(where(table))
    q = (select(t.devices.c.store_code, table.c.advisor, func.count())
         .join(t.devices, t.devices.c.device_id == table.c.device_id)
         .where(*conds).group_by(t.devices.c.store_code, table.c.advisor))
    return [tuple(r) for r in connection.execute(q)]


def imports(connection: Connection, first: date | None, last: date | None
            ) -> list[tuple[str, str]]:
    """(store, new_by_owner JSON) of the imports in the period."""
    e = t.ev_imports
    return [tuple(r) for r in connection.execute(
        select(t.devices.c.store_code, e.c.new_by_owner)
        .join(t.devices, t.devices.c.device_id == e.c.device_id)
        .where(*_period(e.c.day, first, last)))]


def step_outcomes(connection: Connection, first: date | None, last: date | None
                  ) -> list[tuple[str, str | None, str, int, int, int, int]]:
    """(store, advisor, playbook, step, on time, late, skipped, missed) for steps due in the
    period (the SOP funnel: due -> on time -> late -> missed)."""
    e = t.ev_steps.c
    on_time = func.sum(case((and_(e.outcome == "done", e.on_time.is_(True)), 1), else_=0))
    late = func.sum(case((and_(e.outcome == "done", e.on_time.is_not(True)), 1), else_=0))
    skipped = func.sum(case((e.outcome == "skipped", 1), else_=0))
    missed = func.sum(case((e.outcome == "missed", 1), else_=0))
    q = (select(t.devices.c.store_code, e.advisor, e.playbook, e.step, on_time, late, skipped,
                missed)
         .join(t.devices, t.devices.c.device_id == e.device_id)
         .where(*_period(e.due, first, last))
         .group_by(t.devices.c.store_code, e.advisor, e.playbook, e.step))
    return [tuple(int(x) if i >= 4 else x for i, x in enumerate(r))
            for r in connection.execute(q)]


def coupons(connection: Connection, first: date | None, last: date | None
            ) -> list[tuple[str, str | None, str, str, int]]:
    """(store, advisor, day, coupon type, issued)."""
    e = t.ev_coupons.c
    ci = t.content_items.c
    ctype = func.coalesce(ci.detail, literal(""))
    q = (select(t.devices.c.store_code, e.advisor, e.day, ctype, func.count())
         .join(t.devices, t.devices.c.device_id == e.device_id)
         .outerjoin(t.content_items, and_(ci.kind == "coupon", ci.uid == e.coupon))
         .where(*_period(e.day, first, last))
         .group_by(t.devices.c.store_code, e.advisor, e.day, ctype))
    return [tuple(r) for r in connection.execute(q)]


def usage(connection: Connection, first: date | None, last: date | None
          ) -> list[tuple[str, str, str, int, int]]:
    """(item kind, uid, action, uses, customers) in the period."""
    e = t.ev_usage.c
    q = (select(e.item_kind, e.uid, e.action, func.count(),
                func.count(func.distinct(e.customer)))
         .where(*_period(e.day, first, last)).group_by(e.item_kind, e.uid, e.action))
    return [tuple(r) for r in connection.execute(q)]


def catalog(connection: Connection) -> list[tuple[str, str, str, str, str]]:
    """(kind, uid, title, group, detail) of HQ's items as the stores last reported them."""
    c = t.content_items.c
    return [tuple(r) for r in connection.execute(
        select(c.kind, c.uid, c.title, c.grp, c.detail))]


def customer_counts(connection: Connection) -> list[tuple[str, str, str, int]]:
    """(store, dimension, key, customers) from each device's latest snapshot."""
    c = t.customer_counts.c
    return [tuple(r) for r in connection.execute(
        select(c.store_code, c.dimension, c.key, func.sum(c.count))
        .group_by(c.store_code, c.dimension, c.key))]


def reports(connection: Connection) -> list[tuple]:
    """(store, device, reports, re-exports, last created, last period end, highest seq)."""
    r = t.reports.c
    q = (select(r.store_code, r.device_id, func.count(),
                func.sum(case((r.reexport.is_(True), 1), else_=0)),
                func.max(r.created_at), func.max(r.period_to), func.max(r.seq_to))
         .group_by(r.store_code, r.device_id))
    return [tuple(x) for x in connection.execute(q)]


# ---------------------------------------------------------------- monthly rollups
# The same sums as the event queries above, from the rollups the merge keeps (rollups.py):
# a few thousand rows a month instead of millions of events. ``month``: "YYYY-MM" or None
# (all time). A test holds them equal to the event queries.
def _rolled(table, month: str | None) -> list:
    return [] if month is None else [table.c.month == month]


def rolled_counts(connection: Connection, metric: str, month: str | None
                  ) -> list[tuple[str, str | None, int]]:
    """(store, advisor, events) like ``count_by``: customers, copies or interactions."""
    r, d = t.roll_counts.c, t.devices.c
    q = (select(d.store_code, r.advisor, func.sum(r.n))
         .join(t.devices, d.device_id == r.device_id)
         .where(r.metric == metric, *_rolled(t.roll_counts, month))
         .group_by(d.store_code, r.advisor))
    return [(store, adv or None, int(n)) for store, adv, n in connection.execute(q)]


def rolled_coupons(connection: Connection, month: str | None
                   ) -> list[tuple[str, str | None, str, str, int]]:
    """(store, advisor, month, coupon type, issued) like ``coupons`` (by month)."""
    r, d, ci = t.roll_coupons.c, t.devices.c, t.content_items.c
    ctype = func.coalesce(ci.detail, literal(""))
    q = (select(d.store_code, r.advisor, r.month, ctype, func.sum(r.n))
         .join(t.devices, d.device_id == r.device_id)
         .outerjoin(t.content_items, and_(ci.kind == "coupon", ci.uid == r.coupon))
         .where(*_rolled(t.roll_coupons, month))
         .group_by(d.store_code, r.advisor, r.month, ctype))
    return [(store, adv or None, m, kind, int(n))
            for store, adv, m, kind, n in connection.execute(q)]


def rolled_steps(connection: Connection, month: str | None, by: str
                 ) -> list[tuple]:
    """The SOP funnel (on time, late, skipped, missed) of the steps due in the month, summed
    ``by`` "advisor" — (store, advisor, *funnel) — or by "step" — (playbook, step, *funnel):
    two small results instead of every advisor's every step (~34,000 rows at 300 stores)."""
    r, d = t.roll_steps.c, t.devices.c
    done = r.outcome == "done"
    funnel = (func.sum(case((and_(done, r.on_time == 1), r.n), else_=0)),
              func.sum(case((and_(done, r.on_time == 0), r.n), else_=0)),
              func.sum(case((r.outcome == "skipped", r.n), else_=0)),
              func.sum(case((r.outcome == "missed", r.n), else_=0)))
    if by == "advisor":
        keys = (d.store_code, r.advisor)
        q = select(*keys, *funnel).join(t.devices, d.device_id == r.device_id)
    else:
        keys = (r.playbook, r.step)
        q = select(*keys, *funnel)
    q = q.where(*_rolled(t.roll_steps, month)).group_by(*keys)
    return [(a, b or None if by == "advisor" else b, *(int(x) for x in counts))
            for a, b, *counts in connection.execute(q)]


def rolled_usage(connection: Connection, month: str | None) -> list[tuple[str, str, str, int]]:
    """(item kind, uid, action, uses) like ``usage`` (without the distinct customers)."""
    r = t.roll_usage.c
    q = (select(r.item_kind, r.uid, r.action, func.sum(r.n))
         .where(*_rolled(t.roll_usage, month)).group_by(r.item_kind, r.uid, r.action))
    return [(kind, uid, action, int(n)) for kind, uid, action, n in connection.execute(q)]
