"""Write or edit one of your own scripts (HQ scripts are read-only: copy them first)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.changes import Changes
from advisor_desk.domain.errors import DeskError
from advisor_desk.domain.library import ScriptFields
from advisor_desk.ui import labels
from advisor_desk.ui.context import UiContext
from advisor_desk.ui.errors import describe

# what the Insert menu offers: (label, objectName suffix, the template text HQ's syntax
# needs). Staff pick a word; the {…} syntax stays for HQ's spreadsheets.
SNIPPETS = (
    (QT_TRANSLATE_NOOP("EditScriptDialog", "Form of address (王姐, or 亲 when unknown)"),
     "称呼", "{称呼|亲}"),
    (QT_TRANSLATE_NOOP("EditScriptDialog", "Customer's name"), "姓名", "{姓名|亲}"),
    (QT_TRANSLATE_NOOP("EditScriptDialog", "Coupon code (asked when copying)"), "券码",
     "{券码}"),
    (QT_TRANSLATE_NOOP("EditScriptDialog", "Your name"), "顾问", "{顾问}"),
    (QT_TRANSLATE_NOOP("EditScriptDialog", "Store name"), "门店", "{门店}"),
)


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
        self.body.setPlaceholderText(self.tr(
            "The text to copy. “Insert” adds the customer's form of address, name or a coupon "
            "code: they are filled in for the customer when you copy."))
        self.insert_button = QPushButton(self.tr("Insert ▾"), objectName="insertMenuButton")
        menu = QMenu(self.insert_button, objectName="insertMenu")
        for label, key, snippet in SNIPPETS:
            action = menu.addAction(self.tr(label))
            action.setObjectName(f"insert_{key}")
            action.triggered.connect(lambda _c=False, s=snippet: self._insert(s))
        self.insert_button.setMenu(menu)
        inserts = QHBoxLayout()
        inserts.addWidget(self.insert_button)
        inserts.addWidget(QLabel(self.tr("e.g. “Hello” then Insert › Form of address gives "
                                         "“Hello 王姐” when copied for 王姐."), wordWrap=True), 1)
        self.error = QLabel(objectName="scriptEditError", wordWrap=True)
        self.error.setProperty("role", "fieldError")
        self.error.hide()  # no empty pink bar: only a sentence shows it
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

    def _insert(self, snippet: str) -> None:
        self.body.insertPlainText(snippet)
        self.body.setFocus()

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
        self.error.hide()
        self._ui.ops.write(save, initiator=self.save_button, success=self._saved,
                           inline_error=self._problem)

    def _problem(self, exc: DeskError) -> None:
        self.error.setText(describe(exc, self._ui.log_file))
        self.error.show()

    def _saved(self, result: tuple[str, Changes]) -> None:
        self.saved = result[0]
        self.accept()


def edit_script(parent: QWidget, ui: UiContext, uid: str | None) -> str | None:
    """Open the editor; the saved script's uid, or None when cancelled."""
    dialog = EditScriptDialog(parent, ui, uid)
    dialog.exec()
    return dialog.saved
