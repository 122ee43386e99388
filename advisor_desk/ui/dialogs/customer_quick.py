"""Quick capture from the keyboard: a new customer in one small dialog; a contact or a
purchase in one line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.customers import CustomerInput, NamedKey, TagInfo
from advisor_desk.ui import labels


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class AddCustomerDialog(QDialog):
    def __init__(self, parent: QWidget | None, stages: list[NamedKey],
                 tags: list[TagInfo]) -> None:
        super().__init__(parent)
        self.setObjectName("addCustomerDialog")
        self.setWindowTitle(self.tr("New customer"))
        self.name = QLineEdit(objectName="newName")
        self.salutation = QLineEdit(objectName="newSalutation")
        self.salutation.setPlaceholderText(self.tr("e.g. 王姐 / 李先生"))
        self.phone = QLineEdit(objectName="newPhone")
        self.source = QComboBox(objectName="newSource", editable=True)
        self.source.addItems([self.tr("Scanned at the counter"), self.tr("Live stream"),
                              self.tr("Referred by a friend"), self.tr("Xiaohongshu"),
                              self.tr("Mall event")])
        self.stage = QComboBox(objectName="newStage")
        self.stage.addItem(self.tr("(none)"), None)
        for s in stages:
            self.stage.addItem(s.name, s.key)
        self.tags = QListWidget(objectName="newTags")
        for t in tags:
            item = QListWidgetItem(f"{t.group_name}：{t.name}")
            item.setData(Qt.ItemDataRole.UserRole, t.uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.tags.addItem(item)
        self.tags.setMaximumHeight(150)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Form of address"), self.salutation)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Tags"), self.tags)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> tuple[CustomerInput, tuple[str, ...], str | None]:
        tags = tuple(self.tags.item(n).data(Qt.ItemDataRole.UserRole)
                     for n in range(self.tags.count())
                     if self.tags.item(n).checkState() == Qt.CheckState.Checked)
        return (CustomerInput(name=self.name.text(), salutation=self.salutation.text(),
                              phone=self.phone.text() or None,
                              source_channel=self.source.currentText()),
                tags, self.stage.currentData())


class ContactDialog(QDialog):
    """One line: what kind of contact and a short note; Enter saves."""

    def __init__(self, parent: QWidget | None, who: str) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.setWindowTitle(self.tr("Log a contact with %1").replace("%1", who))
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
        layout.addLayout(form)
        layout.addWidget(_buttons(self))


class PurchaseDialog(QDialog):
    def __init__(self, parent: QWidget | None, who: str) -> None:
        super().__init__(parent)
        self.setObjectName("purchaseDialog")
        self.setWindowTitle(self.tr("Record a purchase by %1").replace("%1", who))
        self.amount = QDoubleSpinBox(objectName="purchaseAmount", maximum=1_000_000,
                                     decimals=2, prefix="¥")
        self.items = QLineEdit(objectName="purchaseItems")
        self.items.setPlaceholderText(self.tr("What did they buy?"))
        form = QFormLayout()
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Items"), self.items)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def amount_fen(self) -> int:
        return round(self.amount.value() * 100)
