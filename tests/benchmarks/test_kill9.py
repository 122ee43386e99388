"""kill -9 at random moments, for figures (issue 15 item 7; docs/benchmarks.md).

A customer import (5,000 rows), a pack import (4,000 scripts) and the daily sweep (30,000
customers, committed in batches) each run in a subprocess that is killed at ``KILLS`` random
moments of its write: the imports uniformly over 1.2x the time the write takes uninterrupted
(so some land after it finished), the sweep in a random one of its batches (or just after the
last), a random 0-80 ms into it. After every kill:

- ``PRAGMA integrity_check`` is ``ok``;
- imports are all-or-nothing: the counts are exactly as before or as after, and the customer
  list triggers (migration 0003) are all there with every tag/advisor list equal to its links;
- the sweep commits in batches, each whole on its own: no run without its tasks, no task
  without its run, ``last_sweep`` only once everything is in, and a sweep run again afterwards
  ends in exactly the state of a sweep that was never interrupted.

Run: ``pytest -m benchmark -s tests/benchmarks/test_kill9.py`` (``ADVISOR_DESK_KILLS=N`` for
another number of kills per operation). Prints the figures of each operation; the three are
separate tests (each has the benchmark's 30-minute timeout).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

from advisor_desk.domain.clock import FixedClock
from advisor_desk.paths import AppPaths
from advisor_desk.services.desk import open_desk
from tests.benchmarks.harness import populate, populate_sop
from tests.benchmarks.test_sop import PLAYBOOKS, TODAY
from tests.support.content_factory import base_content, write_content
from tests.support.customer_files import WECOM_HEADERS, wecom_rows, write_csv
from tests.support.packs import build_pack, make_signer

KILLS = int(os.environ.get("ADVISOR_DESK_KILLS", "50"))
TRIGGERS = 6  # customer_tags / customer_advisors x insert / delete / update
SWEEP_CUSTOMERS = 30_000

CUSTOMER_IMPORT = """
import sys
from pathlib import Path
from advisor_desk.paths import AppPaths
from advisor_desk.services.desk import open_desk
desk = open_desk(AppPaths.under(Path(sys.argv[1])))
preview = desk.customer_import.preview(Path(sys.argv[2]))
print("start", flush=True)
desk.customer_import.apply(preview)
print("done", flush=True)
"""
PACK_IMPORT = """
import sys
from pathlib import Path
from advisor_desk.paths import AppPaths
from advisor_desk.services.desk import open_desk
desk = open_desk(AppPaths.under(Path(sys.argv[1])))
verified = desk.packs.verify(Path(sys.argv[2]), stage=True)
print("start", flush=True)
desk.packs.apply(verified)
print("done", flush=True)
"""
SWEEP = """
import sys
from datetime import date
from pathlib import Path
from advisor_desk.domain.clock import FixedClock
from advisor_desk.paths import AppPaths
from advisor_desk.services import sop
from advisor_desk.services.desk import open_desk
desk = open_desk(AppPaths.under(Path(sys.argv[1])),
                 FixedClock.at_local(date.fromisoformat(sys.argv[2]), 9))
write = sop._Batches.write
def announced(self, fn):  # the parent kills at a random batch, at a random moment in it
    print("batch", flush=True)
    return write(self, fn)
