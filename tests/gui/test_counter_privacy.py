"""Shared counter PC in the window: PIN lockout with its countdown, erasing a customer from
the profile, the privacy log, the backup list and a restore from Settings that re-opens the
window on the restored file; and the start-up offer when the database is damaged."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
)

from advisor_desk.domain import privacy
from advisor_desk.domain.errors import DatabaseCorrupt
from advisor_desk.domain.privacy import PrivacyFilter
from advisor_desk.domain.segments import SegmentFilter
from advisor_desk.ui.pages import PAGE_SPECS

pytestmark = pytest.mark.gui


def _show(window, key):
    window.navigation.setCurrentRow([s.key for s in PAGE_SPECS].index(key))
    return window.page(key)


def _later(qtbot, fn, ms: int = 50) -> list:
    """Run ``fn(modal dialog)`` once a modal dialog is up (exec() blocks the test)."""
    errors: list = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(ms, run)
            return
        try:
            fn(dialog)
        except Exception as exc:  # reported after exec() returns
            errors.append(exc)
            dialog.reject()

    QTimer.singleShot(ms, run)
    return errors


def test_wrong_pins_lock_the_profile_with_a_countdown(window, loaded_desk, clock, qtbot):
    boss = window.state.advisor
    staff = next(a for a in loaded_desk.advisors.list() if not a.is_manager)
    loaded_desk.advisors.set_pin(staff.id, "2468", session=loaded_desk.advisors.unlock(boss.id))
    picker = window.findChild(QComboBox, "advisorPicker")
    seen: dict = {}

    def each_try(dialog) -> None:
        if window.ops.busy:  # the PIN is checked on the writer thread: wait for its answer
            QTimer.singleShot(20, lambda: each_try(dialog))
            return
        tries = seen.setdefault("tries", 0)
        if tries < 5:
            seen["tries"] = tries + 1
            seen.setdefault("hints", []).append(dialog.findChild(QLabel, "pinHint").text())
            dialog.findChild(QLineEdit, "pinEdit").setText("0000")
            _later(qtbot, each_try)
            dialog._accept()
            return
        seen["hint"] = dialog.findChild(QLabel, "pinHint").text()
        seen["ok"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        seen["edit"] = dialog.findChild(QLineEdit, "pinEdit").isEnabled()
        dialog.reject()

    errors = _later(qtbot, each_try)
    picker.setCurrentIndex(picker.findData(staff.id))
    assert not errors
    assert window.state.advisor == boss  # never got in
    assert seen["hints"][1] == "Wrong PIN."
    assert "1 more wrong" in seen["hints"][4]  # the 5th wrong PIN earns the first wait
    assert "30 second" in seen["hint"] and not seen["ok"] and not seen["edit"]
    # the wait is in the database: opening the dialog again starts with the countdown
    assert loaded_desk.advisors.pin_wait(staff.id) == 30
    clock.advance(seconds=30)

    def right(dialog) -> None:
        dialog.findChild(QLineEdit, "pinEdit").setText("2468")
        dialog._accept()

    _later(qtbot, right)
    picker.setCurrentIndex(picker.findData(staff.id))
    assert window.state.advisor.id == staff.id


def test_a_manager_erases_a_customer_from_the_profile(window, loaded_desk, customers_page,
                                                      qtbot):
    cid = loaded_desk.customers.ids(SegmentFilter())[0]
    name = loaded_desk.customers.card(cid).display_name
    before = loaded_desk.customers.count()
    window.state.open_customer(cid)
    profile = customers_page.profile
    erase = profile.findChild(QPushButton, "eraseCustomer")
    profile.tabs.setCurrentIndex(profile.tabs.count() - 1)  # Details
    assert erase.isVisible()

    def fill(dialog) -> None:
        confirm = dialog.findChild(QPushButton, "eraseConfirm")
        assert not confirm.isEnabled()  # no reason, no erasure
        dialog.findChild(QLineEdit, "eraseReason").setText("顾客来电要求")
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)

    errors = _later(qtbot, fill)
    qtbot.mouseClick(erase, Qt.MouseButton.LeftButton)
    assert not errors
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=5000)  # erased on the writer thread
    assert loaded_desk.customers.count() == before - 1
    assert window.state.customer is None  # the current customer is gone too
    assert customers_page.stack.currentWidget() is not profile
    qtbot.waitUntil(lambda: customers_page.model.rowCount() == before - 1, timeout=5000)
    texts = {customers_page.model.index(r, 0).data() for r in range(
        customers_page.model.rowCount())}
    assert name not in texts
    (entry,) = loaded_desk.privacy.log(PrivacyFilter(actions=frozenset({privacy.ERASE})),
                                       session=window.state.session).entries
    assert entry.detail == {"reason": "顾客来电要求"}


def test_advisors_do_not_see_the_erase_button(window, loaded_desk, customers_page):
    picker = window.findChild(QComboBox, "advisorPicker")
    staff = next(a for a in loaded_desk.advisors.list() if not a.is_manager)
    picker.setCurrentIndex(picker.findData(staff.id))
    cid = loaded_desk.customers.ids(SegmentFilter(), viewer=staff)[0]
    window.state.open_customer(cid)
    profile = customers_page.profile
    profile.tabs.setCurrentIndex(profile.tabs.count() - 1)
    assert not profile.findChild(QPushButton, "eraseCustomer").isVisible()


def test_the_privacy_log_filters_and_exports(window, loaded_desk, qtbot, tmp_path):
    from advisor_desk.ui.dialogs.privacy_log import PrivacyLogDialog

    boss = window.state.advisor
    ids = loaded_desk.customers.ids(SegmentFilter())
    for cid in ids[:3]:
        loaded_desk.customers.reveal_phone(cid, session=loaded_desk.advisors.unlock(boss.id))
    loaded_desk.customer_export.export(tmp_path / "c.xlsx", advisor=boss)
    dialog = PrivacyLogDialog(window, window.ui)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "privacyTable")
    everything = table.rowCount()
    assert everything >= 4
    kind = dialog.findChild(QComboBox, "privacyKind")
    kind.setCurrentIndex(kind.findData("reveals"))
    assert table.rowCount() == 3
    assert all("****" in table.item(r, 4).text() for r in range(3))  # masked, always
    kind.setCurrentIndex(kind.findData("restores"))
    assert not table.isVisibleTo(dialog) and dialog.empty.isVisibleTo(dialog)
    kind.setCurrentIndex(kind.findData("exports"))
    out = tmp_path / "log.xlsx"
    dialog.export_to(out)
    qtbot.waitUntil(lambda: out.exists(), timeout=5000)
    window.tasks.wait(5000)
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][1] == boss.name
    assert rows[0][2] in ("What", "操作")


def test_backups_are_listed_and_one_is_restored_in_the_window(window, loaded_desk, paths,
                                                              clock, qtbot):
    from advisor_desk.services.desk import open_desk

    opened = []

    def reopen():
        desk = open_desk(paths, clock)
        opened.append(desk)
        return desk

    window.open_desk = reopen
    saved = loaded_desk.maintenance.backup()
    clock.advance(minutes=10)
    loaded_desk.customers.erase(loaded_desk.customers.ids(SegmentFilter())[0],
                                session=window.state.session, reason="测试")
    before = loaded_desk.customers.count()
    page = _show(window, "settings")
    table = page.findChild(QTableWidget, "backupTable")
    qtbot.waitUntil(lambda: table.rowCount() == 1 and table.item(0, 3).text() != "…",
                    timeout=5000)
    assert table.item(0, 1).text() in ("Made by hand", "手动备份")
    assert table.item(0, 3).text() == str(before + 1)
    table.selectRow(0)

    def confirm(dialog) -> None:
        assert dialog.objectName() == "restoreDialog"
        shown = dialog.findChild(QLabel, "restoreCustomers").text()
        assert shown.startswith(str(before + 1)) and str(before) in shown
        dialog.findChild(QPushButton, "restoreConfirm").click()

    errors = _later(qtbot, confirm)
    qtbot.mouseClick(page.findChild(QPushButton, "restoreBackupButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened) and window.state.desk is opened[0], timeout=10000)
    window.tasks.wait(5000)
    assert not errors
    try:
        assert window.state.desk.customers.count() == before + 1
        qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=5000)  # + "before a restore"
        assert table.item(0, 1).text() in ("Before a restore", "恢复之前")
        _show(window, "customers")
        model = window.page("customers").model
        qtbot.waitUntil(lambda: model.rowCount() == before + 1, timeout=5000)
    finally:
        for desk in opened:
            desk.close()
    assert Path(saved).exists()


def test_a_damaged_database_at_start_up_offers_the_backups(qtbot, loaded_desk, paths, clock,
                                                           tmp_path):
    from PySide6.QtCore import QSettings

    from advisor_desk.services.desk import open_desk
    from advisor_desk.ui import restore
    from advisor_desk.ui.main_window import MainWindow

    count = loaded_desk.customers.count()
    loaded_desk.maintenance.backup()
    loaded_desk.close()
    raw = bytearray(paths.database.read_bytes())
    raw[4096 * 3:4096 * 6] = b"\x7f" * (4096 * 3)  # pages of the customers table scribbled on
    paths.database.write_bytes(bytes(raw))
    with pytest.raises(DatabaseCorrupt):
        open_desk(paths, clock)
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    window = MainWindow(paths.log_file, settings)
    qtbot.addWidget(window)
    ready: list = []

    def choose(dialog) -> None:
        assert dialog.objectName() == "startupRestoreDialog"
        assert dialog.table.rowCount() == 1
        dialog.findChild(QPushButton, "startupRestoreButton").click()

    errors = _later(qtbot, choose)
    restore.offer_at_startup(window, paths, "damaged", lambda: open_desk(paths, clock),
                             ready.append, lambda: ready.append("gave up"))
    qtbot.waitUntil(lambda: bool(ready), timeout=10000)
    window.tasks.wait(5000)
    assert not errors
    desk = ready[0]
    try:
        assert desk.customers.count() == count
        kinds = {b.reason for b in desk.backups.list()}
        # backed up, or — when SQLite could not read it through — set aside as it was
        assert kinds == {"manual", "restore"} or (
            kinds == {"manual"} and list(paths.data.glob("advisor_desk.db.broken-*")))
    finally:
        desk.close()


def test_a_damaged_database_without_backups_says_so_instead_of_an_empty_table(
        qtbot, paths, tmp_path):
    from PySide6.QtCore import QSettings

    from advisor_desk.ui import restore
    from advisor_desk.ui.main_window import MainWindow

    paths.ensure()
    window = MainWindow(paths.log_file, QSettings(str(tmp_path / "w.ini"),
                                                  QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    seen: list = []

    def look(dialog) -> None:
        assert dialog.table.rowCount() == 0
        assert not dialog.table.isVisible() and not dialog.restore.isVisible()
        seen.append(dialog.findChild(QLabel, "startupNoBackups").text())
        dialog.reject()

    errors = _later(qtbot, look)
    gave_up: list = []
    restore.offer_at_startup(window, paths, "damaged", lambda: None, seen.append,
                             lambda: gave_up.append(True))
    assert not errors and gave_up == [True]
    assert "backup" in seen[0] or "备份" in seen[0]
