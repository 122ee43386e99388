"""SOP runs: active playbook plans, customer facts for audiences, starting runs."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisor_desk.domain import membership, sop
from advisor_desk.domain.clock import local_day
from advisor_desk.domain.ids import new_ulids
from advisor_desk.domain.segments import CustomerFacts, SegmentFilter
from advisor_desk.domain.tasks import PlaybookPlan, StepPlan
from advisor_desk.domain.triggers import Trigger, parse_trigger
from advisor_desk.store import bulk, customers_repo, journal
from advisor_desk.store import models as m


def active_plans(session: Session) -> list[PlaybookPlan]:
    plans = []
    for pb in session.scalars(select(m.Playbook).where(m.Playbook.active)
                              .order_by(m.Playbook.uid)):
        steps = tuple(
            StepPlan(s.id, s.sort, s.offset_days, s.title)
            for s in session.scalars(select(m.PlaybookStep).where(
                m.PlaybookStep.playbook_id == pb.id).order_by(m.PlaybookStep.sort)))
        plans.append(PlaybookPlan(pb.id, pb.uid, pb.version, pb.name, parse_trigger(pb.trigger),
                                  SegmentFilter.from_dict(pb.audience), steps))
    return plans


def tag_groups(session: Session) -> dict[str, str]:
    """tag uid -> tag group uid."""
    return dict(session.execute(select(m.Tag.uid, m.TagGroup.uid).join(
        m.TagGroup, m.TagGroup.id == m.Tag.group_id)).all())


def customer_facts(session: Session, customer_id: int, tz: tzinfo) -> CustomerFacts | None:
    c = session.get(m.Customer, customer_id)
    if c is None or c.deleted_at is not None:
        return None
    tags = frozenset(session.scalars(select(m.Tag.uid).join(
        m.CustomerTag, m.CustomerTag.tag_id == m.Tag.id).where(
        m.CustomerTag.customer_id == customer_id)))
    return CustomerFacts(
        stage_key=c.stage_key, tags=tags, vip_level=c.vip_level, member_class=c.member_class,
        added_on=local_day(c.added_at, tz),
        last_purchase_on=local_day(c.last_purchase_at, tz) if c.last_purchase_at else None,
        birthday=(c.birth_month, c.birth_day) if c.birth_month and c.birth_day else None,
        name=c.name, remark_name=c.remark_name, name_initials=c.name_initials, phone=c.phone)


def audience_members(session: Session, flt: SegmentFilter, customer_ids: list[int],
                     today: date, tz: tzinfo) -> set[int]:
    """Which of ``customer_ids`` are in the segment (one query per 500 ids, not per
    customer: an import of 100,000 customers checks audiences in bulk)."""
    from advisor_desk.store.segment_query import conditions

    where = conditions(session, flt, today=today, tz=tz, by_id=True)  # rowid lookups
    found: set[int] = set()
    for chunk in _chunks(sorted(set(customer_ids))):
        found.update(session.scalars(select(m.Customer.id).where(
            m.Customer.id.in_(chunk), *where)))
    return found


def customers_with_run(session: Session, playbook_uid: str,
                       trigger_key: str) -> set[tuple[int, date]]:
    return set(session.execute(select(m.SopRun.customer_id, m.SopRun.anchor_date).where(
        m.SopRun.playbook_uid == playbook_uid, m.SopRun.trigger_key == trigger_key)).all())


def runs_started_since(session: Session, playbook_uid: str, trigger_key: str,
                       since: datetime) -> int:
    """How many runs of this playbook and trigger started at or after ``since``."""
    return session.scalar(select(func.count()).select_from(m.SopRun).where(
        m.SopRun.playbook_uid == playbook_uid, m.SopRun.trigger_key == trigger_key,
        m.SopRun.started_at >= since)) or 0


def plan_steps(plan: PlaybookPlan, trigger: Trigger, anchor: date, today: date,
               grace_days: int) -> list[tuple[int, date, str]]:
    """(step id, due day, initial state) of a new run; empty when it should not start
    (every step already beyond the grace period: an event recorded long after the fact)."""
    start = sop.run_start(trigger, anchor, today)
    steps = [(step.id, start + timedelta(days=step.offset_days)) for step in plan.steps]
    if trigger.kind in sop.CALENDAR_KINDS:  # a birthday wish after the day is pointless
        steps = [(sid, due) for sid, due in steps if due >= today]
    if not steps or all((today - due).days > grace_days for _, due in steps):
        return []
    return [(sid, due, "missed" if (today - due).days > grace_days else "open")
            for sid, due in steps]


def start_runs(session: Session, *, plan: PlaybookPlan, trigger: Trigger,
               wanted: list[tuple[int, date]], today: date, grace_days: int, now: datetime,
               device_id: str) -> int:
    """Start runs for (customer id, anchor) pairs in bulk with their tasks and journal
    entries; pairs that already have a run (same playbook, trigger and anchor) are skipped.
    Returns how many runs were started."""
    key = str(trigger)
    existing = set()
    customers = sorted({cid for cid, _ in wanted})
    for chunk in _chunks(customers):
        existing |= set(session.execute(select(m.SopRun.customer_id, m.SopRun.anchor_date).where(
            m.SopRun.playbook_uid == plan.uid, m.SopRun.trigger_key == key,
            m.SopRun.customer_id.in_(chunk))).all())
    todo: list[tuple[int, date, list[tuple[int, date, str]]]] = []
    seen = set()
    steps_of: dict[date, list[tuple[int, date, str]]] = {}
    for cid, anchor in wanted:
        if (cid, anchor) in existing or (cid, anchor) in seen:
            continue
        seen.add((cid, anchor))
        if anchor not in steps_of:
            steps_of[anchor] = plan_steps(plan, trigger, anchor, today, grace_days)
        steps = steps_of[anchor]
        if steps:
            todo.append((cid, anchor, steps))
    if not todo:
        return 0
    owners: dict[int, int] = {}
    for chunk in _chunks(sorted({cid for cid, _, _ in todo})):
        for cid, advisor in session.execute(select(
                m.CustomerAdvisor.customer_id, m.CustomerAdvisor.advisor_id).where(
                m.CustomerAdvisor.customer_id.in_(chunk), m.CustomerAdvisor.role == "owner")
                .order_by(m.CustomerAdvisor.since.desc())):
            owners[cid] = advisor  # the earliest owner wins (rows come newest first)
    first = bulk.next_id(session, "sop_runs")
    stamp = bulk.ts(now)
    bulk.insert(session, "sop_runs", ("id", "ulid", "customer_id", "playbook_id", "playbook_uid",
                                      "trigger_key", "anchor_date", "state", "started_at"),
                ((first + n, u, cid, plan.id, plan.uid, key, bulk.day(anchor), "running", stamp)
                 for n, (u, (cid, anchor, _)) in enumerate(zip(new_ulids(len(todo), now), todo,
                                                               strict=True))))
    tasks = [(first + n, cid, sid, due, state) for n, (cid, _, steps) in enumerate(todo)
             for sid, due, state in steps]
    task_ulids = new_ulids(len(tasks), now)
    bulk.insert(session, "sop_tasks", ("ulid", "run_id", "step_id", "customer_id", "advisor_id",
                                       "due_on", "state", "note"),
                ((u, run_id, sid, cid, owners.get(cid), bulk.day(due), state, "")
                 for u, (run_id, cid, sid, due, state) in zip(task_ulids, tasks, strict=True)))
    # a step born missed (its event was recorded late) is an outcome reports carry
    journal.record_each(session, kind="sop.step.missed", device_id=device_id, items=[
        (cid, {"task": u, "due": due.isoformat()}, now)
        for u, (_, cid, _, due, state) in zip(task_ulids, tasks, strict=True)
        if state == "missed"])
    journal.record_many(session, kind="sop.run.started", at=now, device_id=device_id,
                        items=[(cid, {"playbook": plan.uid, "trigger": key,
                                      "anchor": anchor.isoformat()}) for cid, anchor, _ in todo])
    return len(todo)


def _chunks(items: list, size: int = 500):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def birthday_candidates(session: Session, start: date, end: date) -> list[tuple[int, int, int]]:
    """(customer id, month, day) for birthdays between start and end (may wrap the year;
    29 Feb is included when 28 Feb is in range)."""
    ranges = []
    if start.year == end.year:
        ranges.append((start.strftime("%m%d"), end.strftime("%m%d")))
    else:
        ranges += [(start.strftime("%m%d"), "1231"), ("0101", end.strftime("%m%d"))]
    out = []
    for low, high in ranges:
        high_leap = "0229" if low <= "0228" <= high else high
        q = select(m.Customer.id, m.Customer.birth_month, m.Customer.birth_day).where(
            m.Customer.deleted_at.is_(None),
            m.Customer.birthday_md.between(low, max(high, high_leap)))
        out += [tuple(row) for row in session.execute(q)]
    return out


def dormant_candidates(session: Session, cutoff: datetime) -> list[tuple[int, datetime]]:
    """(customer id, last purchase) of customers whose last purchase is before ``cutoff``."""
    q = select(m.Customer.id, m.Customer.last_purchase_at).where(
        m.Customer.deleted_at.is_(None), m.Customer.last_purchase_at.is_not(None),
        m.Customer.last_purchase_at <= cutoff)
    return [tuple(row) for row in session.execute(q)]


def customer_ids(session: Session) -> list[int]:
    return list(session.scalars(select(m.Customer.id).where(m.Customer.deleted_at.is_(None))))


def member_class_changes(session: Session, edge_from: datetime, edge_to: datetime,
                         now: datetime) -> tuple[int, list[tuple]]:
    """Recompute purchases_12m / last purchase / member class of customers with a purchase
    in [edge_from, edge_to) (purchases that are leaving the 12-month window), in bulk: one
    grouped read (the first sweep of a shop may recompute 10,000 customers). Returns how
    many were checked and the rows to write with ``set_member_classes`` (in batches)."""
    con = bulk.connection(session)
    rows = con.execute(
        "SELECT c.id, c.purchases_12m, c.last_purchase_at, c.member_class, "
        "count(CASE WHEN p.at > ? THEN 1 END), max(p.at) "
        "FROM customers c JOIN purchases p ON p.customer_id = c.id AND p.at <= ? "
        "WHERE c.id IN (SELECT customer_id FROM purchases WHERE at >= ? AND at < ?) "
        "GROUP BY c.id",
        (bulk.ts(now - membership.WINDOW), bulk.ts(now), bulk.ts(edge_from),
         bulk.ts(edge_to))).fetchall()
    rules = customers_repo.thresholds(session)
    stamp = bulk.ts(now)
    changed = []
    for cid, old_count, old_last, old_class, count, last in rows:
        cls = membership.member_class(count, rules)
        if (count, last, cls) != (old_count, old_last, old_class):
            changed.append((count, last, cls, stamp, cid))
    return len(rows), changed


def set_member_classes(session: Session, changed: list[tuple]) -> None:
    """Write rows from ``member_class_changes`` (count, last, class, stamp, customer id)."""
    bulk.connection(session).executemany(
        "UPDATE customers SET purchases_12m = ?, last_purchase_at = ?, member_class = ?, "
        "updated_at = ? WHERE id = ?", changed)
    session.expire_all()  # customers this session had loaded are stale now
