"""The Today queue and task actions. The queue is an index range scan over
``sop_tasks(advisor_id, state, due_on)``, never a computation over all customers."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import Date, and_, case, func, literal, select, update
from sqlalchemy.orm import Session

from advisor_desk.domain import sop
from advisor_desk.domain.clock import local_day
from advisor_desk.domain.errors import N_, InvalidInput, NotFound
from advisor_desk.domain.tasks import Kit, TaskRow
from advisor_desk.store import journal
from advisor_desk.store import models as m

_ROW = (m.SopTask.id, m.SopTask.customer_id, m.SopTask.due_on, m.SopTask.state,
        m.Customer.name, m.Customer.remark_name, m.Customer.salutation,
        m.Customer.last_contact_at, m.PlaybookStep.title, m.PlaybookStep.goal,
        m.PlaybookStep.channel, m.PlaybookStep.script_uid, m.PlaybookStep.material_uid,
        m.PlaybookStep.coupon_uid, m.Playbook.name, m.SopRun.trigger_key, m.SopRun.anchor_date)


def _joined(q):
    return (q.join(m.Customer, m.Customer.id == m.SopTask.customer_id)
            .join(m.PlaybookStep, m.PlaybookStep.id == m.SopTask.step_id)
            .join(m.SopRun, m.SopRun.id == m.SopTask.run_id)
            .join(m.Playbook, m.Playbook.id == m.SopRun.playbook_id))


def leaves(session: Session, advisor_id: int | None) -> list[sop.Leave]:
    if advisor_id is None:
        return []
    return [sop.Leave(a, b) for a, b in session.execute(
        select(m.AdvisorLeave.from_date, m.AdvisorLeave.to_date)
        .where(m.AdvisorLeave.advisor_id == advisor_id).order_by(m.AdvisorLeave.from_date))]


def _row(r, today: date, tz: tzinfo, gap: int, leave: list[sop.Leave]) -> TaskRow:
    last = local_day(r.last_contact_at, tz) if r.last_contact_at else None
    due = sop.effective_due(r.due_on, leave)
    return TaskRow(
        task_id=r.id, customer_id=r.customer_id, customer_name=r.remark_name or r.name,
        salutation=r.salutation, step_title=r.title, goal=r.goal, channel=r.channel,
        playbook_name=r[14], trigger=r.trigger_key, anchor_date=r.anchor_date,
        due_on=r.due_on, effective_due=due, bucket=sop.bucket(r.due_on, today, leave),
        state=r.state, days_since_contact=(today - last).days if last else None,
        contact_warning=sop.contact_too_recent(last, today, gap),
        kit=Kit(r.script_uid, r.material_uid, r.coupon_uid))


def _effective_due(leave: list[sop.Leave]):
    """SQL for ``sop.effective_due``: a due day inside a leave span moves to the day after."""
    spans = sop.merge_leaves(leave)
    if not spans:
        return m.SopTask.due_on
    return case(*((m.SopTask.due_on.between(s.start, s.end),
                   literal(s.end + timedelta(days=1), type_=Date)) for s in spans),
                else_=m.SopTask.due_on)


def queue(session: Session, advisor_id: int, today: date, tz: tzinfo, contact_gap: int,
          lookahead: int = sop.LOOKAHEAD_DAYS, limit: int = 100
          ) -> tuple[list[TaskRow], dict[str, int]]:
    """An advisor's open and snoozed tasks due up to ``today + lookahead``: the first
    ``limit`` rows of each bucket (overdue / today / soon, earliest first) and the full count
    of each bucket. An index range scan; the backlog's size does not matter."""
    leave = leaves(session, advisor_id)
    horizon = today + timedelta(days=lookahead)
    due = _effective_due(leave)
    bucket = case((due < today, literal("overdue")), (due == today, literal("today")),
                  else_=literal("soon"))
    mine = (m.SopTask.advisor_id == advisor_id, m.SopTask.state.in_(sop.OPEN_STATES),
            m.SopTask.due_on <= horizon, due <= horizon)
    counts = {"overdue": 0, "today": 0, "soon": 0}
    for name, count in session.execute(select(bucket, func.count()).where(*mine)
                                       .group_by(bucket)):
        counts[name] = count
    rows: list[TaskRow] = []
    for name, condition in (("overdue", due < today), ("today", due == today),
                            ("soon", due > today)):
        if counts[name]:
            # pick the first ids on the task index alone, then join only those rows
            first = select(m.SopTask.id).where(*mine, condition).order_by(
                due, m.SopTask.id).limit(limit).scalar_subquery()
            q = _joined(select(*_ROW)).where(m.SopTask.id.in_(first)).order_by(
                due, m.SopTask.id)
            rows += [_row(r, today, tz, contact_gap, leave) for r in session.execute(q)]
    return rows, counts


