"""Import customers from a spreadsheet: choose the file, map unknown columns, check (dry
run), then import.

Reading, checking and importing run in the background with progress and cancel; nothing is
written before the user presses Import, and the import is one transaction. A file that cannot
be read leaves the dialog open on its first step with the reason under the file name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.errors import DeskError
from advisor_desk.ui import validation
from advisor_desk.ui.context import UiContext
from advisor_desk.ui.errors import describe, translate_template
from advisor_desk.ui.labels import customer_fields
from advisor_desk.ui.widgets.empty_state import EmptyState

SHOW_PROBLEMS = 2000


def _phase_label(phase: str) -> str:
    return {
        "check": QCoreApplication.translate("CustomerImport", "Checking every row…"),
        "backup": QCoreApplication.translate("CustomerImport", "Backing up the database…"),
        "plan": QCoreApplication.translate("CustomerImport", "Matching customers…"),
        "new": QCoreApplication.translate("CustomerImport", "Adding new customers…"),
        "updates": QCoreApplication.translate("CustomerImport", "Updating customers…"),
        "playbooks": QCoreApplication.translate("CustomerImport", "Starting playbooks…"),
    }.get(phase, "")


class CustomerImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, ui: UiContext, path: Path | None) -> None:
        super().__init__(parent)
        self.setObjectName("customerImportDialog")
        self.setWindowTitle(self.tr("Import customers"))
        self.resize(760, 560)
        self.ui = ui
        self.path = path
        self.sheet = None
        self.preview = None
        self.result = None
        self._combos: dict[str, QComboBox] = {}
        self.file_label = QLabel(objectName="importFile", wordWrap=True)
        self.file_label.setText(self.tr("Choose an Excel or CSV file, such as the customer "
                                        "list exported from WeCom."))
        self.choose_button = QPushButton(self.tr("Choose file…"), objectName="importChooseFile")
        self.file_error = validation.error_label("importFileError")
        self.mapping_box = QGroupBox(self.tr("Columns this app does not know"),
                                     objectName="importMapping")
        self.mapping_form = QFormLayout(self.mapping_box)
        self.mapping_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.mapping_box.hide()
        self.create_tags = QCheckBox(self.tr("Create unknown tags as this shop's own tags "
                                             "(otherwise they are left out)"),
                                     objectName="importCreateTags")
        self.re_add = QCheckBox(self.tr("Add customers erased on request again (they asked to "
                                        "come back; logged)"), objectName="importReAddErased")
        self.re_add.hide()  # offered to a store manager once the check finds such rows
        self.check_button = QPushButton(self.tr("Check the file"), objectName="importCheck")
        self.summary = QLabel(objectName="importSummary", wordWrap=True)
        self.summary.setProperty("role", "heading")
        self.problems = QTableWidget(0, 3, objectName="importProblems")
        self.problems.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Result"),
                                                 self.tr("Problem")])
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.problems.setColumnWidth(0, 60)
        self.problems.setColumnWidth(1, 110)
        self.problems.hide()
        self.report_button = QPushButton(self.tr("Save the problem rows as Excel…"),
                                         objectName="importReport")
        self.report_button.setToolTip(self.tr("The rows with problems in the file's own "
                                              "columns plus 问题: fix them in Excel and "
                                              "import that file again"))
        self.report_button.hide()
        self.report_button.clicked.connect(self._save_report)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importApply")
        self.import_button.setEnabled(False)
        layout = QVBoxLayout(self)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)
        layout.addWidget(self.file_error)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.create_tags)
        layout.addWidget(self.re_add)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        # takes the room while there is no list of rejected rows; before a file is read it
        # says what a good file looks like and offers to choose one
        self.filler = EmptyState("importStart")
        self.filler.show_state(
            self.tr("Which customers do you want to bring in?"),
            self.tr("An Excel or CSV file with one customer a row: a WeCom customer export "
                    "works as it is. Columns such as 客户名称, 备注名, 手机号, 标签 or 生日 are "
                    "recognised; you choose what other columns hold. Nothing is written before "
                    "you press Import."),
            [(self.tr("Choose file…"), "importStartChoose", self.choose_file)])
        layout.addWidget(self.filler, 1)
        layout.addWidget(self.buttons)
        self.check_button.clicked.connect(self.check)
        self.create_tags.toggled.connect(lambda _on: self._stale())
        self.re_add.toggled.connect(lambda _on: self._stale())
        self.import_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.choose_button.clicked.connect(self.choose_file)
        self.check_button.setEnabled(False)
        self.create_tags.setEnabled(False)
        if path is not None:
            self.read_file(path)

    # ------------------------------------------------------------------ steps
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a customer file"), "",
            self.tr("Spreadsheets (*.xlsx *.csv *.txt)"))
        if name:
            self.read_file(Path(name))

    def read_file(self, path: Path) -> None:
        """Step 1: read the file (in the background); on a problem stay here and say why."""
        self.path, self.sheet, self.preview = path, None, None
        self._reset_mapping()
        validation.clear(self.file_error)
        self.summary.clear()
        self._show_problems([])
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.file_label.setText(self.tr("Reading %1…").replace("%1", path.name))
        desk = self.ui.state.desk
        self.ui.tasks.run(lambda _ctx: desk.customer_import.read(path),
                          title=self.tr("Reading the file"), on_done=self._read,
                          on_error=self._failed, modal=True)

    def _reset_mapping(self) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self._combos = {}
        self.mapping_box.hide()

    def _read(self, sheet) -> None:
        self.sheet = sheet
        self.filler.show_state("", "")
        self.choose_button.setEnabled(True)
        self.choose_button.setText(self.tr("Another file…"))
        self.create_tags.setEnabled(True)
        self.file_label.setText(self.tr("%1: %2 rows; the header is row %3.")
                                .replace("%1", sheet.file).replace("%2", str(len(sheet.rows)))
                                .replace("%3", str(sheet.header_row)))
        for header in sheet.unknown_headers():
            combo = QComboBox(objectName=f"importMap:{header}")
            combo.addItem(self.tr("Choose…"), None)
            combo.addItem(self.tr("Skip this column"), "")
            for field, label in customer_fields():
                combo.addItem(label, field)
            combo.currentIndexChanged.connect(lambda _i: self._stale())
            index = sheet.headers.index(header)
            sample = next((cells[index] for _, cells in sheet.rows
                           if index < len(cells) and cells[index]), "")
            self.mapping_form.addRow(self.tr("%1 (e.g. %2)").replace("%1", header)
                                     .replace("%2", sample[:20]), combo)
            self._combos[header] = combo
        self.mapping_box.setVisible(bool(self._combos))
        self._stale()
        if not self._combos:
            self.check()

    def _mapping(self) -> dict[str, str] | None:
        chosen = {h: c.currentData() for h, c in self._combos.items()}
        return None if any(v is None for v in chosen.values()) else chosen

    def _stale(self) -> None:
        self.preview = None
        self.import_button.setEnabled(False)
        ready = self.sheet is not None and self._mapping() is not None
        self.check_button.setEnabled(ready)
        if self.sheet is not None and not ready:
            self.summary.setText(self.tr("Choose what each column holds, then check the file."))

    def check(self) -> None:
        mapping = self._mapping()
        if self.sheet is None or mapping is None:
            return
        desk, sheet, create = self.ui.state.desk, self.sheet, self.create_tags.isChecked()
        owner, me, re_add = self.ui.state.advisor_id, self.ui.state.session, \
            self.re_add.isChecked()

        def work(ctx):
            return desk.customer_import.preview(
                sheet, mapping=mapping, create_tags=create, owner_id=owner,
                progress=lambda d, t, p: ctx.progress(d, t, _phase_label(p)),
                re_add_erased=re_add, session=me)

        self.check_button.setEnabled(False)
        self.ui.tasks.run(work, title=self.tr("Checking the file"), on_done=self._checked,
                          on_error=self._failed, modal=True)

    def _checked(self, preview) -> None:
        self.check_button.setEnabled(True)
        self.preview = preview
        c = preview.counts
        text = self.tr("New: %1 · Updated: %2 · Unchanged: %3 · Rejected: %4 · With "
                       "warnings: %5") \
            .replace("%1", str(c.new)).replace("%2", str(c.updated)) \
            .replace("%3", str(c.unchanged)).replace("%4", str(c.rejected)) \
            .replace("%5", str(c.warned))
        if c.erased:
            text += "\n" + self.tr("%n customer(s) erased on request are not imported "
                                   "(rows %1).", "", c.erased).replace(
                "%1", ", ".join(str(r) for r in preview.erased_rows[:20])
                + (" …" if c.erased > 20 else ""))
        me = self.ui.state.advisor
        self.re_add.setVisible(bool(c.erased or self.re_add.isChecked())
                               and me is not None and me.is_manager)
        if preview.unknown_tags and self.create_tags.isChecked():
            names = "、".join(f"{g}:{t}" if g else t for g, t in preview.unknown_tags[:20])
            text += "\n" + self.tr("New tags for this shop: %1").replace("%1", names)
        if preview.unknown_advisors and preview.owner_id is not None:
            text += "\n" + self.tr("Advisors not in this shop (their customers go to you): %1") \
                .replace("%1", "、".join(preview.unknown_advisors[:20]))
        if preview.unowned:
            text += "\n" + self.tr("%n new customer(s) will have no owner (only managers see "
                                   "them).", "", preview.unowned)
        if c.new or c.updated:
            text += "\n" + self.tr("Nothing has been written yet. Rejected rows are skipped; "
                                    "rows with a warning are imported without what it names.")
        else:
            text += "\n" + self.tr("There is nothing to import.")
        self.summary.setText(text)
        self._show_problems(preview.problems)
        self.import_button.setEnabled(bool(c.new or c.updated))

    def _show_problems(self, problems) -> None:
        shown = problems[:SHOW_PROBLEMS]
        self.problems.setRowCount(len(shown))
        rejected, warning = self.tr("Skip"), self.tr("Import")
        for row, problem in enumerate(shown):
            number = QTableWidgetItem(str(problem.row))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.problems.setItem(row, 0, number)
            self.problems.setItem(row, 1, QTableWidgetItem(
                rejected if problem.rejected else warning))
            text = QTableWidgetItem(translate_template(problem.template, problem.params))
            text.setToolTip(text.text())
            self.problems.setItem(row, 2, text)
        self.problems.setVisible(bool(shown))
        self.report_button.setVisible(bool(problems))
        self.filler.setVisible(not shown)

    def _save_report(self) -> None:
        preview = self.preview
        if preview is None:
            return
        suggested = str(self.path.with_name(f"{self.path.stem}-问题.xlsx"))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the problem rows"),
                                              suggested, self.tr("Excel (*.xlsx)"))
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        self.save_report(path)

    def save_report(self, path: Path) -> None:
        """Write the problem rows (in the file's columns plus 问题, in the UI language)."""
        try:
            count = self.ui.state.desk.customer_import.write_report(
                self.preview, path, lambda p: translate_template(p.template, p.params))
        except Exception as exc:
            self.ui.show_error(exc)
            return
        self.ui.notify(self.tr("%1 rows saved to %2").replace("%1", str(count))
                       .replace("%2", path.name))

    def apply(self) -> None:
        preview = self.preview
        if preview is None:
            return
        desk = self.ui.state.desk

        def work(ctx):
            return desk.customer_import.apply(
                preview, progress=lambda d, t, p: ctx.progress(d, t, _phase_label(p)))

        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.ui.tasks.run(work, title=self.tr("Importing customers"), on_done=self._applied,
                          on_error=self._apply_failed, modal=True, writes=True)

    def _applied(self, outcome) -> None:
        self.result, _changes = outcome  # applied by the task runner
        c = self.result.counts
        self.ui.notify(self.tr("Imported: %1 new, %2 updated.").replace("%1", str(c.new))
                       .replace("%2", str(c.updated)))
        self.accept()

    def _apply_failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.import_button.setEnabled(self.preview is not None)
        self.ui.show_error(exc)  # a cancel shows nothing: the database is as before

    def _failed(self, exc: BaseException) -> None:
        self.choose_button.setEnabled(True)
        self.check_button.setEnabled(self.sheet is not None)
        if self.sheet is None and isinstance(exc, DeskError):  # the file: say why, stay
            name = self.path.name if self.path else ""
            self.file_label.setText(self.tr("%1 could not be used.").replace("%1", name))
            self.choose_button.setText(self.tr("Choose another file…"))
            validation.mark(None, self.file_error, describe(exc, self.ui.log_file))
            self.choose_button.setFocus()
            return
        self.ui.show_error(exc)
