"""One line of text (a name), checked and saved by the caller's function before the dialog
closes: a problem is shown under the field, which keeps what was typed. With ``ops`` (the
window's operation runner) the save runs on the writer thread like every write of the window;
the dialog closes when it has succeeded."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from advisor_desk.domain.errors import DeskError
from advisor_desk.ui import validation
from advisor_desk.ui.errors import describe

if TYPE_CHECKING:
    from advisor_desk.ui.operations import OperationRunner


class TextDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, question: str,
                 save: Callable[[str], object], log_file: Path | None = None,
                 placeholder: str = "", ops: OperationRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self._save, self._log_file, self._ops = save, log_file, ops
        self.saved: object = None
        heading = QLabel(question, wordWrap=True)
        heading.setProperty("role", "heading")
        self.text = QLineEdit(objectName="textDialogEdit")
        self.text.setPlaceholderText(placeholder)
        self.error = validation.error_label("textDialogError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        validation.clear(self.error, self.text)
        text = self.text.text()
        if self._ops is not None:
            self._ops.write(lambda _desk: self._save(text), initiator=self.ok_button,
                            success=self._saved, inline_error=self._problem)
            return
        try:
            self.saved = self._save(text)
        except DeskError as exc:
            self._problem(exc)
            return
        self.accept()

    def _problem(self, exc: DeskError) -> None:
        validation.mark(self.text, self.error, describe(exc, self._log_file or Path()))

    def _saved(self, result: object) -> None:
        self.saved = result
        self.accept()
