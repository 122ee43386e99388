"""After the last part of a step's kit was copied: mark the step done? Enter says yes."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class ConfirmDoneDialog(QDialog):
    def __init__(self, parent: QWidget | None, step_title: str, customer: str) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDoneDialog")
        self.setWindowTitle(self.tr("Mark this step done?"))
        self.setMinimumWidth(420)
        title = QLabel(step_title, objectName="confirmDoneStep", wordWrap=True)
        title.setProperty("role", "heading")
        text = QLabel(self.tr("Everything for %1 is copied. Once you have sent it, mark the "
                              "step done: it is logged on the customer's timeline.")
                      .replace("%1", customer), wordWrap=True)
        buttons = QDialogButtonBox()
        self.yes = buttons.addButton(self.tr("Mark done  (Enter)"),
                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.yes.setObjectName("confirmDoneYes")
        self.yes.setProperty("role", "primary")
        self.yes.setDefault(True)
        self.no = buttons.addButton(self.tr("Not yet  (Esc)"),
                                    QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.yes.setFocus()
