"""The selected step: who, what, why, and its kit — the next part shown exactly as it will be
copied (text, or the picture), part by part — and the actions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.library import CopyDraft
from advisor_desk.domain.tasks import TaskRow
from advisor_desk.ui import labels

KIND_LABELS = {"script": QT_TRANSLATE_NOOP("StepPanel", "Script"),
               "material": QT_TRANSLATE_NOOP("StepPanel", "Material"),
               "coupon": QT_TRANSLATE_NOOP("StepPanel", "Coupon")}
PART_LABELS = {"text": QT_TRANSLATE_NOOP("StepPanel", "text"),
               "link": QT_TRANSLATE_NOOP("StepPanel", "link"),
               "image": QT_TRANSLATE_NOOP("StepPanel", "picture"),
               "file": QT_TRANSLATE_NOOP("StepPanel", "file")}
THUMB_HEIGHT = 150


class StepPanel(QWidget):
    """Emits what the user wants; the page does it (so the panel stays a view)."""

    copyRequested = Signal(str, str)  # kind, uid
    doneRequested = Signal(int, str)  # task id, note
    confirmDoneRequested = Signal()  # every part copied: ask before marking done
    previewWanted = Signal(str, str)  # kind, uid of the part the next press copies
    skipRequested = Signal(int)
    snoozeRequested = Signal(int)
    openCustomerRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepPanel")
        self._task: TaskRow | None = None
        self._next_part = 0
        self._sub: tuple[int, int] = (0, 1)  # the item's next sub-part and how many it has
        self.title = QLabel(objectName="stepTitle", wordWrap=True)
        self.title.setProperty("role", "heading")
        self.customer = QLabel(objectName="stepCustomer", wordWrap=True)
        self.why = QLabel(objectName="stepWhy", wordWrap=True)
        self.why.setProperty("role", "dim")
        self.goal = QLabel(objectName="stepGoal", wordWrap=True)
        self.warning = QLabel(objectName="contactWarning", wordWrap=True)
        self.warning.setProperty("role", "warning")
        self.kit_label = QLabel(objectName="kitLabel", wordWrap=True)
        self._build_preview()
        self.copy_button = QPushButton(objectName="kitCopyButton")
        self.copy_button.setProperty("role", "primary")
        self.copy_button.setMinimumHeight(42)
        self.note = QLineEdit(objectName="doneNote", clearButtonEnabled=True)
        self.note.setPlaceholderText(self.tr("Note for the timeline (optional)"))
        self.done_button = QPushButton(self.tr("Done  Ctrl+D"), objectName="doneButton")
        self.skip_button = QPushButton(self.tr("Skip…"), objectName="skipButton")
        self.snooze_button = QPushButton(self.tr("Later…"), objectName="snoozeButton")
        self.open_button = QPushButton(self.tr("Open customer"), objectName="openCustomerButton")
        actions = QHBoxLayout()
        for button in (self.done_button, self.skip_button, self.snooze_button, self.open_button):
            actions.addWidget(button)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 0, 0, 0)
        for widget in (self.title, self.customer, self.why, self.goal, self.warning,
                       self.kit_label):
            box.addWidget(widget)
        box.addWidget(self.preview, 1)
        box.addWidget(self.copy_button)
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

    def _build_preview(self) -> None:
        self.preview = QFrame(objectName="kitPreview")
        self.preview_head = QLabel(objectName="kitPreviewHead", wordWrap=True)
        self.preview_head.setProperty("role", "dim")
        self.preview_text = QLabel(objectName="kitPreviewText", wordWrap=True,
                                   textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview_image = QLabel(objectName="kitPreviewImage")
        self.preview_image.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.preview_text)
        inner.addWidget(self.preview_image)
        inner.addStretch(1)
        scroll = QScrollArea(objectName="kitPreviewScroll", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        scroll.setMinimumHeight(60)
        box = QVBoxLayout(self.preview)
        box.addWidget(self.preview_head)
        box.addWidget(scroll, 1)

    @property
    def task(self) -> TaskRow | None:
        return self._task

    def current_part(self) -> tuple[str, str] | None:
        """(kind, uid) of the kit item the next press copies, None when all are copied."""
        parts = self._task.kit.parts if self._task else ()
        return parts[self._next_part] if self._next_part < len(parts) else None

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
            self.warning.hide()
            self.copy_button.hide()
            self.preview.hide()
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
            self.preview.hide()
            return
        names = [self.tr(KIND_LABELS[kind]) for kind, _ in parts]
        shown = [f"<b>{n}</b>" if i == self._next_part else n for i, n in enumerate(names)]
        self.kit_label.setText(self.tr("Kit: %1").replace("%1", " → ".join(shown)))
        self.copy_button.show()
        if self._next_part < len(parts):
            self.preview.show()
            self.previewWanted.emit(*parts[self._next_part])
        else:
            self.preview.hide()
            self.copy_button.setText(self.tr("All parts copied: mark done…  Ctrl+Enter"))

    def show_preview(self, draft: CopyDraft | None, sub_index: int) -> None:
        """What the next press copies: the page renders the kit item for this customer."""
        parts = self._task.kit.parts if self._task else ()
        if draft is None or self._next_part >= len(parts) or not draft.parts:
            self.preview_head.setText(self.tr("This item is no longer in the library."))
            self.preview_text.clear()
            self.preview_image.hide()
            return
        sub_index = min(sub_index, len(draft.parts) - 1)
        self._sub = (sub_index, len(draft.parts))
        part = draft.parts[sub_index]
        kind = self.tr(KIND_LABELS[parts[self._next_part][0]])
        piece = "" if len(draft.parts) == 1 else " · " + self.tr("%1 %2 of %3").replace(
            "%1", self.tr(PART_LABELS.get(part.role, "text"))).replace(
            "%2", str(sub_index + 1)).replace("%3", str(len(draft.parts)))
        self.preview_head.setText(self.tr("Next to copy: %1 “%2”%3").replace(
            "%1", kind).replace("%2", draft.title).replace("%3", piece))
        picture = QPixmap(str(part.path)) if part.role == "image" and part.path else QPixmap()
        if not picture.isNull():
            self.preview_image.setPixmap(picture.scaledToHeight(
                THUMB_HEIGHT, Qt.TransformationMode.SmoothTransformation))
            self.preview_image.show()
            self.preview_text.setText("")
        else:
            self.preview_image.hide()
            if part.role == "file" and part.path is not None:
                self.preview_text.setText(self.tr("File: %1").replace(
                    "%1", f"{draft.title}{part.path.suffix}"))
            else:
                self.preview_text.setText(part.text)
        self.copy_button.setText(self.tr("Copy %1 (%2/%3)  Ctrl+Enter").replace(
            "%1", kind + piece).replace("%2", str(self._next_part + 1)).replace(
            "%3", str(len(parts))))

    def copy_next(self) -> None:
        """Copy the next part of the kit; after the last one, ask to mark the step done."""
        if self._task is None:
            return
        part = self.current_part()
        if part is None:
            if self._task.kit.parts:
                self.confirmDoneRequested.emit()
            return
        self.copyRequested.emit(*part)

    def part_copied(self) -> None:
        """The page reports that the kit item requested last was copied completely."""
        self._next_part += 1
        self._update_kit()

    def sub_part_copied(self) -> None:
        """A multi-part item (a moments post) moved on to its next part."""
        self._update_kit()

    def _done(self) -> None:
        if self._task is not None:
            self.doneRequested.emit(self._task.task_id, self.note.text())
