"""One line of text (a name), checked and saved by the caller's function before the dialog
closes: a problem is shown under the field, which keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from advisor_desk.domain.errors import DeskError
from advisor_desk.ui import validation
from advisor_desk.ui.errors import describe


class TextDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, question: str,
                 save: Callable[[str], object], log_file: Path | None = None,
                 placeholder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("textDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self._save, self._log_file = save, log_file
        self.saved: object = None
        heading = QLabel(question, wordWrap=True)
        heading.setProperty("role", "heading")
        self.text = QLineEdit(objectName="textDialogEdit")
        self.text.setPlaceholderText(placeholder)
        self.error = validation.error_label("textDialogError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        validation.clear(self.error, self.text)
        try:
            self.saved = self._save(self.text.text())
        except DeskError as exc:
            validation.mark(self.text, self.error, describe(exc, self._log_file or Path()))
            return
        self.accept()
