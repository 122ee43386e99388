"""Waiting for the window's writes in GUI tests (they run on the writer thread)."""

from __future__ import annotations


def settle(window, qtbot, timeout: int = 5000) -> None:
    """Until every write the window queued (and every look for other processes' changes)
    has run and its result reached the GUI thread."""
    qtbot.waitUntil(lambda: not (window.ops.busy or window.ops.polling or window.tasks.busy),
                    timeout=timeout)


def when_modal(name: str, action, *, every_ms: int = 20, tries: int = 250) -> None:
    """Run ``action(dialog)`` as soon as a modal dialog named ``name`` is up (it may open
    only after a write finished on the writer thread)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def look(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.objectName() == name:
            action(dialog)
        elif left:
            QTimer.singleShot(every_ms, lambda: look(left - 1))

    QTimer.singleShot(every_ms, lambda: look(tries))
