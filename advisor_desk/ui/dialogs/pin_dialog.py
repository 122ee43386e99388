"""Ask for a profile's PIN (switching to a protected profile) or set a new one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.errors import NotAllowed

if TYPE_CHECKING:
    from advisor_desk.domain.people import AdvisorInfo, AdvisorSession
    from advisor_desk.services.advisors import AdvisorService


def _pin_edit(name: str) -> QLineEdit:
    edit = QLineEdit(objectName=name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(8)
    return edit


class PinDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, text: str, *, confirm: bool) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(400)
        self.pin = _pin_edit("pinEdit")
        self.again = _pin_edit("pinAgainEdit") if confirm else None
        self.hint = QLabel(objectName="pinHint", wordWrap=True)
        self.hint.setProperty("role", "warning")
        self.hint.hide()
        form = QFormLayout()
        form.addRow(self.tr("PIN"), self.pin)
        if self.again is not None:
            form.addRow(self.tr("Again"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(text, wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)

    def show_problem(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.show()

    def _accept(self) -> None:
        value = self.pin.text()
        if not (value.isdigit() and 4 <= len(value) <= 8):
            self.show_problem(self.tr("A PIN is 4 to 8 digits."))
            return
        if self.again is not None and self.again.text() != value:
            self.show_problem(self.tr("The two PINs differ."))
            return
        self.accept()


def ask_pin(parent: QWidget | None, name: str, check) -> bool:
    """Ask for ``name``'s PIN until ``check(pin)`` accepts it (True) or the user cancels."""
    text = QCoreApplication.translate("PinDialog", "Enter the PIN of %1.").replace("%1", name)
    dialog = PinDialog(parent, QCoreApplication.translate("PinDialog", "PIN"), text,
                       confirm=False)
    while dialog.exec():
        if check(dialog.pin.text()):
            return True
        dialog.pin.clear()
        dialog.show_problem(QCoreApplication.translate("PinDialog", "Wrong PIN."))
    return False


def new_pin_dialog(parent: QWidget | None, name: str) -> PinDialog:
    text = QCoreApplication.translate("PinDialog", "Choose a PIN for %1 (4 to 8 digits).")
    return PinDialog(parent, QCoreApplication.translate("PinDialog", "PIN"),
                     text.replace("%1", name), confirm=True)


def ask_new_pin(parent: QWidget | None, name: str) -> str | None:
    dialog = new_pin_dialog(parent, name)
    return dialog.pin.text() if dialog.exec() else None


def unlock(parent: QWidget | None, advisors: AdvisorService,
           advisor: AdvisorInfo) -> AdvisorSession | None:
    """The advisor's session (``AdvisorService.unlock``): their PIN asked for when the profile
    has one — checked by the service, not here — until right or cancelled (None)."""
    if not advisor.has_pin:
        return advisors.unlock(advisor.id)
    unlocked: list[AdvisorSession] = []

    def check(pin: str) -> bool:
        try:
            unlocked.append(advisors.unlock(advisor.id, pin))
        except NotAllowed:
            return False
        return True

    return unlocked[0] if ask_pin(parent, advisor.name, check) else None
