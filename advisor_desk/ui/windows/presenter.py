"""Presenter mode: a deck full screen on the chosen screen, driven by keys a presentation
clicker sends (PgDn/PgUp, arrows, space, B for a black screen, Esc), with a timer; speaker
notes in a second window on the first screen when the deck runs on another one.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from advisor_desk.ui.deck_frames import Frame, key_hints
from advisor_desk.ui.widgets.slide_view import SlideView
from advisor_desk.ui.windows.speaker_notes import SpeakerNotes

NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space,
             Qt.Key.Key_Return, Qt.Key.Key_Enter}
PREVIOUS_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace}
BLACK_KEYS = {Qt.Key.Key_B, Qt.Key.Key_Period}  # clickers' "blank screen" button


def notes_screen(slides: QScreen) -> QScreen | None:
    """Where the speaker notes go: the first screen that is not showing the slides (None
    when there is only one screen)."""
    others = [s for s in QGuiApplication.screens() if s is not slides]
    if not others:
        return None
    primary = QGuiApplication.primaryScreen()
    return primary if primary in others else others[0]


def elapsed_text(ms: int) -> str:
    seconds = ms // 1000
    hours, rest = divmod(seconds, 3600)
    return (f"{hours}:" if hours else "") + f"{rest // 60:02d}:{rest % 60:02d}"


class PresenterWindow(QWidget):
    slideShown = Signal(int)  # index into frames
    closed = Signal()

    def __init__(self, frames: list[Frame], screen: QScreen, start: int = 0) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("presenterWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(frames[0].situation if frames else "")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.frames = frames
        self.index = max(0, min(start, len(frames) - 1))
        self.view = SlideView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self._tick = QTimer(self, interval=500)
        self._tick.timeout.connect(self._update_clock)
        self._tick.start()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        where = notes_screen(screen)
        self.notes: SpeakerNotes | None = None
        if where is not None:
            self.notes = SpeakerNotes(where)
            self.notes.keyPressed.connect(self.handle_key)
            self.notes.closeRequested.connect(self.close)
        self._show_current()

    def present(self) -> None:
        self.showFullScreen()
        if self.notes is not None:
            self.notes.show_on_screen()
        self.raise_()
        self.activateWindow()
        self.setFocus()

    # ------------------------------------------------------------------ keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event.key()):
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        """A click moves on, a right click goes back (some clickers act as a mouse)."""
        self.go(self.index + (-1 if event.button() == Qt.MouseButton.RightButton else 1))

    def wheelEvent(self, event) -> None:
        self.go(self.index + (1 if event.angleDelta().y() < 0 else -1))

    def handle_key(self, key: int) -> bool:
        key = Qt.Key(key)
        if key in NEXT_KEYS:
            self.go(self.index + 1)
        elif key in PREVIOUS_KEYS:
            self.go(self.index - 1)
        elif key == Qt.Key.Key_Home or key == Qt.Key.Key_F5:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.frames) - 1)
        elif key in BLACK_KEYS:
            self.view.blank = not self.view.blank
            self.view.update()
        elif key == Qt.Key.Key_T:
            self._elapsed.restart()
            self._update_clock()
        elif key == Qt.Key.Key_N and self.notes is None:  # one screen: notes on the slide
            self.view.set_notes_visible(not self.view.notes_visible)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            return False
        return True

    def go(self, index: int) -> None:
        index = max(0, min(index, len(self.frames) - 1))
        if self.view.blank:  # any move ends the black screen, like PowerPoint
            self.view.blank = False
        if index != self.index:
            self.index = index
            self._show_current()
        else:
            self.view.update()

    # ------------------------------------------------------------------ state
    def set_customer_data_hidden(self, hidden: bool) -> None:
        """Blank the slides and the notes (auto-lock). The deck shows only the sample customer,
        but a locked PC should show nothing at all."""
        self.view.hidden = hidden
        self.view.update()
        if self.notes is not None:
            self.notes.set_hidden(hidden)

    def _show_current(self) -> None:
        frame = self.frames[self.index]
        counter = f"{self.index + 1} / {len(self.frames)}"
        self.view.show_frame(frame, counter, key_hints() if frame.kind == "title" else "")
        if self.notes is not None:
            following = self.frames[self.index + 1] if self.index + 1 < len(self.frames) else None
            self.notes.show_frame(frame, following, counter)
        self._update_clock()
        self.slideShown.emit(self.index)

    def _update_clock(self) -> None:
        text = elapsed_text(self._elapsed.elapsed())
        self.view.set_clock(text)
        if self.notes is not None:
            self.notes.set_clock(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tick.stop()
        if self.notes is not None:
            self.notes.close()
            self.notes = None
        self.closed.emit()
        super().closeEvent(event)
