"""The lock screen of a shared counter PC: no customer name, phone or note — only who may
unlock (the same advisor with their PIN, or another profile), with the PIN lockout's
countdown when too many wrong PINs were typed."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.errors import DeskError, NotAllowed, PinLockedOut
from advisor_desk.domain.people import AdvisorInfo, AdvisorSession
from advisor_desk.ui import icons
from advisor_desk.ui.errors import translate_template


class LockScreen(QWidget):
    unlocked = Signal(object, object)  # AdvisorInfo, AdvisorSession: who unlocked

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._advisors = None  # the Desk's AdvisorService while locked
        self._ops = None  # the window's operation runner: the PIN check counts wrong PINs
        self._left = 0
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._tick)
        icon = QLabel(objectName="lockIcon", alignment=Qt.AlignmentFlag.AlignCenter)
        icon.setPixmap(icons.icon("lock").pixmap(QSize(56, 56)))
        icon.setMinimumHeight(64)
        title = QLabel(self.tr("Locked"), objectName="lockTitle",
                       alignment=Qt.AlignmentFlag.AlignCenter)
        title.setProperty("role", "heading")
        note = QLabel(self.tr("Customer data is hidden while nobody is at the counter."),
                      objectName="lockNote", alignment=Qt.AlignmentFlag.AlignCenter,
                      wordWrap=True)
        note.setProperty("role", "dim")
        self.profiles = QComboBox(objectName="lockProfile")
        self.profiles.setMinimumContentsLength(10)
        self.pin = QLineEdit(objectName="lockPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.unlock = QPushButton(self.tr("Unlock"), objectName="lockUnlock")
        self.unlock.setProperty("role", "primary")
        self.unlock.setDefault(True)
        self.hint = QLabel(objectName="lockHint", alignment=Qt.AlignmentFlag.AlignCenter,
                           wordWrap=True)
        self.hint.setProperty("role", "warning")
        self.hint.hide()
        card = QFrame(objectName="lockCard")
        card.setMaximumWidth(420)
        form = QVBoxLayout(card)
        form.setSpacing(12)
        form.addWidget(icon)
        form.addWidget(title)
        form.addWidget(note)
        form.addWidget(self.profiles)
        row = QHBoxLayout()
        row.addWidget(self.pin, 1)
        row.addWidget(self.unlock)
        form.addLayout(row)
        form.addWidget(self.hint)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.profiles.currentIndexChanged.connect(self._profile_changed)
        self.pin.returnPressed.connect(self.try_unlock)
        self.unlock.clicked.connect(self.try_unlock)

    def show_for(self, advisors, current: AdvisorInfo | None, ops=None) -> None:
        """Locked by ``current`` (may be None): the profiles to unlock as, the current first.
        ``ops``: the window's operation runner (the PIN is checked on its writer thread)."""
        self._advisors, self._ops = advisors, ops
        self.profiles.blockSignals(True)
        self.profiles.clear()
        for a in advisors.list():
            self.profiles.addItem(a.name, a)
        index = self.profiles.findText(current.name) if current else -1
        self.profiles.setCurrentIndex(max(index, 0))
        self.profiles.blockSignals(False)
        self.hint.hide()
        self._profile_changed()

    def chosen(self) -> AdvisorInfo | None:
        return self.profiles.currentData()

    def _profile_changed(self, _index: int = -1) -> None:
        advisor = self.chosen()
        self.pin.clear()
        self.pin.setVisible(advisor is not None and advisor.has_pin)
        self._timer.stop()
        self._left = self._advisors.pin_wait(advisor.id) if advisor and self._advisors else 0
        self._tick()
        (self.pin if self.pin.isVisible() else self.unlock).setFocus()

    def try_unlock(self) -> None:
        """AdvisorService.unlock checks the PIN (and its lockout) and gives a session."""
        advisor = self.chosen()
        if advisor is None or self._advisors is None or self._left > 0:
            return
        pin = self.pin.text() or None

        def granted(session: AdvisorSession) -> None:
            self.pin.clear()
            self.hint.hide()
            self.unlocked.emit(advisor, session)

        if self._ops is not None:  # a second press while one is checked is ignored
            self._ops.write(lambda desk: desk.advisors.unlock(advisor.id, pin),
                            initiator=self.unlock, success=granted, inline_error=self._refused)
            return
        try:
            session = self._advisors.unlock(advisor.id, pin)
        except DeskError as exc:
            self._refused(exc)
            return
        granted(session)

    def _refused(self, exc: DeskError) -> None:
        self.pin.clear()
        if isinstance(exc, PinLockedOut):
            self._left = int(exc.params.get("seconds", 30))
            self._tick()
            return
        self.hint.setText(self.tr("Wrong PIN.") if isinstance(exc, NotAllowed)
                          else translate_template(exc.template, exc.params))
        self.hint.show()

    def _tick(self) -> None:
        waiting = self._left > 0
        self.pin.setEnabled(not waiting)
        self.unlock.setEnabled(not waiting)
        if waiting:
            self.hint.setText(self.tr("Too many wrong PINs. Try again in %n second(s).", "",
                                      self._left))
            self.hint.show()
            self._left -= 1
            if not self._timer.isActive():
                self._timer.start()
            return
        if self._timer.isActive():
            self._timer.stop()
            self.hint.hide()
