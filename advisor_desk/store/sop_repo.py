"""SOP runs: active playbook plans, customer facts for audiences, starting runs."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisor_desk.domain import sop
from advisor_desk.domain.clock import local_day
from advisor_desk.domain.ids import new_ulid
from advisor_desk.domain.segments import CustomerFacts, SegmentFilter
from advisor_desk.domain.tasks import PlaybookPlan, StepPlan
from advisor_desk.domain.triggers import Trigger, parse_trigger
from advisor_desk.store import customers_repo, journal
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


def owner_of(session: Session, customer_id: int) -> int | None:
    return session.scalar(select(m.CustomerAdvisor.advisor_id).where(
        m.CustomerAdvisor.customer_id == customer_id, m.CustomerAdvisor.role == "owner")
        .order_by(m.CustomerAdvisor.since).limit(1))


def run_exists(session: Session, customer_id: int, playbook_uid: str, trigger_key: str,
               anchor: date) -> bool:
    return session.scalar(select(func.count()).select_from(m.SopRun).where(
        m.SopRun.customer_id == customer_id, m.SopRun.playbook_uid == playbook_uid,
        m.SopRun.trigger_key == trigger_key, m.SopRun.anchor_date == anchor)) > 0


def customers_with_run(session: Session, playbook_uid: str,
                       trigger_key: str) -> set[tuple[int, date]]:
    return set(session.execute(select(m.SopRun.customer_id, m.SopRun.anchor_date).where(
        m.SopRun.playbook_uid == playbook_uid, m.SopRun.trigger_key == trigger_key)).all())


def start_run(session: Session, *, customer_id: int, plan: PlaybookPlan, trigger: Trigger,
              anchor: date, today: date, grace_days: int, now: datetime,
              device_id: str) -> bool:
    """Start a run and create its tasks; False when the same run exists or every step is
    already beyond the grace period (an event recorded long after the fact)."""
    key = str(trigger)
    if run_exists(session, customer_id, plan.uid, key, anchor):
        return False
    start = sop.run_start(trigger, anchor, today)
    dues = [start + timedelta(days=step.offset_days) for step in plan.steps]
    if not dues or all((today - due).days > grace_days for due in dues):
        return False
    run = m.SopRun(ulid=new_ulid(now), customer_id=customer_id, playbook_id=plan.id,
                   playbook_uid=plan.uid, trigger_key=key, anchor_date=anchor, state="running",
                   started_at=now)
    session.add(run)
    session.flush()
    advisor_id = owner_of(session, customer_id)
    for step, due in zip(plan.steps, dues, strict=True):
        missed = (today - due).days > grace_days
        session.add(m.SopTask(ulid=new_ulid(now), run_id=run.id, step_id=step.id,
                              customer_id=customer_id, advisor_id=advisor_id, due_on=due,
                              state="missed" if missed else "open"))
    journal.record(session, kind="sop.run.started", at=now, device_id=device_id,
                   customer_id=customer_id, payload={"playbook": plan.uid, "trigger": key,
                                                     "anchor": anchor.isoformat()})
    return True


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


def refresh_member_classes(session: Session, edge_from: datetime, edge_to: datetime,
                           now: datetime) -> int:
    """Recompute purchases_12m / member class of customers with a purchase in
    [edge_from, edge_to) (purchases that are leaving the 12-month window)."""
    ids = list(session.scalars(select(m.Purchase.customer_id).where(
        m.Purchase.at >= edge_from, m.Purchase.at < edge_to).distinct()))
    rules = customers_repo.thresholds(session)
    for cid in ids:
        customer = session.get(m.Customer, cid)
        if customer is not None:
            customers_repo.refresh_purchase_stats(session, customer, now, rules)
    return len(ids)
