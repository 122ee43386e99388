"""Ctrl+K: one box over the whole library. Type, pick with the arrow keys, Enter copies the
item for the current customer, Esc closes - no mouse needed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from advisor_desk.domain.library import SearchFilter, SearchHit
from advisor_desk.ui import copying
from advisor_desk.ui.context import UiContext
from advisor_desk.ui.models.library_list import (
    HIGHLIGHT_ROLE,
    META_ROLE,
    SNIPPET_ROLE,
    LibraryListModel,
)
from advisor_desk.ui.widgets.two_line_delegate import TwoLineDelegate

DEBOUNCE_MS = 60
LIMIT = 50
_MOVES = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -8,
          Qt.Key.Key_PageDown: 8}


class QuickCopy(QDialog):
    def __init__(self, parent: QWidget, ui: UiContext) -> None:
        super().__init__(parent)
        self.setObjectName("quickCopy")
        self.setWindowTitle(self.tr("Quick copy"))
        self.setModal(True)
        self.resize(640, 460)
        self._ui = ui
        self._searched = ""
        self.scene_names: dict[str, str] | None = None
        self.search = QLineEdit(objectName="paletteSearch")
        self.search.setPlaceholderText(self.tr("Search scripts, Q&A, materials and coupons…"))
        self.search.setMinimumHeight(40)
        self.search.installEventFilter(self)
        self.model = LibraryListModel(self)
        self.results = QListView(objectName="paletteResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(TwoLineDelegate(SNIPPET_ROLE, META_ROLE, self.results,
                                                     HIGHLIGHT_ROLE))
        self.results.setUniformItemSizes(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing always goes to the box
        self.results.doubleClicked.connect(lambda _i: self.copy_current())
        self.results.selectionModel().currentChanged.connect(lambda *_: self._show_hint())
        self.hint = QLabel(objectName="paletteHint", wordWrap=True)
        self.hint.setProperty("role", "dim")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)

    @classmethod
    def open_for(cls, window, ui: UiContext) -> QuickCopy:
        palette = window.findChild(cls)
        if palette is None:
            palette = cls(window, ui)
        palette.search.clear()
        palette.scene_names = None  # read again once per opening, not per keystroke
        palette.refresh()
        palette.show()
        palette.raise_()
        palette.activateWindow()
        palette.search.setFocus()
        return palette

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in _MOVES:
                self._move(_MOVES[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._debounce.stop()
                if self.search.text() != self._searched:
                    self.refresh()
                self.copy_current()
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        rows = self.model.rowCount()
        if rows:
            row = min(max(self.results.currentIndex().row() + step, 0), rows - 1)
            self.results.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def refresh(self) -> None:
        state = self._ui.state
        if not state.is_ready:
            return
        self._searched = self.search.text()
        result = state.desk.library.search(self._searched, SearchFilter(),
                                           advisor_id=state.advisor_id, limit=LIMIT)
        if self.scene_names is None:
            self.scene_names = {s.key: s.name for s in state.desk.library.scenes()}
        self.model.set_rows(result.hits, self.scene_names, state.desk.clock.today(),
                            result.terms)
        if result.hits:
            self._move(-LIMIT)
        self._show_hint()

    def current(self) -> SearchHit | None:
        return self.model.hit_at(self.results.currentIndex().row())

    def _show_hint(self) -> None:
        state = self._ui.state
        customer = state.customer
        who = (self.tr("For %1").replace("%1", customer.salutation or customer.display_name)
               if customer else self.tr("No customer chosen (greetings use their default)"))
        keys = self.tr("↑↓ choose · Enter copy · Esc close")
        hit = self.current()
        if hit is None:
            text = self.tr("Nothing matches: fewer characters, or pinyin initials such as fss, "
                           "find more.") if self.search.text().strip() else ""
            self.hint.setText(" · ".join(t for t in (text, who, keys) if t))
            return
        index = copying.next_part(state, hit.kind, hit.uid)
        if index:
            self.hint.setText(self.tr("Next: part %1 of this item · Enter copies it").replace(
                "%1", str(index + 1)) + " · " + who)
        else:
            self.hint.setText(f"{who} · {keys}")

    def copy_current(self) -> None:
        hit = self.current()
        if hit is not None:
            copying.copy_item(self._ui, self, hit.kind, hit.uid, initiator=self.results,
                              on_copied=lambda _o: self._copied(hit))

    def _copied(self, hit: SearchHit) -> None:
        if copying.next_part(self._ui.state, hit.kind, hit.uid):
            self._show_hint()  # a moments post: stay for the next part
        else:
            self.accept()
