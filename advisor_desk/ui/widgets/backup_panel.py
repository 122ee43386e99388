"""Settings → Backups: the list (when, why, size, customers), back up now, restore one (store
managers, after a preview), how many daily backups to keep, and the privacy log."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
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
        self.table.setMinimumHeight(150)
        self.backup_button = QPushButton(self.tr("Back up now"), objectName="backupNowButton")
        self.restore_button = QPushButton(self.tr("Restore…"), objectName="restoreBackupButton")
        self.privacy_button = QPushButton(self.tr("Privacy log…"), objectName="privacyLogButton")
        self.keep_days = QSpinBox(objectName="keepDailyBackups", minimum=1, maximum=60)
        self.keep_weeks = QSpinBox(objectName="keepWeeklyBackups", minimum=0, maximum=52)
        self.keep_days.setSuffix(self.tr(" days"))
        self.keep_weeks.setSuffix(self.tr(" weeks"))
        keep = QHBoxLayout()
        keep.addWidget(QLabel(self.tr("Keep daily backups of the last")))
        keep.addWidget(self.keep_days)
        keep.addWidget(QLabel(self.tr("and one a week for")))
        keep.addWidget(self.keep_weeks)
        keep.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.privacy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(keep)
        layout.addLayout(buttons)
        self.backup_button.clicked.connect(self._backup)
        self.restore_button.clicked.connect(self._restore)
        self.privacy_button.clicked.connect(self._privacy_log)
        self.keep_days.editingFinished.connect(self._keep)
        self.keep_weeks.editingFinished.connect(self._keep)
        self.table.itemSelectionChanged.connect(self._enable)

    def refresh(self) -> None:
        desk, me = self.ui.state.desk, self.ui.state.advisor
        store = desk.settings.get()
        for spin, value in ((self.keep_days, store.backup_keep_daily),
                            (self.keep_weeks, store.backup_keep_weekly)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        manager = me is not None and me.is_manager
        for widget in (self.keep_days, self.keep_weeks, self.privacy_button):
            widget.setEnabled(manager)
        self.table.show_backups(desk.backups.list(), desk.clock.tz, self.ui.tasks,
                                desk.backups.summary)
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
                          on_done=done)

    def _restore(self) -> None:
        from advisor_desk.ui.restore import ask_and_restore

        chosen = self.table.selected()
        if chosen is not None:
            ask_and_restore(self.window(), chosen.path)

    def _privacy_log(self) -> None:
        from advisor_desk.ui.dialogs.privacy_log import PrivacyLogDialog

        PrivacyLogDialog(self, self.ui).exec()

    def _keep(self) -> None:
        store = self.ui.state.desk.settings.get()
        days, weeks = self.keep_days.value(), self.keep_weeks.value()
        if (days, weeks) == (store.backup_keep_daily, store.backup_keep_weekly):
            return
        try:
            changes = self.ui.state.desk.settings.change(
                self.ui.state.advisor, backup_keep_daily=days, backup_keep_weekly=weeks)
        except Exception as exc:
            self.ui.show_error(exc)
            return
        self.ui.state.apply(changes)
        self.ui.notify(self.tr("Settings saved."))
