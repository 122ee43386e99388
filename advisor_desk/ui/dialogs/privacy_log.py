"""隐私日志 The privacy log (store managers): who showed which phone number, exported what,
erased whom, changed PINs or roles, restored a backup — filtered by kind, person and period,
exported to XLSX in the same words."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain import privacy
from advisor_desk.domain.errors import DeskError
from advisor_desk.domain.privacy import PrivacyFilter
from advisor_desk.ui import privacy_labels
from advisor_desk.ui.context import UiContext

PERIODS = (7, 30, 365, None)  # days back; None: everything


class PrivacyLogDialog(QDialog):
    def __init__(self, parent: QWidget | None, ui: UiContext) -> None:
        super().__init__(parent)
        self.setObjectName("privacyLogDialog")
        self.setWindowTitle(self.tr("Privacy log"))
        self.resize(1100, 600)
        self.ui = ui
        self.kind = QComboBox(objectName="privacyKind")
        self.kind.addItem(self.tr("Everything"), "")
        for key, label in privacy_labels.groups():
            self.kind.addItem(label, key)
        self.person = QComboBox(objectName="privacyPerson")
        self.person.addItem(self.tr("Everyone"), None)
        for a in ui.state.desk.advisors.list_all():
            self.person.addItem(a.name, a.id)
        self.period = QComboBox(objectName="privacyPeriod")
        for days, label in zip(PERIODS, (self.tr("Last 7 days"), self.tr("Last 30 days"),
                                         self.tr("Last 12 months"), self.tr("All time")),
                               strict=True):
            self.period.addItem(label, days)
        self.period.setCurrentIndex(1)
        self.count = QLabel(objectName="privacyCount")
        self.count.setProperty("role", "dim")
        self.table = QTableWidget(0, len(privacy_labels.HEADERS), objectName="privacyTable")
        self.table.setHorizontalHeaderLabels(privacy_labels.headers())
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(privacy_labels.HEADERS) - 1,
                                    QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("Nothing was recorded for this choice."),
                            objectName="privacyEmpty", alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "dim")
        self.export = QPushButton(self.tr("Export to Excel…"), objectName="privacyExport")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Show"), self.kind), (self.tr("Person"), self.person),
                              (self.tr("Period"), self.period)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Kept on this PC only; it never goes into reports. Customers "
                               "erased on request show without their name."), wordWrap=True)
        intro.setProperty("role", "dim")
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(bottom)
        for combo in (self.kind, self.person, self.period):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.export.clicked.connect(self._export)
        self.refresh()

    def current_filter(self) -> PrivacyFilter:
        group = self.kind.currentData()
        days = self.period.currentData()
        today = self.ui.state.desk.clock.today()
        return PrivacyFilter(
            actions=frozenset(privacy.GROUPS[group]) if group else frozenset(),
            actor_id=self.person.currentData(),
            since=today - timedelta(days=days - 1) if days else None)

    def refresh(self) -> None:
        desk = self.ui.state.desk
        try:
            page = desk.privacy.log(self.current_filter(), session=self.ui.state.session)
        except DeskError as exc:  # not (or no longer) an unlocked manager
            self.ui.show_error(exc)
            return
        tz = desk.clock.tz
        self.table.setRowCount(len(page.entries))
        for r, entry in enumerate(page.entries):
            for c, text in enumerate(privacy_labels.row(entry, tz)):
                item = QTableWidgetItem(text)
                if c == len(privacy_labels.HEADERS) - 1:
                    item.setToolTip(text)
                self.table.setItem(r, c, item)
        shown = len(page.entries)
        self.count.setText(self.tr("%n record(s)", "", page.total) if shown == page.total
                           else self.tr("the newest %1 of %2").replace("%1", str(shown))
                           .replace("%2", str(page.total)))
        self.table.setVisible(bool(shown))
        self.empty.setVisible(not shown)
        self.export.setEnabled(bool(shown))

    def _export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the privacy log"),
            str(Path.home() / self.tr("privacy-log.xlsx")), self.tr("Excel (*.xlsx)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        desk, me, flt = self.ui.state.desk, self.ui.state.session, self.current_filter()
        tz, headers = desk.clock.tz, privacy_labels.headers()
        title = self.tr("Privacy log")

        def render(entry):  # on the worker: QCoreApplication.translate is thread-safe
            return privacy_labels.row(entry, tz)

        self.ui.tasks.run(
            lambda _ctx: desk.privacy.export(path, flt, session=me, headers=headers,
                                             render=render, title=title),
            title=self.tr("Exporting the privacy log"), writes=True,
            on_done=lambda n: (self.ui.notify(self.tr("%n record(s) exported to %1.", "", n)
                                              .replace("%1", path.name)), self.refresh()))
