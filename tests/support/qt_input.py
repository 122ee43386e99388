"""Typing into Qt widgets in tests the way a user (and a Chinese input method) does.

``keyClicks`` only knows ASCII (a non-ASCII character aborts PySide6 6.12), so Chinese is
committed with a ``QInputMethodEvent`` like a real IME, which also emits ``textEdited``.
"""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def commit(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """ASCII through key clicks, everything else through the input method, in order."""
    run = ""
    for ch in text:
        if ch.isascii():
            run += ch
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        commit(widget, ch)
    if run:
        qtbot.keyClicks(widget, run)
