"""What the Scripts & Q&A, Materials and Coupons pages share: search as you type, filters, a
result list, a detail pane with the preview exactly as it will be copied for the current
customer, and Copy by button, Enter or double-click.

Searching runs on the GUI thread after a short pause in typing: a search is a few
milliseconds even at 100,000 items (tests/benchmarks/test_search.py), less than a thread hop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
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

from advisor_desk.domain.changes import Changes
from advisor_desk.domain.errors import NotFound
from advisor_desk.domain.library import CopyDraft, SearchFilter, SearchHit
from advisor_desk.ui import copying
from advisor_desk.ui.context import UiContext
from advisor_desk.ui.models.library_list import (
    HIGHLIGHT_ROLE,
    META_ROLE,
    SNIPPET_ROLE,
    LibraryListModel,
)
from advisor_desk.ui.pages.base import Page
from advisor_desk.ui.widgets import copy_preview
from advisor_desk.ui.widgets.copy_preview import MARK_CLOSE, MARK_OPEN
from advisor_desk.ui.widgets.empty_state import centred_column
from advisor_desk.ui.widgets.filter_chips import FilterChips
from advisor_desk.ui.widgets.two_line_delegate import TwoLineDelegate

SEARCH_DEBOUNCE_MS = 100
PAGE_LIMIT = 200  # a result page; more words narrow it


class LibraryPage(Page):
    kind = ""  # script | material | coupon (the library kind this page shows)
    has_mine_view = False
    has_expired_filter = False

    def __init__(self, ui: UiContext) -> None:
        super().__init__(ui)
        self._scene_names: dict[str, str] = {}
        self._current: SearchHit | None = None
        self._draft: CopyDraft | None = None
        self._build()
        ui.state.customerChanged.connect(lambda _c: self._customer_changed())
        ui.state.advisorChanged.connect(lambda _a: self._mark_dirty())
        if ui.state.is_ready:  # built to be shown: have the list ready (a few ms)
            self._refresh_now()

    # ------------------------------------------------------------------ hooks (pages refine)
    def search_placeholder(self) -> str:
        return self.tr("Type a few characters or pinyin initials…")

    def empty_text(self, filtered: bool) -> str:
        return self.tr("Nothing matches. Try fewer characters, or other filters.") if filtered \
            else self.tr("Nothing here yet. It appears once HQ content is imported (同步).")

    def extra_filters(self) -> list[QWidget]:
        """Page-specific filter widgets (combos); their changes re-run the search."""
        return []

    def search_filter(self) -> SearchFilter:  # the page's own filters narrow it
        return self.base_filter()

    def build_detail(self, box: QVBoxLayout) -> None:
        """Add the page's own detail widgets (between the heading and the buttons)."""

    def show_detail(self, hit: SearchHit | None, draft: CopyDraft | None) -> None:
        """Fill the page's own detail widgets."""

    def extra_actions(self) -> list[QPushButton]:
        return []
    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        k = self.kind
        self.search = QLineEdit(objectName=f"{k}Search", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.search_placeholder())
        self.view = QComboBox(objectName=f"{k}View")
        self.view.addItem(self.tr("All"), "all")
        self.view.addItem(self.tr("★ Favourites"), "favourites")
        self.view.addItem(self.tr("Recently used"), "recent")
        if self.has_mine_view:
            self.view.addItem(self.tr("Mine"), "mine")
        self.expired = QCheckBox(self.tr("Show expired"), objectName=f"{k}ShowExpired")
        self.expired.setToolTip(self.tr("Also show items outside their validity dates"))
        self.expired.setVisible(self.has_expired_filter)
        self.count = QLabel(objectName=f"{k}Count")
        self.count.setProperty("role", "dim")
        self.search.setMinimumHeight(38)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        row = QHBoxLayout()
        extras = self.extra_filters()
        self.filter_combos = [self.view, *(w for w in extras if isinstance(w, QComboBox))]
        for combo in self.filter_combos:
            combo.setMinimumContentsLength(4)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.refresh)
            row.addWidget(combo)
        row.addWidget(self.expired)
        row.addStretch(1)
        for button in (w for w in extras if not isinstance(w, QComboBox)):
            row.addWidget(button)
        self.expired.toggled.connect(self.refresh)

        self.model = LibraryListModel(self)
        self.list = QListView(objectName=f"{k}List")
        self.list.setModel(self.model)
        self.list.setItemDelegate(TwoLineDelegate(SNIPPET_ROLE, META_ROLE, self.list,
                                                  HIGHLIGHT_ROLE))
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.empty = QLabel(objectName=f"{k}Empty", alignment=Qt.AlignmentFlag.AlignCenter,
                            wordWrap=True)
        self.empty.setProperty("role", "dim")
        self.search_all = QPushButton(self.tr("Search all"), objectName=f"{k}SearchAll")
        self.search_all.setToolTip(self.tr("Remove every filter and search again"))
        self.search_all.clicked.connect(self.clear_filters)
        self.import_pack = QPushButton(self.tr("Import HQ's pack…"), objectName=f"{k}ImportPack")
        self.import_pack.setProperty("role", "primary")
        self.import_pack.clicked.connect(lambda: self.ui.state.pageRequested.emit("sync"))
        self.empty_page = empty_page = centred_column(self.empty, self.search_all,
                                                      self.import_pack)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list)
        self.list_stack.addWidget(empty_page)
        self.chips = FilterChips(k)

        detail = QWidget(objectName=f"{k}Detail")
        box = QVBoxLayout(detail)
        self.title = QLabel(objectName=f"{k}Title", wordWrap=True,
                            textFormat=Qt.TextFormat.RichText)
        self.title.setProperty("role", "heading")
        self.meta = QLabel(objectName=f"{k}Meta", wordWrap=True,
                           textFormat=Qt.TextFormat.RichText)  # a matched keyword: highlighted
        self.meta.setProperty("role", "dim")
        self.preview = QTextBrowser(objectName=f"{k}Preview")
        self.preview.setOpenLinks(False)
        self.note = QLabel(objectName=f"{k}Note", wordWrap=True)
        self.note.setProperty("role", "dim")
        box.addWidget(self.title)
        box.addWidget(self.meta)
        self.build_detail(box)
        box.addWidget(self.preview, 1)
        box.addWidget(self.note)
        self.copy_button = QPushButton(objectName=f"{k}CopyButton")
        self.copy_button.setProperty("role", "primary")
        self.copy_button.setMinimumHeight(44)
        self.favourite = QPushButton(objectName=f"{k}FavouriteButton", checkable=True)
        self.favourite.setMinimumHeight(44)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button, 1)
        buttons.addWidget(self.favourite)
        for button in self.extra_actions():
            button.setMinimumHeight(44)
            buttons.addWidget(button)
        box.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, objectName=f"{k}Splitter")
        splitter.addWidget(self.list_stack)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(row)
        layout.addWidget(self.chips)
        layout.addWidget(splitter, 1)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        # the draft of the first hit (a database read) renders after the list has painted
        self._draft_timer = QTimer(self, singleShot=True, interval=0)
        self._draft_timer.timeout.connect(self._show_current)
        self._refreshing = False
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.copy_current)
        self.list.selectionModel().currentChanged.connect(
            lambda cur, _prev: None if self._refreshing else self._select(
                self.model.hit_at(cur.row())))
        self.list.doubleClicked.connect(lambda _i: self.copy_current())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.list, self.copy_current,
                      context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self.list.setFocus,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.copy_button.clicked.connect(self.copy_current)
        self.favourite.clicked.connect(self._toggle_favourite)
        self._select(None)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.search.setFocus)  # the first thing anyone does is type

    def _customer_changed(self) -> None:
        """The preview is for the current customer; a hidden page renders it when shown."""
        if self.isVisible():
            self._show_current()
        else:
            self._mark_dirty()

    def cares_about(self, changes: Changes) -> bool:
        return changes.library or changes.tags or changes.advisors or changes.settings

    def base_filter(self, **narrower) -> SearchFilter:
        return SearchFilter(kinds=(self.kind,), view=self.view.currentData() or "all",
                            include_expired=self.expired.isChecked(), **narrower)

    # ------------------------------------------------------------------ data
    def _refresh_now(self) -> None:
        self._scenes_fresh = False  # the data changed: scenes may have too
        super()._refresh_now()

    def refresh(self) -> None:
        """Search again. Per keystroke this is one search and no other database read: the
        scenes are read again only after a change, the draft after the list shows."""
        if not self.ui.state.is_ready:
            return
        state = self.ui.state
        desk = state.desk
        if not getattr(self, "_scenes_fresh", False):
            self._scene_names = {s.key: s.name for s in desk.library.scenes()}
            self._scenes_fresh = True
            self.refresh_choices()
        flt = self.search_filter()
        result = desk.library.search(self.search.text(), flt, advisor_id=state.advisor_id,
                                     limit=PAGE_LIMIT)
        keep = (self._current.kind, self._current.uid) if self._current else None
        self.model.set_rows(result.hits, self._scene_names, desk.clock.today(), result.terms)
        # plural forms via QCoreApplication.translate with this class as context: PySide6
        # looks up self.tr with a count under the subclass name instead (lupdate wants the
        # call on one line)
        chips = self.active_filters()
        self.chips.set_chips(chips)
        n = len(result.hits)
        if result.more:
            text = QCoreApplication.translate("LibraryPage", "first %n shown, type more", "", n)
        else:
            text = QCoreApplication.translate("LibraryPage", "%n item(s)", "", n)
        self.count.setText(text)
        if not result.hits:
            filtered = bool(result.terms) or bool(chips)
            text = self.empty_text(filtered)
            if chips:  # "0 found" names the filters and offers to drop them
                text = self.tr("Nothing found with the filters %1.").replace(
                    "%1", " · ".join(f"“{label}”" for label, _ in chips))
            self.empty.setText(text)
            self.search_all.setVisible(bool(chips))
            self.import_pack.setVisible(not filtered)  # nothing at all: HQ's pack is next
            self.list_stack.setCurrentWidget(self.empty_page)
            self._select(None)
            return
        self.list_stack.setCurrentWidget(self.list)
        row = max(0, self.model.row_of(keep[1], keep[0])) if keep else 0
        self._refreshing = True
        try:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._refreshing = False
        self._current = self.model.hit_at(row)
        self.copy_button.setEnabled(True)  # Enter / Copy work before the preview is drawn
        self._draft_timer.start()

    def active_filters(self) -> list[tuple[str, object]]:
        """Each narrowing filter (a combo not on its first entry) as (label, remove)."""
        return [(combo.currentText(), lambda _=False, c=combo: c.setCurrentIndex(0))
                for combo in self.filter_combos if combo.currentIndex() > 0]

    def clear_filters(self) -> None:
        """Search everything again (the typed text stays)."""
        for combo in self.filter_combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.refresh()

    def refresh_choices(self) -> None:
        """Refill filter choices that come from the data (scenes)."""

    def fill_scenes(self, combo: QComboBox, all_label: str) -> None:
        if combo.count() == len(self._scene_names) + 1:
            return
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_label, None)
        for key, name in self._scene_names.items():
            combo.addItem(name, key)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _select(self, hit: SearchHit | None) -> None:
        self._draft_timer.stop()
        self._current = hit
        self._show_current()

    def _show_current(self) -> None:
        hit, state = self._current, self.ui.state
        self._draft = None
        if hit is not None and state.is_ready:
            try:
                self._draft = state.desk.library.draft(
                    hit.kind, hit.uid, advisor_id=state.advisor_id,
                    customer_id=state.customer_id,
                    marker=lambda n: f"{MARK_OPEN}{n}{MARK_CLOSE}")
            except NotFound:  # the item vanished meanwhile (a pack retired it): show nothing
                hit = self._current = None
        self.copy_button.setEnabled(hit is not None)
        self.favourite.setEnabled(hit is not None and state.advisor_id is not None)
        self.favourite.setChecked(bool(hit and hit.favourite))
        self.favourite.setText(self.tr("★ Favourite") if hit and hit.favourite
                               else self.tr("☆ Favourite"))
        if hit is None:
            self.title.setText(self.tr("Pick an item on the left"))
            self.meta.clear()
            self.preview.clear()
            self.note.clear()
            self.copy_button.setText(self.tr("Copy  (Enter)"))
            self.show_detail(None, None)
            return
        title, meta = self.model.detail_html(hit)
        self.title.setText(title)
        self.meta.setText(meta)
        self.preview.setHtml(self.preview_html(self._draft))
        self.note.setText(self._note())
        self.copy_button.setText(self.copy_label(hit, self._draft))
        self.show_detail(hit, self._draft)

    def copy_label(self, hit: SearchHit, draft: CopyDraft | None) -> str:
        if draft is not None and len(draft.parts) > 1:
            index = copying.next_part(self.ui.state, hit.kind, hit.uid)
            part = copying.part_label(draft.parts[index])
            return self.tr("Copy part %1 of %2: %3  (Enter)").replace(
                "%1", str(index + 1)).replace("%2", str(len(draft.parts))).replace("%3", part)
        if draft is not None and draft.held_code:
            return self.tr("Copy again: code %1  (Enter)").replace("%1", draft.held_code)
        if draft is not None and draft.issues_code:
            return self.tr("Copy with a new coupon code  (Enter)")
        return self.tr("Copy  (Enter)")

    def _note(self) -> str:
        customer = self.ui.state.customer
        if customer is not None:
            return self.tr("Personalised for %1").replace(
                "%1", customer.salutation or customer.display_name)
        return self.tr("No customer chosen (Ctrl+P): greetings use their default, such as 亲.")

    def preview_html(self, draft: CopyDraft | None) -> str:
        """The parts as they will be copied; pictures side by side, the next part marked."""
        if draft is None:
            return ""
        nxt = copying.next_part(self.ui.state, draft.kind, draft.uid) \
            if len(draft.parts) > 1 else -1
        return copy_preview.preview_html(
            draft, nxt, self.model.terms,
            file_label=lambda name: self.tr("File: %1").replace("%1", name),
            new_code=self.tr("new code, issued on copy"))

    # ------------------------------------------------------------------ actions
    def copy_current(self, *, new_code: bool = False) -> None:
        hit = self._current  # then the next part, the code this customer now holds...
        if hit is not None and self.ui.state.is_ready:
            copying.copy_item(self.ui, self, hit.kind, hit.uid, initiator=self.copy_button,
                              new_code=new_code, on_copied=lambda _o: self._customer_changed())

    def _toggle_favourite(self) -> None:
        hit, me = self._current, self.ui.state.advisor_id
        if hit is not None and me is not None:
            on = not hit.favourite
            self.ui.ops.write(
                lambda desk: desk.library.set_favourite(hit.kind, hit.uid, on, advisor_id=me),
                initiator=self.favourite, failure=lambda _e: self._show_current(),
                success=lambda _c: self.ui.notify(self.tr("Added to favourites.") if on
                                                  else self.tr("Removed from favourites.")))

