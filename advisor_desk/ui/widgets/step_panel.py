"""The selected step: who, what, why, its kit (copied part by part), and the actions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.tasks import TaskRow
from advisor_desk.ui import labels

KIND_LABELS = {"script": QT_TRANSLATE_NOOP("StepPanel", "Script"),
               "material": QT_TRANSLATE_NOOP("StepPanel", "Material"),
               "coupon": QT_TRANSLATE_NOOP("StepPanel", "Coupon")}


class StepPanel(QWidget):
    """Emits what the user wants; the page does it (so the panel stays a view)."""

    copyRequested = Signal(str, str)  # kind, uid
    doneRequested = Signal(int, str)  # task id, note
    skipRequested = Signal(int)
    snoozeRequested = Signal(int)
    openCustomerRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepPanel")
        self._task: TaskRow | None = None
        self._next_part = 0
        self.title = QLabel(objectName="stepTitle", wordWrap=True)
        self.title.setProperty("role", "heading")
        self.customer = QLabel(objectName="stepCustomer", wordWrap=True)
        self.why = QLabel(objectName="stepWhy", wordWrap=True)
        self.why.setProperty("role", "dim")
        self.goal = QLabel(objectName="stepGoal", wordWrap=True)
        self.warning = QLabel(objectName="contactWarning", wordWrap=True)
        self.warning.setProperty("role", "warning")
        self.kit_label = QLabel(objectName="kitLabel", wordWrap=True)
        self.copy_button = QPushButton(objectName="kitCopyButton")
        self.copy_button.setProperty("role", "primary")
        self.copy_button.setMinimumHeight(42)
        self.note = QLineEdit(objectName="doneNote", clearButtonEnabled=True)
        self.note.setPlaceholderText(self.tr("Note for the timeline (optional)"))
        self.done_button = QPushButton(self.tr("Done"), objectName="doneButton")
        self.skip_button = QPushButton(self.tr("Skip…"), objectName="skipButton")
        self.snooze_button = QPushButton(self.tr("Later…"), objectName="snoozeButton")
        self.open_button = QPushButton(self.tr("Open customer"), objectName="openCustomerButton")
        actions = QHBoxLayout()
        for button in (self.done_button, self.skip_button, self.snooze_button, self.open_button):
            actions.addWidget(button)
        box = QVBoxLayout(self)
        for widget in (self.title, self.customer, self.why, self.goal, self.warning,
                       self.kit_label, self.copy_button):
            box.addWidget(widget)
        box.addStretch(1)
        box.addWidget(self.note)
        box.addLayout(actions)
        self.copy_button.clicked.connect(self.copy_next)
        self.done_button.clicked.connect(self._done)
        self.note.returnPressed.connect(self._done)
        self.skip_button.clicked.connect(lambda: self._task and self.skipRequested.emit(
            self._task.task_id))
        self.snooze_button.clicked.connect(lambda: self._task and self.snoozeRequested.emit(
            self._task.task_id))
        self.open_button.clicked.connect(lambda: self._task and self.openCustomerRequested.emit(
            self._task.customer_id))
        self.show_task(None)

    @property
    def task(self) -> TaskRow | None:
        return self._task

    def show_task(self, task: TaskRow | None) -> None:
        same = task is not None and self._task is not None and task.task_id == self._task.task_id
        self._task = task
        if not same:
            self._next_part = 0
            self.note.clear()
        enabled = task is not None
        for widget in (self.done_button, self.skip_button, self.snooze_button, self.open_button,
                       self.note):
            widget.setEnabled(enabled)
        if task is None:
            self.title.setText(self.tr("Nothing selected"))
            for label in (self.customer, self.why, self.goal, self.warning, self.kit_label):
                label.clear()
            self.copy_button.hide()
            return
        self.title.setText(task.step_title)
        who = task.customer_name if not task.salutation else \
            f"{task.salutation}（{task.customer_name}）"
        self.customer.setText(who)
        self.why.setText(self.tr("Why: %1 · started %2").replace(
            "%1", f"{task.playbook_name} · {labels.trigger_label(task.trigger)}").replace(
            "%2", labels.long_date(task.anchor_date)))
        self.goal.setText(task.goal)
        self.goal.setVisible(bool(task.goal))
        if not task.contact_warning:
            self.warning.setText("")
        elif not task.days_since_contact:
            self.warning.setText(self.tr("Already contacted today: is another message welcome "
                                         "now?"))
        else:
            self.warning.setText(self.tr("Contacted %n day(s) ago: is another message welcome "
                                         "now?", "", task.days_since_contact))
        self.warning.setVisible(task.contact_warning)
        self._update_kit()

    def _update_kit(self) -> None:
        parts = self._task.kit.parts if self._task else ()
        if not parts:
            self.kit_label.setText(self.tr("No prepared kit for this step: write in your own "
                                           "words."))
            self.copy_button.hide()
            return
        names = [self.tr(KIND_LABELS[kind]) for kind, _ in parts]
        shown = [f"<b>{n}</b>" if i == self._next_part else n for i, n in enumerate(names)]
        self.kit_label.setText(self.tr("Kit: %1").replace("%1", " → ".join(shown)))
        self.copy_button.show()
        if self._next_part < len(parts):
            self.copy_button.setText(self.tr("Copy %1 (%2/%3)  Ctrl+Enter").replace(
                "%1", names[self._next_part]).replace("%2", str(self._next_part + 1)).replace(
                "%3", str(len(parts))))
        else:
            self.copy_button.setText(self.tr("All parts copied: mark done"))

    def copy_next(self) -> None:
        """Copy the next part of the kit; after the last one the button marks the step done."""
        if self._task is None:
            return
        parts = self._task.kit.parts
        if self._next_part >= len(parts):
            self._done()
            return
        kind, uid = parts[self._next_part]
        self.copyRequested.emit(kind, uid)

    def part_copied(self) -> None:
        """The page reports that the part requested last reached the clipboard."""
        self._next_part += 1
        self._update_kit()

    def _done(self) -> None:
        if self._task is not None:
            self.doneRequested.emit(self._task.task_id, self.note.text())
