"""Quick capture from the keyboard: a new customer in one small dialog; a contact or a
purchase in one line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.customers import CustomerInput, NamedKey, TagInfo
from advisor_desk.domain.errors import DeskError
from advisor_desk.ui import labels, validation
from advisor_desk.ui.errors import describe
from advisor_desk.ui.widgets.tag_editor import TagEditor

if TYPE_CHECKING:
    from advisor_desk.ui.operations import OperationRunner


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _heading(text: str) -> QLabel:
    """The dialog says what it is for inside, too (title bars are small and often unread)."""
    label = QLabel(text, wordWrap=True)
    label.setProperty("role", "heading")
    return label


class AddCustomerDialog(QDialog):
    """A new customer. OK saves through ``save`` and closes only when that worked; a problem
    is shown under the form with its field marked, and everything typed stays."""

    def __init__(self, parent: QWidget | None, stages: list[NamedKey],
                 tags: list[TagInfo],
                 save: Callable[[CustomerInput, tuple[str, ...], str | None], object]
                 | None = None, log_file: Path | None = None,
                 ops: OperationRunner | None = None,
                 second_try: Callable[[DeskError], Callable | None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addCustomerDialog")
        self.setWindowTitle(self.tr("New customer"))
        self.setMinimumWidth(560)
        self._save, self._log_file, self._ops = save, log_file, ops
        # a refusal the user may override on purpose (a manager re-adding a customer erased
        # on request): ``second_try(exc)`` asks and returns the save to run instead, or None
        self._second_try = second_try
        self.saved: object = None
        self.name = QLineEdit(objectName="newName")
        self.name.setPlaceholderText(self.tr("name or WeCom remark, e.g. 王晓燕"))
        self.salutation = QLineEdit(objectName="newSalutation")
        self.salutation.setPlaceholderText(self.tr("e.g. 王姐 / 李先生"))
        self.phone = QLineEdit(objectName="newPhone")
        self.phone.setPlaceholderText(self.tr("optional, 11 digits"))
        self.source = QComboBox(objectName="newSource", editable=True)
        self.source.addItems([self.tr("Scanned at the counter"), self.tr("Live stream"),
                              self.tr("Referred by a friend"), self.tr("Xiaohongshu"),
                              self.tr("Mall event")])
        self.stage = QComboBox(objectName="newStage")
        self.stage.addItem(self.tr("(none)"), None)
        for s in stages:
            self.stage.addItem(s.name, s.key)
        self.tags = TagEditor()
        self.tags.setObjectName("newTags")
        self.tags.local = True
        self.tags.show_tags(tags, ())
        tag_scroll = QScrollArea(objectName="newTagsScroll", widgetResizable=True)
        tag_scroll.setWidget(self.tags)
        tag_scroll.setMinimumHeight(160)
        self.error = validation.error_label("newCustomerError")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Form of address"), self.salutation)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Stage"), self.stage)
        buttons = _buttons(self)
        buttons.accepted.disconnect()
        buttons.accepted.connect(self.submit)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add customer"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Tags")))
        layout.addWidget(tag_scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, 600)

    def values(self) -> tuple[CustomerInput, tuple[str, ...], str | None]:
        return (CustomerInput(name=self.name.text(), salutation=self.salutation.text(),
                              phone=self.phone.text() or None,
                              source_channel=self.source.currentText()),
                self.tags.selected(), self.stage.currentData())

    def submit(self) -> None:
        """Save; stay open with the field marked when the values are not acceptable."""
        validation.clear(self.error, self.name, self.phone)
        if self._save is None:
            self.accept()
            return
        values = self.values()
        if self._ops is not None:  # the window's writer thread, like every write
            self._write(self._save, values)
            return
        try:
            self.saved = self._save(*values)
        except DeskError as exc:
            self._problem(exc)
            return
        self.accept()

    def _write(self, save: Callable, values: tuple) -> None:
        def refused(exc: DeskError) -> None:
            again = self._second_try(exc) if self._second_try is not None else None
            if again is None:
                self._problem(exc)
            else:
                self._write(again, values)

        self._ops.write(lambda _desk: save(*values), initiator=self.ok_button,
                        success=self._saved, inline_error=refused)

    def _problem(self, exc: DeskError) -> None:
        field = {"name": self.name, "phone": self.phone}.get(exc.params.get("field"))
        validation.mark(field, self.error, describe(exc, self._log_file or Path()))

    def _saved(self, result: object) -> None:
        self.saved = result
        self.accept()


class ContactDialog(QDialog):
    """One line: what kind of contact and a short note; Enter saves."""

    def __init__(self, parent: QWidget | None, who: str) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.setWindowTitle(self.tr("Log a contact with %1").replace("%1", who))
        self.setMinimumWidth(440)
        self.kind = QComboBox(objectName="contactKind")
        for key, label in labels.contact_kinds():
            self.kind.addItem(label, key)
        self.note = QLineEdit(objectName="contactNote")
        self.note.setPlaceholderText(self.tr("What was it about?"))
        self.note.returnPressed.connect(self.accept)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.windowTitle()))
        layout.addLayout(form)
        layout.addWidget(_buttons(self))


class PurchaseDialog(QDialog):
    def __init__(self, parent: QWidget | None, who: str) -> None:
        super().__init__(parent)
        self.setObjectName("purchaseDialog")
        self.setWindowTitle(self.tr("Record a purchase by %1").replace("%1", who))
        self.setMinimumWidth(440)
        self.amount = QDoubleSpinBox(objectName="purchaseAmount", maximum=1_000_000,
                                     decimals=2, prefix="¥")
        self.items = QLineEdit(objectName="purchaseItems")
        self.items.setPlaceholderText(self.tr("What did they buy?"))
        form = QFormLayout()
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Items"), self.items)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.windowTitle()))
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def amount_fen(self) -> int:
        return round(self.amount.value() * 100)
