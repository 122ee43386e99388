"""Write or edit one of your own scripts (HQ scripts are read-only: copy them first)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.changes import Changes
from advisor_desk.domain.library import ScriptFields
from advisor_desk.ui import labels
from advisor_desk.ui.context import UiContext

# the variables offered as buttons, with the fallback most scripts want
SNIPPETS = ("{称呼|亲}", "{姓名}", "{顾问}", "{门店}")


class EditScriptDialog(QDialog):
    def __init__(self, parent: QWidget | None, ui: UiContext, uid: str | None) -> None:
        super().__init__(parent)
        self.setObjectName("editScriptDialog")
        self.setWindowTitle(self.tr("My script") if uid else self.tr("New script"))
        self.resize(560, 520)
        self._ui, self._uid = ui, uid
        self.saved: str | None = None  # the uid saved (the changes went to DeskState)
        desk = ui.state.desk
        self.title_edit = QLineEdit(objectName="scriptTitleEdit")
        self.title_edit.setPlaceholderText(self.tr("A title or the customer's question"))
        self.kind = QComboBox(objectName="scriptKindEdit")
        for key in ("script", "qa"):
            self.kind.addItem(labels.script_kind_label(key), key)
        self.scene = QComboBox(objectName="scriptSceneEdit")
        self.scene.addItem(self.tr("(none)"), None)
        for scene in desk.library.scenes():
            self.scene.addItem(scene.name, scene.key)
        self.step = QComboBox(objectName="scriptStepEdit")
        self.step.addItem(self.tr("(none)"), None)
        for number, label in labels.sales_steps():
            self.step.addItem(label, number)
        self.channel = QComboBox(objectName="scriptChannelEdit")
        self.channel.addItem(self.tr("(any)"), None)
        for key, label in labels.channels():
            self.channel.addItem(label, key)
        self.keywords = QLineEdit(objectName="scriptKeywordsEdit")
        self.keywords.setPlaceholderText(self.tr("Words to find it by, separated by spaces"))
        self.body = QPlainTextEdit(objectName="scriptBodyEdit")
        self.body.setPlaceholderText(self.tr("The text to copy. {称呼|亲} becomes 王姐 for the "
                                             "current customer, or 亲 when there is none."))
        inserts = QHBoxLayout()
        inserts.addWidget(QLabel(self.tr("Insert:")))
        for snippet in SNIPPETS:
            button = QPushButton(snippet)
            button.setObjectName(f"insert_{snippet.strip('{}').split('|')[0]}")
            button.clicked.connect(lambda _c=False, s=snippet: self.body.insertPlainText(s))
            inserts.addWidget(button)
        inserts.addStretch(1)
        self.error = QLabel(objectName="scriptEditError", wordWrap=True)
        self.error.setStyleSheet("color:#b5462f")
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Scene"), self.scene)
        form.addRow(self.tr("Sales step"), self.step)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Keywords"), self.keywords)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("scriptSaveButton")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addLayout(inserts)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if uid is not None:
            self._load(uid)

    def _load(self, uid: str) -> None:
        script = self._ui.state.desk.library.script(uid)
        self.title_edit.setText(script.title)
        self.body.setPlainText(script.body)
        self.keywords.setText(" ".join(script.keywords))
        for combo, value in ((self.kind, script.kind), (self.scene, script.scene),
                             (self.step, script.sales_step), (self.channel, script.channel)):
            combo.setCurrentIndex(max(0, combo.findData(value)))

    def fields(self) -> ScriptFields:
        return ScriptFields(title=self.title_edit.text(), body=self.body.toPlainText(),
                            kind=self.kind.currentData(), scene=self.scene.currentData(),
                            sales_step=self.step.currentData(),
                            channel=self.channel.currentData(), keywords=self.keywords.text())

    def _save(self) -> None:
        me, uid, fields = self._ui.state.advisor_id, self._uid, self.fields()

        def save(desk) -> tuple[str, Changes]:
            if uid is None:
                return desk.library.new_script(fields, advisor_id=me)
            return uid, desk.library.update_script(uid, fields, advisor_id=me)

        self.error.clear()
        self._ui.ops.write(save, initiator=self.save_button, success=self._saved,
                           inline_error=self.error.setText)

    def _saved(self, result: tuple[str, Changes]) -> None:
        self.saved = result[0]
        self.accept()


def edit_script(parent: QWidget, ui: UiContext, uid: str | None) -> str | None:
    """Open the editor; the saved script's uid, or None when cancelled."""
    dialog = EditScriptDialog(parent, ui, uid)
    dialog.exec()
    return dialog.saved
