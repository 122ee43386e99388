"""Ask for a profile's PIN (switching to a protected profile) or set a new one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

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

from advisor_desk.domain.errors import DeskError, NotAllowed, PinLockedOut
from advisor_desk.ui.errors import translate_template

if TYPE_CHECKING:
    from advisor_desk.domain.people import AdvisorInfo, AdvisorSession
    from advisor_desk.services.advisors import AdvisorService
    from advisor_desk.ui.operations import OperationRunner


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
        self.submit: Callable[[str], None] | None = None  # check the PIN before closing
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

    def refused(self, exc: DeskError, tries_left: int) -> None:
        """The service said no: a wrong PIN, or a lockout's wait (a countdown)."""
        if isinstance(exc, PinLockedOut):
            self.wait(int(exc.params.get("seconds", 30)))
        elif isinstance(exc, NotAllowed):
            self.wrong(tries_left)
        else:
            self.pin.clear()
            self.show_problem(translate_template(exc.template, exc.params))

    def _accept(self) -> None:
        value = self.pin.text()
        if not (value.isdigit() and 4 <= len(value) <= 8):
            self.show_problem(self.tr("A PIN is 4 to 8 digits."))
            return
        if self.again is not None and self.again.text() != value:
            self.show_problem(self.tr("The two PINs differ."))
            return
        if self.submit is not None:  # checked elsewhere; the answer comes back to refused()
            self.submit(value)
            return
        self.accept()


def new_pin_dialog(parent: QWidget | None, name: str) -> PinDialog:
    text = QCoreApplication.translate("PinDialog", "Choose a PIN for %1 (4 to 8 digits).")
    return PinDialog(parent, QCoreApplication.translate("PinDialog", "PIN"),
                     text.replace("%1", name), confirm=True)


def ask_new_pin(parent: QWidget | None, name: str) -> str | None:
    dialog = new_pin_dialog(parent, name)
    return dialog.pin.text() if dialog.exec() else None


def unlock(parent: QWidget | None, advisors: AdvisorService, advisor: AdvisorInfo,
           ops: OperationRunner | None = None) -> AdvisorSession | None:
    """The advisor's session (``AdvisorService.unlock``): their PIN asked for when the profile
    has one — checked by the service, not here, with its lockout (a wrong PIN is counted in the
    database, so the check runs on the window's writer thread, ``ops``) — until right or
    cancelled (None). During a lockout's wait the dialog counts down."""
    if not advisor.has_pin:
        return advisors.unlock(advisor.id)
    text = QCoreApplication.translate("PinDialog", "Enter the PIN of %1.").replace(
        "%1", advisor.name)
    dialog = PinDialog(parent, QCoreApplication.translate("PinDialog", "PIN"), text,
                       confirm=False)
    unlocked: list[AdvisorSession] = []

    def granted(session: AdvisorSession) -> None:
        unlocked.append(session)
        dialog.accept()

    def refused(exc: DeskError) -> None:
        dialog.refused(exc, advisors.pin_tries_left(advisor.id))

    def submit(pin: str) -> None:
        if ops is not None:  # a second press while one is checked is ignored
            ops.write(lambda desk: desk.advisors.unlock(advisor.id, pin),
                      initiator=dialog.buttons, success=granted, inline_error=refused)
            return
        try:  # no writer (yet): the check runs here
            session = advisors.unlock(advisor.id, pin)
        except DeskError as exc:
            refused(exc)
        else:
            granted(session)

    dialog.submit = submit
    if seconds := advisors.pin_wait(advisor.id):
        dialog.wait(seconds)
    return unlocked[0] if dialog.exec() and unlocked else None