sop._Batches.write = announced
print("start", flush=True)
desk.sop.sweep()
print("done", flush=True)
"""


def _integrity(conn) -> bool:
    return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _lists_match_links(conn) -> bool:
    triggers = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                            "name LIKE 'customer_%_list_%'").fetchone()[0]
    if triggers != TRIGGERS:
        return False
    for table, key, column in (("customer_tags", "tag_id", "tag_list"),
                               ("customer_advisors", "advisor_id", "advisor_list")):
        links: dict[int, set[int]] = {}
        for cid, value in conn.execute(f"SELECT customer_id, {key} FROM {table}"):
            links.setdefault(cid, set()).add(value)
        for cid, text in conn.execute(f"SELECT id, {column} FROM customers"):
            if {int(x) for x in text.strip(",").split(",") if x} != links.get(cid, set()):
                return False
    return True


def _run(script: str, args: list[str], delay: float | None) -> float:
    """Start the script; kill it ``delay`` seconds after it says "start" (None: let it
    finish). Returns the seconds from "start" to the kill or to "done"."""
    with subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as proc:
        line = proc.stdout.readline()
        assert line.strip() == "start", proc.stderr.read()
        started = time.perf_counter()
        if delay is None:
            assert proc.stdout.readline().strip() == "done", proc.stderr.read()
            proc.wait(60)
        else:
            time.sleep(delay)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(60)
        return time.perf_counter() - started


def _kill_in_batches(name: str, template: Path, script: str, extra: list[str], judge,
                     tmp: Path, rng: random.Random) -> Counter:
    """Like ``_kill_many`` for a write that commits in batches and says "batch" before each:
    killed in a random batch (or just after the last), a random 0-80 ms into it."""
    calibrate = shutil.copytree(template, tmp / f"{name}-calibrate")
    with subprocess.Popen([sys.executable, "-c", script, str(calibrate), *extra],
                          stdout=subprocess.PIPE, text=True) as proc:
        lines = proc.stdout.read().split()
    batches = lines.count("batch")
    assert lines[-1] == "done" and batches > 5 and judge(calibrate) == "after", lines
    shutil.rmtree(calibrate)
    outcomes: Counter = Counter()
    for n in range(KILLS):
        folder = shutil.copytree(template, tmp / f"{name}-{n}")
        target = rng.randint(1, batches + 1)
        with subprocess.Popen([sys.executable, "-c", script, str(folder), *extra],
                              stdout=subprocess.PIPE, text=True) as proc:
            seen = 0
            while seen < target:
                line = proc.stdout.readline().strip()
                if line in ("done", ""):
                    break
                seen += line == "batch"
            time.sleep(rng.uniform(0, 0.08))
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(60)
        outcomes[judge(folder)] += 1
        shutil.rmtree(folder)
    print(f"\n{name}: {KILLS} kills in {batches} batches -> {dict(outcomes)}")
    return outcomes


def _kill_many(name: str, template: Path, script: str, extra: list[str], judge, tmp: Path,
               rng: random.Random) -> Counter:
    """Calibrate on one uninterrupted run, then kill ``KILLS`` times; ``judge(folder)`` says
    "before", "after", "partial" (a batched write stopped between batches, whole and
    resumable) or why it failed."""
    calibrate = shutil.copytree(template, tmp / f"{name}-calibrate")
    duration = _run(script, [str(calibrate), *extra], None)
    assert judge(calibrate) == "after"
    shutil.rmtree(calibrate)
    outcomes: Counter = Counter()
    for n in range(KILLS):
        folder = shutil.copytree(template, tmp / f"{name}-{n}")
        _run(script, [str(folder), *extra], rng.uniform(0, duration * 1.2))
        outcomes[judge(folder)] += 1
        shutil.rmtree(folder)
    print(f"\n{name}: {KILLS} kills over {duration:.2f} s of writing -> {dict(outcomes)}")
    return outcomes


GOOD = {"before", "after", "partial"}


def _check(name: str, outcomes: Counter) -> None:
    bad = sum(n for k, n in outcomes.items() if k not in GOOD)
    print(f"{name}: {sum(outcomes.values())} kills, {bad} integrity failures or half-applied "
          f"states")
    assert sum(outcomes.values()) == KILLS and bad == 0, outcomes


def test_kill_9_customer_import(tmp_path):
    rng = random.Random(15)
    shop = tmp_path / "shop"
    desk = open_desk(AppPaths.under(shop), FixedClock.at_local(TODAY, 10))
    desk.settings.update(store_code="SH001")
    desk.demo.load(seed=7, today=TODAY, customers=200)
    desk.close()
    sheet = write_csv(tmp_path / "import.csv", WECOM_HEADERS, wecom_rows(5000), "gbk")

    def customers(conn) -> int:
        return conn.execute("SELECT count(*) FROM customers").fetchone()[0]

    with sqlite3.connect(shop / "advisor_desk.db") as conn:
        before = customers(conn)

    def judge_import(folder: Path) -> str:
        with sqlite3.connect(folder / "advisor_desk.db") as conn:
            if not _integrity(conn):
                return "integrity failure"
            if not _lists_match_links(conn):
                return "lists differ from links"
            count = customers(conn)
        return {before: "before", before + 5000: "after"}.get(count, f"half-applied {count}")

    _check("customer import", _kill_many("customer import", shop, CUSTOMER_IMPORT,
                                         [str(sheet)], judge_import, tmp_path, rng))


def test_kill_9_pack_import(tmp_path):
    rng = random.Random(16)
    hq = make_signer(tmp_path / "keys")
    packs = tmp_path / "packs"
    desk = open_desk(AppPaths.under(packs))
    desk.settings.update(store_code="SH001")
    desk.trust.add(hq.public_file, ("test.",))  # a new shop: no manager to ask yet
    desk.packs.import_file(build_pack(tmp_path, hq, base_content(scripts=50), version=1))
    desk.close()
    big = build_pack(tmp_path, hq, base_content(scripts=4000), version=2)

    def judge_pack(folder: Path) -> str:
        with sqlite3.connect(folder / "advisor_desk.db") as conn:
            if not _integrity(conn):
                return "integrity failure"
            state = conn.execute("SELECT (SELECT count(*) FROM packs), (SELECT count(*) FROM "
                                 "scripts WHERE NOT retired), (SELECT max(version) FROM "
                                 "packs)").fetchone()
        return {(1, 50, 1): "before", (2, 4000, 2): "after"}.get(state, f"half-applied {state}")

    _check("pack import", _kill_many("pack import", packs, PACK_IMPORT, [str(big)],
                                     judge_pack, tmp_path, rng))


def test_kill_9_sweep(tmp_path):
    rng = random.Random(17)
    sop = tmp_path / "sop"
    paths = AppPaths.under(sop).ensure()
    desk = open_desk(paths, FixedClock.at_local(TODAY, 9))
    desk.settings.update(store_code="SH001")
    content = base_content()
    content["playbooks.json"] = PLAYBOOKS
    desk.content.apply(desk.content.read_folder(write_content(tmp_path / "c", content)))
    desk.close()
    populate(paths.database, customers=SWEEP_CUSTOMERS, today=TODAY)
    populate_sop(paths.database, today=TODAY)
    desk = open_desk(paths, FixedClock.at_local(TODAY, 9))
    desk.sop.sweep()  # yesterday's sweep (and the planner's statistics) are done
    desk.close()
    day = TODAY + timedelta(days=1)  # the killed sweep: missed steps, new runs, classes
    expected: dict = {}

    def sweep_state(conn) -> tuple:
        runs = conn.execute("SELECT customer_id, playbook_uid, trigger_key, anchor_date, state "
                            "FROM sop_runs ORDER BY 1, 2, 3, 4").fetchall()
        tasks = conn.execute("SELECT r.customer_id, r.playbook_uid, r.anchor_date, t.step_id, "
                             "t.due_on, t.state FROM sop_tasks t JOIN sop_runs r ON r.id = "
                             "t.run_id ORDER BY 1, 2, 3, 4").fetchall()
        classes = conn.execute("SELECT id, member_class, purchases_12m FROM customers "
                               "ORDER BY id").fetchall()
        return runs, tasks, classes

    def judge_sweep(folder: Path) -> str:
        db = folder / "advisor_desk.db"
        with sqlite3.connect(db) as conn:
            if not _integrity(conn):
                return "integrity failure"
            if conn.execute("SELECT count(*) FROM sop_runs r WHERE NOT EXISTS (SELECT 1 FROM "
                            "sop_tasks t WHERE t.run_id = r.id)").fetchone()[0] or \
                    conn.execute("SELECT count(*) FROM sop_tasks t WHERE NOT EXISTS (SELECT 1 "
                                 "FROM sop_runs r WHERE r.id = t.run_id)").fetchone()[0]:
                return "half-applied batch"
            swept = conn.execute("SELECT value FROM settings WHERE key = 'last_sweep'"
                                 ).fetchone()
            state = sweep_state(conn)
        if "after" not in expected:  # the calibration run, never interrupted
            expected["after"] = state
            return "after"
        if swept and swept[0] == day.isoformat():
            return "after" if state == expected["after"] else "swept but different"
        if state == expected["before"]:
            return "before"
        resumed = open_desk(AppPaths.under(folder), FixedClock.at_local(day, 9))
        try:
            resumed.sop.sweep()
        finally:
            resumed.close()
        with sqlite3.connect(db) as conn:
            return "partial" if sweep_state(conn) == expected["after"] else "resumed differs"

    with sqlite3.connect(paths.database) as conn:
        expected["before"] = sweep_state(conn)
    _check("sweep", _kill_in_batches("sweep", sop, SWEEP, [day.isoformat()], judge_sweep,
                                     tmp_path, rng))
