"""The trusted HQ keys: listed for everyone, added and removed by a store manager only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.errors import DeskError
from advisor_desk.domain.packs import TrustedKey
from advisor_desk.ui.context import UiContext
from advisor_desk.ui.dialogs.trust_key import TrustKeyDialog


class TrustedKeysPanel(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trustedKeysPanel")
        self.ui = ui
        self._keys: list[TrustedKey] = []
        self.table = QTableWidget(0, 4, objectName="trustedKeys")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Key id"),
                                              self.tr("May sign"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add HQ key…"), objectName="addKeyButton")
        self.remove_button = QPushButton(self.tr("Remove key"), objectName="removeKeyButton")
        self.note = QLabel(objectName="keysNote", wordWrap=True)
        self.note.setProperty("role", "dim")
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_key())
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        ui.state.advisorChanged.connect(lambda _a: self._update_buttons())
        self._update_buttons()

    def _is_manager(self) -> bool:
        advisor = self.ui.state.advisor
        return advisor is not None and advisor.is_manager

    def _update_buttons(self) -> None:
        manager = self._is_manager()
        self.add_button.setEnabled(manager)
        row = self.table.currentRow()
        key = self._keys[row] if 0 <= row < len(self._keys) else None
        self.remove_button.setEnabled(manager and key is not None and key.active
                                      and not key.demo)
        self.note.setText("" if manager else self.tr(
            "Only a store manager can add or remove keys."))

    def refresh(self) -> None:
        self._keys = self.ui.state.desk.trust.list_keys()
        self.table.setRowCount(len(self._keys))
        for row, key in enumerate(self._keys):
            if key.demo:
                status = self.tr("Demo mode only")
            elif key.revoked_at is not None:
                status = self.tr("Removed %1").replace(
                    "%1", f"{key.revoked_at.astimezone():%Y-%m-%d}")
            else:
                status = self.tr("Trusted")
            scope = "  ".join(f"{p}*" for p in key.prefixes) or self.tr("Any pack")
            for col, text in enumerate((key.label or "—", key.key_id, scope, status)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def add_key(self, path: Path | None = None) -> None:
        if not self._is_manager():
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose HQ's public key file"), "",
                self.tr("Public key (*.pub *.json *.pem);;All files (*)"))
            if not name:
                return
            path = Path(name)
        desk, session = self.ui.state.desk, self.ui.state.session
        try:
            info = desk.trust.read_key_file(path)  # a small file: read here
        except DeskError as exc:
            self.ui.show_error(exc)
            return
        dialog = TrustKeyDialog(self, info.key_id, info.label)
        if not dialog.exec():
            return
        prefixes, label = dialog.chosen_prefixes(), dialog.label.text()
        self.ui.ops.write(lambda d: d.trust.add(path, prefixes, label, session=session),
                          initiator=self.add_button,
                          success=lambda result: self.ui.notify(self.tr(
                              "Key %1 is now trusted.").replace(
                              "%1", result[0].label or result[0].key_id)))

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if not self._is_manager() or not 0 <= row < len(self._keys):
            return
        key = self._keys[row]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove key"),
                          self.tr("Remove %1? New packs signed with it will be refused; content "
                                  "already imported stays.").replace("%1",
                                                                     key.label or key.key_id),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("removeKeyConfirm")
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        session = self.ui.state.session
        self.ui.ops.write(lambda desk: desk.trust.remove(key.key_id, session=session),
                          initiator=self.remove_button)
