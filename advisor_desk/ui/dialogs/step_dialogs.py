"""Small dialogs of the Today page: why skip, snooze until when, leave from–to."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _heading(text: str) -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setProperty("role", "heading")
    return label


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class SkipDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("skipDialog")
        self.setWindowTitle(self.tr("Skip this step"))
        self.setMinimumWidth(440)
        self.reason = QComboBox(objectName="skipReason", editable=True)
        self.reason.addItems([self.tr("The customer asked not to be disturbed"),
                              self.tr("Already talked about it another way"),
                              self.tr("Not relevant for this customer any more"),
                              self.tr("The customer is travelling")])
        self.reason.setCurrentIndex(-1)
        self.reason.lineEdit().setPlaceholderText(self.tr("Pick or type a reason"))
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Why is this step skipped?")))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.currentTextChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.reason.currentText().strip()))


class SnoozeDialog(QDialog):
    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(parent)
        self.setObjectName("snoozeDialog")
        self.setWindowTitle(self.tr("Do it later"))
        self.setMinimumWidth(440)
        self.day = QDateEdit(_qdate(today + timedelta(days=1)), objectName="snoozeDate",
                             calendarPopup=True)
        self.day.setMinimumDate(_qdate(today + timedelta(days=1)))
        self.day.setMaximumDate(_qdate(today + timedelta(days=90)))
        quick = QHBoxLayout()
        for text, days in ((self.tr("Tomorrow"), 1), (self.tr("In 3 days"), 3),
                           (self.tr("Next week"), 7)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, d=days: self.day.setDate(
                _qdate(today + timedelta(days=d))))
            quick.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("When do you want to do it?")))
        layout.addLayout(quick)
        layout.addWidget(self.day)
        layout.addWidget(_buttons(self))

    def chosen(self) -> date:
        return _pydate(self.day.date())


class LeaveDialog(QDialog):
    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(parent)
        self.setObjectName("leaveDialog")
        self.setWindowTitle(self.tr("Record leave"))
        self.setMinimumWidth(440)
        self.start = QDateEdit(_qdate(today), objectName="leaveStart", calendarPopup=True)
        self.end = QDateEdit(_qdate(today + timedelta(days=1)), objectName="leaveEnd",
                             calendarPopup=True)
        self.note = QLineEdit(objectName="leaveNote")
        form = QFormLayout()
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To (inclusive)"), self.end)
        form.addRow(self.tr("Note"), self.note)
        hint = QLabel(self.tr("While you are away your queue pauses: nothing piles up as "
                              "overdue, and steps due in those days wait for your return."),
                      wordWrap=True)
        hint.setProperty("role", "dim")
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.windowTitle()))
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def chosen(self) -> tuple[date, date, str]:
        return _pydate(self.start.date()), _pydate(self.end.date()), self.note.text()


def ask_skip_reason(parent: QWidget | None) -> str | None:
    dialog = SkipDialog(parent)
    return dialog.reason.currentText().strip() if dialog.exec() else None


def ask_snooze(parent: QWidget | None, today: date) -> date | None:
    dialog = SnoozeDialog(parent, today)
    return dialog.chosen() if dialog.exec() else None


def ask_leave(parent: QWidget | None, today: date) -> tuple[date, date, str] | None:
    dialog = LeaveDialog(parent, today)
    return dialog.chosen() if dialog.exec() else None
