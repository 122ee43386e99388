"""Restore from the window respects issue 15's data-folder lock: while another process holds
the folder the window's restore is refused with one sentence and the database stays byte for
byte as it was; the window's own lock is kept through its own restore (no moment in which
another process could open the folder), and the restore runs on the writer thread after it
let go of its connection, the window then writing to the restored file."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTableWidget

from advisor_desk.domain.customers import CustomerInput
from advisor_desk.folder_lock import FolderLock, read_holder
from advisor_desk.ui.pages import PAGE_SPECS
from tests.support.cli import db_bytes

pytestmark = pytest.mark.gui

HOLD = """
import sys
from advisor_desk.folder_lock import FolderLock
lock = FolderLock(sys.argv[1], "restore")
assert lock.acquire()
print("held", flush=True)
sys.stdin.readline()
lock.release()
"""


def _answer_dialogs(seen: list[str], stop: list[bool]) -> None:
    """Confirm the restore preview; note and close an error box — until ``stop`` is set (a
    watcher left running would answer the next test's dialogs)."""
    def run() -> None:
        if stop:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(30, run)
            return
        if dialog.objectName() == "restoreDialog":
            seen.append("preview")
            dialog.findChild(QPushButton, "restoreConfirm").click()
            QTimer.singleShot(30, run)
        elif isinstance(dialog, QMessageBox):
            seen.append(dialog.text())
            dialog.accept()
        else:
            QTimer.singleShot(30, run)

    QTimer.singleShot(30, run)


def _restore_first_backup(window, qtbot) -> None:
    window.navigation.setCurrentRow([s.key for s in PAGE_SPECS].index("settings"))
    page = window.page("settings")
    table = page.findChild(QTableWidget, "backupTable")
    qtbot.waitUntil(lambda: table.rowCount() >= 1 and table.item(0, 3).text() != "…",
                    timeout=5000)
    window.tasks.wait(5000)
    table.selectRow(0)
    page.findChild(QPushButton, "restoreBackupButton").click()


def _reopen(paths, clock, opened):
    from advisor_desk.services.desk import open_desk

    def reopen():
        desk = open_desk(paths, clock)
        opened.append(desk)
        return desk

    return reopen


def test_restore_in_the_window_is_refused_while_another_process_holds_the_folder(
        window, loaded_desk, paths, clock, qtbot):
    opened: list = []
    stop: list[bool] = []
    window.open_desk = _reopen(paths, clock, opened)
    loaded_desk.maintenance.backup()
    loaded_desk.customers.add(CustomerInput(name="备份之后"), advisor_id=None)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(paths.data)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        loaded_desk.close()  # every connection closed, the WAL folded in: compare bytes
        before = db_bytes(paths.database)
        seen: list[str] = []
        _answer_dialogs(seen, stop)
        _restore_first_backup(window, qtbot)
        qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)
        assert seen[0] == "preview"
        assert "Close Advisor Desk first" in seen[1] or "先关闭" in seen[1], seen
        assert f"{holder.pid}" in seen[1] and "\n" not in seen[1].strip()
        qtbot.waitUntil(lambda: not window.ops.busy, timeout=5000)
        assert not opened and window.state.desk is loaded_desk  # still on the same file
        window.ops.writer.wait_idle(5)
        loaded_desk.close()
        assert db_bytes(paths.database) == before
        # the window still works on its database afterwards (the writer re-connected)
        names = {c.display_name for c in loaded_desk.customers.find("备份之后")}
        assert names == {"备份之后"}
    finally:
        stop.append(True)
        holder.stdin.close()
        holder.wait(10)
        holder.stdout.close()


def test_the_window_keeps_its_folder_lock_through_its_own_restore(window, loaded_desk, paths,
                                                                   clock, qtbot):
    opened: list = []
    stop: list[bool] = []
    window.open_desk = _reopen(paths, clock, opened)
    own = FolderLock(paths.data, "app")
    assert own.acquire()
    window.folder_lock = own  # as gui.py does with the window's InstanceGuard
    try:
        loaded_desk.maintenance.backup()
        loaded_desk.customers.add(CustomerInput(name="备份之后"), advisor_id=None)
        seen: list[str] = []
        _answer_dialogs(seen, stop)
        _restore_first_backup(window, qtbot)
        qtbot.waitUntil(lambda: (bool(opened) and window.state.desk is opened[0])
                        or len(seen) > 1, timeout=10000)
        assert seen == ["preview"]
        assert own.held and read_holder(paths.data).pid == os.getpid()
        assert not FolderLock(paths.data, "restore").acquire()  # a CLI restore is refused
        desk = window.state.desk
        assert desk.customers.find("备份之后") == []  # the backup's state
        # later writes of the window go to the restored file, through the writer thread
        done: list = []
        window.ops.write(lambda d: d.customers.add(CustomerInput(name="恢复之后"),
                                                   advisor_id=None), success=done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=5000)
        assert [c.display_name for c in desk.customers.find("恢复之后")] == ["恢复之后"]
    finally:
        stop.append(True)
        window.ops.writer.wait_idle(5)
        own.release()
        for desk in opened:
            desk.close()
