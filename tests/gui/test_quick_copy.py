"""Ctrl+K: type, choose with the arrow keys, Enter copies for the current customer, Esc
closes; no mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QListView

from tests.support.content_factory import library_content, write_content
from tests.support.ops import settle
from tests.support.qt_input import type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def loaded_desk(desk, tmp_path):
    desk.content.apply(desk.content.read_folder(write_content(tmp_path / "c", library_content())))
    desk.demo.generate(customers=40)
    return desk


def _palette(window, qtbot) -> QDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)  # shortcuts need the active window
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = window.findChild(QDialog, "quickCopy")
    assert palette is not None and palette.isVisible()
    box = palette.findChild(QLineEdit, "paletteSearch")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box, timeout=5000)
    return palette


def _current_uid(palette) -> str | None:
    view = palette.findChild(QListView, "paletteResults")
    return view.model().uid_at(view.currentIndex().row())


def test_keyboard_only_search_choose_copy_for_the_current_customer(window, loaded_desk,
                                                                   qtbot):
    customer = loaded_desk.customers.find("")[0]
    window.state.set_customer(customer)
    palette = _palette(window, qtbot)
    box = palette.findChild(QLineEdit, "paletteSearch")
    type_text(qtbot, box, "话术 第")
    qtbot.waitUntil(lambda: palette.findChild(QListView, "paletteResults").model()
                    .rowCount() == 5, timeout=5000)
    first = _current_uid(palette)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    second = _current_uid(palette)
    assert second != first
    assert customer.salutation in palette.findChild(QLabel, "paletteHint").text()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(window, qtbot)
    number = int(second.rsplit(".", 1)[1])
    assert QApplication.clipboard().text() == \
        f"{customer.salutation}，这是第{number}条话术，我是{window.state.advisor.name}。"
    assert not palette.isVisible()  # one part copied: the palette closes
    assert loaded_desk.library.script(second).use_count == 1


def test_enter_right_after_typing_copies_the_best_match_and_esc_closes(window, qtbot):
    palette = _palette(window, qtbot)
    box = palette.findChild(QLineEdit, "paletteSearch")
    qtbot.keyClicks(box, "qqqq")  # matches nothing
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert palette.isVisible()  # nothing matched: nothing copied, still open
    box.clear()
    type_text(qtbot, box, "满300")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # before the debounce fired: searched first
    settle(window, qtbot)
    assert QApplication.clipboard().text().startswith("亲，券码QY-")
    palette = _palette(window, qtbot)
    assert palette.findChild(QLineEdit, "paletteSearch").text() == ""
    qtbot.keyClick(palette.findChild(QLineEdit, "paletteSearch"), Qt.Key.Key_Escape)
    assert not palette.isVisible()


def test_a_moments_post_stays_open_and_says_which_part_is_next(window, qtbot):
    palette = _palette(window, qtbot)
    box = palette.findChild(QLineEdit, "paletteSearch")
    type_text(qtbot, box, "朋友圈")
    qtbot.waitUntil(lambda: _current_uid(palette) == "t.m.moments", timeout=5000)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(window, qtbot)
    assert palette.isVisible()
    assert "2" in palette.findChild(QLabel, "paletteHint").text()
    for _ in range(3):
        qtbot.keyClick(box, Qt.Key.Key_Return)
        settle(window, qtbot)
    assert QApplication.clipboard().mimeData().hasImage()
    assert not palette.isVisible()
