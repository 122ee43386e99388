"""Settings → Backups and privacy: the list (when, why, size, customers), back up now,
restore one (store managers, after a preview), and the privacy log. How many daily backups
to keep is a store setting in the form beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from advisor_desk.ui.context import UiContext
from advisor_desk.ui.widgets.backup_table import BackupTable


class BackupPanel(QGroupBox):
    def __init__(self, ui: UiContext) -> None:
        super().__init__(self.tr("Backups and privacy"))
        self.setObjectName("backupPanel")
        self.ui = ui
        self.table = BackupTable()
        self.table.setMinimumHeight(110)
        self.backup_button = QPushButton(self.tr("Back up now"), objectName="backupNowButton")
        self.restore_button = QPushButton(self.tr("Restore…"), objectName="restoreBackupButton")
        self.privacy_button = QPushButton(self.tr("Privacy log…"), objectName="privacyLogButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.privacy_button)
        self.empty = QLabel(self.tr("No backups yet. Advisor Desk makes one every day when it "
                                    "starts; “Back up now” makes one at once."),
                            objectName="backupsEmpty", wordWrap=True,
                            alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "dim")
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.backup_button.clicked.connect(self._backup)
        self.restore_button.clicked.connect(self._restore)
        self.privacy_button.clicked.connect(self._privacy_log)
        self.table.itemSelectionChanged.connect(self._enable)

    def refresh(self) -> None:
        desk, me = self.ui.state.desk, self.ui.state.advisor
        manager = me is not None and me.is_manager
        self.privacy_button.setEnabled(manager)
        backups = desk.backups.list()
        self.table.show_backups(backups, desk.clock.tz, self.ui.tasks, desk.backups.summary)
        self.table.setVisible(bool(backups))
        self.empty.setVisible(not backups)
        self._enable()

    def _enable(self) -> None:
        me = self.ui.state.advisor
        self.restore_button.setEnabled(me is not None and me.is_manager
                                       and self.table.selected() is not None)

    # ------------------------------------------------------------------ actions
    def _backup(self) -> None:
        desk = self.ui.state.desk

        def done(path) -> None:
            self.ui.notify(self.tr("Backup saved: %1").replace("%1", path.name))
            self.refresh()

        self.ui.tasks.run(lambda _ctx: desk.maintenance.backup(), title=self.tr("Backing up"),
                          on_done=done, writes=True)  # in order with the window's writes

    def _restore(self) -> None:
        from advisor_desk.ui.restore import ask_and_restore

        chosen = self.table.selected()
        if chosen is not None:
            ask_and_restore(self.window(), chosen.path)

    def _privacy_log(self) -> None:
        from advisor_desk.ui.dialogs.privacy_log import PrivacyLogDialog

        PrivacyLogDialog(self, self.ui).exec()
