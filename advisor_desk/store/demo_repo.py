"""What the demo generator needs to know of the applied HQ content."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_desk.store import coupons_repo, customers_repo, library_repo, queue_repo
from advisor_desk.store import models as m


@dataclass(frozen=True)
class GroupTags:
    uid: str
    exclusive: bool
    tags: tuple[str, ...]


@dataclass(frozen=True)
class Vocabulary:
    stages: list[str]  # keys in journey order
    vip_levels: list[str]
    groups: list[GroupTags]


def vocabulary(session: Session) -> Vocabulary:
    stages = list(session.scalars(select(m.Stage.key).where(~m.Stage.retired)
                                  .order_by(m.Stage.sort, m.Stage.key)))
    vips = list(session.scalars(select(m.VipLevel.key).where(~m.VipLevel.retired)
                                .order_by(m.VipLevel.sort)))
    groups = []
    for g in session.scalars(select(m.TagGroup).where(~m.TagGroup.retired)
                             .order_by(m.TagGroup.sort, m.TagGroup.id)):
        tags = tuple(session.scalars(select(m.Tag.uid).where(m.Tag.group_id == g.id, ~m.Tag.retired)
                                     .order_by(m.Tag.sort, m.Tag.id)))
        if tags:
            groups.append(GroupTags(g.uid, g.exclusive, tags))
    return Vocabulary(stages, vips, groups)


def work_past_steps(session: Session, today: date, at: Callable[[date, int], datetime],
                    rng: random.Random, *, device_id: str, done_share: float = 0.8,
                    skip_share: float = 0.05) -> int:
    """Demo history: steps that came due before ``today`` (still open, or born missed because
    their event predates the app) were mostly done on their day (logged on the customer's
    timeline like a real "done"), a few skipped; the rest stay overdue or missed."""
    tasks = session.scalars(select(m.SopTask).where(m.SopTask.state.in_(("open", "missed")),
                                                    m.SopTask.due_on < today)
                            .order_by(m.SopTask.id)).all()
    worked = 0
    for task in tasks:
        roll = rng.random()
        if roll < done_share:
            when = at(task.due_on, rng.randint(10, 19))
            task.state, task.done_at, task.done_by = "done", when, task.advisor_id
            step = session.get(m.PlaybookStep, task.step_id)
            customers_repo.record_interaction(
                session, task.customer_id, at=when,
                kind="moments" if step.channel == "moments" else "chat", note=step.title,
                advisor_id=task.advisor_id, device_id=device_id, sop_task_id=task.id)
            worked += 1
        elif roll < done_share + skip_share:
            task.state, task.done_at, task.done_by = "skipped", at(task.due_on, 12), \
                task.advisor_id
            task.note = rng.choice(("客户出差", "客户表示最近不方便", "已在门店当面沟通"))
            worked += 1
    session.flush()
    queue_repo.close_finished_runs(session, sorted({t.run_id for t in tasks}))
    return worked


def recent_usage(session: Session, today: date, at: Callable[[date, int], datetime],
                 rng: random.Random, *, device_id: str, store_code: str,
                 days: int = 45) -> int:
    """Demo history for the rankings: each advisor's copies of HQ scripts and materials on
    their own customers over the last ``days`` days, and now and then a pooled coupon code
    issued (through the same writes as a real copy). Returns the number of usage events."""
    scripts = list(session.scalars(select(m.Script.uid).where(
        ~m.Script.retired, m.Script.origin == "hq").order_by(m.Script.id)))
    materials = list(session.scalars(select(m.Material.uid).where(~m.Material.retired)
                                     .order_by(m.Material.id)))
    pooled = [uid for uid in session.scalars(select(m.Coupon.uid).where(~m.Coupon.retired)
                                             .order_by(m.Coupon.id))
              if coupons_repo.has_pool(session, uid, store_code)]
    if not scripts:
        return 0
    events = 0
    for advisor_id in queue_repo.active_advisor_ids(session):
        customers = list(session.scalars(select(m.CustomerAdvisor.customer_id).where(
            m.CustomerAdvisor.advisor_id == advisor_id).order_by(m.CustomerAdvisor.customer_id)))
        diligence = rng.uniform(0.5, 1.0)  # advisors differ, so the rankings do too
        for back in range(days, 0, -1):
            day = date.fromordinal(today.toordinal() - back)
            for _ in range(rng.randint(0, round(8 * diligence))):
                kind = "script" if rng.random() < 0.7 or not materials else "material"
                uid = rng.choice(scripts if kind == "script" else materials)
                library_repo.record_usage(
                    session, kind=kind, uid=uid, action="copy", advisor_id=advisor_id,
                    customer_id=rng.choice(customers) if customers else None,
                    at=at(day, rng.randint(10, 20)), device_id=device_id)
                events += 1
            if pooled and customers and rng.random() < 0.25 * diligence:
                when = at(day, rng.randint(10, 20))
                uid = rng.choice(pooled)
                customer = rng.choice(customers)
                coupons_repo.issue_code(session, uid, store_code, advisor_id=advisor_id,
                                        customer_id=customer, at=when, device_id=device_id)
                library_repo.record_usage(session, kind="coupon", uid=uid, action="issue",
                                          advisor_id=advisor_id, customer_id=customer,
                                          at=when, device_id=device_id)
                events += 1
    return events
