"""What the demo generator needs to know of the applied HQ content."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_desk.store import customers_repo, journal, queue_repo
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
            journal.record(session, kind="sop.step.done", at=when, device_id=device_id,
                           advisor_id=task.advisor_id, customer_id=task.customer_id,
                           payload={"task": task.ulid, "due": task.due_on.isoformat(),
                                    "on_time": True})
            worked += 1
        elif roll < done_share + skip_share:
            task.state, task.done_at, task.done_by = "skipped", at(task.due_on, 12), \
                task.advisor_id
            task.note = rng.choice(("客户出差", "客户表示最近不方便", "已在门店当面沟通"))
            journal.record(session, kind="sop.step.skipped", at=task.done_at,
                           device_id=device_id, advisor_id=task.advisor_id,
                           customer_id=task.customer_id,
                           payload={"task": task.ulid, "reason": task.note})
            worked += 1
    session.flush()
    queue_repo.close_finished_runs(session, sorted({t.run_id for t in tasks}))
    return worked
