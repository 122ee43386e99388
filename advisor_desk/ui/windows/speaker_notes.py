"""The trainer's screen while a deck runs on the projector: the slide number, the timer, this
slide's notes, what comes next. Keys typed here drive the deck too."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from advisor_desk.ui.deck_frames import Frame


class SpeakerNotes(QWidget):
    keyPressed = Signal(int)
    closeRequested = Signal()

    def __init__(self, screen: QScreen) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("speakerNotes")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Speaker notes"))
        self._screen = screen
        self.counter = QLabel(objectName="notesCounter")
        self.clock = QLabel(objectName="notesClock")
        self.clock.setStyleSheet("font-size: 28pt; font-weight: bold; color: #c8553d;")
        self.counter.setStyleSheet("font-size: 16pt; color: #6f6a64;")
        self.heading = QLabel(objectName="notesHeading", wordWrap=True)
        self.heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.body = QLabel(objectName="notesBody", wordWrap=True)
        self.body.setStyleSheet("font-size: 15pt;")
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.following = QLabel(objectName="notesNext", wordWrap=True)
        self.following.setStyleSheet("font-size: 13pt; color: #6f6a64;")
        previous = QPushButton(self.tr("◀ Back"), objectName="notesBack")
        forward = QPushButton(self.tr("Next ▶"), objectName="notesNextButton")
        leave = QPushButton(self.tr("End (Esc)"), objectName="notesEnd")
        for button in (previous, forward, leave):
            button.setMinimumHeight(44)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the deck
        previous.clicked.connect(lambda: self.keyPressed.emit(int(Qt.Key.Key_PageUp)))
        forward.clicked.connect(lambda: self.keyPressed.emit(int(Qt.Key.Key_PageDown)))
        leave.clicked.connect(self.closeRequested.emit)
        top = QHBoxLayout()
        top.addWidget(self.counter)
        top.addStretch(1)
        top.addWidget(self.clock)
        buttons = QHBoxLayout()
        buttons.addWidget(previous)
        buttons.addWidget(forward)
        buttons.addStretch(1)
        buttons.addWidget(leave)
        box = QVBoxLayout(self)
        box.setContentsMargins(32, 24, 32, 24)
        box.addLayout(top)
        box.addWidget(self.heading)
        box.addWidget(self.body, 1)
        box.addWidget(self.following)
        box.addLayout(buttons)

    def show_on_screen(self) -> None:
        self.setScreen(self._screen)
        area = self._screen.availableGeometry()
        self.setGeometry(area.adjusted(40, 40, -40, -40))
        self.show()

    def show_frame(self, frame: Frame, following: Frame | None, counter: str) -> None:
        self.counter.setText(counter)
        self.heading.setText(frame.situation)
        self.body.setText(frame.notes)
        self.following.setText(self.tr("Next: %1").replace("%1", following.situation)
                               if following else self.tr("This is the last slide."))

    def set_clock(self, text: str) -> None:
        self.clock.setText(text)

    def set_hidden(self, hidden: bool) -> None:
        for label in (self.heading, self.body, self.following):
            label.setVisible(not hidden)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.keyPressed.emit(event.key())
