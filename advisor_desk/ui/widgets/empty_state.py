"""An empty list says why it is empty and offers the next thing to do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("role", "empty")
        self.title = QLabel(objectName=f"{object_name}Title", wordWrap=True,
                            alignment=Qt.AlignmentFlag.AlignCenter)
        self.title.setProperty("role", "emptyTitle")
        self.text = QLabel(objectName=f"{object_name}Text", wordWrap=True,
                           alignment=Qt.AlignmentFlag.AlignCenter)
        self.text.setProperty("role", "dim")
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        self._buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addStretch(1)
        box.addWidget(self.title)
        box.addWidget(self.text)
        box.addSpacing(8)
        box.addLayout(self._buttons)
        box.addStretch(2)
        self.actions: list[QPushButton] = []

    def show_state(self, title: str, text: str,
                   actions: list[tuple[str, str, Callable[[], None]]] = ()) -> None:
        """``actions``: (label, objectName, callback); the first is the primary one."""
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        for button in self.actions:
            self._buttons.removeWidget(button)
            button.setParent(None)  # gone at once, not at the next event loop turn
            button.deleteLater()
        self.actions = []
        for n, (label, name, callback) in enumerate(actions):
            button = QPushButton(label, objectName=name)
            button.setMinimumHeight(40)
            if n == 0:
                button.setProperty("role", "primary")
            button.clicked.connect(callback)
            self._buttons.insertWidget(1 + n, button)
            button.show()  # a layout shows a new child only at the next event loop turn
            self.actions.append(button)


def centred_column(label: QLabel, *buttons: QPushButton) -> QWidget:
    """An empty list's page: its sentence and buttons in the middle."""
    page = QWidget()
    box = QVBoxLayout(page)
    box.addStretch(1)
    box.addWidget(label)
    for button in buttons:
        box.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
    box.addStretch(1)
    return page
