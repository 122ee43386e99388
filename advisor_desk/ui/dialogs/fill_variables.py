"""Ask once for template values that are missing (and have no fallback)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class FillVariablesDialog(QDialog):
    def __init__(self, parent: QWidget | None, names: tuple[str, ...]) -> None:
        super().__init__(parent)
        self.setObjectName("fillVariablesDialog")
        self.setWindowTitle(self.tr("Fill in before copying"))
        intro = QLabel(self.tr("This text needs a value that is not known for this customer. "
                               "It is used for this copy only."), wordWrap=True)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name in names:
            edit = QLineEdit(objectName=f"var_{name}")
            form.addRow(name, edit)
            self.edits[name] = edit
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_if_filled)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        for edit in self.edits.values():
            edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(all(e.text().strip() for e in self.edits.values()))

    def _accept_if_filled(self) -> None:
        if all(e.text().strip() for e in self.edits.values()):
            self.accept()

    def values(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self.edits.items()}


def ask_values(parent: QWidget | None, names: tuple[str, ...]) -> dict[str, str] | None:
    dialog = FillVariablesDialog(parent, names)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()