def next_step(session: Session, customer_id: int, today: date, tz: tzinfo,
              contact_gap: int) -> TaskRow | None:
    """The earliest open task over the customer's running runs (overdue first)."""
    q = _joined(select(*_ROW, m.SopTask.advisor_id)).where(
        m.SopTask.customer_id == customer_id, m.SopTask.state.in_(sop.OPEN_STATES),
        m.SopRun.state == "running").order_by(m.SopTask.due_on, m.SopTask.id).limit(1)
    r = session.execute(q).first()
    if r is None:
        return None
    return _row(r, today, tz, contact_gap, leaves(session, r.advisor_id))


def task(session: Session, task_id: int) -> m.SopTask:
    t = session.get(m.SopTask, task_id)
    if t is None:
        raise NotFound(N_("This SOP step no longer exists."))
    return t


def require_open(t: m.SopTask) -> None:
    if t.state not in sop.OPEN_STATES:
        raise InvalidInput(N_("This step has already been handled."))


def close_run_if_finished(session: Session, run_id: int) -> None:
    close_finished_runs(session, [run_id])


def missed_tasks(session: Session, today: date, grace_days: int) -> list[tuple]:
    """(task id, run id, ulid, customer id, due day) of the open tasks overdue beyond grace
    (leave-aware), by task id; ``set_missed`` marks them in batches."""
    cutoff = today - timedelta(days=grace_days + 1)
    candidates = session.execute(select(m.SopTask.id, m.SopTask.advisor_id, m.SopTask.due_on,
                                        m.SopTask.run_id, m.SopTask.ulid,
                                        m.SopTask.customer_id).where(
        m.SopTask.state.in_(sop.OPEN_STATES), m.SopTask.due_on <= cutoff)).all()
    leave_of: dict[int | None, list[sop.Leave]] = {}
    missed = []
    for task_id, advisor_id, due_on, run_id, ulid, customer_id in candidates:
        if advisor_id not in leave_of:
            leave_of[advisor_id] = leaves(session, advisor_id)
        if sop.is_missed(due_on, today, grace_days, leave_of[advisor_id]):
            missed.append((task_id, run_id, ulid, customer_id, due_on))
    return sorted(missed)


def set_missed(session: Session, tasks: list[tuple], *, now: datetime, device_id: str) -> int:
    """Mark those of ``tasks`` (from ``missed_tasks``) that are still open missed, each
    journaled (``sop.step.missed``: activity reports carry it); close runs left with nothing
    open. Returns how many."""
    still_open: set[int] = set()
    ids = [t[0] for t in tasks]
    for chunk in range(0, len(ids), 500):
        still_open |= set(session.scalars(select(m.SopTask.id).where(
            m.SopTask.id.in_(ids[chunk:chunk + 500]), m.SopTask.state.in_(sop.OPEN_STATES))))
    todo = [t for t in tasks if t[0] in still_open]
    journal.record_each(session, kind="sop.step.missed", device_id=device_id,
                        items=[(cid, {"task": ulid, "due": due.isoformat()}, now)
                               for _, _, ulid, cid, due in todo])
    ids = [t[0] for t in todo]
    for chunk in range(0, len(ids), 500):
        session.execute(update(m.SopTask).where(m.SopTask.id.in_(ids[chunk:chunk + 500]))
                        .values(state="missed"))
    close_finished_runs(session, sorted({t[1] for t in todo}))
    return len(todo)


def close_finished_runs(session: Session, run_ids: list[int]) -> None:
    """Runs among ``run_ids`` with no open task left become ``done``."""
    still_open = select(m.SopTask.id).where(m.SopTask.run_id == m.SopRun.id,
                                            m.SopTask.state.in_(sop.OPEN_STATES)).exists()
    for chunk in range(0, len(run_ids), 500):
        session.execute(update(m.SopRun).where(m.SopRun.id.in_(run_ids[chunk:chunk + 500]),
                                               ~still_open).values(state="done"))


def done_today(session: Session, advisor_id: int, day: date, tz: tzinfo) -> int:
    start = datetime(day.year, day.month, day.day, tzinfo=tz)
    return session.scalar(select(func.count()).select_from(m.SopTask).where(
        m.SopTask.done_by == advisor_id, m.SopTask.state.in_(("done", "skipped")),
        m.SopTask.done_at >= start, m.SopTask.done_at < start + timedelta(days=1))) or 0


def due_count(session: Session, advisor_id: int, day: date) -> int:
    """Open tasks due on or before ``day`` (what is on the plate today)."""
    return session.scalar(select(func.count()).select_from(m.SopTask).where(
        m.SopTask.advisor_id == advisor_id, m.SopTask.state.in_(sop.OPEN_STATES),
        m.SopTask.due_on <= day)) or 0


def hand_over(session: Session, from_advisor: int, to_advisor: int) -> int:
    result = session.execute(update(m.SopTask).where(
        m.SopTask.advisor_id == from_advisor, m.SopTask.state.in_(sop.OPEN_STATES))
        .values(advisor_id=to_advisor))
    return result.rowcount or 0


