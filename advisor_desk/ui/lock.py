"""Auto-lock on a shared counter PC (ARCHITECTURE.md §11): after the store's idle minutes
(setting ``auto_lock_minutes``, default 5, 0: never), with Ctrl+Shift+L or the toolbar's
lock button, the window shows only the lock screen — toolbar, pages and status bar are hidden,
open dialogs closed (a running task's progress stays), toasts and copies do nothing, and
whatever this app put on the clipboard is cleared. Unlocked by the same advisor's PIN, or by
switching to another profile (with its PIN).

Idle time is measured from the last key or mouse input anywhere in the application; the clock
is injectable so tests lock without waiting five minutes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

from advisor_desk.ui import clipboard
from advisor_desk.ui.widgets.lock_screen import LockScreen

if TYPE_CHECKING:
    from advisor_desk.domain.changes import Changes
    from advisor_desk.domain.people import AdvisorInfo
    from advisor_desk.ui.main_window import MainWindow

CHECK_MS = 5000
_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
          QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class LockController(QObject):
    def __init__(self, window: MainWindow, *, now: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self._window = window
        self.now = now  # injectable: tests move a fake clock instead of waiting
        self._last_input = now()
        self.minutes = 0
        self.screen = LockScreen(window)
        self.screen.hide()
        self.screen.unlocked.connect(self._unlocked)
        self._hidden: list = []
        self._timer = QTimer(self, interval=CHECK_MS)
        self._timer.timeout.connect(self.check_idle)
        self._timer.start()
        QApplication.instance().installEventFilter(self)
        window.state.changed.connect(self._on_changes)

    # ------------------------------------------------------------------ idle time
    def load_setting(self) -> None:
        self.minutes = self._window.state.desk.settings.get().auto_lock_minutes

    def _on_changes(self, changes: Changes) -> None:
        if changes.settings and self._window.state.is_ready:
            self.load_setting()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in _INPUT:
            self._last_input = self.now()
        return False

    def touch(self) -> None:
        """Count now as the last input."""
        self._last_input = self.now()

    def idle_seconds(self) -> float:
        return self.now() - self._last_input

    def check_idle(self) -> None:
        state = self._window.state
        if (self.minutes > 0 and not state.locked and state.is_ready
                and self.idle_seconds() >= self.minutes * 60):
            self.lock()

    # ------------------------------------------------------------------ locking
    def lock(self) -> None:
        window, state = self._window, self._window.state
        if state.locked or not state.is_ready:
            return
        for widget in QApplication.topLevelWidgets():  # dialogs may show customer data
            if isinstance(widget, QDialog) and not isinstance(widget, QProgressDialog) \
                    and widget.isVisible():
                widget.reject()
        clipboard.forget()
        window.toast.hide()
        window.statusBar().clearMessage()
        self._hidden = [w for w in (window.centralWidget(), window.statusBar(),
                                    *window.toolbars()) if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        state.set_locked(True)
        self.screen.setGeometry(window.rect())
        self.screen.show_for(state.desk.advisors, state.advisor)
        self.screen.show()
        self.screen.raise_()

    def resize(self) -> None:
        if self.screen.isVisible():
            self.screen.setGeometry(self._window.rect())

    def _unlocked(self, advisor: AdvisorInfo) -> None:
        window, state = self._window, self._window.state
        self.screen.hide()
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self._last_input = self.now()
        state.set_locked(False)
        if state.advisor is None or advisor.id != state.advisor.id:
            window.select_advisor(advisor)  # another profile took the counter
