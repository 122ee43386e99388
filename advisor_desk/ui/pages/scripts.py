"""话术 Scripts & Q&A: filter the library, read the personalised preview, copy in one key."""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain import templates
from advisor_desk.domain.changes import Changes
from advisor_desk.domain.library import ScriptFilter
from advisor_desk.ui import clipboard, labels
from advisor_desk.ui.context import UiContext
from advisor_desk.ui.dialogs.fill_variables import ask_values
from advisor_desk.ui.models.script_list import META_ROLE, SNIPPET_ROLE, ScriptListModel
from advisor_desk.ui.pages.base import Page
from advisor_desk.ui.widgets.two_line_delegate import TwoLineDelegate

SEARCH_DEBOUNCE_MS = 150
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"  # private-use sentinels around a missing variable


class ScriptsPage(Page):
    key = "scripts"

    def __init__(self, ui: UiContext) -> None:
        super().__init__(ui)
        self.setObjectName("scriptsPage")
        self._scene_names: dict[str, str] = {}
        self._current_uid: str | None = None
        self._build()
        ui.state.customerChanged.connect(lambda _c: self._show_detail(self._current_uid))
        ui.state.advisorChanged.connect(lambda _a: self._mark_dirty())

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.search = QLineEdit(objectName="scriptSearch", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Filter scripts by words…"))
        self.scene = QComboBox(objectName="sceneFilter")
        self.step = QComboBox(objectName="stepFilter")
        self.channel = QComboBox(objectName="channelFilter")
        self.kind = QComboBox(objectName="kindFilter")
        self.count = QLabel(objectName="scriptCount")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.kind, self.scene, self.step, self.channel):
            combo.setMinimumContentsLength(6)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(combo)
        filters.addWidget(self.count)

        self.model = ScriptListModel(self)
        self.list = QListView(objectName="scriptList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(TwoLineDelegate(SNIPPET_ROLE, META_ROLE, self.list))
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.empty = QLabel(objectName="scriptsEmpty", alignment=Qt.AlignmentFlag.AlignCenter,
                            wordWrap=True)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list)
        self.list_stack.addWidget(self.empty)

        self.detail_title = QLabel(objectName="scriptTitle", wordWrap=True)
        self.detail_title.setProperty("role", "heading")
        self.detail_meta = QLabel(objectName="scriptMeta", wordWrap=True)
        self.detail_meta.setProperty("role", "dim")
        self.personal_note = QLabel(objectName="personalisationNote", wordWrap=True)
        self.personal_note.setProperty("role", "dim")
        self.preview = QTextBrowser(objectName="scriptPreview")
        self.preview.setOpenLinks(False)
        self.copy_button = QPushButton(self.tr("Copy  (Enter)"), objectName="copyButton")
        self.copy_button.setProperty("role", "primary")
        self.copy_button.setMinimumHeight(44)
        detail = QWidget(objectName="scriptDetail")
        box = QVBoxLayout(detail)
        box.addWidget(self.detail_title)
        box.addWidget(self.detail_meta)
        box.addWidget(self.preview, 1)
        box.addWidget(self.personal_note)
        box.addWidget(self.copy_button)

        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="scriptsSplitter")
        splitter.addWidget(self.list_stack)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.copy_current)
        for combo in (self.kind, self.scene, self.step, self.channel):
            combo.currentIndexChanged.connect(self.refresh)
        self.list.selectionModel().currentChanged.connect(
            lambda cur, _prev: self._show_detail(self.model.uid_at(cur.row())))
        self.list.doubleClicked.connect(lambda _i: self.copy_current())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.list, self.copy_current,
                      context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self.list.setFocus,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.copy_button.clicked.connect(self.copy_current)
        self._fill_static_filters()
        self._show_detail(None)

    def _fill_static_filters(self) -> None:
        self.kind.addItem(self.tr("Scripts and Q&A"), None)
        self.kind.addItem(labels.script_kind_label("script"), "script")
        self.kind.addItem(labels.script_kind_label("qa"), "qa")
        self.step.addItem(self.tr("All sales steps"), None)
        for number, label in labels.sales_steps():
            self.step.addItem(label, number)
        self.channel.addItem(self.tr("All channels"), None)
        for key, label in labels.channels():
            self.channel.addItem(label, key)
        self.scene.addItem(self.tr("All scenes"), None)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def cares_about(self, changes: Changes) -> bool:
        return changes.library or changes.tags or changes.advisors

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        if not self.ui.state.is_ready:
            return
        desk = self.ui.state.desk
        scenes = desk.library.scenes()
        self._scene_names = {s.key: s.name for s in scenes}
        if self.scene.count() != len(scenes) + 1:
            current = self.scene.currentData()
            self.scene.blockSignals(True)
            self.scene.clear()
            self.scene.addItem(self.tr("All scenes"), None)
            for s in scenes:
                self.scene.addItem(s.name, s.key)
            self.scene.setCurrentIndex(max(0, self.scene.findData(current)))
            self.scene.blockSignals(False)
        flt = ScriptFilter(scene=self.scene.currentData(), sales_step=self.step.currentData(),
                           channel=self.channel.currentData(), kind=self.kind.currentData(),
                           text=self.search.text())
        rows = desk.library.scripts(flt, advisor_id=self.ui.state.advisor_id)
        self.model.set_rows(rows, self._scene_names)
        self.count.setText(self.tr("%n item(s)", "", len(rows)))
        if rows:
            self.list_stack.setCurrentWidget(self.list)
            row = max(0, self.model.row_of(self._current_uid)) if self._current_uid else 0
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            filtered = bool(flt.text or flt.scene or flt.sales_step or flt.channel or flt.kind)
            self.empty.setText(self.tr("No scripts match these filters.") if filtered else
                               self.tr("No scripts yet. They appear here once HQ content has "
                                       "been imported (同步)."))
            self.list_stack.setCurrentWidget(self.empty)
            self._show_detail(None)

    def _show_detail(self, uid: str | None) -> None:
        self._current_uid = uid
        self.copy_button.setEnabled(uid is not None)
        if uid is None or not self.ui.state.is_ready:
            self.detail_title.setText(self.tr("Pick a script on the left"))
            self.detail_meta.clear()
            self.preview.clear()
            self.personal_note.clear()
            return
        desk, state = self.ui.state.desk, self.ui.state
        detail = desk.library.script(uid)
        self.detail_title.setText(detail.title)
        meta = [labels.script_kind_label(detail.kind)]
        meta += [x for x in (detail.scene_name, labels.step_label(detail.sales_step),
                             labels.channel_label(detail.channel)) if x]
        meta.append(self.tr("used %n time(s)", "", detail.use_count))
        self.detail_meta.setText(" · ".join(meta))
        values = desk.library.variables(advisor_id=state.advisor_id,
                                        customer_id=state.customer_id)
        rendered = templates.render(detail.body, values,
                                    missing_marker=lambda n: f"{MARK_OPEN}{n}{MARK_CLOSE}")
        body = html.escape(rendered.text).replace("\n", "<br>")
        body = body.replace(MARK_OPEN, '<span style="background:#ffe9a8;color:#7a4b00">［') \
                   .replace(MARK_CLOSE, "］</span>")
        self.preview.setHtml(f'<div style="line-height:150%">{body}</div>')
        customer = state.customer
        if customer is not None:
            self.personal_note.setText(self.tr("Personalised for %1").replace(
                "%1", customer.salutation or customer.display_name))
        else:
            self.personal_note.setText(self.tr("No customer selected: the greeting uses its "
                                               "default (e.g. 亲)."))

    # ------------------------------------------------------------------ copy
    def copy_current(self) -> None:
        uid = self._current_uid
        state = self.ui.state
        if uid is None or not state.is_ready:
            return
        library = state.desk.library
        try:
            result = library.render_script(uid, advisor_id=state.advisor_id,
                                           customer_id=state.customer_id)
            if result.missing:
                answers = ask_values(self, result.missing)
                if answers is None:
                    return
                result = library.render_script(uid, advisor_id=state.advisor_id,
                                               customer_id=state.customer_id, answers=answers)
                if result.missing:
                    return
            if not clipboard.put_text(result.text):
                self.ui.notify(self.tr("The clipboard is busy (another program holds it). "
                                       "Please try again."))
                return
            changes = library.record_copy("script", uid, advisor_id=state.advisor_id,
                                          customer_id=state.customer_id)
        except Exception as exc:
            self.ui.show_error(exc)
            return
        self.ui.notify(self.tr("Copied. Paste it into the chat (Ctrl+V)."))
        state.apply(changes)
