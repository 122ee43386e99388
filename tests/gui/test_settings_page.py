"""The Settings page and PIN-protected profiles, through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QSpinBox

from advisor_desk.ui.pages import PAGE_SPECS
from tests.support.ops import settle

pytestmark = pytest.mark.gui


def _show(window, key):
    window.navigation.setCurrentRow([s.key for s in PAGE_SPECS].index(key))
    return window.page(key)


def test_a_manager_changes_the_follow_up_rules(window, loaded_desk, qtbot):
    assert window.state.advisor.is_manager  # the demo's first profile is the manager
    _show(window, "settings")
    grace = window.findChild(QSpinBox, "graceDays")
    grace.setValue(5)
    qtbot.mouseClick(window.findChild(QPushButton, "saveSettingsButton"),
                     Qt.MouseButton.LeftButton)
    settle(window, qtbot)
    assert loaded_desk.settings.get().grace_days == 5


def test_an_advisor_cannot_edit_store_settings(window, loaded_desk):
    picker = window.findChild(QComboBox, "advisorPicker")
    staff = next(a for a in loaded_desk.advisors.list() if not a.is_manager)
    picker.setCurrentIndex(picker.findData(staff.id))
    assert window.state.advisor == staff
    _show(window, "settings")
    assert not window.findChild(QSpinBox, "graceDays").isEnabled()
    assert not window.findChild(QPushButton, "saveSettingsButton").isEnabled()


def test_switching_to_a_profile_with_a_pin_asks_for_it(window, loaded_desk, qtbot):
    boss = window.state.advisor
    staff = next(a for a in loaded_desk.advisors.list() if not a.is_manager)
    loaded_desk.advisors.set_pin(staff.id, "2468", session=window.state.session)
    picker = window.findChild(QComboBox, "advisorPicker")

    def type_pin(pin: str) -> None:
        dialog = QApplication.activeModalWidget()
        dialog.findChild(QLineEdit, "pinEdit").setText(pin)
        dialog.accept() if pin is None else dialog._accept()

    QTimer.singleShot(50, lambda: (type_pin("0000"), QTimer.singleShot(
        50, lambda: QApplication.activeModalWidget().reject())))
    picker.setCurrentIndex(picker.findData(staff.id))
    assert window.state.advisor == boss  # wrong PIN, then cancel: still the manager
    assert picker.currentData() == boss.id

    QTimer.singleShot(50, lambda: type_pin("2468"))
    picker.setCurrentIndex(picker.findData(staff.id))
    assert window.state.advisor.id == staff.id


@pytest.mark.parametrize("lang", ["en"], indirect=True)
def test_the_language_box_shows_the_language_in_use(lang, fit_window, qtbot):
    """Under --lang en the box says English, whatever this PC saved before."""
    fit_window.ui.prefs.setValue("ui/language", "zh_CN")
    fit_window.show_page("settings")
    box = fit_window.findChild(QComboBox, "languageChoice")
    assert box.currentData() == "en" and box.currentText() == "English"


def test_adding_an_advisor_twice_is_explained_in_the_dialog(window, loaded_desk, qtbot):
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

    _show(window, "settings")
    existing = loaded_desk.advisors.list()[1].name
    qtbot.mouseClick(window.findChild(QPushButton, "addAdvisorButton"),
                     Qt.MouseButton.LeftButton)
    dialog = window.findChild(QDialog, "textDialog")
    edit = dialog.findChild(QLineEdit, "textDialogEdit")
    edit.setText(existing)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    settle(window, qtbot)  # saved on the writer thread
    error = dialog.findChild(QLabel, "textDialogError")
    assert dialog.isVisible() and existing in error.text() and edit.text() == existing
    edit.setText("新同事")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    settle(window, qtbot)
    assert not dialog.isVisible()
    assert "新同事" in {a.name for a in loaded_desk.advisors.list()}
