"""The SOP engine: starts runs when events are recorded and in a daily sweep.

Runs are started only here. The engine is a write hook of the database: at the end of every
write transaction it reads the journal entries recorded in that transaction (customer added,
purchase recorded, stage changed, tag added) and starts the matching playbooks' runs in the
same transaction — so a demo generator, an import or a quick capture all get the same
behaviour without calling the engine themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from time import perf_counter

from advisor_desk.domain import segments, sop
from advisor_desk.domain.clock import local_day
from advisor_desk.domain.tasks import PlaybookPlan, SweepReport
from advisor_desk.services.context import ServiceContext
from advisor_desk.store import journal, queue_repo, settings_repo, sop_repo

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]
# A shop that turns reactivation on may have thousands of customers asleep for two years:
# start that many runs a day (most recently dormant first) instead of a wall of tasks.
DORMANT_RUNS_PER_DAY = 30
# the sweep's batch sizes: each write transaction stays well under 100 ms at 200,000
# customers (tests/benchmarks/test_sop.py prints the longest)
MISSED_PER_BATCH = 200
RUNS_PER_BATCH = 80
CLASSES_PER_BATCH = 500


TriggerKey = tuple[str, str | None]  # Trigger.key: (kind, arg), cheap to hash in bulk
_ADDED: tuple[TriggerKey, ...] = (("added", None),)
_PURCHASE: tuple[TriggerKey, ...] = (("purchase", None),)


def _triggers_of(entry: journal.JournalEntry) -> tuple[TriggerKey, ...]:
    """The triggers an entry fires, as (kind, arg) pairs (an import hands the engine
    ~200,000 entries at once)."""
    kind = entry.kind
    if kind == "customer.added":
        return _ADDED
    if kind == "purchase.recorded":
        return _PURCHASE
    if kind == "stage.changed" and entry.payload.get("to"):
        return (("stage_entered", str(entry.payload["to"])),)
    if kind == "tag.added":  # one tag, or an import's list of tags
        uids = entry.payload.get("tags") or [entry.payload.get("tag")]
        return tuple(("tag_added", str(uid)) for uid in uids if uid)
    return ()


class SopEngine:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def install(self) -> None:
        self._ctx.db.add_write_hook(self._on_write)

    def _grace(self, session) -> int:
        return int(settings_repo.get(session, "grace_days", "7") or 7)

    def _dormant_limit(self, session) -> int:
        return int(settings_repo.get(session, "dormant_runs_per_day",
                                     str(DORMANT_RUNS_PER_DAY)) or DORMANT_RUNS_PER_DAY)

    def _in_audience(self, session, plan: PlaybookPlan, pairs: list[tuple[int, date]],
                     today: date) -> list[tuple[int, date]]:
        """The (customer, anchor) pairs whose customer is in the plan's audience; a few are
        checked one by one against the domain rule, many with one query per chunk."""
        if plan.audience.is_empty or not pairs:
            return pairs
        if len(pairs) > 20:
            members = sop_repo.audience_members(session, plan.audience,
                                                [cid for cid, _ in pairs], today,
                                                self._ctx.clock.tz)
            return [(cid, anchor) for cid, anchor in pairs if cid in members]
        groups = sop_repo.tag_groups(session) if plan.audience.tags_all else {}
        out = []
        for cid, anchor in pairs:
            facts = sop_repo.customer_facts(session, cid, self._ctx.clock.tz)
            if facts is not None and segments.matches(plan.audience, facts, today, groups):
                out.append((cid, anchor))
        return out

    # ------------------------------------------------------------------ events
    def _on_write(self, session) -> None:
        by_trigger: dict[TriggerKey, list[journal.JournalEntry]] = {}
        for entry in journal.take_pending(session):
            if entry.customer_id is not None:
                for key in _triggers_of(entry):
                    by_trigger.setdefault(key, []).append(entry)
        if not by_trigger:
            return
        plans = [p for p in sop_repo.active_plans(session)
                 if not p.trigger.is_date_based and p.trigger.key in by_trigger]
        if not plans:
            return
        clock = self._ctx.clock
        today, now, grace = clock.today(), clock.now(), self._grace(session)
        days: dict[datetime, date] = {}
        for plan in plans:
            starts: dict[date, bool] = {}  # anchor -> whether a run would start at all
            pairs = []
            for e in by_trigger[plan.trigger.key]:
                anchor = days.get(e.at) or days.setdefault(e.at, local_day(e.at, clock.tz))
                if anchor not in starts:  # an event long after the fact starts nothing
                    starts[anchor] = bool(sop_repo.plan_steps(plan, plan.trigger, anchor,
                                                              today, grace))
                if starts[anchor]:
                    pairs.append((e.customer_id, anchor))
            wanted = self._in_audience(session, plan, pairs, today)
            if wanted:
                sop_repo.start_runs(session, plan=plan, trigger=plan.trigger, wanted=wanted,
                                    today=today, grace_days=grace, now=now,
                                    device_id=self._ctx.device_id)
        journal.take_pending(session)  # the engine's own "sop.run.started" entries

    # ------------------------------------------------------------------ daily sweep
    def sweep_due(self) -> bool:
        """Whether today's sweep has not run yet."""
        with self._ctx.db.read() as s:
            last = settings_repo.get(s, "last_sweep")
        return last != self._ctx.clock.today().isoformat()

    def sweep_if_due(self, progress: Progress | None = None) -> SweepReport | None:
        return self.sweep(progress=progress) if self.sweep_due() else None

    def sweep(self, today: date | None = None, progress: Progress | None = None) -> SweepReport:
        """Missed tasks, birthday / dormant / campaign runs, member classes, day progress.

        Reads happen in read transactions; writes commit in short batches (each well under
        100 ms at 200,000 customers, so a click of the window never waits behind the sweep).
        Every batch is whole on its own, and the sweep is idempotent: interrupted (a cancel
        through ``progress``, a kill), the next sweep picks up where it stopped and ends in the
        same state; ``last_sweep`` is written last."""
        clock = self._ctx.clock
        today = today or clock.today()
        report = progress or (lambda *_: None)
        batches = _Batches(self._ctx.db)
        with self._ctx.db.read() as s:
            grace = self._grace(s)
            report(0, 4, "missed")
            late = queue_repo.missed_tasks(s, today, grace)
        for chunk in _chunked(late, MISSED_PER_BATCH):
            batches.write(lambda s, chunk=chunk: queue_repo.set_missed(
                s, chunk, now=clock.now(), device_id=self._ctx.device_id))
        report(1, 4, "runs")
        started = self._date_runs(batches, today, grace)
        report(2, 4, "member classes")
        refreshed = self._refresh_member_classes(batches, today)
        report(3, 4, "progress")
        with self._ctx.db.read() as s:
            advisors = queue_repo.active_advisor_ids(s)
        for advisor_id in advisors:
            batches.write(lambda s, a=advisor_id: queue_repo.refresh_progress(s, a, today,
                                                                              clock.tz))
        batches.write(lambda s: settings_repo.put(s, "last_sweep", today.isoformat()))
        report(4, 4, "")
        self._ctx.db.optimize()
        log.info("sweep %s: %s missed, %s runs, %s member classes; %s transactions, longest "
                 "%.0f ms", today, len(late), started, refreshed, batches.count,
                 batches.longest_ms)
        return SweepReport(today, len(late), started, refreshed, batches.count,
                           batches.longest_ms)

    def _date_runs(self, batches: _Batches, today: date, grace: int) -> int:
        clock = self._ctx.clock
        now = clock.now()
        with self._ctx.db.read() as s:
            plans = [p for p in sop_repo.active_plans(s) if p.trigger.is_date_based]
            work = [(plan, self._date_candidates(s, plan, today)) for plan in plans]
        started = 0
        for plan, wanted in work:
            for chunk in _chunked(wanted, RUNS_PER_BATCH):
                started += batches.write(lambda s, plan=plan, chunk=chunk: sop_repo.start_runs(
                    s, plan=plan, trigger=plan.trigger, wanted=chunk, today=today,
                    grace_days=grace, now=now, device_id=self._ctx.device_id))
        return started

    def _date_candidates(self, s, plan: PlaybookPlan, today: date) -> list[tuple[int, date]]:
        """(customer, anchor) pairs a date-based playbook wants today, audience applied."""
        clock = self._ctx.clock
        t = plan.trigger
        candidates: list[tuple[int, date]] = []
        if t.kind == "birthday":
            end = today + timedelta(days=t.days + sop.LOOKAHEAD_DAYS)
            for cid, month, day in sop_repo.birthday_candidates(s, today, end):
                anchor = sop.birthday_anchor(t, month, day, today)
                if anchor is not None:
                    candidates.append((cid, anchor))
        elif t.kind == "dormant":
            have = sop_repo.customers_with_run(s, plan.uid, str(t))
            cutoff = datetime.combine(today - timedelta(days=t.days - 1), time(), clock.tz)
            for cid, last in sop_repo.dormant_candidates(s, cutoff):
                anchor = sop.dormant_anchor(t, local_day(last, clock.tz), today)
                if anchor is not None and (cid, anchor) not in have:
                    candidates.append((cid, anchor))
        elif t.kind == "date":
            anchor = sop.campaign_anchor(t, today)
            if anchor is not None:
                candidates = [(cid, anchor) for cid in sop_repo.customer_ids(s)]
        wanted = self._in_audience(s, plan, candidates, today)
        if t.kind == "dormant":  # most recently dormant first, a few a day (an interrupted
            wanted.sort(key=lambda pair: pair[1], reverse=True)  # sweep resumed: the rest)
            day_start = datetime.combine(today, time(), clock.tz)
            done = sop_repo.runs_started_since(s, plan.uid, str(t), day_start)
            wanted = wanted[:max(0, self._dormant_limit(s) - done)]
        return wanted

    def _refresh_member_classes(self, batches: _Batches, today: date) -> int:
        """Purchases age out of the 12-month window: recompute customers whose purchase
        crossed the window edge since the last sweep (at most the last 30 days)."""
        clock = self._ctx.clock
        with self._ctx.db.read() as s:
            last = settings_repo.get(s, "last_sweep")
            since = date.fromisoformat(last) if last else today - timedelta(days=30)
            since = max(since, today - timedelta(days=30))
            edge_from = datetime.combine(since - timedelta(days=365), time(), clock.tz)
            edge_to = datetime.combine(today - timedelta(days=364), time(), clock.tz)
            checked, changed = sop_repo.member_class_changes(s, edge_from, edge_to, clock.now())
        for chunk in _chunked(changed, CLASSES_PER_BATCH):
            batches.write(lambda s, chunk=chunk: sop_repo.set_member_classes(s, chunk))
        return checked


class _Batches:
    """The sweep's write transactions: counted and timed (the longest is reported)."""

    def __init__(self, db) -> None:
        self._db = db
        self.count = 0
        self.longest_ms = 0.0

    def write(self, fn: Callable[[object], int | None]) -> int:
        started = perf_counter()  # includes any wait for the lock: an upper bound
        with self._db.write() as s:
            result = fn(s)
        self.count += 1
        self.longest_ms = max(self.longest_ms, (perf_counter() - started) * 1000)
        return result or 0


def _chunked(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start:start + size]
