"""A new shop: an empty data folder reaches a filled Today in the three welcome steps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton

from tests.support.qt_input import type_text

pytestmark = pytest.mark.gui


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_three_steps_from_an_empty_folder_to_a_filled_today(new_shop, qtbot):
    window, desk = new_shop
    today = window.page("today")
    assert desk.setup.is_new() and window.state.advisor is None
    assert "STORE" not in window.store_label.text()
    setup = window.findChild(QPushButton, "todaySetUp")  # Today explains, offers the way in
    assert setup is not None and setup.isVisible()
    _click(qtbot, setup)
    dialog = window.findChild(QDialog, "welcomeDialog")
    assert dialog is not None and dialog.isVisible()
    next_button = dialog.findChild(QPushButton, "welcomeNext")
    error = dialog.findChild(QLabel, "welcomeError")

    # 1 · the store: a bad code is marked in place, what was typed stays
    name = dialog.findChild(QLineEdit, "welcomeStoreName")
    code = dialog.findChild(QLineEdit, "welcomeStoreCode")
    type_text(qtbot, name, "沁研 静安专柜")
    qtbot.keyClicks(code, "SH 001")
    _click(qtbot, next_button)
    assert error.isVisible() and code.property("invalid") and dialog.pages.currentIndex() == 0
    assert name.text() == "沁研 静安专柜"
    code.clear()
    qtbot.keyClicks(code, "sh001")
    _click(qtbot, next_button)
    assert dialog.pages.currentIndex() == 1 and not error.isVisible()

    # 2 · you: the first profile is the manager; the PIN is optional but must match
    type_text(qtbot, dialog.findChild(QLineEdit, "welcomeManagerName"), "林晓雯")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "welcomePin"), "2468")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "welcomePinAgain"), "2460")
    _click(qtbot, next_button)
    assert dialog.pages.currentIndex() == 1 and error.isVisible()
    again = dialog.findChild(QLineEdit, "welcomePinAgain")
    again.clear()
    qtbot.keyClicks(again, "2468")
    _click(qtbot, next_button)
    assert dialog.pages.currentIndex() == 2

    # 3 · HQ content: the demo, for this store
    _click(qtbot, dialog.findChild(QPushButton, "welcomeDemo"))
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    store = desk.settings.get()
    assert (store.store_name, store.store_code) == ("沁研 静安专柜", "SH001")
    me = window.state.advisor
    assert me is not None and me.name == "林晓雯" and me.is_manager and me.has_pin
    assert window.store_label.text() == "沁研 静安专柜"
    qtbot.waitUntil(lambda: today.isVisible() and today.model.rowCount() > 0, timeout=5000)
    queue = desk.tasks.today(me.id)
    assert queue.count("today") + queue.count("overdue") > 0  # a filled Today, for me
    assert today.body.currentWidget() is today.splitter
    assert today.panel.task is not None


def test_later_leaves_an_empty_today_that_says_what_to_do(new_shop, qtbot):
    window, _desk = new_shop
    window.first_run()
    dialog = window.findChild(QDialog, "welcomeDialog")
    type_text(qtbot, dialog.findChild(QLineEdit, "welcomeStoreName"), "测试店")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "welcomeStoreCode"), "BJ002")
    dialog.go_next()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "welcomeManagerName"), "Lin")
    dialog.go_next()
    _click(qtbot, dialog.findChild(QPushButton, "welcomeLater"))
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert window.state.advisor is not None and window.state.advisor.name == "Lin"
    button = window.findChild(QPushButton, "todayImportPack")  # no HQ content yet
    assert button is not None
    qtbot.waitUntil(button.isVisible, timeout=5000)  # Qt shows a new child on the next turn
    _click(qtbot, button)
    assert window.current_page() is window.page("sync")


def test_every_page_of_a_shop_without_hq_content_offers_the_import(new_shop, qtbot):
    """Scripts, materials, coupons and training are empty until HQ's pack is imported: each
    says so and has the button that leads to the Sync page (not just a sentence)."""
    from advisor_desk.ui.pages import PAGE_SPECS

    window, desk = new_shop
    from advisor_desk.services.setup import NewStore

    manager, _ = desk.setup.start(NewStore("测试店", "BJ002", "Lin", None))
    window.state.set_advisor(manager, desk.advisors.unlock(manager.id, None))
    keys = [spec.key for spec in PAGE_SPECS]
    for key, button_name in (("scripts", "scriptImportPack"),
                             ("materials", "materialImportPack"),
                             ("coupons", "couponImportPack"),
                             ("training", "trainingImportPack")):
        window.navigation.setCurrentRow(keys.index(key))
        page = window.page(key)
        page.refresh()
        button = page.findChild(QPushButton, button_name)
        assert button is not None, key
        qtbot.waitUntil(button.isVisible, timeout=5000)
        _click(qtbot, button)
        assert window.current_page() is window.page("sync"), key


def test_practice_without_hq_content_says_why_and_leads_to_the_import(new_shop, qtbot):
    """Not "new cards come tomorrow" (they never would): the pack is what brings cards."""
    from PySide6.QtWidgets import QTabWidget

    from advisor_desk.services.setup import NewStore
    from advisor_desk.ui.pages import PAGE_SPECS

    window, desk = new_shop
    manager, _ = desk.setup.start(NewStore("测试店", "BJ002", "Lin", None))
    window.state.set_advisor(manager, desk.advisors.unlock(manager.id, None))
    window.navigation.setCurrentRow([spec.key for spec in PAGE_SPECS].index("training"))
    page = window.page("training")
    page.findChild(QTabWidget, "trainingTabs").setCurrentWidget(page.practice)
    button = page.practice.findChild(QPushButton, "practiceImportPack")
    assert button is not None
    qtbot.waitUntil(button.isVisible, timeout=5000)
    assert "tomorrow" not in page.practice.findChild(QLabel, "practiceFinishedText").text()
    _click(qtbot, button)
    assert window.current_page() is window.page("sync")
