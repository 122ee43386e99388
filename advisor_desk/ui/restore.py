"""Restoring a backup from the window: a preview of its date and counts, then the restore in
the background — the current database is backed up first, the window lets go of the file,
the backup is swapped in and the window opens it again. Also offered when the start-up check
finds the database damaged (then there is nothing to let go of)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.backups import RestorePreview
from advisor_desk.domain.changes import EVERYTHING
from advisor_desk.ui.widgets.backup_table import BackupTable, reason_label, when_label

if TYPE_CHECKING:
    from advisor_desk.folder_lock import FolderLock
    from advisor_desk.paths import AppPaths
    from advisor_desk.services.desk import Desk
    from advisor_desk.ui.main_window import MainWindow


class RestoreDialog(QDialog):
    """What the backup holds next to what the shop has now; Restore or Cancel."""

    def __init__(self, parent: QWidget | None, preview: RestorePreview, tz) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(460)
        b, c = preview.backup, preview.contents
        title = QLabel(self.tr("Go back to the backup of %1?").replace("%1", when_label(b, tz)),
                       wordWrap=True)
        title.setProperty("role", "heading")
        form = QFormLayout()
        form.addRow(self.tr("Why it was made"), QLabel(reason_label(b.reason)))
        now = "" if preview.current_customers is None else "  " + self.tr(
            "(now: %1)").replace("%1", str(preview.current_customers))
        form.addRow(self.tr("Customers"), QLabel(f"{c.customers}{now}",
                                                 objectName="restoreCustomers"))
        form.addRow(self.tr("Purchases"), QLabel(str(c.purchases)))
        form.addRow(self.tr("Contacts logged"), QLabel(str(c.interactions)))
        form.addRow(self.tr("Advisor profiles"), QLabel(str(c.advisors)))
        warning = QLabel(self.tr("Everything entered after this backup is replaced by it. The "
                                 "current database is backed up first, so this can be "
                                 "undone by restoring that backup."), wordWrap=True)
        warning.setProperty("role", "warning")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore = buttons.addButton(self.tr("Restore"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore.setObjectName("restoreConfirm")
        self.restore.setProperty("role", "primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(buttons)


def ask_and_restore(window: MainWindow, path: Path) -> None:
    """Preview ``path`` (in the background), ask, then restore it in the window."""
    desk = window.state.desk
    title = QCoreApplication.translate("Restore", "Checking the backup")
    window.tasks.run(lambda _ctx: desk.backups.preview(path), title=title,
                     modal=True, cancellable=False,
                     on_done=lambda preview: _confirm(window, preview))


def _confirm(window: MainWindow, preview: RestorePreview) -> None:
    dialog = RestoreDialog(window, preview, window.state.desk.clock.tz)
    if dialog.exec():
        restore_in_window(window, preview.backup.path)


def restore_in_window(window: MainWindow, path: Path) -> None:
    """Restore ``path`` and re-open the window on it, on the writer thread after the writes
    queued before it (ui/operations.py: the writer lets go of its connection first). The
    window keeps holding its data folder throughout, so no other process opens it half-way;
    another process holding it (a restore on the command line) refuses this one. Nothing else
    may read the database meanwhile: background work must have finished first."""
    if window.open_desk is None:
        window.notify(QCoreApplication.translate(
            "Restore", "Restore the backup with the command line while the app is closed."))
        return
    if window.tasks.busy or window.ops.busy:
        window.notify(QCoreApplication.translate(
            "Restore", "Wait until the work in the background has finished, then try again."))
        return
    session, reopen, folder = window.state.session, window.open_desk, window.folder_lock
    busy = QProgressDialog(QCoreApplication.translate("Restore", "Restoring the backup"), "",
                           0, 0, window)
    busy.setObjectName("restoreProgress")
    busy.setWindowTitle(QCoreApplication.translate("Restore", "Restoring the backup"))
    busy.setCancelButton(None)
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(0)

    def work(old: Desk) -> Desk:  # on the writer thread, its connection closed
        old.backups.restore(path, session=session, holding=folder)  # closes old's pool
        return reopen()

    def done(desk: Desk) -> None:
        busy.close()
        window.attach(desk)
        window.state.apply(EVERYTHING)
        window.notify(QCoreApplication.translate(
            "Restore", "The backup was restored; the database before it was backed up."))

    if window.ops.write(work, replaces_database=True, success=done,
                        failure=lambda _exc: busy.close()):
        busy.show()


class StartupRestoreDialog(QDialog):
    """The database failed its check at start-up: pick a backup to restore, or quit."""

    def __init__(self, parent: QWidget | None, paths: AppPaths, message: str, tasks) -> None:
        from advisor_desk.domain.clock import SystemClock
        from advisor_desk.services import backups

        super().__init__(parent)
        self.setObjectName("startupRestoreDialog")
        self.setWindowTitle(self.tr("The database is damaged"))
        self.resize(640, 420)
        text = QLabel(message, wordWrap=True)
        text.setProperty("role", "warning")
        hint = QLabel(self.tr("Choose a backup to go back to (the newest is usually best). "
                              "The damaged file stays in the data folder, renamed with "
                              "“broken” and the date."),
                      wordWrap=True)
        self.table = BackupTable("startupBackupTable")
        self.table.show_backups(backups.list_backups(paths), SystemClock().tz, tasks,
                                backups.summary)
        buttons = QDialogButtonBox()
        self.restore = buttons.addButton(self.tr("Restore this backup"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore.setObjectName("startupRestoreButton")
        self.restore.setProperty("role", "primary")
        quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("startupQuitButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.restore.setEnabled(self.table.rowCount() > 0)
        if self.table.rowCount() == 0:  # nothing to choose: say so instead of an empty table
            self.table.hide()
            self.restore.hide()
            hint.setText(self.tr("This data folder has no backup to go back to. Quit and ask "
                                 "whoever looks after this PC for help; the damaged file "
                                 "stays where it is."))
            hint.setObjectName("startupNoBackups")
            layout.insertStretch(2, 1)
            self.resize(640, 260)


def offer_at_startup(window: MainWindow, paths: AppPaths, message: str,
                     open_desk: Callable[[], Desk], ready: Callable[[Desk], None],
                     give_up: Callable[[], None], *, holding: FolderLock | None = None
                     ) -> None:
    """Offer the backups; restore the chosen one and carry on with ``ready(desk)``. The
    database could not be opened, so there is no manager to ask (as on the command line) and
    no writer yet; ``holding``: the data folder lock this window holds, kept throughout."""
    from advisor_desk.domain.clock import SystemClock
    from advisor_desk.services import backups

    dialog = StartupRestoreDialog(window, paths, message, window.tasks)
    if not dialog.exec() or dialog.table.selected() is None:
        give_up()
        return
    chosen = dialog.table.selected().path

    def work(_ctx) -> Desk:
        backups.restore(paths, chosen, SystemClock().now(), holding=holding)
        return open_desk()

    def failed(exc: BaseException) -> None:
        window.show_error(exc)
        offer_at_startup(window, paths, message, open_desk, ready, give_up, holding=holding)

    title = QCoreApplication.translate("Restore", "Restoring the backup")
    window.tasks.run(work, title=title, modal=True, cancellable=False, show_after_ms=0,
                     on_done=ready, on_error=failed)
