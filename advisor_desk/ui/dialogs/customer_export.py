"""Export the customers of the current filter to XLSX or CSV (phones masked unless a
store manager asks for full numbers); written in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from advisor_desk.domain.segments import SegmentFilter
from advisor_desk.ui.context import UiContext


def choose_full_phones(parent: QWidget) -> bool | None:
    """A manager's choice: True full numbers, False masked, None cancelled."""
    box, full, masked = full_phones_box(parent)
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is full else False if clicked is masked else None


def full_phones_box(parent: QWidget):
    """The question, and its "full" and "masked" buttons."""
    box = QMessageBox(parent)
    box.setObjectName("exportPhonesQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("CustomerExport", "Export customers"))
    box.setText(QCoreApplication.translate(
        "CustomerExport", "Include full phone numbers? The file can then identify customers; "
        "keep it safe and delete it when done. The export is recorded."))
    full = box.addButton(QCoreApplication.translate("CustomerExport", "Full numbers"),
                         QMessageBox.ButtonRole.YesRole)
    masked = box.addButton(QCoreApplication.translate("CustomerExport", "Masked (138****5678)"),
                           QMessageBox.ButtonRole.NoRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(masked)
    return box, full, masked


def export_customers(parent: QWidget, ui: UiContext, flt: SegmentFilter) -> None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    default = str(Path(folder) / QCoreApplication.translate("CustomerExport", "customers.xlsx"))
    xlsx = QCoreApplication.translate("CustomerExport", "Excel workbook (*.xlsx)")
    csv = QCoreApplication.translate("CustomerExport", "CSV, UTF-8 (*.csv)")
    title = QCoreApplication.translate("CustomerExport", "Export customers")
    name, chosen = QFileDialog.getSaveFileName(parent, title, default, f"{xlsx};;{csv}")
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
    advisor, session = ui.state.advisor, ui.state.session
    full = False
    if advisor is not None and advisor.is_manager:
        answer = choose_full_phones(parent)
        if answer is None:
            return
        full = answer
    desk = ui.state.desk

    def work(ctx):
        return desk.customer_export.export(path, flt, advisor=advisor, full_phones=full,
                                           session=session, progress=ctx.progress)

    def done(result) -> None:
        ui.notify(QCoreApplication.translate("CustomerExport", "Exported %1 customers to %2.")
                  .replace("%1", str(result.customers)).replace("%2", result.path.name))

    ui.tasks.run(work, title=QCoreApplication.translate("CustomerExport", "Exporting customers"),
                 on_done=done, on_error=ui.show_error, modal=True)
