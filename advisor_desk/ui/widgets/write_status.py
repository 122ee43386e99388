"""The status bar's busy bar and the sentence saying what the window's writes wait for
("Saving…", "Waiting for “Importing customers” to finish…", "Waiting for another program…")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

if TYPE_CHECKING:
    from advisor_desk.ui.operations import OperationRunner
    from advisor_desk.ui.tasks import TaskRunner


class WriteStatus(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(objectName="writeStatus")
        self.text.hide()
        self.bar = QProgressBar(objectName="taskProgress", maximumWidth=140)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text)
        row.addWidget(self.bar)
        self._tasks: TaskRunner | None = None

    def watching_ops(self, ops: OperationRunner) -> OperationRunner:
        ops.statusChanged.connect(self._status)
        return ops

    def watching_tasks(self, tasks: TaskRunner) -> TaskRunner:
        self._tasks = tasks
        tasks.busyChanged.connect(lambda _busy: self._update())
        return tasks

    def _status(self, text: str) -> None:
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self._update()

    def _update(self) -> None:
        busy = self._tasks is not None and self._tasks.busy
        self.bar.setVisible(bool(self.text.text()) or busy)
