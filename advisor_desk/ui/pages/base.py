"""Base class of a navigation page: lazy refresh on the one ``changed`` signal."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from advisor_desk.domain.changes import Changes
from advisor_desk.ui.context import UiContext


class Page(QWidget):
    key: str = ""

    def __init__(self, ui: UiContext) -> None:
        super().__init__()
        self.ui = ui
        self._dirty = True
        ui.state.ready.connect(self._mark_dirty)
        ui.state.changed.connect(self._on_changes)

    def cares_about(self, changes: Changes) -> bool:
        """Whether this page must refresh after ``changes`` (default: everything)."""
        return True

    def refresh(self) -> None:
        """Reload from the services; called when visible and dirty."""

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor where the user types."""

    def _mark_dirty(self) -> None:
        self._dirty = True
        if self.isVisible():
            self._refresh_now()

    def _on_changes(self, changes: Changes) -> None:
        if self.cares_about(changes):
            self._mark_dirty()

    def _refresh_now(self) -> None:
        if self.ui.state.is_ready:
            self._dirty = False
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self._refresh_now()
