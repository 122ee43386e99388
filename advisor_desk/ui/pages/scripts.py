"""话术 Scripts & Q&A: search as you type, filter by kind, scene, sales step and channel, read
the personalised preview, copy in one key; favourites, recently used and personal scripts
(an editable copy of an HQ script, or a new one)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QMessageBox, QPushButton

from advisor_desk.domain.library import CopyDraft, SearchFilter, SearchHit
from advisor_desk.ui import labels
from advisor_desk.ui.dialogs.edit_script import edit_script
from advisor_desk.ui.pages.library_base import LibraryPage


class ScriptsPage(LibraryPage):
    key = "scripts"
    kind = "script"
    has_mine_view = True

    def __init__(self, ui) -> None:
        super().__init__(ui)
        self.setObjectName("scriptsPage")

    def search_placeholder(self) -> str:
        return self.tr("Type a few characters or pinyin initials (e.g. 防晒, fs)…")

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("Nothing matches. Try fewer characters, or other filters.")
        return self.tr("No scripts yet. They appear here once HQ content has been imported "
                       "(同步), and your own scripts once you write one.")

    def extra_filters(self):
        self.type_filter = QComboBox(objectName="scriptKindFilter")
        self.type_filter.addItem(self.tr("Scripts and Q&A"), None)
        for key in ("script", "qa"):
            self.type_filter.addItem(labels.script_kind_label(key), key)
        self.scene = QComboBox(objectName="scriptSceneFilter")
        self.scene.addItem(self.tr("All scenes"), None)
        self.step = QComboBox(objectName="scriptStepFilter")
        self.step.addItem(self.tr("All sales steps"), None)
        for number, label in labels.sales_steps():
            self.step.addItem(label, number)
        self.channel = QComboBox(objectName="scriptChannelFilter")
        self.channel.addItem(self.tr("All channels"), None)
        for key, label in labels.channels():
            self.channel.addItem(label, key)
        self.new_button = QPushButton(self.tr("+ New script"), objectName="newScriptButton")
        self.new_button.setToolTip(self.tr("Write your own script (only you see it)"))
        self.new_button.clicked.connect(self._new)
        return [self.type_filter, self.scene, self.step, self.channel, self.new_button]

    def refresh_choices(self) -> None:
        self.fill_scenes(self.scene, self.tr("All scenes"))

    def search_filter(self) -> SearchFilter:
        kind = self.type_filter.currentData()
        return self.base_filter(types=(kind,) if kind else (), scene=self.scene.currentData(),
                                sales_step=self.step.currentData(),
                                channel=self.channel.currentData())

    def extra_actions(self) -> list[QPushButton]:
        self.own_copy = QPushButton(self.tr("Make my copy"), objectName="scriptOwnCopyButton")
        self.own_copy.setToolTip(self.tr("HQ scripts cannot be changed; make your own copy "
                                         "and edit that"))
        self.edit = QPushButton(self.tr("Edit"), objectName="scriptEditButton")
        self.delete = QPushButton(self.tr("Delete"), objectName="scriptDeleteButton")
        self.own_copy.clicked.connect(self._own_copy)
        self.edit.clicked.connect(self._edit)
        self.delete.clicked.connect(self._delete)
        return [self.own_copy, self.edit, self.delete]

    def show_detail(self, hit: SearchHit | None, draft: CopyDraft | None) -> None:
        personal = hit is not None and hit.origin == "personal"
        can_write = self.ui.state.advisor_id is not None
        self.own_copy.setVisible(hit is not None and not personal)
        self.own_copy.setEnabled(can_write)
        self.edit.setVisible(personal)
        self.delete.setVisible(personal)
        self.new_button.setEnabled(can_write)

    # ------------------------------------------------------------------ personal scripts
    def _own_copy(self) -> None:
        hit, me = self._current, self.ui.state.advisor_id
        if hit is None or me is None:
            return
        self.ui.ops.write(lambda desk: desk.library.copy_script(hit.uid, advisor_id=me),
                          initiator=self.own_copy,
                          success=lambda result: self._open_editor(result[0], created=True))

    def _new(self) -> None:
        if self.ui.state.advisor_id is not None:
            self._open_editor(None)

    def _edit(self) -> None:
        if self._current is not None:
            self._open_editor(self._current.uid)

    def _open_editor(self, uid: str | None, *, created: bool = False) -> None:
        saved = edit_script(self, self.ui, uid)  # the dialog saves through ui.ops
        if saved is None and not created:
            return
        new_uid = saved if saved is not None else uid  # the runner applied the changes
        self.refresh()  # the filters and the search stay as the advisor left them
        row = self.model.row_of(new_uid, "script")
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        else:
            self.ui.notify(self.tr("Saved. Your script is not among these results; it is "
                                   "under the view “Mine”."))

    def _delete(self) -> None:
        hit, state = self._current, self.ui.state
        if hit is None or state.advisor_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete script"),
            self.tr("Delete your script “%1”? This cannot be undone.").replace("%1", hit.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        me = state.advisor_id
        self.ui.ops.write(lambda desk: desk.library.delete_script(hit.uid, advisor_id=me),
                          initiator=self.delete, success=lambda _c: self._deleted())

    def _deleted(self) -> None:
        self.ui.notify(self.tr("Script deleted."))
        self._current = None
        self._mark_dirty()
