"""The sidebar: a compact always-on-top window beside the WeCom / WeChat chat window.

It shows the current customer, their next step with its kit, and the library's search box:
type, Enter copies the selected result for the current customer. Every copy goes through
``ui.copying.copy_item`` — the main window's one copy path — with this window's own status
line for the confirmation. Where it sits (screen, left/right edge or a free position) is
remembered by ``sidebar_switch``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.changes import Changes
from advisor_desk.domain.errors import DeskError, NotFound
from advisor_desk.domain.library import SearchFilter, SearchHit
from advisor_desk.domain.tasks import TaskRow
from advisor_desk.ui import copying, icons
from advisor_desk.ui.context import UiContext
from advisor_desk.ui.models.library_list import (
    HIGHLIGHT_ROLE,
    META_ROLE,
    SNIPPET_ROLE,
    LibraryListModel,
)
from advisor_desk.ui.widgets.sidebar_step import SidebarStep
from advisor_desk.ui.widgets.two_line_delegate import TwoLineDelegate

SIDEBAR_WIDTH = 380
SWITCH_KEYS = "Ctrl+Shift+S"  # sidebar <-> full window, in both windows
LOCK_KEYS = "Ctrl+Shift+L"  # lock the screen at once, in both windows (ui/lock.py)
DEBOUNCE_MS = 60
LIMIT = 40
WINDOW_FLAGS = Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint
_MOVES = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -6,
          Qt.Key.Key_PageDown: 6}


class SidebarWindow(QWidget):
    fullWindowRequested = Signal()
    dockRequested = Signal(str)  # left | right
    lockRequested = Signal()  # the lock button or Ctrl+Shift+L: the main window locks

    def __init__(self, ui: UiContext) -> None:
        super().__init__(None, WINDOW_FLAGS)
        self.setObjectName("sidebarWindow")
        self.setWindowTitle(self.tr("Advisor Desk · sidebar"))
        self.setWindowIcon(icons.icon("app"))
        self.setMinimumWidth(300)
        self.resize(SIDEBAR_WIDTH, 680)
        # the main window's copy path, confirming and reporting here (the main window hides)
        self.ui = replace(ui, notify=self.notify, show_error=self._show_error)
        self._state = ui.state
        self._task: TaskRow | None = None
        self._hidden = False
        self._searched: str | None = None
        self._build()
        state = self._state
        state.customerChanged.connect(lambda _c: (self._refresh_customer(),
                                                  self._show_preview()))
        state.advisorChanged.connect(lambda _a: self.refresh())
        state.changed.connect(self._on_changes)

    def _build(self) -> None:
        self.customer_button = QPushButton(objectName="sidebarCustomer")
        self.customer_button.setIcon(icons.icon("customer"))
        self.customer_button.setToolTip(self.tr("Choose the customer you are chatting with "
                                                "(Ctrl+P)"))
        self.customer_button.clicked.connect(self.pick_customer)
        self.customer_button.setSizePolicy(QSizePolicy.Policy.Ignored,
                                           QSizePolicy.Policy.Fixed)  # elided, never wider
        self.customer_button.setMinimumWidth(120)
        self._customer_text = ""
        self.left_button = QPushButton("◧", objectName="sidebarDockLeft")
        self.left_button.setToolTip(self.tr("Dock to the left edge"))
        self.right_button = QPushButton("◨", objectName="sidebarDockRight")
        self.right_button.setToolTip(self.tr("Dock to the right edge"))
        self.full_button = QPushButton(objectName="sidebarFullWindow")
        self.full_button.setIcon(icons.icon("full_window"))
        self.full_button.setToolTip(self.tr("Back to the full window (%1)").replace(
            "%1", SWITCH_KEYS))
        self.lock_button = QPushButton(objectName="sidebarLock")
        self.lock_button.setIcon(icons.icon("lock"))
        self.lock_button.setToolTip(self.tr("Lock the screen (%1): customer data is hidden "
                                            "until an advisor unlocks").replace("%1",
                                                                                LOCK_KEYS))
        self.lock_button.clicked.connect(self.lockRequested.emit)
        for button in (self.left_button, self.right_button, self.full_button, self.lock_button):
            button.setFixedWidth(40)  # the lock sits by the hint below, not in the top row
        self.left_button.clicked.connect(lambda: self.dockRequested.emit("left"))
        self.right_button.clicked.connect(lambda: self.dockRequested.emit("right"))
        self.full_button.clicked.connect(self.fullWindowRequested.emit)
        top = QHBoxLayout()
        top.addWidget(self.customer_button, 1)
        for button in (self.left_button, self.right_button, self.full_button):
            top.addWidget(button)

        self.step_card = SidebarStep(self)
        self.step_title = self.step_card.title
        self.step_card.copyRequested.connect(self._copy_kit_part)
        self.step_card.doneRequested.connect(self._done)

        self.search = QLineEdit(objectName="sidebarSearch", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Search scripts, materials, coupons · Enter "
                                               "copies"))
        self.search.setMinimumHeight(38)
        self.search.installEventFilter(self)
        self.model = LibraryListModel(self)
        self.results = QListView(objectName="sidebarResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(TwoLineDelegate(SNIPPET_ROLE, META_ROLE, self.results,
                                                     HIGHLIGHT_ROLE))
        self.results.setUniformItemSizes(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the box
        self.results.doubleClicked.connect(lambda _i: self.copy_current())
        self.results.selectionModel().currentChanged.connect(lambda *_: self._show_preview())
        self.preview = QLabel(objectName="sidebarPreview", wordWrap=True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setStyleSheet("QLabel#sidebarPreview { background: #ffffff; border: 1px "
                                   "solid #e4ded6; border-radius: 8px; padding: 8px; }")
        self.preview.setMaximumHeight(170)
        self.status = QLabel(objectName="sidebarStatus", wordWrap=True)
        self.status.setProperty("role", "dim")
        self._status_timer = QTimer(self, singleShot=True, interval=4000)
        self._status_timer.timeout.connect(self._show_hint)

        box = QVBoxLayout(self)
        box.setContentsMargins(10, 10, 10, 8)
        box.addLayout(top)
        box.addWidget(self.step_card)
        box.addWidget(self.search)
        box.addWidget(self.results, 1)
        box.addWidget(self.preview)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.lock_button, 0, Qt.AlignmentFlag.AlignBottom)
        box.addLayout(bottom)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._debounce.start)
        QShortcut(QKeySequence("Ctrl+P"), self, self.pick_customer)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.copy_kit_part)
        QShortcut(QKeySequence(SWITCH_KEYS), self, self.fullWindowRequested.emit)
        QShortcut(QKeySequence(LOCK_KEYS), self, self.lockRequested.emit)

    # ------------------------------------------------------------------ public
    def query(self) -> str:
        return self.search.text()

    def set_query(self, text: str) -> None:
        self.search.setText(text)
        self.run_search()

    def refresh(self) -> None:
        self._refresh_customer()
        self.run_search()
        self._show_preview()

    def set_customer_data_hidden(self, hidden: bool) -> None:
        """Hide the customer's name, their next step and every personalised text (the
        auto-lock of a shared PC); copying is off while hidden."""
        self._hidden = hidden
        for widget in (self.step_card, self.results, self.search, self.preview):
            widget.setVisible(not hidden)
        self.refresh()

    @property
    def customer_data_hidden(self) -> bool:
        return self._hidden

    # ------------------------------------------------------------------ customer, next step
    def pick_customer(self) -> None:
        if self._hidden or not self._state.is_ready:
            return
        from advisor_desk.ui.dialogs.customer_picker import CustomerPicker

        picker = CustomerPicker(self, self._state)
        if picker.exec() and picker.chosen is not None:
            self._state.set_customer(picker.chosen)

    def _refresh_customer(self) -> None:
        state = self._state
        customer = state.customer
        if self._hidden:
            self._set_customer_text(self.tr("Locked"))
            return
        if customer is None:
            self._set_customer_text(self.tr("Choose a customer (Ctrl+P)"))
        else:
            name = customer.display_name
            shown = f"{customer.salutation} · {name}" if customer.salutation else name
            self._set_customer_text(self.tr("Customer: %1").replace("%1", shown))
        task = None
        if customer is not None and state.is_ready:
            try:
                task = state.desk.tasks.next_step(customer.id, viewer=state.advisor)
            except DeskError as exc:
                self._show_error(exc)
        self._task = task
        self.step_card.show_task(task, customer is not None)

    def copy_kit_part(self) -> None:
        """Ctrl+Enter: the next part of the step's kit."""
        if not self._hidden:
            self.step_card.copy_next()

    def _copy_kit_part(self, kind: str, uid: str) -> None:
        task = self._task
        if task is None or self._hidden:
            return
        copying.copy_item(self.ui, self, kind, uid, task.customer_id,
                          on_copied=lambda _o: self._kit_part_copied(kind, uid,
                                                                     task.customer_id))

    def _kit_part_copied(self, kind: str, uid: str, customer_id: int) -> None:
        if not copying.next_part(self._state, kind, uid, customer_id):
            self.step_card.part_copied()

    def _done(self) -> None:
        task, state = self._task, self._state
        if task is None or self._hidden:
            return
        me = state.advisor_id
        self.ui.ops.write(lambda desk: desk.tasks.mark_done(task.task_id, me, ""),
                          success=lambda _c: self.notify(
                              self.tr("Done. Logged on the customer's timeline.")))


    # ------------------------------------------------------------------ search and copy
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in _MOVES:
                self._move(_MOVES[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self._debounce.stop()
                if self.search.text() != self._searched:
                    self.run_search()
                self.copy_current()
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        rows = self.model.rowCount()
        if rows:
            row = min(max(self.results.currentIndex().row() + step, 0), rows - 1)
            self.results.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.results.scrollTo(self.model.index(row))

    def run_search(self) -> None:
        state = self._state
        if not state.is_ready or self._hidden:
            self.model.set_rows((), {}, date.today())
            return
        keep = self.current() if self.search.text() == self._searched else None
        self._searched = self.search.text()
        try:
            result = state.desk.library.search(self._searched, SearchFilter(),
                                               advisor_id=state.advisor_id, limit=LIMIT)
            names = {s.key: s.name for s in state.desk.library.scenes()}
        except DeskError as exc:
            self._show_error(exc)
            return
        self.model.set_rows(result.hits, names, state.desk.clock.today(), result.terms)
        if result.hits:
            row = self.model.row_of(keep.uid, keep.kind) if keep else -1
            self._move(-LIMIT)
            self._move(max(row, 0))  # the same query again (after a copy): stay on the item
        self._show_preview()
        self._show_hint()

    def current(self) -> SearchHit | None:
        return self.model.hit_at(self.results.currentIndex().row())

    def _show_preview(self) -> None:
        """The selected item exactly as Enter would copy it for the current customer."""
        hit, state = self.current(), self._state
        text = ""
        if hit is not None and state.is_ready and not self._hidden:
            try:
                draft = state.desk.library.draft(hit.kind, hit.uid, advisor_id=state.advisor_id,
                                                 customer_id=state.customer_id,
                                                 marker=lambda name: f"［{name}］")
            except NotFound as exc:  # the item vanished meanwhile
                self._show_error(exc)
                return
            pictures = sum(1 for part in draft.parts if part.role in ("image", "file"))
            text = draft.text
            if pictures:
                text += ("\n" if text else "") + self.tr("+ %n picture(s) or file(s)", "",
                                                         pictures)
        self.preview.setText(text)
        self.preview.setVisible(bool(text))

    def copy_current(self) -> None:
        hit = self.current()
        if hit is None or self._hidden:
            return
        copying.copy_item(self.ui, self, hit.kind, hit.uid)

    # ------------------------------------------------------------------ feedback
    def notify(self, message: str) -> None:
        self.status.setText(message)
        self._status_timer.start()

    def _show_hint(self) -> None:
        if self._status_timer.isActive():
            return
        if self.model.rowCount() == 0 and self.search.text().strip():
            self.status.setText(self.tr("Nothing matches. Try fewer characters."))
        else:
            self.status.setText(self.tr("↑↓ choose · Enter copy · Ctrl+Enter copy the kit"))

    def _show_error(self, exc: BaseException) -> None:
        from advisor_desk.ui import errors

        errors.show_error(self, exc, self.ui.log_file)

    def _on_changes(self, changes: Changes) -> None:
        if not self.isVisible():
            return
        if changes.tasks or changes.customers or changes.all_customers:
            self._refresh_customer()
        if changes.library:
            self.run_search()

    def _set_customer_text(self, text: str) -> None:
        self._customer_text = text
        room = self.customer_button.width() - self.customer_button.iconSize().width() - 28
        self.customer_button.setText(self.customer_button.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, max(room, 40)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)  # the button gets its new width once the layout ran
        QTimer.singleShot(0, lambda: self._set_customer_text(self._customer_text))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the sidebar brings the full window back (never an invisible app)."""
        self.fullWindowRequested.emit()
        super().closeEvent(event)
