"""Erase a customer's data on request (PIPL): what goes, what stays, and why — the reason is
kept in the privacy log. Only offered to store managers (the service checks again)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

MAX_REASON = 200


class EraseCustomerDialog(QDialog):
    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setObjectName("eraseCustomerDialog")
        self.setWindowTitle(self.tr("Erase customer data"))
        self.setMinimumWidth(540)  # the reason's hint reads whole in English too
        intro = QLabel(self.tr("Erase the personal data of %1 on their request?").replace(
            "%1", name), wordWrap=True)
        intro.setProperty("role", "heading")
        what = QLabel(self.tr(
            "Name, phone, birthday, notes and the text of contacts and purchases are deleted "
            "for good, with tags and follow-ups. Anonymous counts stay (stage, purchases, "
            "contacts). A later import does not bring the customer back unless a store "
            "manager adds them again. Backups keep older copies until they rotate out."),
            wordWrap=True)
        what.setProperty("role", "dim")
        self.reason = QLineEdit(objectName="eraseReason")
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(self.tr("Why, for the privacy log (e.g. asked by phone "
                                               "on 12-07) — no names"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase = self.buttons.addButton(self.tr("Erase for good"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase.setObjectName("eraseConfirm")
        self.erase.setProperty("role", "primary")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(what)
        layout.addWidget(QLabel(self.tr("Reason")))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.erase.setEnabled(bool(self.reason.text().strip()))

    def reason_text(self) -> str:
        return self.reason.text().strip()