def overlapping_leave(session: Session, advisor_id: int, start: date, end: date) -> bool:
    return bool(session.scalar(select(func.count()).select_from(m.AdvisorLeave).where(
        m.AdvisorLeave.advisor_id == advisor_id,
        and_(m.AdvisorLeave.from_date <= end, m.AdvisorLeave.to_date >= start))))



def birthdays(session: Session, advisor_id: int, start: date, end: date
              ) -> list[tuple[int, str, str, int, int, str | None]]:
    """(id, display name, salutation, month, day, vip) of the advisor's customers whose
    birthday (MMDD) falls between start and end (the range may wrap the year)."""
    spans = [(start.strftime("%m%d"), end.strftime("%m%d"))] if start.year == end.year else [
        (start.strftime("%m%d"), "1231"), ("0101", end.strftime("%m%d"))]
    out = []
    for low, high in spans:
        if low <= "0228" <= high:
            high = max(high, "0229")  # 29 Feb is celebrated on 28 Feb in common years
        # the birthday index drives; the link is probed by its primary key (an EXISTS keeps
        # the planner from walking all of an advisor's links first)
        linked = select(m.CustomerAdvisor.customer_id).where(
            m.CustomerAdvisor.customer_id == m.Customer.id,
            m.CustomerAdvisor.advisor_id == advisor_id).exists()
        q = select(m.Customer.id, m.Customer.remark_name, m.Customer.name, m.Customer.salutation,
                   m.Customer.birth_month, m.Customer.birth_day, m.Customer.vip_level).where(
            m.Customer.deleted_at.is_(None), m.Customer.birthday_md.between(low, high), linked)
        out += [(r.id, r.remark_name or r.name, r.salutation, r.birth_month, r.birth_day,
                 r.vip_level) for r in session.execute(q)]
    return out


def daily_tasks(session: Session, advisor_id: int, day: date) -> list[tuple[m.DailyTask, bool]]:
    done = set(session.scalars(select(m.DailyTaskDone.task_id).where(
        m.DailyTaskDone.advisor_id == advisor_id, m.DailyTaskDone.on_date == day)))
    tasks = session.scalars(select(m.DailyTask).where(m.DailyTask.active).order_by(m.DailyTask.id))
    return [(t, t.id in done) for t in tasks if sop.daily_task_due(t.schedule, day)]


def save_progress(session: Session, advisor_id: int, day: date, due: int, done: int,
                  on_time: int) -> None:
    row = session.get(m.DailyProgress, (advisor_id, day))
    if row is None:
        session.add(m.DailyProgress(advisor_id=advisor_id, on_date=day, due=due, done=done,
                                    on_time=on_time))
    else:
        row.due, row.done, row.on_time = due, done, on_time


def active_advisor_ids(session: Session) -> list[int]:
    return list(session.scalars(select(m.Advisor.id).where(m.Advisor.active)))


def step_channel(session: Session, step_id: int) -> str:
    return session.scalar(select(m.PlaybookStep.channel).where(m.PlaybookStep.id == step_id)) \
        or "chat"


def step_title(session: Session, step_id: int) -> str:
    return session.scalar(select(m.PlaybookStep.title).where(m.PlaybookStep.id == step_id)) or ""


def mark_daily_done(session: Session, task_id: int, advisor_id: int, day: date,
                    at: datetime) -> None:
    if session.get(m.DailyTask, task_id) is None:
        raise NotFound(N_("This daily task no longer exists."))
    if session.get(m.DailyTaskDone, (task_id, advisor_id, day)) is None:
        session.add(m.DailyTaskDone(task_id=task_id, advisor_id=advisor_id, on_date=day, at=at))


def add_leave(session: Session, advisor_id: int, start: date, end: date, note: str) -> None:
    session.add(m.AdvisorLeave(advisor_id=advisor_id, from_date=start, to_date=end, note=note))


def refresh_progress(session: Session, advisor_id: int, day: date, tz: tzinfo) -> None:
    """Keep ``daily_progress`` (the rankings' source) current for one advisor and day."""
    done = done_today(session, advisor_id, day, tz)
    start = datetime(day.year, day.month, day.day, tzinfo=tz)
    on_time = session.scalar(select(func.count()).select_from(m.SopTask).where(
        m.SopTask.done_by == advisor_id, m.SopTask.state == "done",
        m.SopTask.done_at >= start, m.SopTask.done_at < start + timedelta(days=1),
        m.SopTask.due_on >= day)) or 0
    daily_done = session.scalar(select(func.count()).select_from(m.DailyTaskDone).where(
        m.DailyTaskDone.advisor_id == advisor_id, m.DailyTaskDone.on_date == day)) or 0
    daily_due = sum(1 for _task, _done in daily_tasks(session, advisor_id, day))
    save_progress(session, advisor_id, day, due_count(session, advisor_id, day) + done +
                  daily_due, done + daily_done, on_time)
