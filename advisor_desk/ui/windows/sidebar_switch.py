"""Switching between the full window and the sidebar (toolbar button or Ctrl+Shift+S in either
window), keeping the current customer (shared state) and the search text; where the sidebar
sits — its screen, docked left or right, or a free position — is remembered on this PC.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, QTimer
from PySide6.QtGui import QGuiApplication, QScreen

from advisor_desk.ui.windows.sidebar import SIDEBAR_WIDTH, SidebarWindow

if TYPE_CHECKING:
    from advisor_desk.ui.main_window import MainWindow

SIDES = ("left", "right")
SNAP_PX = 8  # a sidebar within this of a docked place is still docked


def docked_rect(area: QRect, side: str, width: int = SIDEBAR_WIDTH) -> QRect:
    """The outer rectangle of a sidebar docked to ``side`` of a screen's available area."""
    x = area.left() if side == "left" else area.right() - width + 1
    return QRect(x, area.top(), width, area.height())


class SidebarSwitch(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._prefs = window.ui.prefs
        self._sidebar: SidebarWindow | None = None

    @property
    def sidebar(self) -> SidebarWindow:
        if self._sidebar is None:
            self._sidebar = SidebarWindow(self._window.ui)
            self._sidebar.fullWindowRequested.connect(self.to_full)
            self._sidebar.dockRequested.connect(self.dock)
            self._sidebar.lockRequested.connect(self._lock)
        return self._sidebar

    @property
    def active(self) -> bool:
        return self._sidebar is not None and self._sidebar.isVisible()

    def toggle(self) -> None:
        if self.active:
            self.to_full()
        else:
            self.to_sidebar()

    def to_sidebar(self) -> None:
        window = self._window
        if not window.state.is_ready:
            return
        sidebar = self.sidebar
        sidebar.set_query(_page_query(window))
        sidebar.refresh()
        sidebar.show()
        self._place(sidebar)
        QTimer.singleShot(0, lambda: self._place(sidebar))  # again, once the frame is known
        sidebar.raise_()
        sidebar.activateWindow()
        sidebar.search.setFocus()
        window.hide()

    def to_full(self) -> None:
        window, sidebar = self._window, self._sidebar
        query = sidebar.query() if sidebar is not None else ""
        if sidebar is not None and sidebar.isVisible():
            self.remember(sidebar)
            sidebar.hide()
        window.show()
        window.raise_()
        window.activateWindow()
        if query.strip():
            _put_query(window, query)

    def close(self) -> None:
        if self._sidebar is not None:
            if self._sidebar.isVisible():
                self.remember(self._sidebar)
            self._sidebar.fullWindowRequested.disconnect(self.to_full)
            self._sidebar.close()
            self._sidebar.deleteLater()
            self._sidebar = None

    def _lock(self) -> None:
        """Locking from the sidebar: the lock turns it back into the full window, which
        shows the lock screen (ui/lock.py)."""
        self._window.lock.lock()

    # ------------------------------------------------------------------ geometry
    def dock(self, side: str) -> None:
        sidebar = self.sidebar
        self._prefs.setValue("sidebar/side", side)
        self._dock(sidebar, side, sidebar.screen() or QGuiApplication.primaryScreen())
        self.remember(sidebar)

    def _dock(self, sidebar: SidebarWindow, side: str, screen: QScreen) -> None:
        outer = docked_rect(screen.availableGeometry(), side)
        frame, inner = sidebar.frameGeometry(), sidebar.geometry()
        left, top = inner.left() - frame.left(), inner.top() - frame.top()
        right, bottom = frame.right() - inner.right(), frame.bottom() - inner.bottom()
        sidebar.setScreen(screen)
        sidebar.setGeometry(outer.adjusted(left, top, -right, -bottom))

    def _place(self, sidebar: SidebarWindow) -> None:
        prefs = self._prefs
        name = prefs.value("sidebar/screen")
        screens = {s.name(): s for s in QGuiApplication.screens()}
        screen = screens.get(name) or self._window.screen() or QGuiApplication.primaryScreen()
        side = prefs.value("sidebar/side", "right")
        geometry = prefs.value("sidebar/geometry")
        if side in SIDES or geometry is None or not sidebar.restoreGeometry(geometry):
            self._dock(sidebar, side if side in SIDES else "right", screen)

    def remember(self, sidebar: SidebarWindow) -> None:
        """Save the screen, the edge it is docked to (or "free") and the geometry."""
        screen = sidebar.screen() or QGuiApplication.primaryScreen()
        frame = sidebar.frameGeometry()
        side = "free"
        for candidate in SIDES:
            want = docked_rect(screen.availableGeometry(), candidate)
            if abs(frame.left() - want.left()) <= SNAP_PX and \
                    abs(frame.top() - want.top()) <= SNAP_PX:
                side = candidate
        prefs = self._prefs
        prefs.setValue("sidebar/screen", screen.name())
        prefs.setValue("sidebar/side", side)
        prefs.setValue("sidebar/geometry", sidebar.saveGeometry())


def _library_page(window: MainWindow):
    from advisor_desk.ui.pages.library_base import LibraryPage

    page = window.current_page()
    return page if isinstance(page, LibraryPage) else None


def _page_query(window: MainWindow) -> str:
    page = _library_page(window)
    return page.search.text() if page is not None else ""


def _put_query(window: MainWindow, query: str) -> None:
    """The sidebar's search text into the library page on screen (else Scripts & Q&A)."""
    page = _library_page(window)
    if page is None:
        window.state.request_page("scripts")
        page = _library_page(window)
    if page is not None:
        page.search.setText(query)
        page.refresh()
