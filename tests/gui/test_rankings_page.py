"""The 排行 Rankings page through its real widgets: with data, with HQ's incentive rules, and
empty (a new store), in both languages' worth of states (no advisor chosen, nothing due)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView

from advisor_desk.domain import rankings as r
from advisor_desk.ui.pages import PAGE_SPECS

pytestmark = pytest.mark.gui


def _open(window, qtbot):
    with qtbot.waitSignal(_page(window).loaded, timeout=10_000):
        window.navigation.setCurrentRow([s.key for s in PAGE_SPECS].index("rankings"))
    return window.page("rankings")


def _page(window):
    return window.page("rankings")


def _click(qtbot, page, name: str) -> None:
    button = page.findChild(QPushButton, name)
    assert button is not None and button.isVisible(), name
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _pick(qtbot, page, name: str) -> None:
    """A measure chip redraws the chart from the numbers already loaded."""
    button = page.findChild(QPushButton, name)
    assert button is not None and button.isVisible(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.isChecked()


def test_the_page_sits_between_sync_and_settings():
    keys = [s.key for s in PAGE_SPECS]
    assert keys.index("sync") < keys.index("rankings") < keys.index("settings")


def test_with_data_the_chart_and_table_show_every_advisor(window, loaded_desk, qtbot):
    page = _open(window, qtbot)
    board = loaded_desk.rankings.board("month")
    assert board.standings and not board.is_empty and not board.has_rules
    table = page.findChild(QTableView, "rankingsTable")
    model = table.model()
    assert model.rowCount() == len(board.standings)
    assert [model.index(n, 1).data() for n in range(model.rowCount())] == [
        s.name for s in board.standings]
    assert model.headerData(2, Qt.Orientation.Horizontal) == "New"
    assert not page.findChild(QPushButton, "measure_points").isVisible()
    chart = page.chart
    assert not chart.is_empty
    by_name = {s.name: s for s in board.standings}
    assert sorted(chart.values, reverse=True) == chart.values  # highest first
    assert chart.values == [by_name[n].steps_on_time for n in chart.names]
    me = window.state.advisor
    assert chart.highlighted() == [chart.names.index(me.name)]  # the current advisor
    _pick(qtbot, page, f"measure_{r.COMPLETION}")
    assert chart.values == [by_name[n].completion_pct or 0 for n in chart.names]
    assert chart.series.labelsFormat() == "@value%"
    _pick(qtbot, page, f"measure_{r.CARDS_PRACTISED}")  # nobody practised: say so
    assert chart.is_empty and "Nothing yet for this measure" in chart.empty.text()
    _pick(qtbot, page, f"measure_{r.STEPS_ON_TIME}")
    assert not chart.is_empty
    mine = loaded_desk.rankings.my_progress(me.id)
    assert page.findChild(QLabel, "myRank").text() == \
        f"Rank {by_name[me.name].rank} of {len(board.standings)}"
    assert page.line.due == [t.due for t in mine.line] and page.line.done == [
        t.done for t in mine.line]


def test_periods_move_back_and_forth(window, loaded_desk, qtbot):
    page = _open(window, qtbot)
    label = page.findChild(QLabel, "periodLabel")
    assert label.text().startswith("2026-11")
    assert not page.findChild(QPushButton, "periodNext").isEnabled()  # no future periods
    _click(qtbot, page, "period_week")
    assert page.board.period == r.period_of("week", date(2026, 11, 24))
    _click(qtbot, page, "periodPrev")
    assert page.board.period.start == date(2026, 11, 16)
    assert label.text().startswith("11/16")
    _click(qtbot, page, "periodCurrent")
    assert page.board.period.start == date(2026, 11, 23)
    _click(qtbot, page, "period_day")
    assert page.board.period == r.Period("day", date(2026, 11, 24), date(2026, 11, 24))


def test_incentive_rules_add_points_to_chart_and_table(window, loaded_desk, qtbot, tmp_path):
    from tests.support.content_factory import base_content, write_content

    content = base_content()
    content["incentive_rules.json"] = [
        {"uid": "t.r.ontime", "title": "按时完成", "measure": "steps_on_time", "points": 2},
        {"uid": "t.r.new", "title": "新客户", "measure": "new_customers", "points": 3}]
    loaded_desk.content.apply(loaded_desk.content.read_folder(
        write_content(tmp_path / "v2", content, version=2)))
    page = _open(window, qtbot)
    assert page.board.has_rules
    assert page.findChild(QPushButton, "measure_points").isVisible()
    assert page.model.headerData(2, Qt.Orientation.Horizontal) == "Points"
    # English punctuation between the rules in English (、 in Chinese)
    assert "按时完成 +2, 新客户 +3" in page.findChild(QLabel, "rulesLabel").fullText()
    _pick(qtbot, page, "measure_points")
    by_name = {s.name: s for s in page.board.standings}
    assert page.chart.values == [2 * by_name[n].steps_on_time + 3 * by_name[n].new_customers
                                 for n in page.chart.names]


@pytest.fixture
def new_store(desk, content_dir):
    desk.content.apply(desk.content.read_folder(content_dir))
    desk.advisors.add("周敏")
    return desk


@pytest.fixture
def empty_window(qtbot, new_store, tmp_path):
    from PySide6.QtCore import QSettings

    from advisor_desk.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    w = MainWindow(new_store.paths.log_file, settings)
    qtbot.addWidget(w)
    w.show_restored()
    w.attach(new_store)
    qtbot.waitExposed(w)
    return w


def test_a_new_store_shows_what_to_do_instead_of_empty_charts(empty_window, qtbot):
    page = _open(empty_window, qtbot)
    assert page.chart.is_empty and page.chart.empty.isVisible()
    assert "Today page" in page.chart.empty.text()
    assert page.line.is_empty and "No SOP steps were due" in page.line.empty.text()
    assert page.findChild(QLabel, "myRank").text() == "Nothing counted in this period yet"
    assert "No streak yet" in page.findChild(QLabel, "myStreak").text()
    assert "No incentive rules" in page.findChild(QLabel, "rulesLabel").fullText()
    assert page.model.rowCount() == 1
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        empty_window.state.set_advisor(None)
    assert "Choose who you are" in page.findChild(QLabel, "myRank").text()


def test_a_big_store_charts_the_first_twelve_and_me(new_store, qtbot, tmp_path):
    from advisor_desk.domain.customers import CustomerInput

    manager = new_store.advisors.unlock(new_store.advisors.find("周敏").id)
    for n in range(1, 15):  # 14 more advisors, advisor n adds n customers
        advisor = new_store.advisors.add(f"顾问{n:02d}", session=manager)[0].id
        for _ in range(n):
            new_store.customers.add(CustomerInput(name="客户"), advisor_id=advisor)
    from PySide6.QtCore import QSettings

    from advisor_desk.ui.main_window import MainWindow

    w = MainWindow(new_store.paths.log_file,
                   QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show_restored()
    w.attach(new_store)
    page = _open(w, qtbot)
    assert w.state.advisor.name == "周敏"  # no customers: last
    _pick(qtbot, page, f"measure_{r.NEW_CUSTOMERS}")
    chart = page.chart
    assert chart.names == [f"顾问{n:02d}" for n in range(14, 2, -1)] + ["周敏"]
    assert chart.values == [*range(14, 2, -1), 0] and chart.highlighted() == [12]
    assert "first 12 of 15" in page.findChild(QLabel, "chartCaption").fullText()
    assert page.model.rowCount() == 15
