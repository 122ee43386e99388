"""The Today queue and what an advisor does with a step: done, skip, snooze; leave."""

from __future__ import annotations

from datetime import date, timedelta

from advisor_desk.domain import sop
from advisor_desk.domain.changes import Changes
from advisor_desk.domain.errors import N_, InvalidInput
from advisor_desk.domain.people import AdvisorInfo
from advisor_desk.domain.tasks import (
    BirthdayRow,
    DailyTaskRow,
    DayProgress,
    TaskRow,
    TodayQueue,
)
from advisor_desk.services.context import ServiceContext
from advisor_desk.services.scope import customer_scope, require_visible, scope_of_id
from advisor_desk.store import customers_repo, journal, queue_repo, settings_repo

CHANNEL_TO_INTERACTION = {"chat": "chat", "group": "chat", "moments": "moments"}
MAX_NOTE = 500


class TasksService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def _progress(self, session, advisor_id: int | None) -> None:
        if advisor_id is not None:
            clock = self._ctx.clock
            queue_repo.refresh_progress(session, advisor_id, clock.today(), clock.tz)

    def _gap(self, session) -> int:
        return int(settings_repo.get(session, "contact_gap_days", "7") or 7)

    # ------------------------------------------------------------------ reading
    def today(self, advisor_id: int, on: date | None = None) -> TodayQueue:
        clock = self._ctx.clock
        on = on or clock.today()
        with self._ctx.db.read() as s:
            rows, counts = queue_repo.queue(s, advisor_id, on, clock.tz, self._gap(s))
            leave = queue_repo.leaves(s, advisor_id)
            horizon = on + timedelta(days=sop.LOOKAHEAD_DAYS)
            birthdays = []
            for cid, name, salutation, month, day, vip in queue_repo.birthdays(
                    s, advisor_id, on, horizon):
                upcoming = sop.next_birthday(month, day, on)
                if upcoming <= horizon:
                    birthdays.append(BirthdayRow(cid, name, salutation, upcoming,
                                                 (upcoming - on).days, vip))
            daily = [DailyTaskRow(t.id, t.uid, t.title, t.body, t.material_uid, done)
                     for t, done in queue_repo.daily_tasks(s, advisor_id, on)]
            done_count = queue_repo.done_today(s, advisor_id, on, clock.tz)
        daily_done = sum(1 for d in daily if d.done)
        progress = DayProgress(due=counts["overdue"] + counts["today"] + done_count + len(daily),
                               done=done_count + daily_done)
        birthdays.sort(key=lambda b: (b.days_until, b.customer_name))
        return TodayQueue(
            advisor_id=advisor_id, on=on,
            overdue=tuple(r for r in rows if r.bucket == "overdue"),
            today=tuple(r for r in rows if r.bucket == "today"),
            soon=tuple(r for r in rows if r.bucket == "soon"),
            birthdays=tuple(birthdays), daily_tasks=tuple(daily), progress=progress,
            on_leave=sop.on_leave(on, leave), counts=counts)

    def next_step(self, customer_id: int, *, viewer: AdvisorInfo | None = None
                  ) -> TaskRow | None:
        clock = self._ctx.clock
        with self._ctx.db.read() as s:
            require_visible(s, customer_id, customer_scope(viewer))
            return queue_repo.next_step(s, customer_id, clock.today(), clock.tz, self._gap(s))

    def leaves(self, advisor_id: int) -> list[sop.Leave]:
        with self._ctx.db.read() as s:
            return queue_repo.leaves(s, advisor_id)

    # ------------------------------------------------------------------ acting on a step
    def mark_done(self, task_id: int, advisor_id: int | None, note: str = "") -> Changes:
        """Done: the step closes and an interaction is logged on the customer's timeline."""
        note = _clean_note(note)
        ctx = self._ctx
        now = ctx.clock.now()
        with ctx.db.write() as s:
            task = queue_repo.task(s, task_id)
            require_visible(s, task.customer_id, scope_of_id(s, advisor_id))
            queue_repo.require_open(task)
            step_channel = queue_repo.step_channel(s, task.step_id)
            task.state, task.done_at, task.done_by, task.note = "done", now, advisor_id, note
            customers_repo.record_interaction(
                s, task.customer_id, at=now, kind=CHANNEL_TO_INTERACTION.get(step_channel, "chat"),
                note=note or queue_repo.step_title(s, task.step_id), advisor_id=advisor_id,
                device_id=ctx.device_id, sop_task_id=task.id)
            journal.record(s, kind="sop.step.done", at=now, device_id=ctx.device_id,
                           advisor_id=advisor_id, customer_id=task.customer_id,
                           payload={"task": task.ulid, "due": task.due_on.isoformat(),
                                    "on_time": ctx.clock.today() <= task.due_on})
            queue_repo.close_run_if_finished(s, task.run_id)
            self._progress(s, advisor_id)
            customer_id = task.customer_id
        return Changes(tasks=True, customers=frozenset({customer_id}))

    def skip(self, task_id: int, advisor_id: int | None, reason: str) -> Changes:
        reason = _clean_note(reason)
        if not reason:
            raise InvalidInput(N_("Say briefly why this step is skipped."))
        ctx = self._ctx
        now = ctx.clock.now()
        with ctx.db.write() as s:
            task = queue_repo.task(s, task_id)
            require_visible(s, task.customer_id, scope_of_id(s, advisor_id))
            queue_repo.require_open(task)
            task.state, task.done_at, task.done_by, task.note = "skipped", now, advisor_id, reason
            journal.record(s, kind="sop.step.skipped", at=now, device_id=ctx.device_id,
                           advisor_id=advisor_id, customer_id=task.customer_id,
                           payload={"task": task.ulid, "reason": reason})
            queue_repo.close_run_if_finished(s, task.run_id)
            self._progress(s, advisor_id)
            customer_id = task.customer_id
        return Changes(tasks=True, customers=frozenset({customer_id}))

    def snooze(self, task_id: int, advisor_id: int | None, until: date) -> Changes:
        ctx = self._ctx
        if until <= ctx.clock.today():
            raise InvalidInput(N_("Snooze to a day after today."))
        if until > ctx.clock.today() + timedelta(days=90):
            raise InvalidInput(N_("Snooze at most 90 days ahead."))
        with ctx.db.write() as s:
            task = queue_repo.task(s, task_id)
            require_visible(s, task.customer_id, scope_of_id(s, advisor_id))
            queue_repo.require_open(task)
            task.state, task.snooze_until, task.due_on = "snoozed", until, until
            journal.record(s, kind="sop.step.snoozed", at=ctx.clock.now(),
                           device_id=ctx.device_id, advisor_id=advisor_id,
                           customer_id=task.customer_id,
                           payload={"task": task.ulid, "until": until.isoformat()})
            customer_id = task.customer_id
        return Changes(tasks=True, customers=frozenset({customer_id}))

    def complete_daily_task(self, task_id: int, advisor_id: int, on: date | None = None
                            ) -> Changes:
        on = on or self._ctx.clock.today()
        with self._ctx.db.write() as s:
            queue_repo.mark_daily_done(s, task_id, advisor_id, on, self._ctx.clock.now())
            self._progress(s, advisor_id)
        return Changes(tasks=True)

    # ------------------------------------------------------------------ leave, hand-over
    def add_leave(self, advisor_id: int, start: date, end: date, note: str = "") -> Changes:
        if end < start:
            raise InvalidInput(N_("The leave ends before it starts."))
        if (end - start).days > 365:
            raise InvalidInput(N_("A leave can last at most a year."))
        with self._ctx.db.write() as s:
            if queue_repo.overlapping_leave(s, advisor_id, start, end):
                raise InvalidInput(N_("This leave overlaps one already recorded."))
            queue_repo.add_leave(s, advisor_id, start, end, _clean_note(note))
        return Changes(tasks=True, advisors=True)

    def hand_over(self, from_advisor: int, to_advisor: int, by_manager: bool) -> tuple[int,
                                                                                       Changes]:
        if not by_manager:
            raise InvalidInput(N_("Only a store manager can hand tasks to a colleague."))
        if from_advisor == to_advisor:
            raise InvalidInput(N_("Choose a different colleague."))
        with self._ctx.db.write() as s:
            moved = queue_repo.hand_over(s, from_advisor, to_advisor)
        return moved, Changes(tasks=True)


def _clean_note(text: str) -> str:
    text = " ".join((text or "").split())
    if len(text) > MAX_NOTE:
        raise InvalidInput(N_("A note can be at most {n} characters."), n=MAX_NOTE)
    return text
