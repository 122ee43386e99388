"""Rankings at scale: a store of 200,000 customers and 20 advisors with a year of SOP history,
copies, coupons, contacts and practice; a month of rankings (budget <= 300 ms), a week, a day,
and an advisor's streak and 30-day line. The floor, in the same run: the same aggregates as
bare SQL through sqlite3 (no Python folding into local days, no objects)."""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from datetime import UTC, date, datetime, timedelta

from advisor_desk.domain.clock import FixedClock
from advisor_desk.paths import AppPaths
from advisor_desk.services.desk import open_desk
from advisor_desk.services.rankings import PRACTICE_EVENT_KIND
from tests.benchmarks.harness import populate, populate_sop
from tests.benchmarks.test_sop import PLAYBOOKS
from tests.support.content_factory import base_content, write_content

TODAY = date(2026, 11, 30)
CUSTOMERS = 200_000
ADVISORS = 20
RUNS = 15


def _ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
    return (f"p50 {statistics.median(values) * 1000:6.1f} ms  p95 {p95 * 1000:6.1f} ms  "
            f"max {values[-1] * 1000:6.1f} ms")


def _stamp(at: datetime) -> str:
    return at.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def populate_activity(db: str, *, seed: int = 14, days: int = 180) -> dict[str, int]:
    """Done steps get who and when (mostly on their day, some late); half a year of copies,
    coupon issues and practice answers by every advisor."""
    rng = random.Random(seed)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA synchronous=OFF")
    with conn:
        conn.execute(
            "UPDATE sop_tasks SET done_by = advisor_id, done_at = date(due_on, "
            "CASE WHEN abs(random()) % 10 < 8 THEN '+0 days' ELSE '+2 days' END) || ' ' || "
            "printf('%02d:%02d:00.000000', abs(random()) % 24, abs(random()) % 60) "
            "WHERE state IN ('done', 'skipped')")
        advisors = [r[0] for r in conn.execute("SELECT id FROM advisors")]
        now = datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=UTC)
        usage, events = [], []
        for advisor in advisors:
            for back in range(days):
                day = now - timedelta(days=back)
                for _ in range(rng.randint(10, 40)):
                    at = day - timedelta(minutes=rng.randint(0, 600))
                    action = "issue" if rng.random() < 0.1 else "copy"
                    usage.append((f"01BR{len(usage):022d}", _stamp(at), advisor,
                                  rng.randint(1, CUSTOMERS),
                                  "coupon" if action == "issue" else "script", "t.s.001",
                                  action))
                for _ in range(rng.randint(0, 12)):
                    at = day - timedelta(minutes=rng.randint(0, 600))
                    events.append((f"01BE{len(events):022d}", _stamp(at), advisor,
                                   PRACTICE_EVENT_KIND))
        conn.executemany("INSERT INTO usage_events (ulid, device_id, at, advisor_id, "
                         "customer_id, kind, uid, action) VALUES (?, 'bench', ?, ?, ?, ?, ?, ?)",
                         usage)
        conn.executemany("INSERT INTO events (ulid, at, device_id, advisor_id, kind, payload) "
                         "VALUES (?, ?, 'bench', ?, ?, '{}')", events)
    conn.execute("ANALYZE")
    conn.close()
    return {"usage_events": len(usage), "practice_events": len(events)}


