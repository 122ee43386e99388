"""Who is at the counter: the toolbar's advisor picker. Choosing a profile unlocks it
(``AdvisorService.unlock``: its PIN when it has one, with the lockout, checked on the window's
writer thread — ui/dialogs/pin_dialog.py); cancelling keeps who was there."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QWidget

if TYPE_CHECKING:
    from advisor_desk.domain.people import AdvisorInfo
    from advisor_desk.ui.operations import OperationRunner
    from advisor_desk.ui.state import DeskState


class AdvisorPicker(QComboBox):
    def __init__(self, parent: QWidget, state: DeskState, settings: QSettings,
                 ops: Callable[[], OperationRunner]) -> None:
        super().__init__(parent, objectName="advisorPicker")
        self._state, self._settings, self._ops = state, settings, ops
        self.setMinimumContentsLength(8)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self._picked)

    def reload(self) -> None:
        """The store's profiles, the one remembered on this PC chosen (and unlocked)."""
        from advisor_desk.ui import labels

        advisors = self._state.desk.advisors.list()
        remembered = self._settings.value("window/advisor", None)
        self.blockSignals(True)
        self.clear()
        for a in advisors:
            self.addItem(self.tr("{name} ({role})").format(
                name=a.name, role=labels.role_label(a.role)) if a.is_manager else a.name, a.id)
        index = self.findData(int(remembered)) if remembered else -1
        self.setCurrentIndex(max(index, 0) if advisors else -1)
        self.blockSignals(False)
        self._picked(self.currentIndex())

    def _picked(self, index: int) -> None:
        state = self._state
        advisor_id = self.itemData(index) if index >= 0 else None
        advisor = None
        if advisor_id is not None and state.is_ready:
            advisor = next((a for a in state.desk.advisors.list() if a.id == advisor_id), None)
        if advisor is None:
            state.set_advisor(None)
            return
        advisors, session = state.desk.advisors, state.session
        if advisor.id != state.advisor_id or not advisors.is_unlocked(session):
            from advisor_desk.ui.dialogs.pin_dialog import unlock

            session = unlock(self.window(), advisors, advisor, self._ops())
            if session is None:
                self.select(state.advisor)  # stay who we were
                return
        state.set_advisor(advisor, session)

    def select(self, advisor: AdvisorInfo | None) -> None:
        """Show ``advisor`` as chosen without asking for a PIN (it was checked elsewhere)."""
        self.blockSignals(True)
        self.setCurrentIndex(self.findData(advisor.id) if advisor else -1)
        self.blockSignals(False)
