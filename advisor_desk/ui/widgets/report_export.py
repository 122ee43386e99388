"""导出给总部 Report to HQ (on the Sync page): what the next activity report holds, export it
as a signed ``.adreport`` (off the GUI thread), and the history of reports sent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from advisor_desk.domain.reports import ReportPreview
from advisor_desk.ui.context import UiContext

KIND_ORDER = ("steps", "interactions", "usage", "coupons", "customers", "imports", "stages",
              "tags", "progress", "counts", "advisors", "catalog")


class ReportExportPanel(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportExportPanel")
        self.ui = ui
        self.current: ReportPreview | None = None
        self._loading = False
        hint = QLabel(self.tr("Everything recorded since the last report: SOP steps, contacts, "
                              "copies, coupons, new customers and tags. Customers leave only as "
                              "anonymous codes — never a name, phone or note."), wordWrap=True)
        hint.setProperty("role", "dim")
        self.summary = QLabel(objectName="reportSummary", wordWrap=True)
        self.counts = QTableWidget(0, 2, objectName="reportPreview")
        self.counts.setHorizontalHeaderLabels([self.tr("What"), self.tr("Rows")])
        self.history = QTableWidget(0, 5, objectName="reportHistory")
        self.history.setHorizontalHeaderLabels([
            self.tr("Exported"), self.tr("File"), self.tr("Period"), self.tr("Rows"),
            self.tr("Note")])
        for table in (self.counts, self.history):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.verticalHeader().hide()
            table.setWordWrap(False)
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.history.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.export_button = QPushButton(self.tr("Export report…"),
                                         objectName="exportReportButton")
        self.export_button.setProperty("role", "primary")
        self.export_button.setMinimumHeight(40)
        self.refresh_button = QPushButton(self.tr("Refresh"), objectName="refreshReportButton")
        self.refresh_button.setMinimumHeight(40)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        tables = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("The next report")))
        left.addWidget(self.counts, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Reports sent")))
        right.addWidget(self.history, 1)
        tables.addLayout(left, 2)
        tables.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addLayout(tables, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(lambda: self.export())

    def labels(self) -> dict[str, str]:
        return {"steps": self.tr("SOP step results"), "interactions": self.tr("Contacts"),
                "usage": self.tr("Copies and uses"), "coupons": self.tr("Coupons issued"),
                "customers": self.tr("New customers"), "imports": self.tr("Customer imports"),
                "stages": self.tr("Stage changes"), "tags": self.tr("Tags added"),
                "progress": self.tr("Daily progress"),
                "counts": self.tr("Customer counts by stage, VIP, class"),
                "advisors": self.tr("Advisors"), "catalog": self.tr("HQ content in use")}

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        """The preview (the same cut as an export) off the GUI thread; the history now."""
        desk = self.ui.state.desk
        if desk is None:
            return
        self._fill_history(desk.reports.history())
        if self._loading:
            return
        self._loading = True
        self.export_button.setEnabled(False)
        self.summary.setText(self.tr("Counting what the next report holds…"))
        self.ui.tasks.run(lambda _ctx: desk.reports.preview(),
                          title=self.tr("Preparing the report preview"),
                          on_done=self._show_preview, on_error=self._preview_failed,
                          cancellable=False)

    def _show_preview(self, preview: ReportPreview) -> None:
        self._loading = False
        self.current = preview
        labels = self.labels()
        rows = [(labels[k], preview.rows.get(k, 0)) for k in KIND_ORDER]
        self.counts.setRowCount(len(rows))
        for row, (label, count) in enumerate(rows):
            self.counts.setItem(row, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(f"{count:,}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts.setItem(row, 1, item)
        self.counts.resizeColumnToContents(1)
        text = self.tr("%1 new records, %2 to %3.").replace("%1", f"{preview.events:,}") \
            .replace("%2", preview.period_from.isoformat()) \
            .replace("%3", preview.period_to.isoformat())
        if preview.events == 0:
            text = self.tr("Nothing new since the last report; exporting now sends only the "
                           "current counts.")
        self.summary.setText(text)
        self.export_button.setEnabled(True)

    def _preview_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.summary.setText("")
        self.ui.show_error(exc)

    def _fill_history(self, records) -> None:
        self.history.setRowCount(len(records))
        for row, r in enumerate(records):
            note = self.tr("re-export") if r.reexport else ""
            cells = (f"{r.created_at.astimezone():%Y-%m-%d %H:%M}", r.file_name,
                     f"{r.period_from} – {r.period_to}", f"{sum(r.rows.values()):,}", note)
            for col, value in enumerate(cells):
                self.history.setItem(row, col, QTableWidgetItem(value))
        self.history.resizeColumnToContents(0)
        self.history.resizeColumnToContents(2)

    # ------------------------------------------------------------------ export
    def export(self, target: Path | None = None) -> None:
        desk = self.ui.state.desk
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the report for HQ"), desk.reports.default_file_name(),
                self.tr("Activity report (*.adreport)"))
            if not name:
                return
            target = Path(name)
        advisor = self.ui.state.advisor
        advisor_id = advisor.id if advisor is not None else None
        self.export_button.setEnabled(False)

        def work(ctx):
            return desk.reports.export(target, advisor_id=advisor_id,
                                       progress=lambda d, t, _p: ctx.progress(d, t, ""))

        self.ui.tasks.run(work, title=self.tr("Writing the report"), on_done=self._exported,
                          on_error=self._export_failed, modal=True, cancellable=False)

    def _exported(self, result) -> None:
        exported, changes = result
        self.ui.notify(self.tr("Report saved: %1 — send this file to HQ.").replace(
            "%1", str(exported.path)))
        self.ui.state.apply(changes)
        self.refresh()

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.ui.show_error(exc)
