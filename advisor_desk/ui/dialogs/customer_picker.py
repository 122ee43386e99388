"""Pick the current customer (Ctrl+P): type a name, remark, pinyin initials or phone tail.
Every customer the advisor may see (a manager: the whole store), each with stage, last
contact and the next step's date; a note says when more match outside the advisor's scope."""

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

from advisor_desk.domain.people import CustomerCard, CustomerPick
from advisor_desk.ui.state import DeskState


class CustomerPicker(QDialog):
    def __init__(self, parent: QWidget | None, state: DeskState) -> None:
        super().__init__(parent)
        self.setObjectName("customerPicker")
        self.setWindowTitle(self.tr("Choose the current customer"))
        self.resize(520, 480)
        self._state = state
        self.chosen: CustomerCard | None = None
        self.search = QLineEdit(objectName="customerSearch", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Name, remark, initials (e.g. wxy) or last "
                                               "digits of the phone"))
        self.results = QListWidget(objectName="customerResults")
        self.results.setSpacing(3)  # two lines per customer: keep them apart
        self.hint = QLabel(objectName="customerHint", wordWrap=True)
        self.hint.setProperty("role", "dim")
        self.outside = QLabel(objectName="customerOutside", wordWrap=True)
        self.outside.setProperty("role", "dim")
        self.outside.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.outside)
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
        matches = self._state.desk.customers.pick(self.search.text(),
                                                  advisor=self._state.advisor)
        self._cards = [p.card for p in matches.picks]
        self.results.clear()
        for pick in matches.picks:
            item = QListWidgetItem(self._label(pick))
            item.setData(Qt.ItemDataRole.UserRole, pick.card.id)
            self.results.addItem(item)
        self.outside.setVisible(matches.outside > 0)
        if matches.outside:
            self.outside.setText(self.tr(
                "%1 more customers match but belong to other advisors; ask the store "
                "manager.").replace("%1", str(matches.outside)))
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

    def _label(self, pick: CustomerPick) -> str:
        card = pick.card
        label = card.display_name
        if card.salutation and card.salutation not in label:
            label = f"{label}（{card.salutation}）"
        if card.phone_masked:
            label = f"{label}    {card.phone_masked}"
        facts = [pick.stage] if pick.stage else []
        if pick.last_contact_days is None:
            facts.append(self.tr("never contacted"))
        elif pick.last_contact_days == 0:
            facts.append(self.tr("contacted today"))
        else:
            facts.append(self.tr("last contact %1 days ago").replace(
                "%1", str(pick.last_contact_days)))
        if pick.next_step_on is not None:
            day = pick.next_step_on
            facts.append(self.tr("next step %1").replace(
                "%1", self.tr("%1/%2").replace("%1", str(day.month)).replace(
                    "%2", str(day.day))))
        return f"{label}\n    " + " · ".join(facts)
