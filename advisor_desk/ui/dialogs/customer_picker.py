"""Pick the current customer: type a name, remark, pinyin initials or phone tail."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.people import CustomerCard
from advisor_desk.ui.state import DeskState


class CustomerPicker(QDialog):
    def __init__(self, parent: QWidget | None, state: DeskState) -> None:
        super().__init__(parent)
        self.setObjectName("customerPicker")
        self.setWindowTitle(self.tr("Choose the current customer"))
        self.resize(460, 480)
        self._state = state
        self.chosen: CustomerCard | None = None
        self.search = QLineEdit(objectName="customerSearch", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Name, remark, initials (e.g. wxy) or last "
                                               "digits of the phone"))
        self.results = QListWidget(objectName="customerResults")
        self.hint = QLabel(objectName="customerHint", wordWrap=True)
        self.hint.setProperty("role", "dim")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self._refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._choose)
        self.results.itemActivated.connect(lambda _item: self._choose())
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self._focus_results,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self._cards: list[CustomerCard] = []
        self._refresh()

    def _focus_results(self) -> None:
        self.results.setFocus()
        if self.results.count() and self.results.currentRow() < 0:
            self.results.setCurrentRow(0)

    def _refresh(self) -> None:
        self._cards = self._state.desk.customers.find(self.search.text(),
                                                      advisor_id=self._state.advisor_id)
        self.results.clear()
        for card in self._cards:
            label = card.display_name
            if card.salutation and card.salutation not in label:
                label = f"{label}（{card.salutation}）"
            if card.phone_masked:
                label = f"{label}    {card.phone_masked}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, card.id)
            self.results.addItem(item)
        if self._cards:
            self.results.setCurrentRow(0)
            self.hint.setText(self.tr("Enter chooses the highlighted customer."))
        else:
            self.hint.setText(self.tr("No customer matches."))

    def _choose(self) -> None:
        row = self.results.currentRow()
        if 0 <= row < len(self._cards):
            self.chosen = self._cards[row]
            self.accept()
