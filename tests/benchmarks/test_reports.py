"""Activity reports at scale (issue 13).

1. Export: a shop with 200,000 customers (harness) and a month of activity (~10,000 journal
   events: copies, contacts, SOP outcomes, tags, coupons) — budget <= 1 s. Floor: the same
   journal range and the customer counts read straight through sqlite3.
2. Merge: 300 stores x 3 advisors x one month (~3 M events in 300 signed files, written by
   the shops' report writer) into a SQLite warehouse (<= 10 s) and into PostgreSQL (<= 20 s),
   each in a fresh process, counting what `hq merge` does after it: preparing the HQ
   dashboard's views (issue 14: all time and the newest month); peak RSS <= 300 MB for the
   merging process and its child processes together, each counted at its own peak as if
   they all met (``peak_bound``: an upper bound, not a sample); also printed: their RSS
   summed at the same moment, sampled every 20 ms.
   CPU seconds of the writer, the workers and (PostgreSQL) the server's backends are printed
   beside the wall clock: on a shared machine the CPU is the steadier figure. Floor:
   verifying and decoding every report in one process without a database. Then the
   workbook from each warehouse.
"""

from __future__ import annotations

import gc
import json
import random
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from advisor_desk import locate
from advisor_desk.domain.clock import FixedClock
from advisor_desk.domain.reports import TrustedDevice
from advisor_desk.exchange import device_key
from advisor_desk.exchange.report_format import KINDS
from advisor_desk.exchange.report_reader import ReportReader
from advisor_desk.paths import AppPaths
from advisor_desk.services.desk import open_desk
from advisor_desk.services.hq import open_hq
from tests.benchmarks.harness import populate, populate_sop
from tests.benchmarks.harness_reports import write_month
from tests.conftest import TODAY, new_pg_database

STORES = 300
CUSTOMERS = 200_000

CHILD = r"""
import json, os, resource, sys, threading, time
from pathlib import Path
from advisor_desk.paths import AppPaths
from advisor_desk.domain.clock import SystemClock
from advisor_desk.services.hq import worker_count, open_hq, report_files
from advisor_desk.services.hq_dashboard import HqDashboardService

def rss(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1]) * 1024

def server_cpu(pid):  # CPU of the server's finished backends (reaped by the postmaster)
    if not pid:
        return 0.0
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")

MINE = open("/proc/self/cmdline", "rb").read()

def sample_tree():  # this process's children (workers, resource tracker): VmRSS, VmHWM
    total, own = rss("VmRSS"), {}
    for task in os.listdir("/proc/self/task"):
        with open(f"/proc/self/task/{task}/children") as fh:
            for pid in fh.read().split():
                try:
                    # a child caught between fork and exec is still a copy of this process
                    # (its VmHWM is ours, shared pages): not yet a worker, not counted
                    if open(f"/proc/{pid}/cmdline", "rb").read() == MINE:
                        continue
                    status = open(f"/proc/{pid}/status").read().splitlines()
                except OSError:
                    continue
                fields = {l.split(":")[0]: l.split()[1:2] for l in status}
                if fields.get("VmRSS") and fields.get("VmHWM"):
                    total += int(fields["VmRSS"][0]) * 1024
                    own[int(pid)] = int(fields["VmHWM"][0]) * 1024
    return total, own

sampled, children_peak = [0], {}
def sample(stop):
    while True:
        total, own = sample_tree()
        sampled[0] = max(sampled[0], total)
        for pid, hwm in own.items():  # a process's own peak (VmHWM is exact and monotonic)
            children_peak[pid] = max(children_peak.get(pid, 0), hwm)
        if stop.wait(0.02):
            return

postmaster = int(sys.argv[5])
hq = open_hq(AppPaths.under(Path(sys.argv[1])), sys.argv[2])
hq.trust_list()
with open("/proc/self/clear_refs", "w") as fh:
    fh.write("5")
before = rss("VmRSS")
workers = worker_count(report_files([Path(sys.argv[3])]), None)
load = os.getloadavg()[0]
server = server_cpu(postmaster)
stop = threading.Event()
sampler = threading.Thread(target=sample, args=(stop,), daemon=True)
sampler.start()
start, cpu = time.perf_counter(), time.process_time()
summary = hq.merge([Path(sys.argv[3])])
merge, cpu = time.perf_counter() - start, time.process_time() - cpu
writer_peak = rss("VmHWM")  # the writer's own peak while it merged
stop.set()
sampler.join()
children = resource.getrusage(resource.RUSAGE_CHILDREN)
assert summary.count("merged") == int(sys.argv[4]), [o.message for o in summary.outcomes][:3]
merge_server = server_cpu(postmaster) - server
# what `hq merge` does next: prepare the dashboard's months (issue 14), inside the budget;
# the workers have exited: the writer alone, its peak measured afresh
with open("/proc/self/clear_refs", "w") as fh:
    fh.write("5")
start, prep_cpu = time.perf_counter(), time.process_time()
months = HqDashboardService(hq, SystemClock()).prepare("zh_CN")
prepare, prep_cpu = time.perf_counter() - start, time.process_time() - prep_cpu
prepare_peak = rss("VmHWM")
server = server_cpu(postmaster) - server
start, wb_cpu = time.perf_counter(), time.process_time()
tables = hq.tables()
workbook, wb_cpu = time.perf_counter() - start, time.process_time() - wb_cpu
print(json.dumps({"merge": merge, "cpu": cpu, "prepare": prepare, "prepare_cpu": prep_cpu,
                  "months": len(months), "merge_server_cpu": merge_server,
                  "together": sampled[0], "rss_growth": writer_peak - before,
                  "writer_peak": writer_peak, "prepare_peak": prepare_peak,
                  "children_peaks": sorted(children_peak.values(), reverse=True),
                  "workers": workers, "worker_cpu": children.ru_utime + children.ru_stime,
                  "server_cpu": server,
                  "load": load, "workbook": workbook, "workbook_cpu": wb_cpu,
                  "sop_rows": len(tables[3].rows)}))
"""


