"""Auto-lock on a shared counter PC (docs/privacy.md): after the store's idle minutes
(setting ``auto_lock_minutes``, default 5, 0: never), with Ctrl+Shift+L or the toolbar's
lock button, the window shows only the lock screen — toolbar, pages and status bar are hidden,
open dialogs closed (a running task's progress stays), the sidebar turns back into the full
window and other windows (the presenter) hide until unlocked, toasts and copies do nothing,
and whatever this app put on the clipboard is cleared. Unlocked by the same advisor's PIN, or by
switching to another profile (with its PIN).

Idle time is measured from the last key or mouse input anywhere in the application; the clock
is injectable so tests lock without waiting five minutes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QToolBar

from advisor_desk.ui import clipboard
from advisor_desk.ui.widgets.lock_screen import LockScreen

if TYPE_CHECKING:
    from advisor_desk.domain.changes import Changes
    from advisor_desk.domain.people import AdvisorInfo, AdvisorSession
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
        self._windows: list = []
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
        kind = event.type()
        if kind in _INPUT:
            self._last_input = self.now()
        elif kind == QEvent.Type.Resize and watched is self._window:
            self.resize()
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
        switch = window.__dict__.get("sidebar_switch")  # made on first use (issue 18)
        if switch is not None and switch.active:
            switch.to_full()  # the sidebar beside the chat becomes the locked window
        for widget in QApplication.topLevelWidgets():  # dialogs may show customer data
            if isinstance(widget, QDialog) and not isinstance(widget, QProgressDialog) \
                    and widget.isVisible():
                widget.reject()
        self._windows = [w for w in QApplication.topLevelWidgets()  # a presenter, ...
                         if w.isWindow() and w.isVisible() and w is not window
                         and not isinstance(w, QDialog)]
        for other in self._windows:
            other.hide()
        clipboard.forget()
        window.toast.hide()
        window.statusBar().clearMessage()
        self._hidden = [w for w in (window.centralWidget(), window.statusBar(),
                                    *window.findChildren(QToolBar)) if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        state.set_locked(True)
        state.set_advisor(state.advisor, None)  # the session ends: unlocking proves it again
        self.screen.setGeometry(window.rect())
        self.screen.show_for(state.desk.advisors, state.advisor, window.ops)
        self.screen.show()
        self.screen.raise_()

    def resize(self) -> None:
        if self.screen.isVisible():
            self.screen.setGeometry(self._window.rect())

    def _unlocked(self, advisor: AdvisorInfo, session: AdvisorSession) -> None:
        window, state = self._window, self._window.state
        self.screen.hide()
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        for other in self._windows:  # the presenter comes back where it was
            other.show()
        self._windows = []
        self._last_input = self.now()
        state.set_locked(False)
        if state.advisor is None or advisor.id != state.advisor.id:
            window.advisor_picker.select(advisor)  # another profile took the counter: the picker
        state.set_advisor(advisor, session)  # shows them (AdvisorService checked the PIN)
