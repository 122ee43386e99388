"""客户 Customers: a lazy list over any segment of the store, the filter panel with a live
count, saved filters, quick capture — and each customer's profile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.changes import Changes
from advisor_desk.domain.errors import ErasedOnRequest
from advisor_desk.domain.segments import SegmentFilter
from advisor_desk.ui.context import UiContext
from advisor_desk.ui.dialogs.customer_export import export_customers
from advisor_desk.ui.dialogs.customer_import import CustomerImportDialog
from advisor_desk.ui.dialogs.customer_quick import AddCustomerDialog
from advisor_desk.ui.models.customer_table import CustomerTableModel
from advisor_desk.ui.pages.base import Page
from advisor_desk.ui.widgets.customer_profile import CustomerProfileView
from advisor_desk.ui.widgets.empty_state import EmptyState
from advisor_desk.ui.widgets.segment_panel import SegmentPanel


class CustomersPage(Page):
    key = "customers"

    def __init__(self, ui: UiContext) -> None:
        super().__init__(ui)
        self.setObjectName("customersPage")
        self._query = 0  # the latest list query; older answers are dropped
        self._filter = SegmentFilter()
        self._vocabulary_loaded = False
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_list())
        self.profile = CustomerProfileView(ui)
        self.stack.addWidget(self.profile)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.profile.backRequested.connect(self.show_list)
        ui.state.advisorChanged.connect(lambda _a: self._mark_dirty())
        QShortcut(QKeySequence("Ctrl+N"), self, self._add)
        QShortcut(QKeySequence("Ctrl+L"), self, self._log_contact)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.profile, self.show_list,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build_list(self) -> QWidget:
        self.panel = SegmentPanel()
        scroll = QScrollArea(objectName="segmentScroll", widgetResizable=True)
        scroll.setWidget(self.panel)
        scroll.setMinimumWidth(280)
        self.count = QLabel(objectName="customerCount")
        self.count.setProperty("role", "heading")
        self.saved = QComboBox(objectName="savedSegments")  # "Saved filters…" readable
        self.saved.setMinimumContentsLength(12)
        self.saved.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.save_button = QPushButton(self.tr("Save filter…"), objectName="saveSegment")
        self.add_button = QPushButton(self.tr("New customer  Ctrl+N"), objectName="addCustomer")
        self.add_button.setProperty("role", "primary")
        self.import_button = QPushButton(self.tr("Import…"), objectName="importCustomers")
        self.import_button.setToolTip(self.tr("Import customers from Excel or CSV, such as a "
                                              "WeCom customer export"))
        self.export_button = QPushButton(self.tr("Export…"), objectName="exportCustomers")
        self.export_button.setToolTip(self.tr("Export the customers of this filter"))
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.saved)
        top.addWidget(self.save_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        top.addWidget(self.add_button)
        self.model = CustomerTableModel(
            lambda ids: self.ui.state.desk.customers.rows(ids, viewer=self.ui.state.advisor),
            self)
        self.table = QTableView(objectName="customerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column, width in enumerate((160, 70, 120, 0, 80, 130)):
            if width:  # never narrower than its title (English "Last contact")
                self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column) + 12))
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty = EmptyState("customersEmpty")
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addWidget(self.table_stack, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="customersSplitter")
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.panel.filterChanged.connect(self._filter_changed)
        # selecting a row is only looking: Enter or a double-click chooses the customer
        self.table.doubleClicked.connect(lambda index: self.choose(
            self.model.id_at(index.row())))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, lambda: self.choose(
                self.model.id_at(self.table.currentIndex().row())),
                context=Qt.ShortcutContext.WidgetShortcut)
        self.saved.activated.connect(self._saved_chosen)
        self.save_button.clicked.connect(self._save_filter)
        self.add_button.clicked.connect(self._add)
        self.import_button.clicked.connect(self._import)
        self.export_button.clicked.connect(
            lambda: export_customers(self, self.ui, self._filter))
        return splitter

    def cares_about(self, changes: Changes) -> bool:
        return changes.all_customers or bool(changes.customers) or changes.tags or \
            changes.tasks or changes.advisors

    def focus_search(self) -> None:
        self.show_list()
        self.panel.search.setFocus()
        self.panel.search.selectAll()

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        customers = self.ui.state.desk.customers
        self.panel.set_vocabulary(customers.stages(), customers.vip_levels(), customers.tags())
        self._fill_saved()
        if self.stack.currentWidget() is self.profile:
            self.profile.reload()

    def _filter_changed(self, flt: SegmentFilter) -> None:
        self._filter = flt
        self._query += 1
        number, viewer = self._query, self.ui.state.advisor  # the services apply the scope
        customers = self.ui.state.desk.customers
        self.count.setText(self.tr("Counting…"))
        self.ui.tasks.run(lambda _ctx: customers.ids_and_count(flt, viewer=viewer)[0],
                          title=self.tr("Finding customers"),
                          on_done=lambda ids: self._show_ids(number, ids))

    def _show_ids(self, number: int, ids: list[int]) -> None:
        if number != self._query:
            return  # a newer filter is on its way
        current = self.ui.state.customer_id
        self.model.set_ids(ids)
        self.count.setText(self.tr("%n customer(s)", "", len(ids)))
        self._show_empty(not ids)
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.table.selectRow(row)

    def _show_empty(self, empty: bool) -> None:
        self.table_stack.setCurrentWidget(self.empty if empty else self.table)
        if not empty:
            return
        if self._filter != SegmentFilter():
            self.empty.show_state(
                self.tr("No customer matches these filters"),
                self.tr("Loosen a filter on the left, or start again from everyone."),
                [(self.tr("Show everyone"), "customersClearFilter", self.panel.clear)])
        else:
            self.empty.show_state(
                self.tr("No customers yet"),
                self.tr("Add the customer you are chatting with, or import your WeCom "
                        "customer list (Excel or CSV)."),
                [(self.tr("New customer  Ctrl+N"), "customersAddFirst", self._add),
                 (self.tr("Import…"), "customersImportFirst", self._import)])

    def choose(self, customer_id: int | None) -> None:
        """Make this the current customer (every copy is for them) and show the profile."""
        if customer_id is None:
            return
        self.ui.state.set_customer(self.ui.state.desk.customers.card(
            customer_id, viewer=self.ui.state.advisor))
        self.open_profile(customer_id)

    def _on_changes(self, changes: Changes) -> None:
        if changes.all_customers or changes.tags:
            super()._on_changes(changes)
            if self.isVisible():
                self._filter_changed(self._filter)
            return
        if changes.customers:
            self.model.refresh_rows(set(changes.customers))
        if self.stack.currentWidget() is self.profile and self.isVisible():
            self.profile.reload()

    # ------------------------------------------------------------------ navigation
    def open_profile(self, customer_id: int | None) -> None:
        if customer_id is None:
            return
        self.profile.show_customer(customer_id)
        self.stack.setCurrentWidget(self.profile)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.table.setFocus()

    # ------------------------------------------------------------------ actions
    def _fill_saved(self) -> None:
        self.saved.clear()
        self.saved.addItem(self.tr("Saved filters…"), None)
        for seg in self.ui.state.desk.customers.segments(self.ui.state.advisor_id):
            label = seg.name + (self.tr(" (store)") if seg.shared else "")
            self.saved.addItem(label, seg.filter)

    def _saved_chosen(self, index: int) -> None:
        data = self.saved.itemData(index)
        if data is not None:
            self.panel.load(SegmentFilter.from_dict(data))

    def _save_filter(self) -> None:
        from advisor_desk.ui.dialogs.ask_text import TextDialog

        customers, flt = self.ui.state.desk.customers, self.panel.current()
        advisor = self.ui.state.advisor
        dialog = TextDialog(self, self.tr("Save filter"), self.tr("Name of this filter"),
                            lambda name: customers.save_segment(name, flt, advisor=advisor),
                            self.ui.log_file, self.tr("e.g. 高潜 · 近30天未联系"),
                            ops=self.ui.ops)
        dialog.accepted.connect(self._filter_saved)
        dialog.open()

    def _filter_saved(self) -> None:
        self._fill_saved()
        self.ui.notify(self.tr("Filter saved."))

    def _add(self) -> None:
        customers = self.ui.state.desk.customers
        me = self.ui.state.advisor_id

        def save(change, tags, stage):  # on the writer thread (ui.ops)
            return customers.add(change, tag_uids=tags, stage_key=stage, advisor_id=me)

        def re_add(exc):  # a manager may add a customer erased on request again (logged)
            advisor, session = self.ui.state.advisor, self.ui.state.session
            if not isinstance(exc, ErasedOnRequest) or advisor is None \
                    or not advisor.is_manager or not self._confirm_re_add():
                return None
            return lambda change, tags, stage: customers.add(
                change, tag_uids=tags, stage_key=stage, advisor_id=me, re_add=session)

        dialog = AddCustomerDialog(self, customers.stages(), customers.tags(), save,
                                   self.ui.log_file, ops=self.ui.ops, second_try=re_add)
        dialog.accepted.connect(lambda: self._added(dialog.saved[0]))
        dialog.open()
        return dialog

    def _added(self, cid: int) -> None:  # the runner applied the changes
        self.choose(cid)

    def _confirm_re_add(self) -> bool:
        """A manager adds a customer erased on request again: only on purpose (logged)."""
        answer = QMessageBox.question(
            self, self.tr("Erased on request"),
            self.tr("A customer with this phone number was erased on their request. Add them "
                    "again only if they asked to come back. Add again?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _import(self) -> None:
        dialog = self.import_file(None)
        dialog.choose_file()

    def import_file(self, path: Path | None) -> CustomerImportDialog:
        dialog = CustomerImportDialog(self, self.ui, path)
        dialog.open()
        return dialog

    def _log_contact(self) -> None:
        cid = self.ui.state.customer_id
        if cid is None:
            return
        if self.stack.currentWidget() is not self.profile:
            self.open_profile(cid)
        self.profile.log_contact()