def _month_of_activity(db: Path, *, days: int = 30, per_day: int = 330) -> int:
    """~10,000 journal events over the month before TODAY, pointing at real rows."""
    rng = random.Random(5)
    con = sqlite3.connect(db)
    advisors = [r[0] for r in con.execute("SELECT id FROM advisors")]
    customers = [r[0] for r in con.execute("SELECT id FROM customers LIMIT 20000")]
    scripts = [r[0] for r in con.execute("SELECT uid FROM scripts LIMIT 200")] or ["s"]
    tasks = [r[0] for r in con.execute("SELECT ulid FROM sop_tasks WHERE state = 'done' "
                                       "LIMIT 3000")]
    tags = [r[0] for r in con.execute("SELECT uid FROM tags")]
    rows = []
    start = datetime(TODAY.year, TODAY.month, TODAY.day, 2) - timedelta(days=days)
    for n in range(days * per_day):
        at = (start + timedelta(seconds=n * 86400 // per_day)).isoformat(" ")
        kind = rng.choices(("item.used", "interaction.logged", "sop.step.done", "tag.added",
                            "coupon.issued"), (40, 25, 20, 10, 5))[0]
        payload = {"item.used": lambda: {"kind": "script", "uid": rng.choice(scripts),
                                         "action": "copy"},
                   "interaction.logged": lambda: {"kind": "chat"},
                   "sop.step.done": lambda: {"task": rng.choice(tasks), "on_time": True},
                   "tag.added": lambda: {"tag": rng.choice(tags), "source": "manual"},
                   "coupon.issued": lambda: {"coupon": "qinyan.coupon.birthday-88",
                                             "code": "X"}}[kind]()
        rows.append((f"01EV{n:022d}", at, "01BENCHDEVICE0000000000000", rng.choice(advisors),
                     kind, rng.choice(customers), json.dumps(payload)))
    with con:
        con.executemany("INSERT INTO events (ulid, at, device_id, advisor_id, kind, "
                        "customer_id, payload) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    con.close()
    return len(rows)


def test_export_at_200k_customers_and_a_month(tmp_path):
    paths = AppPaths.under(tmp_path / "shop").ensure()
    clock = FixedClock.at_local(TODAY, 10)
    desk = open_desk(paths, clock)
    desk.demo.configure_store()
    desk.content.apply(desk.content.read_folder(locate.demo_content_dir()))
    desk.close()
    populate(paths.database, customers=CUSTOMERS, today=TODAY)
    populate_sop(paths.database, today=TODAY)
    events = _month_of_activity(paths.database)
    desk = open_desk(paths, clock)
    with desk.ctx.db.write() as s:  # everything before the month was exported already
        from advisor_desk.store import report_repo

        first = report_repo.max_seq(s) - events
        report_repo.record_export(
            s, created_at=clock.now(), device_id=desk.ctx.device_id, seq_from=1, seq_to=first,
            period_from=TODAY, period_to=TODAY, reexport=False, file_name="old.adreport",
            rows={}, manifest_sha256="0" * 64, advisor_id=None)
    start = time.perf_counter()
    result, _ = desk.reports.export(tmp_path / "month.adreport")
    seconds = time.perf_counter() - start
    desk.close()
    start = time.perf_counter()
    con = sqlite3.connect(paths.database)
    con.execute("SELECT * FROM events WHERE seq > ?", (first,)).fetchall()
    con.execute("SELECT stage_key, vip_level, member_class, count(*) FROM customers "
                "WHERE deleted_at IS NULL GROUP BY 1, 2, 3").fetchall()
    con.close()
    floor = time.perf_counter() - start
    p = result.preview
    print(f"\nexport: {CUSTOMERS:,} customers, {p.events:,} events "
          f"({sum(v for k, v in p.rows.items() if k not in ('catalog', 'advisors')):,} rows), "
          f"{result.size / 1024:.0f} KB")
    print(f"export:            {seconds:6.2f} s   floor (raw read + counts) {floor:.2f} s "
          f"({seconds / floor:.1f}x)")
    assert p.events == events and p.rows["usage"] > 3000
    assert seconds <= 1.0


def _trust(hq, keys: list[Path]) -> None:
    for key in keys:
        hq.trust_add(key)


def _child(data: Path, url: str, folder: Path, files: int, postmaster: int = 0) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(data), url, str(folder), str(files),
                          str(postmaster)],
                         check=True, capture_output=True, text=True, timeout=1200).stdout
    return json.loads(out.strip().splitlines()[-1])


def _floor(files: list[Path], keys: list[Path]) -> tuple[float, float]:
    """Wall and CPU seconds to verify and decode every report in one process, no database."""
    trusted = {}
    for key in keys:
        info = device_key.read_public_key(key.read_bytes())
        trusted[info.key_id] = TrustedDevice(info.key_id, info.public_key, info.store_code,
                                             info.device_id, "", datetime.now(UTC))
    gc.disable()  # as the merge does
    start, cpu = time.perf_counter(), time.process_time()
    for path in files:
        with ReportReader(path) as reader:
            reader.authenticate(trusted.get)
            for kind in KINDS:
                reader.rows(kind)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    gc.enable()
    return seconds, cpu


def test_merge_300_stores_month_into_sqlite_and_postgresql(tmp_path, pg_server):
    start = time.perf_counter()
    files, keys, events = write_month(tmp_path / "reports", STORES)
    written = time.perf_counter() - start
    mb = sum(f.stat().st_size for f in files) / 2**20
    floor, floor_cpu = _floor(files, keys)
    postmaster = int((Path(pg_server.pgdata) / "postmaster.pid").read_text().split()[0])
    results = {}
    for name, url in (("sqlite", f"sqlite:///{tmp_path / 'w.db'}"),
                      ("postgresql", new_pg_database(pg_server))):
        hq = open_hq(AppPaths.under(tmp_path / name), url)
        _trust(hq, keys)
        hq.close()
        results[name] = _child(tmp_path / name, url, tmp_path / "reports", len(files),
                               postmaster if name == "postgresql" else 0)
    print(f"\nmerge: {STORES} stores x 3 advisors x 30 days = {events:,} events in "
          f"{len(files)} files, {mb:.1f} MB (written in {written:.1f} s)")
    print(f"floor (verify + decode in one process, no DB): {floor:6.2f} s, CPU {floor_cpu:.2f} s")
    for name, r in results.items():
        r["total"] = r["merge"] + r["prepare"]
        total = r["cpu"] + r["prepare_cpu"] + r["worker_cpu"] + r["server_cpu"]
        r["bound"] = peak_bound(r)
        print(f"{name:<10} merge + dashboard {r['total']:6.2f} s ({r['total'] / floor:.1f}x "
              f"floor) at load {r['load']:.1f}: merge {r['merge']:.2f} s, dashboard's "
              f"{r['months']} views prepared {r['prepare']:.2f} s")
        print(f"{'':<10} CPU {total:.2f} s ({total / floor_cpu:.1f}x floor CPU): writer "
              f"{r['cpu']:.2f} + {r['workers']} workers {r['worker_cpu']:.2f}"
              + (f" + server {r['server_cpu']:.2f} (merge {r['merge_server_cpu']:.2f})"
                 if r["server_cpu"] else "") + f" + preparing {r['prepare_cpu']:.2f}")
        print(f"{'':<10} peak RSS {r['bound'] / 2**20:.0f} MB (budget 300): merging, the writer "
              f"{r['writer_peak'] / 2**20:.0f} MB (+{r['rss_growth'] / 2**20:.0f} MB) + its "
              f"children {', '.join(f'{p / 2**20:.0f}' for p in r['children_peaks'])} MB, "
              f"each at its own peak (sampled all at once: {r['together'] / 2**20:.0f} MB); "
              f"preparing, the writer alone {r['prepare_peak'] / 2**20:.0f} MB; workbook "
              f"{r['workbook']:.2f} s (CPU {r['workbook_cpu']:.2f} s)")
    assert results["sqlite"]["sop_rows"] == results["postgresql"]["sop_rows"] == 24
    assert results["sqlite"]["total"] <= 10.0
    assert results["postgresql"]["total"] <= 20.0
    assert max(r["bound"] for r in results.values()) <= 300 * 2**20


def peak_bound(r: dict) -> int:
    """Peak RSS of ``hq merge``, never under the truth: while merging, the writer's own peak
    (VmHWM) plus each child's own peak (workers and multiprocessing's resource tracker), as
    if all of them met; then the dashboard preparation, the writer alone (the workers have
    exited). Each process's VmHWM is exact and counts its shared library pages in full, so
    the sum is an upper bound; a sampled sum of RSS could miss a short peak. (Not
    ``ru_maxrss`` of RUSAGE_CHILDREN: a spawned worker inherits its parent's high-water mark
    across fork + exec, so it reports the writer's RSS at the moment it started.)"""
    return max(r["writer_peak"] + sum(r["children_peaks"]), r["prepare_peak"])
