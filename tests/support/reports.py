"""Generated shops with a few days of real activity (through the services), their reports, and
an oracle that counts straight from a shop database — for the report and warehouse tests."""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from advisor_desk import locate
from advisor_desk.domain.clock import FixedClock
from advisor_desk.domain.segments import SegmentFilter
from advisor_desk.paths import AppPaths
from advisor_desk.services.desk import Desk, open_desk

START = date(2026, 11, 20)
TZ = ZoneInfo("Asia/Shanghai")


def open_shop(root: Path, clock: FixedClock) -> Desk:
    return open_desk(AppPaths.under(root).ensure(), clock)


def make_shop(root: Path, *, store_code: str, seed: int, customers: int = 40,
              days: int = 4) -> tuple[Desk, FixedClock]:
    """A demo shop (store ``store_code``, which has a coupon pool: SH001 or BJ002) whose
    advisors then work ``days`` days from START: the morning sweep, most due steps done or
    skipped, scripts and materials copied, coupons issued. Returns the open desk and its
    clock (at the last day)."""
    clock = FixedClock.at_local(START, 10)
    desk = open_shop(root, clock)
    bundle = desk.content.read_folder(locate.demo_content_dir())
    desk.demo.configure_store()
    desk.settings.update(store_code=store_code, store_name=f"门店{store_code}")
    desk.content.apply(bundle)
    desk.demo.generate(seed=seed, today=START, customers=customers)
    rng = random.Random(seed)
    con = sqlite3.connect(root / "advisor_desk.db")
    scripts = [r[0] for r in con.execute("SELECT uid FROM scripts WHERE origin = 'hq' "
                                         "ORDER BY uid LIMIT 30")]
    coupons = [r[0] for r in con.execute(
        "SELECT DISTINCT c.uid FROM coupons c JOIN coupon_codes k ON k.coupon_id = c.id "
        "WHERE k.store_code = ? ORDER BY c.uid", (store_code,))]
    customer_ids = [r[0] for r in con.execute("SELECT id FROM customers ORDER BY id")]
    con.close()
    advisors = desk.advisors.list()
    # a coupon personalised for a customer: one the advisor may see (own or unassigned)
    visible = {adv.id: desk.customers.ids(SegmentFilter(), viewer=adv) or [None]
               for adv in advisors}
    for day in range(days):
        clock.instant = datetime.combine(START + timedelta(days=day),
                                         datetime.min.time(), TZ) + timedelta(hours=10)
        desk.sop.sweep()
        for adv in advisors:
            queue = desk.tasks.today(adv.id)
            for row in (*queue.overdue, *queue.today):
                roll = rng.random()
                if roll < 0.6:
                    desk.tasks.mark_done(row.task_id, adv.id, "")
                elif roll < 0.75:
                    desk.tasks.skip(row.task_id, adv.id, "客户不方便")
            for _ in range(rng.randint(2, 6)):
                desk.library.record_copy("script", rng.choice(scripts), advisor_id=adv.id,
                                         customer_id=rng.choice([*customer_ids, None]))
            for _ in range(rng.randint(0, 2)):
                if coupons:
                    desk.library.copy("coupon", rng.choice(coupons), deliver=lambda _p: True,
                                      advisor_id=adv.id,
                                      customer_id=rng.choice(visible[adv.id]))
            clock.advance(minutes=37)
    return desk, clock


def oracle(db: Path) -> dict[str, Counter]:
    """Counts straight from a shop database (not from its journal): step outcomes per
    (advisor, playbook, step, due day, outcome), usage per (advisor, day, uid, action),
    coupon issues per (advisor, day, coupon), interactions per (advisor, day, kind)."""
    con = sqlite3.connect(db)
    con.create_function("local_day", 1, lambda ts: _local_day(ts))
    steps = Counter(con.execute(
        "SELECT a.ulid, pb.uid, ps.sort, t.due_on, t.state FROM sop_tasks t "
        "JOIN playbook_steps ps ON ps.id = t.step_id JOIN playbooks pb ON pb.id = ps.playbook_id "
        "LEFT JOIN advisors a ON a.id = coalesce(t.done_by, t.advisor_id) "
        "WHERE t.state IN ('done', 'skipped', 'missed')").fetchall())
    usage = Counter(con.execute(
        "SELECT a.ulid, local_day(u.at), u.uid, u.action FROM usage_events u "
        "LEFT JOIN advisors a ON a.id = u.advisor_id").fetchall())
    coupons = Counter(con.execute(
        "SELECT a.ulid, local_day(k.issued_at), c.uid FROM coupon_codes k "
        "JOIN coupons c ON c.id = k.coupon_id LEFT JOIN advisors a ON a.id = k.issued_by "
        "WHERE k.issued_at IS NOT NULL").fetchall())
    interactions = Counter(con.execute(
        "SELECT a.ulid, local_day(i.at), i.kind FROM interactions i "
        "LEFT JOIN advisors a ON a.id = i.advisor_id").fetchall())
    customers = Counter(con.execute(
        "SELECT local_day(added_at) FROM customers").fetchall())
    con.close()
    return {"steps": steps, "usage": usage, "coupons": coupons,
            "interactions": interactions, "customers": customers}


def _local_day(ts: str) -> str:
    from datetime import UTC

    return datetime.fromisoformat(ts).replace(tzinfo=UTC).astimezone(TZ).date().isoformat()


def warehouse_counts(url: str, device_id: str) -> dict[str, Counter]:
    """The same counts read back from the warehouse for one device."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as c:
        def q(sql: str) -> Counter:
            return Counter(tuple(str(x) if isinstance(x, date) else x for x in row)
                           for row in c.execute(text(sql), {"d": device_id}))

        out = {
            "steps": q("SELECT advisor, playbook, step, due, outcome FROM ev_steps "
                       "WHERE device_id = :d"),
            "usage": q("SELECT advisor, day, uid, action FROM ev_usage WHERE device_id = :d"),
            "coupons": q("SELECT advisor, day, coupon FROM ev_coupons WHERE device_id = :d"),
            "interactions": q("SELECT advisor, day, kind FROM ev_interactions "
                              "WHERE device_id = :d"),
            "customers": q("SELECT day FROM ev_customers WHERE device_id = :d"),
        }
    engine.dispose()
    return out
