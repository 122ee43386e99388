"""The sidebar: always on top, docks and remembers, keeps customer and query across the
switch, copies by query + Enter through the main window's copy path."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QListView, QPushButton
from sqlalchemy import select

from advisor_desk.store import models as m
from advisor_desk.ui.windows.sidebar import SIDEBAR_WIDTH, SidebarWindow
from advisor_desk.ui.windows.sidebar_switch import docked_rect
from tests.support.ops import settle
from tests.support.qt_input import type_text

pytestmark = pytest.mark.gui


def _switch(window, qtbot) -> SidebarWindow:
    """Ctrl+Shift+S in the full window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    sidebar = window.sidebar_switch.sidebar
    qtbot.waitUntil(sidebar.isVisible, timeout=5000)
    return sidebar


def test_window_flags_keep_the_sidebar_on_top(window, qtbot):
    sidebar = _switch(window, qtbot)
    flags = sidebar.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert flags & Qt.WindowType.Window and not flags & Qt.WindowType.FramelessWindowHint
    assert sidebar.frameGeometry().width() == SIDEBAR_WIDTH  # the frame included
    hint = sidebar.minimumSizeHint()  # fits its width and a 1366x698 screen's height
    assert hint.width() <= SIDEBAR_WIDTH and hint.height() <= 698
    assert not window.isVisible()  # one or the other
    window.sidebar_switch.to_full()


def test_query_and_enter_copy_personalised_through_the_one_copy_path(window, loaded_desk,
                                                                     qtbot):
    customer = loaded_desk.customers.find("")[0]
    window.state.set_customer(customer)
    sidebar = _switch(window, qtbot)
    box = sidebar.findChild(QLineEdit, "sidebarSearch")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box, timeout=5000)
    assert customer.salutation in sidebar.findChild(QPushButton, "sidebarCustomer").text()
    QApplication.clipboard().clear()
    type_text(qtbot, box, "第3条")  # the query ...
    qtbot.keyClick(box, Qt.Key.Key_Return)  # ... and Enter
    settle(window, qtbot)  # issued and logged on the writer thread, then the clipboard
    assert QApplication.clipboard().text() == \
        f"{customer.salutation}，这是第3条话术，我是{window.state.advisor.name}。"
    assert loaded_desk.library.script("t.s.003").use_count == 1  # logged like any copy
    with loaded_desk.ctx.db.read() as s:
        usage = s.execute(select(m.UsageEvent.customer_id, m.UsageEvent.advisor_id)).all()
    assert usage == [(customer.id, window.state.advisor_id)]
    assert "Ctrl+V" in sidebar.status.text() or "粘贴" in sidebar.status.text()
    window.sidebar_switch.to_full()


def test_switching_keeps_the_customer_and_the_query_both_ways(window, loaded_desk, qtbot):
    customer = loaded_desk.customers.find("")[1]
    window.state.set_customer(customer)
    window.navigation.setCurrentRow(2)  # Scripts & Q&A
    page = window.page("scripts")
    type_text(qtbot, page.search, "话术")
    sidebar = _switch(window, qtbot)
    assert sidebar.query() == "话术"
    assert sidebar.findChild(QListView, "sidebarResults").model().rowCount() == 5
    sidebar.search.clear()
    type_text(qtbot, sidebar.search, "第2")
    sidebar.activateWindow()
    qtbot.waitUntil(sidebar.isActiveWindow, timeout=5000)
    qtbot.keyClick(sidebar, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert window.isVisible() and not sidebar.isVisible()
    assert window.state.customer == customer
    assert page.search.text() == "第2" and window.current_page() is page
    window.navigation.setCurrentRow(0)  # Today: no search box there; Scripts gets it
    sidebar = _switch(window, qtbot)
    sidebar.search.setText("防晒")
    sidebar.close()  # closing the sidebar brings the full window back
    assert window.isVisible() and window.current_page() is page
    assert page.search.text() == "防晒"


def test_docks_left_and_right_and_remembers_it(window, qtbot, tmp_path):
    sidebar = _switch(window, qtbot)
    area = sidebar.screen().availableGeometry()
    qtbot.mouseClick(sidebar.findChild(QPushButton, "sidebarDockLeft"),
                     Qt.MouseButton.LeftButton)
    assert sidebar.frameGeometry() == docked_rect(area, "left")
    qtbot.mouseClick(sidebar.findChild(QPushButton, "sidebarDockRight"),
                     Qt.MouseButton.LeftButton)
    assert sidebar.frameGeometry().right() == area.right()
    assert sidebar.frameGeometry().height() == area.height()
    window.sidebar_switch.to_full()
    prefs: QSettings = window.ui.prefs
    assert prefs.value("sidebar/side") == "right"
    assert prefs.value("sidebar/screen") == QGuiApplication.primaryScreen().name()
    sidebar = _switch(window, qtbot)
    sidebar.move(area.left() + 200, area.top() + 50)  # dragged somewhere else
    window.sidebar_switch.to_full()
    assert prefs.value("sidebar/side") == "free"
    sidebar = _switch(window, qtbot)
    assert sidebar.pos().x() == area.left() + 200  # the free position comes back
    window.sidebar_switch.to_full()


def test_next_step_kit_copies_from_the_sidebar_and_hiding_blanks_it(window, loaded_desk,
                                                                    qtbot):
    advisor = window.state.advisor
    task = next(t for t in loaded_desk.tasks.today(advisor.id).today if t.kit.parts)
    window.state.set_customer(loaded_desk.customers.card(task.customer_id))
    sidebar = _switch(window, qtbot)
    assert task.step_title in sidebar.step_title.text()
    QApplication.clipboard().clear()
    qtbot.mouseClick(sidebar.findChild(QPushButton, "sidebarKitCopy"), Qt.MouseButton.LeftButton)
    settle(window, qtbot)
    assert QApplication.clipboard().text().startswith(task.salutation or "")
    assert QApplication.clipboard().text()
    sidebar.set_customer_data_hidden(True)
    texts = [w.text() for w in sidebar.findChildren(QPushButton) if w.isVisible()]
    texts += [w.text() for w in sidebar.findChildren(QLineEdit) if w.isVisible()]
    assert not [t for t in texts if task.customer_name in t or
                (task.salutation and task.salutation in t)]
    assert not sidebar.step_card.isVisible() and not sidebar.results.isVisible()
    sidebar.set_customer_data_hidden(False)
    assert task.customer_name in sidebar.customer_button.text() or \
        task.salutation in sidebar.customer_button.text()
    window.sidebar_switch.to_full()


@pytest.mark.parametrize("lang", ["zh_CN", "en"], indirect=True)
def test_the_customer_button_reads_whole_at_the_sidebars_width(lang, fit_window, qtbot):
    """No customer yet: the button says what to do in full (it was cut to
    "当前客户：未选择（Ctrl+…" beside the dock buttons)."""
    window = fit_window
    window.state.set_customer(None)
    sidebar = _switch(window, qtbot)
    qtbot.wait(50)  # the button's text is fitted after the layout ran
    button = sidebar.findChild(QPushButton, "sidebarCustomer")
    assert "…" not in button.text() and "Ctrl+P" in button.text(), f"[{lang}] {button.text()}"
    window.sidebar_switch.to_full()
