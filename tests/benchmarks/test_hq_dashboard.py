"""The HQ dashboard over the 300-store month (issue 13's report harness: 300 shops x 3
advisors x 30 days, ~3 M events) on SQLite and PostgreSQL. Budget: each view <= 1 s. A view
shows once the month's tables are read (one read serves every view, as the workbook is
written), so the figure is that read, then each view drawn from it (chart + table). Floor in
the same run: the same read for all time (the workbook's own figure)."""

from __future__ import annotations

import statistics
import time
from datetime import date

from advisor_desk.domain.clock import FixedClock
from advisor_desk.paths import AppPaths
from advisor_desk.services.hq import open_hq
from advisor_desk.services.hq_dashboard import HqDashboardService
from tests.benchmarks.harness_reports import write_month
from tests.conftest import new_pg_database

STORES = 300
RUNS = 5


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:6.0f} ms  max {max(values) * 1000:6.0f} ms"


def _draw_every_view(qapp, board, tmp_path) -> dict[str, float]:
    from PySide6.QtCore import QSettings

    from advisor_desk.ui.hq_window import HqWindow
    from advisor_desk.ui.pages.hq_dashboard import HqContext, HqDashboardPage
    from advisor_desk.ui.widgets import hq_views

    window = HqWindow(tmp_path / "log.txt", QSettings(str(tmp_path / "w.ini"),
                                                      QSettings.Format.IniFormat), "zh_CN")
    page = HqDashboardPage(HqContext(None, window.tasks, "zh_CN", print, print))
    window.setCentralWidget(page)
    window.resize(1366, 698)
    window.show()
    page._loaded(page._request, board)  # the numbers as a background read delivers them
    times = {}
    for view in hq_views.VIEWS:
        start = time.perf_counter()
        page._set_view(view)
        page.grab()  # painted
        times[view.key] = time.perf_counter() - start
    window.close()
    return times


def test_each_view_of_the_300_store_month(tmp_path, pg_server, qapp):
    start = time.perf_counter()
    files, keys, events = write_month(tmp_path / "reports", STORES)
    print(f"\n{STORES} stores, {events:,} events in {len(files)} reports "
          f"(written in {time.perf_counter() - start:.0f} s)")
    clock = FixedClock.at_local(date(2026, 12, 3), 10)
    results = {}
    for name, url in (("sqlite", f"sqlite:///{tmp_path / 'w.db'}"),
                      ("postgresql", new_pg_database(pg_server))):
        hq = open_hq(AppPaths.under(tmp_path / name), url)
        for key in keys:
            hq.trust_add(key)
        start = time.perf_counter()
        hq.merge(files)
        merged = time.perf_counter() - start
        cold, warm, everything = [], [], []
        for _ in range(RUNS):
            dashboard = HqDashboardService(hq, clock)  # a fresh window: nothing read yet
            t = time.perf_counter()
            board = dashboard.load("2026-11")
            cold.append(time.perf_counter() - t)
            t = time.perf_counter()
            dashboard.load("2026-11")
            warm.append(time.perf_counter() - t)
            t = time.perf_counter()
            dashboard.load(None)
            everything.append(time.perf_counter() - t)
        drawn = _draw_every_view(qapp, board, tmp_path / name)
        hq.close()
        results[name] = (cold, drawn)
        print(f"{name:<10} merged in {merged:5.1f} s")
        print(f"{'':<10} the month read (first time): {_ms(cold)}; again (same warehouse): "
              f"{_ms(warm)}; floor, all time = the workbook's read: {_ms(everything)}")
        print(f"{'':<10} each view drawn from it: " + ", ".join(
            f"{k} {v * 1000:.0f} ms" for k, v in drawn.items()))
        assert len(board.table("stores").rows) == STORES
    for name, (cold, drawn) in results.items():
        assert statistics.median(cold) + max(drawn.values()) <= 1.0, name
