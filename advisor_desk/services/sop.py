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
        Idempotent; one transaction (a cancel through ``progress`` rolls it all back)."""
        clock = self._ctx.clock
        today = today or clock.today()
        report = (progress or (lambda *_: None))
        with self._ctx.db.write() as s:
            grace = self._grace(s)
            report(0, 4, "missed")
            missed = queue_repo.mark_missed(s, today, grace, now=clock.now(),
                                            device_id=self._ctx.device_id)
            report(1, 4, "runs")
            started = self._date_runs(s, today, grace)
            report(2, 4, "member classes")
            refreshed = self._refresh_member_classes(s, today)
            report(3, 4, "progress")
            for advisor_id in queue_repo.active_advisor_ids(s):
                queue_repo.refresh_progress(s, advisor_id, today, clock.tz)
            settings_repo.put(s, "last_sweep", today.isoformat())
            report(4, 4, "")
        self._ctx.db.optimize()
        log.info("sweep %s: %s missed, %s runs, %s member classes", today, missed, started,
                 refreshed)
        return SweepReport(today, missed, started, refreshed)

    def _date_runs(self, s, today: date, grace: int) -> int:
        clock = self._ctx.clock
        now = clock.now()
        plans = [p for p in sop_repo.active_plans(s) if p.trigger.is_date_based]
        started = 0
        for plan in plans:
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
                cutoff = datetime.combine(today - timedelta(days=t.days - 1), time(),
                                          clock.tz)
                for cid, last in sop_repo.dormant_candidates(s, cutoff):
                    anchor = sop.dormant_anchor(t, local_day(last, clock.tz), today)
                    if anchor is not None and (cid, anchor) not in have:
                        candidates.append((cid, anchor))
            elif t.kind == "date":
                anchor = sop.campaign_anchor(t, today)
                if anchor is not None:
                    candidates = [(cid, anchor) for cid in sop_repo.customer_ids(s)]
            wanted = self._in_audience(s, plan, candidates, today)
            if t.kind == "dormant":  # most recently dormant first, a few a day
                wanted.sort(key=lambda pair: pair[1], reverse=True)
                wanted = wanted[:self._dormant_limit(s)]
            started += sop_repo.start_runs(s, plan=plan, trigger=t, wanted=wanted, today=today,
                                           grace_days=grace, now=now,
                                           device_id=self._ctx.device_id)
        journal.take_pending(s)
        return started

    def _refresh_member_classes(self, s, today: date) -> int:
        """Purchases age out of the 12-month window: recompute customers whose purchase
        crossed the window edge since the last sweep (at most the last 30 days)."""
        clock = self._ctx.clock
        last = settings_repo.get(s, "last_sweep")
        since = date.fromisoformat(last) if last else today - timedelta(days=30)
        since = max(since, today - timedelta(days=30))
        edge_from = datetime.combine(since - timedelta(days=365), time(), clock.tz)
        edge_to = datetime.combine(today - timedelta(days=364), time(), clock.tz)
        return sop_repo.refresh_member_classes(s, edge_from, edge_to, clock.now())
