"""The sidebar's next-step card: the current customer's next step and its kit, copied part by
part (the sidebar does the copying through the one copy path), and Done."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from advisor_desk.domain.tasks import TaskRow

KIT_NAMES = {"script": QT_TRANSLATE_NOOP("SidebarStep", "Script"),
             "material": QT_TRANSLATE_NOOP("SidebarStep", "Material"),
             "coupon": QT_TRANSLATE_NOOP("SidebarStep", "Coupon")}


class SidebarStep(QFrame):
    copyRequested = Signal(str, str)  # kind, uid of the next kit part
    doneRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextStepCard")
        self._task: TaskRow | None = None
        self._has_customer = False
        self._next = 0
        self.title = QLabel(objectName="sidebarStepTitle", wordWrap=True)
        self.kit = QLabel(objectName="sidebarStepKit", wordWrap=True)
        self.kit.setProperty("role", "dim")
        self.kit_button = QPushButton(objectName="sidebarKitCopy")
        self.kit_button.setProperty("role", "primary")
        self.kit_button.setMinimumHeight(40)
        self.kit_button.clicked.connect(self.copy_next)
        self.done_button = QPushButton(self.tr("Done"), objectName="sidebarStepDone")
        self.done_button.setMinimumHeight(40)
        self.done_button.clicked.connect(self.doneRequested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.kit_button, 1)
        buttons.addWidget(self.done_button)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(self.kit)
        box.addLayout(buttons)
        self.show_task(None, False)

    def show_task(self, task: TaskRow | None, has_customer: bool) -> None:
        if task is None or self._task is None or task.task_id != self._task.task_id:
            self._next = 0
        self._task, self._has_customer = task, has_customer
        self._show()

    def _show(self) -> None:
        task = self._task
        self.done_button.setVisible(task is not None)
        role = "heading" if task is not None else "dim"
        if self.title.property("role") != role:
            self.title.setProperty("role", role)
            self.title.style().unpolish(self.title)
            self.title.style().polish(self.title)
        if not self._has_customer:
            self.title.setText(self.tr("Choose the customer you are chatting with (Ctrl+P) "
                                       "to see their next step."))
            self.kit.clear()
            self.kit_button.hide()
            return
        if task is None:
            self.title.setText(self.tr("No step due for this customer."))
            self.kit.setText(self.tr("Search below for what you need."))
            self.kit_button.hide()
            return
        when = {"overdue": self.tr("overdue"), "today": self.tr("today")}.get(
            task.bucket, task.due_on.strftime("%m-%d"))
        self.title.setText(self.tr("Next: %1 (%2)").replace("%1", task.step_title)
                           .replace("%2", when))
        parts = task.kit.parts
        names = [self.tr(KIT_NAMES[kind]) for kind, _ in parts]
        shown = [f"<b>{n}</b>" if i == self._next else n for i, n in enumerate(names)]
        self.kit.setText(self.tr("Kit: %1").replace("%1", " → ".join(shown)) if parts
                         else self.tr("No kit: write in your own words."))
        self.kit_button.setVisible(bool(parts))
        if self._next < len(parts):
            self.kit_button.setText(self.tr("Copy %1 (%2/%3)").replace(
                "%1", names[self._next]).replace("%2", str(self._next + 1)).replace(
                "%3", str(len(parts))))
        else:
            self.kit_button.setText(self.tr("All copied: mark done"))

    def copy_next(self) -> None:
        """Ask for the next part of the kit; after the last one, Done."""
        if self._task is None:
            return
        parts = self._task.kit.parts
        if self._next >= len(parts):
            self.doneRequested.emit()
            return
        self.copyRequested.emit(*parts[self._next])

    def part_copied(self) -> None:
        """The sidebar reports that the part asked for last reached the clipboard."""
        self._next += 1
        self._show()
