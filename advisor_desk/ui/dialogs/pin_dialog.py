"""Ask for a profile's PIN (switching to a protected profile) or set a new one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.errors import PinLockedOut


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
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
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

    def wrong(self, tries_left: int) -> None:
        """A wrong PIN; near the limit, say how many more are allowed before a wait."""
        self.pin.clear()
        if tries_left > 2:
            self.show_problem(self.tr("Wrong PIN."))
        else:
            self.show_problem(self.tr("Wrong PIN. %n more wrong PIN(s) and this profile has "
                                      "to wait.", "", tries_left + 1))

    def wait(self, seconds: int) -> None:
        """Too many wrong PINs: nothing can be typed until the wait is over (a countdown)."""
        self._left = seconds
        self.pin.clear()
        self._tick()
        if not hasattr(self, "_timer"):
            self._timer = QTimer(self, interval=1000)
            self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        waiting = self._left > 0
        self.pin.setEnabled(not waiting)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not waiting)
        if waiting:
            self.show_problem(self.tr("Too many wrong PINs. Try again in %n second(s).", "",
                                      self._left))
            self._left -= 1
            return
        self._timer.stop()
        self.show_problem(self.tr("You can try again now."))
        self.pin.setFocus()

    def _accept(self) -> None:
        value = self.pin.text()
        if not (value.isdigit() and 4 <= len(value) <= 8):
            self.show_problem(self.tr("A PIN is 4 to 8 digits."))
            return
        if self.again is not None and self.again.text() != value:
            self.show_problem(self.tr("The two PINs differ."))
            return
        self.accept()


def ask_pin(parent: QWidget | None, name: str, check: Callable[[str], bool], *,
            wait: Callable[[], int] = lambda: 0,
            tries_left: Callable[[], int] = lambda: 99) -> bool:
    """Ask for ``name``'s PIN until ``check(pin)`` accepts it (True) or the user cancels.
    ``check`` raises PinLockedOut after too many wrong PINs: the dialog then counts down
    (``wait()``: seconds already to wait when it opens)."""
    text = QCoreApplication.translate("PinDialog", "Enter the PIN of %1.").replace("%1", name)
    dialog = PinDialog(parent, QCoreApplication.translate("PinDialog", "PIN"), text,
                       confirm=False)
    if seconds := wait():
        dialog.wait(seconds)
    while dialog.exec():
        try:
            if check(dialog.pin.text()):
                return True
        except PinLockedOut as exc:
            dialog.wait(int(exc.params.get("seconds", 30)))
            continue
        dialog.wrong(tries_left())
    return False


def new_pin_dialog(parent: QWidget | None, name: str) -> PinDialog:
    text = QCoreApplication.translate("PinDialog", "Choose a PIN for %1 (4 to 8 digits).")
    return PinDialog(parent, QCoreApplication.translate("PinDialog", "PIN"),
                     text.replace("%1", name), confirm=True)


def ask_new_pin(parent: QWidget | None, name: str) -> str | None:
    dialog = new_pin_dialog(parent, name)
    return dialog.pin.text() if dialog.exec() else None
