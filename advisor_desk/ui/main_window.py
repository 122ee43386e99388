"""The main window: toolbar (current advisor and customer), left navigation, pages, status.

Start-up matters (issue 3: window shown within 1.5x a bare PySide6 window), so the shell
shown first touches as little of Qt as it can: pages, the task runner and the ``Qt``
namespace (~16 ms of enum set-up in PySide6 6.12) come after the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from advisor_desk.ui import icons
from advisor_desk.ui.dialogs import open_quick_copy
from advisor_desk.ui.pages import PAGE_SPECS
from advisor_desk.ui.state import DeskState

if TYPE_CHECKING:
    from advisor_desk.domain.people import AdvisorInfo, CustomerCard
    from advisor_desk.folder_lock import FolderLock
    from advisor_desk.services.desk import Desk
    from advisor_desk.ui.context import UiContext
    from advisor_desk.ui.lock import LockController
    from advisor_desk.ui.operations import OperationRunner
    from advisor_desk.ui.pages.base import Page
    from advisor_desk.ui.tasks import TaskRunner
    from advisor_desk.ui.windows.sidebar_switch import SidebarSwitch

TOAST_MS = 2200
NAV_ROW_HEIGHT = 46


class MainWindow(QMainWindow):
    shown = Signal()

    def __init__(self, log_file: Path, settings: QSettings, *, demo: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Advisor Desk"))
        self.setWindowIcon(icons.icon("app"))
        self._settings = settings
        self._log_file = log_file
        self.state = DeskState(self)
        self.open_desk: Callable[[], Desk] | None = None  # re-opens after a restore (gui.py)
        self.folder_lock: FolderLock | None = None  # the data folder this window holds
        self._build_toolbar()
        self._build_body()
        self._build_status(demo)
        self._build_shortcuts()
        self.state.advisorChanged.connect(self._on_advisor)
        self.state.customerChanged.connect(self._on_customer)
        self.state.changed.connect(lambda c: c.advisors and self.advisor_picker.reload())
        self.state.changed.connect(lambda c: c.settings and self._show_store())
        self.state.customerOpenRequested.connect(self._open_customer)
        self.state.pageRequested.connect(self.show_page)
        self.state.firstRunRequested.connect(self.first_run)
        self.state.pageOpenRequested.connect(self._open_on_page)
        self._shown_once = False

    @cached_property
    def tasks(self) -> TaskRunner:
        from advisor_desk.ui.tasks import TaskRunner

        return self.write_status.watching_tasks(
            TaskRunner(self, self.show_error, self.ops.writer, self.state.apply))

    @cached_property
    def ops(self) -> OperationRunner:
        """Every write of the window, on one writer thread (ui/operations.py)."""
        from advisor_desk.ui.operations import OperationRunner, Writer

        return self.write_status.watching_ops(
            OperationRunner(self, self.state, self.show_error, Writer(self)))

    @cached_property
    def ui(self) -> UiContext:
        from advisor_desk.ui.context import UiContext

        return UiContext(self.state, self.tasks, self._log_file, self.notify, self.show_error,
                         self._settings, self.ops)

    @cached_property
    def sidebar_switch(self) -> SidebarSwitch:
        from advisor_desk.ui.windows.sidebar_switch import SidebarSwitch

        return SidebarSwitch(self)

    def toggle_sidebar(self) -> None:
        """Full window <-> the compact always-on-top sidebar (same customer, same query)."""
        self.sidebar_switch.toggle()

    # ------------------------------------------------------------------ build
    def _build_toolbar(self) -> None:
        bar = QToolBar(objectName="mainToolbar", movable=False, floatable=False)
        bar.setIconSize(QSize(20, 20))
        self.addToolBar(bar)  # top
        bar.addWidget(QLabel(self.tr("Advisor Desk"), objectName="brandLabel"))
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addWidget(QLabel(self.tr("Advisor:")))
        from advisor_desk.ui.widgets.advisor_picker import AdvisorPicker

        self.advisor_picker = AdvisorPicker(self, self.state, self._settings, lambda: self.ops)
        bar.addWidget(self.advisor_picker)
        self.customer_button = QPushButton(objectName="currentCustomerButton")
        self.customer_button.setIcon(icons.icon("customer"))
        self.customer_button.setToolTip(self.tr("Choose the customer you are chatting with "
                                                "(Ctrl+P); every copy is personalised for them"))
        self.customer_button.clicked.connect(self.pick_customer)
        bar.addWidget(self.customer_button)
        self.clear_customer_button = QPushButton("×", objectName="clearCustomerButton")
        self.clear_customer_button.setToolTip(self.tr("Clear the current customer"))
        self.clear_customer_button.setFixedWidth(34)
        self.clear_customer_button.clicked.connect(lambda: self.state.set_customer(None))
        bar.addWidget(self.clear_customer_button)
        self.sidebar_button = QPushButton(self.tr("Sidebar"), objectName="sidebarButton")
        self.sidebar_button.setIcon(icons.icon("sidebar"))
        self.sidebar_button.setToolTip(self.tr("A narrow window that stays beside the chat "
                                               "window (Ctrl+Shift+S)"))
        self.sidebar_button.clicked.connect(self.toggle_sidebar)
        bar.addWidget(self.sidebar_button)
        self.lock_button = QPushButton(icons.icon("lock"), "", objectName="lockButton")
        self.lock_button.setToolTip(self.tr("Lock the screen (Ctrl+Shift+L): customer data is "
                                            "hidden until an advisor unlocks"))
        self.lock_button.clicked.connect(lambda: self.lock.lock())
        bar.addWidget(self.lock_button)
        self._on_customer(None)

    def _build_body(self) -> None:
        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setFixedWidth(168)
        self.navigation.setIconSize(QSize(22, 22))
        self.stack = QStackedWidget(objectName="pages")
        self.loading = QLabel(self.tr("Opening the database…"), objectName="loadingLabel")
        self.stack.addWidget(self.loading)
        self._pages: dict[str, Page] = {}  # built on first show
        for spec in PAGE_SPECS:
            item = QListWidgetItem(icons.icon(spec.icon), spec.title)
            item.setSizeHint(QSize(0, NAV_ROW_HEIGHT))
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._show_page)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        page_area = QWidget()
        inner = QHBoxLayout(page_area)
        inner.setContentsMargins(12, 10, 12, 8)
        inner.addWidget(self.stack)
        layout.addWidget(page_area, 1)
        self.setCentralWidget(body)
        self.toast = QLabel(body, objectName="toast")
        self.toast.hide()
        self._toast_timer = QTimer(self, singleShot=True, interval=TOAST_MS)
        self._toast_timer.timeout.connect(self.toast.hide)

    def _build_status(self, demo: bool) -> None:
        status = self.statusBar()
        status.setObjectName("statusBar")
        from advisor_desk.ui.widgets.write_status import WriteStatus

        self.write_status = WriteStatus()  # the busy bar and what writes wait for
        status.addPermanentWidget(self.write_status)
        self.store_label = QLabel(objectName="storeLabel")
        status.addPermanentWidget(self.store_label)
        if demo:
            status.addPermanentWidget(QLabel(self.tr("Demo data"), objectName="demoBadge"))

    def _build_shortcuts(self) -> None:
        for n in range(len(PAGE_SPECS)):
            QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self,
                      lambda n=n: self.navigation.setCurrentRow(n))
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence("Ctrl+P"), self, self.pick_customer)
        QShortcut(QKeySequence("Ctrl+K"), self, lambda: self.state.locked or open_quick_copy(self))
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self.toggle_sidebar)
        QShortcut(QKeySequence("Ctrl+Shift+L"), self, lambda: self.lock.lock())

    # ------------------------------------------------------------------ desk
    def attach(self, desk: Desk) -> None:
        """The database is open: start the writer, fill the toolbar and show the first page."""
        self.ops.attach(desk)
        self.state.attach(desk)
        self.lock.load_setting()
        self._show_store()
        self.advisor_picker.reload()
        keys = [spec.key for spec in PAGE_SPECS]
        last = self._settings.value("window/page", keys[0])
        row = keys.index(last) if last in keys else 0
        if self.navigation.currentRow() == row:
            self._show_page(row)
        else:
            self.navigation.setCurrentRow(row)
        from advisor_desk.ui.heap import HeapKeeper

        self.heap = HeapKeeper(self)  # no full GC pass over the long-lived heap while typing
        self.heap.start()

    def _show_store(self) -> None:
        store = self.state.desk.settings.get()
        self.store_label.setText(store.store_name or
                                 ("" if store.store_code == "STORE" else store.store_code))

    def first_run(self) -> None:
        """A new shop: the three-step welcome; afterwards Today (or Sync with HQ's pack)."""
        from advisor_desk.ui.dialogs.welcome import WelcomeDialog

        dialog = WelcomeDialog(self, self.ui)
        dialog.accepted.connect(lambda: self._after_welcome(dialog))
        dialog.open()

    def _after_welcome(self, dialog) -> None:
        if dialog.choice == "pack" and dialog.pack_path is not None and self.show_page("sync"):
            self.page("sync").open_pack(dialog.pack_path)  # type: ignore[attr-defined]
        else:
            self.show_page("today")

    def show_page(self, key: str) -> bool:
        keys = [spec.key for spec in PAGE_SPECS]
        if key not in keys:
            return False
        self.navigation.setCurrentRow(keys.index(key))
        return True

    def _on_advisor(self, advisor: AdvisorInfo | None) -> None:
        if advisor is not None:
            self._settings.setValue("window/advisor", advisor.id)
        self.state.set_customer(None)

    def _on_customer(self, customer: CustomerCard | None) -> None:
        """The toolbar shows who copies are for; choosing someone new says so."""
        before, self._customer_id = getattr(self, "_customer_id", None), \
            customer.id if customer else None
        if customer is None:
            self.customer_button.setText(self.tr("Customer: none chosen"))
            self.clear_customer_button.setEnabled(False)
            return
        name = customer.display_name
        shown = f"{customer.salutation} · {name}" if customer.salutation else name
        self.customer_button.setText(self.tr("Customer: %1").replace("%1", shown))
        self.clear_customer_button.setEnabled(True)
        if customer.id != before:
            self.notify(self.tr("Now chatting with %1: copies are personalised for them.")
                        .replace("%1", shown))

    def pick_customer(self) -> None:
        if not self.state.is_ready or self.state.locked:
            return
        from advisor_desk.ui.dialogs.customer_picker import CustomerPicker

        picker = CustomerPicker(self, self.state)
        if picker.exec() and picker.chosen is not None:
            self.state.set_customer(picker.chosen)

    # ------------------------------------------------------------------ pages
    def _show_page(self, row: int) -> None:
        if not self.state.is_ready or not 0 <= row < len(PAGE_SPECS):
            return
        page = self.page(PAGE_SPECS[row].key)
        self.stack.setCurrentWidget(page)
        self._settings.setValue("window/page", page.key)

    def _open_customer(self, customer_id: int) -> None:
        """A page asked to show a customer's profile (the Customers page does that)."""
        keys = [spec.key for spec in PAGE_SPECS]
        if "customers" in keys:
            self.navigation.setCurrentRow(keys.index("customers"))
            self.page("customers").open_profile(customer_id)  # type: ignore[attr-defined]

    def _open_on_page(self, key: str, what: str) -> None:
        """After ``pageRequested`` showed it: the page opens ``what`` (``open_request``)."""
        if key in {spec.key for spec in PAGE_SPECS}:
            opener = getattr(self.page(key), "open_request", None)
            if opener is not None:
                opener(what)

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if widget in self._pages.values() else None

    def page(self, key: str) -> Page:
        """The page for ``key``, imported and built the first time it is needed."""
        if key not in self._pages:
            spec = next(s for s in PAGE_SPECS if s.key == key)
            page = spec.load()(self.ui)
            self._pages[key] = page
            self.stack.addWidget(page)
        return self._pages[key]

    def _focus_search(self) -> None:
        page = self.current_page()
        if page is not None:
            page.focus_search()

    # ------------------------------------------------------------------ feedback
    def notify(self, message: str) -> None:
        if self.state.locked:  # nothing shows while the counter PC is locked
            return
        self.statusBar().showMessage(message, TOAST_MS + 800)
        self.toast.setText(message)
        self.toast.adjustSize()
        area = self.centralWidget().rect()
        self.toast.move((area.width() - self.toast.width()) // 2,
                        area.height() - self.toast.height() - 96)  # above Copy buttons
        self.toast.raise_()
        self.toast.show()
        self._toast_timer.start()

    def show_error(self, exc: BaseException) -> None:
        from advisor_desk.ui import errors

        errors.show_error(self, exc, self._log_file)

    @cached_property
    def lock(self) -> LockController:  # auto-lock and the lock screen
        from advisor_desk.ui.lock import LockController

        return LockController(self)

    # ------------------------------------------------------------------ window state
    def show_restored(self) -> None:
        """Show with the saved geometry; the first time, maximised (shop PCs are often
        1366x768, where every pixel counts)."""
        geometry = self._settings.value("window/geometry")
        state = self._settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        if geometry is not None and self.restoreGeometry(geometry):
            self.show()
        else:  # never larger than the screen's free area (1366x768 minus the taskbar)
            screen = self.screen().availableGeometry()
            self.resize(min(1280, screen.width()), min(720, screen.height()))
            self.showMaximized()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        if "sidebar_switch" in self.__dict__:
            self.sidebar_switch.close()
        self._settings.sync()
        if "tasks" in self.__dict__:  # only if a task runner was ever made
            self.tasks.cancel_all()
            self.tasks.wait(5000)
        if "ops" in self.__dict__:
            self.ops.writer.stop(5.0)
        super().closeEvent(event)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.ActivationChange and self.isActiveWindow() \
                and "ops" in self.__dict__:
            self.ops.poll()  # back from the chat window: did a CLI import add customers?