def _floor(db: str, start: date, end: date) -> float:
    """The same aggregates as plain SQL (China time: +480 minutes, one span), fetched as
    tuples."""
    lo = f"{start - timedelta(days=1)} 16:00:00.000000"
    hi = f"{end} 16:00:00.000000"
    day = "date({}, '+480 minutes')"
    conn = sqlite3.connect(db)
    ids = ",".join(str(r[0]) for r in conn.execute("SELECT id FROM advisors"))
    t = time.perf_counter()
    conn.execute(f"SELECT a.advisor_id, {day.format('c.added_at')}, count(*) FROM customers c "
                 "JOIN customer_advisors a ON a.customer_id = c.id AND a.role = 'owner' "
                 "WHERE c.added_at >= ? AND c.added_at < ? AND c.deleted_at IS NULL "
                 "GROUP BY 1, 2", (lo, hi)).fetchall()
    conn.execute(f"SELECT done_by, {day.format('done_at')}, count(*) FROM sop_tasks "
                 f"WHERE done_by IN ({ids}) AND done_at >= ? AND done_at < ? AND state = 'done' "
                 f"AND {day.format('done_at')} <= due_on GROUP BY 1, 2", (lo, hi)).fetchall()
    conn.execute(f"SELECT advisor_id, action, {day.format('at')}, count(*) FROM usage_events "
                 f"WHERE advisor_id IN ({ids}) AND at >= ? AND at < ? GROUP BY 1, 2, 3",
                 (lo, hi)).fetchall()
    conn.execute(f"SELECT advisor_id, {day.format('at')}, count(*) FROM events WHERE kind = ? "
                 "AND at >= ? AND at < ? GROUP BY 1, 2", (PRACTICE_EVENT_KIND, lo, hi)).fetchall()
    conn.execute(f"SELECT advisor_id, count(DISTINCT customer_id) FROM interactions WHERE "
                 f"advisor_id IN ({ids}) AND at >= ? AND at < ? GROUP BY 1", (lo, hi)).fetchall()
    conn.execute(f"SELECT advisor_id, state, count(*) FROM sop_tasks WHERE advisor_id IN ({ids}) "
                 f"AND state IN ('open', 'snoozed', 'done', 'skipped', 'missed') AND due_on >= ? "
                 f"AND due_on <= ? GROUP BY 1, 2", (str(start), str(end))).fetchall()
    took = time.perf_counter() - t
    conn.close()
    return took


def test_a_month_of_rankings_at_200k_customers_and_20_advisors(tmp_path):
    paths = AppPaths.under(tmp_path / "data").ensure()
    clock = FixedClock.at_local(TODAY, 20)
    desk = open_desk(paths, clock)
    desk.settings.update(store_code="SH001")
    content = base_content()
    content["playbooks.json"] = PLAYBOOKS
    content["incentive_rules.json"] = [
        {"uid": "b.r.ontime", "title": "按时", "measure": "steps_on_time", "points": 2},
        {"uid": "b.r.new", "title": "新客", "measure": "new_customers", "points": 3},
        {"uid": "b.r.coupon", "title": "发券", "measure": "coupons_issued", "points": 1}]
    desk.content.apply(desk.content.read_folder(write_content(tmp_path / "c", content)))
    desk.close()
    started = time.perf_counter()
    counts = populate(paths.database, customers=CUSTOMERS, today=TODAY, advisors=ADVISORS)
    counts |= populate_sop(paths.database, today=TODAY)
    counts |= populate_activity(str(paths.database))
    print(f"\ngenerated {counts} in {time.perf_counter() - started:.1f} s")

    desk = open_desk(paths, clock)
    timings: dict[str, list[float]] = {"month": [], "week": [], "day": [], "mine": []}
    advisors = [a.id for a in desk.advisors.list()]
    assert len(advisors) == ADVISORS
    board = desk.rankings.board("month")
    month = board.period
    floors = []
    for n in range(RUNS):
        for kind in ("month", "week", "day"):
            t = time.perf_counter()
            board = desk.rankings.board(kind)
            timings[kind].append(time.perf_counter() - t)
        t = time.perf_counter()
        desk.rankings.my_progress(advisors[n % ADVISORS])
        timings["mine"].append(time.perf_counter() - t)
        floors.append(_floor(str(paths.database), month.start, month.end))
    board = desk.rankings.board("month")
    top = board.standings[0]
    print(f"month: {len(board.standings)} advisors; top {top.name}: {top.points} points, "
          f"{top.steps_on_time} on time, {top.steps_due} due, {top.new_customers} new, "
          f"{top.customers_contacted} contacted, {top.copies} copies")
    for kind, values in timings.items():
        label = {"mine": "my streak + 30-day line"}.get(kind, f"rankings of a {kind}")
        print(f"{label:28s} {_ms(values)}")
    print(f"{'floor: month as bare SQL':28s} {_ms(floors)}")
    print(f"ratio p50 month / floor: "
          f"{statistics.median(timings['month']) / statistics.median(floors):.2f}")
    desk.close()
    assert sum(s.steps_on_time for s in board.standings) > 10_000
    assert statistics.median(timings["month"]) <= 0.300
