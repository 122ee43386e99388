"""The GUI while typing fast at 100,000 library items: a 10 ms heartbeat on the GUI thread;
the largest gap is printed and must stay <= 50 ms (docs/library.md).

    .venv/bin/python -m pytest -m benchmark -s tests/benchmarks/test_search_gui.py
"""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit, QListView

from advisor_desk.domain.clock import FixedClock
from advisor_desk.domain.library import SearchFilter
from advisor_desk.paths import AppPaths
from advisor_desk.services.desk import open_desk
from tests.benchmarks import harness
from tests.benchmarks.test_search import real_queries
from tests.support.typing_heartbeat import type_and_measure

ITEMS = int(os.environ.get("BENCH_SEARCH_ITEMS", "100000"))


def test_typing_at_scale_never_freezes(qtbot, tmp_path):
    from advisor_desk.ui.main_window import MainWindow
    from advisor_desk.ui.pages.library_base import PAGE_LIMIT

    paths = AppPaths.under(tmp_path / "data")
    desk = open_desk(paths, FixedClock.at_local(date(2026, 11, 24), 10))
    harness.populate_library(paths.database, items=ITEMS)
    desk.library.rebuild_index()
    window = MainWindow(paths.log_file, QSettings(str(tmp_path / "w.ini"),
                                                  QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show_restored()
    window.attach(desk)
    qtbot.waitExposed(window)
    from advisor_desk.ui.pages import PAGE_SPECS

    window.navigation.setCurrentRow([spec.key for spec in PAGE_SPECS].index("scripts"))
    box = window.findChild(QLineEdit, "scriptSearch")
    results = window.findChild(QListView, "scriptList")

    def expected(query: str) -> list[str]:
        return [h.uid for h in desk.library.search(
            query, SearchFilter(kinds=("script",)), advisor_id=window.state.advisor_id,
            limit=PAGE_LIMIT).hits]

    box.setFocus()
    queries = real_queries(40)
    worst = type_and_measure(qtbot, box, results, queries, expected)
    window.close()
    desk.close()
    print(f"\nGUI while typing {len(queries)} queries at {ITEMS} items: "
          f"largest heartbeat gap {worst:.1f} ms (budget 50 ms)")
    assert worst <= 50


CUSTOMERS = int(os.environ.get("BENCH_CUSTOMERS", "200000"))
RUNS = 3


def test_typing_after_200000_customers_were_listed_never_freezes(qtbot, tmp_path,
                                                                monkeypatch):
    """The long-lived window (issue 17): the same process first lists and scrolls 200,000
    customers, then types into the Scripts search at 100,000 items; three runs, each with
    its largest heartbeat gap <= 50 ms. Full cyclic-GC passes seen while typing are counted."""
    import gc
    import time

    from PySide6.QtWidgets import QTableView

    from advisor_desk import locate
    from advisor_desk.ui.main_window import MainWindow
    from advisor_desk.ui.pages import PAGE_SPECS
    from advisor_desk.ui.pages.library_base import PAGE_LIMIT

    monkeypatch.setenv("ADVISOR_DESK_GC_FREEZE", os.environ.get("BENCH_GC_FREEZE", "1"))
    paths = AppPaths.under(tmp_path / "data")
    desk = open_desk(paths, FixedClock.at_local(date(2026, 11, 24), 10))
    desk.content.apply(desk.content.read_folder(locate.demo_content_dir()))
    manager, _ = desk.advisors.add("店长")  # the first profile is the store's manager
    harness.populate(paths.database, customers=CUSTOMERS)
    harness.populate_library(paths.database, items=ITEMS)
    desk.library.rebuild_index()
    window = MainWindow(paths.log_file, QSettings(str(tmp_path / "w.ini"),
                                                  QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show_restored()
    window.attach(desk)
    qtbot.waitExposed(window)
    keys = [spec.key for spec in PAGE_SPECS]
    window.state.set_advisor(manager)  # the list shows the whole store
    window.navigation.setCurrentRow(keys.index("customers"))
    table = window.findChild(QTableView, "customerTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == CUSTOMERS, timeout=120_000)
    started = time.perf_counter()
    rows = table.model().rowCount()
    for row in range(0, rows, max(1, rows // 400)):
        table.scrollTo(table.model().index(row, 0))
        qtbot.wait(1)
    scrolled = time.perf_counter() - started
    window.navigation.setCurrentRow(keys.index("scripts"))
    box = window.findChild(QLineEdit, "scriptSearch")
    results = window.findChild(QListView, "scriptList")
    qtbot.wait(7000)  # the heap keeper's first settle and a check have run
    window.heap.check()
    t0 = time.perf_counter()
    gc.collect()  # what one full pass over this heap costs the thread that triggers it
    full_pass = (time.perf_counter() - t0) * 1000

    def expected(query: str) -> list[str]:
        return [h.uid for h in desk.library.search(
            query, SearchFilter(kinds=("script",)), advisor_id=window.state.advisor_id,
            limit=PAGE_LIMIT).hits]

    pauses: dict[int, list[float]] = {0: [], 1: [], 2: []}
    began: list[float] = []

    def watch(phase, info) -> None:
        if phase == "start":
            began.append(time.perf_counter())
        elif began:
            pauses[info["generation"]].append((time.perf_counter() - began.pop()) * 1000)

    gc.callbacks.append(watch)
    box.setFocus()
    worst = []
    try:
        for run in range(RUNS):
            worst.append(type_and_measure(qtbot, box, results, real_queries(40, seed=run + 3),
                                          expected))
    finally:
        gc.callbacks.remove(watch)
    frozen = gc.get_freeze_count()
    window.close()
    window.heap.stop()
    desk.close()
    gc.unfreeze()
    print(f"\nafter listing {rows} customers (scrolled in {scrolled:.1f} s): typing 40 "
          f"queries at {ITEMS} items, {RUNS} runs, largest heartbeat gap per run: "
          + ", ".join(f"{w:.1f} ms" for w in worst) + " (budget 50 ms); GC passes while "
          "typing by generation: " + ", ".join(
              f"gen{g} {len(p)} (longest {max(p, default=0):.1f} ms)" for g, p in pauses.items())
          + f"; heap freeze on: {window.heap.enabled}, objects frozen {frozen}, a full GC "
          f"pass after listing: {full_pass:.1f} ms")
    assert max(worst) <= 50
