"""Add a trusted HQ key: shows the key from the chosen file and asks which packs it may sign."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class TrustKeyDialog(QDialog):
    def __init__(self, parent: QWidget | None, key_id: str, label: str) -> None:
        super().__init__(parent)
        self.setObjectName("trustKeyDialog")
        self.setWindowTitle(self.tr("Trust an HQ key"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("Only add a key that HQ gave you directly (USB stick, the "
                               "company mailbox). Packs signed with it will be accepted."),
                       wordWrap=True)
        key = QLabel(key_id, objectName="trustKeyId")
        key.setProperty("role", "heading")
        self.label = QLineEdit(label, objectName="trustKeyLabel")
        self.label.setPlaceholderText(self.tr("e.g. 沁研总部"))
        self.prefixes = QLineEdit(objectName="trustKeyPrefixes")
        self.prefixes.setPlaceholderText(self.tr("e.g. qinyan.  (empty: any pack)"))
        hint = QLabel(self.tr("The key may sign only packs whose id starts with one of these "
                              "(separate several with spaces)."), wordWrap=True)
        hint.setProperty("role", "dim")
        form = QFormLayout()
        form.addRow(self.tr("Key id"), key)
        form.addRow(self.tr("Name"), self.label)
        form.addRow(self.tr("Pack ids"), self.prefixes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Trust this key"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def chosen_prefixes(self) -> tuple[str, ...]:
        return tuple(p for p in self.prefixes.text().replace("，", " ").replace(",", " ").split()
                     if p)
