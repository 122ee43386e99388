"""The HQ dashboard window (`advisor-desk --hq`) through its real widgets: every view draws
its chart from its table, exports that table, and an empty warehouse says how reports
arrive."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableView

from advisor_desk.domain.clock import FixedClock
from advisor_desk.paths import AppPaths
from advisor_desk.services.hq import open_hq
from advisor_desk.services.hq_dashboard import HqDashboardService
from advisor_desk.ui import labels
from advisor_desk.ui.widgets import hq_views
from tests.support.reports import make_shop

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    root = tmp_path_factory.mktemp("hqgui")
    out = []
    for code, seed in (("SH001", 31), ("BJ002", 32)):
        desk, _clock = make_shop(root / code, store_code=code, seed=seed, customers=30, days=3)
        result, _ = desk.reports.export(root / f"{code}.adreport")
        (root / f"{code}.pub").write_bytes(desk.device.public_key_file())
        out.append((root / f"{code}.pub", result.path))
        desk.close()
    return out


def _window(qtbot, tmp_path, reports, *, merge: bool, today: date = date(2026, 12, 1)):
    from advisor_desk.ui.hq_window import HqWindow

    hq = open_hq(AppPaths.under(tmp_path / "hq"))
    for pub, _file in reports:
        hq.trust_add(pub)
    if merge:
        hq.merge([file for _pub, file in reports])
    dashboard = HqDashboardService(hq, FixedClock.at_local(today, 10))
    window = HqWindow(tmp_path / "log.txt",
                      QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat), "en")
    qtbot.addWidget(window)
    window.resize(1366, 698)
    window.show()
    qtbot.waitExposed(window)
    page = window.attach(dashboard)  # reads the warehouse in the background
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        pass
    return window, page, dashboard


def _click(qtbot, page, name):
    button = page.findChild(QPushButton, name)
    assert button is not None and button.isVisible(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_every_view_charts_its_table(qtbot, tmp_path, reports):
    window, page, dashboard = _window(qtbot, tmp_path, reports, merge=True)
    try:
        board = page.board
        assert not board.is_empty and not page.findChild(QLabel, "hqEmpty").isVisible()
        table_view = page.findChild(QTableView, "hqTable")
        for view in hq_views.VIEWS:
            _click(qtbot, page, f"hqView_{view.key}")
            table = board.table(view.table)
            assert table_view.model().rowCount() == len(table.rows), view.key
            assert table_view.model().headerData(0, Qt.Orientation.Horizontal) == \
                table.columns[0]
        _click(qtbot, page, "hqView_advisors")
        _click(qtbot, page, "hqMeasure_copies")
        # a label on its own starts with a capital, as the workbook's headers do
        assert page.findChild(QPushButton, "hqMeasure_copies").text() == "Copies"
        advisors = board.table("advisors")
        expected = sorted(advisors.values("copies"), reverse=True)[:hq_views.TOP]
        assert page.bars.values == expected and not page.bars.is_empty
        _click(qtbot, page, "hqView_sop")
        sop = board.table("sop")
        busiest = sorted(sop.rows, key=lambda r: -r[sop.column("due")])[:hq_views.TOP_STEPS]
        on_time = dict(page.stacks.stacks)[hq_views.header(sop, "on_time")]
        assert list(reversed(on_time)) == [r[sop.column("on_time")] for r in busiest]
        _click(qtbot, page, "hqView_reports")
        assert page.bars.values == [f.days_behind for f in board.freshness
                                    if f.days_behind is not None]
    finally:
        window.close()
        dashboard.close()


def test_content_use_by_item_scene_and_sales_step(qtbot, tmp_path, reports):
    """Content use and never-used content are charted per item, or summed by scene or by
    sales step (a script's step), each sum equal to the table's rows added up."""
    window, page, dashboard = _window(qtbot, tmp_path, reports, merge=True)
    try:
        content = page.board.table("content")
        _click(qtbot, page, "hqView_content")
        assert page.bars.values == [r[content.column("uses")]
                                    for r in content.rows[:hq_views.TOP]]
        _click(qtbot, page, "hqGroup_step")
        steps: dict[str, int] = {}
        for r in content.rows:
            detail = str(r[content.column("detail")] or "")
            key = labels.step_label(int(detail)) if detail.isdigit() else "(no sales step)"
            steps[key] = steps.get(key, 0) + r[content.column("uses")]
        assert dict(zip(page.bars.names, page.bars.values, strict=True)) == steps
        assert any(labels.step_label(n) in page.bars.names for n in range(1, 8))
        assert page.findChild(QLabel, "hqCaption").text().startswith("Uses by sales step")
        _click(qtbot, page, "hqGroup_scene")
        assert sum(page.bars.values) == sum(content.values("uses"))
        dead = page.board.table("dead_content")
        _click(qtbot, page, "hqView_dead_content")
        assert not page.findChild(QPushButton, "hqGroup_item").isVisible()
        _click(qtbot, page, "hqGroup_step")
        assert sum(page.bars.values) == len(dead.rows)
        _click(qtbot, page, "hqView_advisors")  # the leaderboards have no groupings
        assert not page.findChild(QPushButton, "hqGroup_scene").isVisible()
    finally:
        window.close()
        dashboard.close()


def test_export_this_view_and_another_month(qtbot, tmp_path, reports):
    window, page, dashboard = _window(qtbot, tmp_path, reports, merge=True)
    try:
        _click(qtbot, page, "hqView_coupons")
        out = tmp_path / "coupons"
        with qtbot.waitSignal(window.tasks.busyChanged, timeout=10_000,
                              check_params_cb=lambda busy: not busy):
            page.export_to(out, [page.board.table("coupons")])
        book = load_workbook(tmp_path / "coupons.xlsx", read_only=True)
        rows = list(book.worksheets[0].iter_rows(values_only=True))
        book.close()
        assert rows[0] == page.board.table("coupons").columns and len(rows) > 1
        month = page.findChild(QComboBox, "hqMonth")
        assert month.itemData(0) is None and month.itemData(1) == page.board.months[0]
        with qtbot.waitSignal(page.loaded, timeout=20_000):
            month.setCurrentIndex(1)
        assert page.board.month == month.itemData(1)
    finally:
        window.close()
        dashboard.close()


def test_an_empty_warehouse_tells_how_reports_arrive(qtbot, tmp_path, reports):
    window, page, dashboard = _window(qtbot, tmp_path, reports, merge=False)
    try:
        empty = page.findChild(QLabel, "hqEmpty")
        assert empty.isVisible() and "hq merge" in empty.text()
        # it names the Sync page's tab as the shop sees it
        tab = QCoreApplication.translate("SyncPage", "Report to HQ")
        assert f"({tab})" in empty.text()
        assert not page.findChild(QPushButton, "hqExportAll").isEnabled()
        assert not page.findChild(QTableView, "hqTable").isVisible()
    finally:
        window.close()
        dashboard.close()


def test_freshness_when_every_store_reports_up_to_today_says_so(qtbot, tmp_path, reports):
    """Bars of height 0 show nothing: with every store up to date the chart says so."""
    window, page, dashboard = _window(qtbot, tmp_path, reports, merge=True,
                                      today=date(2026, 11, 1))
    try:
        assert {f.days_behind for f in page.board.freshness} == {0}
        _click(qtbot, page, "hqView_reports")
        assert page.bars.is_empty and page.bars.empty.text() == \
            "Every store's reports reach today."
        assert page.caption.fullText().startswith("Days since")
    finally:
        window.close()
        dashboard.close()
