"""总部看板 HQ dashboard: leaderboards by advisor, store and region, the SOP funnel, content use
and dead content, coupons by type over time and report freshness — each view a chart with its
table under it and Export to XLSX (the tables of ``advisor-desk hq workbook``).

The warehouse is read in the background (a month of 300 stores is millions of rows); a newer
request wins over an older one still running.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.services.hq_dashboard import Dashboard, HqDashboardService
from advisor_desk.ui.models.report_table import ReportTableModel
from advisor_desk.ui.tasks import TaskRunner
from advisor_desk.ui.widgets import hq_views
from advisor_desk.ui.widgets.charts import BarChart, StackedBars
from advisor_desk.ui.widgets.elided_label import ElidedLabel

MONTHS_SHOWN = 24


@dataclass
class HqContext:
    dashboard: HqDashboardService
    tasks: TaskRunner
    lang: str
    notify: Callable[[str], None]
    show_error: Callable[[BaseException], None]


class HqDashboardPage(QWidget):
    loaded = Signal()  # the numbers of the latest request are on screen

    def __init__(self, hq: HqContext) -> None:
        super().__init__()
        self.setObjectName("hqDashboardPage")
        self.hq = hq
        self.board: Dashboard | None = None
        self._view = hq_views.VIEWS[0]
        self._measure = "on_time"
        self._by = {"content": "item", "dead_content": "scene"}  # see hq_views.GROUPINGS
        self._request = 0
        self._build()

    # ------------------------------------------------------------------ build
    def _build(self) -> None:
        heading = QLabel(self.tr("HQ dashboard"), objectName="hqHeading")
        heading.setProperty("role", "heading")
        self.month = QComboBox(objectName="hqMonth")
        self.month.setMinimumContentsLength(8)
        self.month.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.month.currentIndexChanged.connect(lambda _i: self._month_changed())
        self.refresh_button = QPushButton(self.tr("Refresh"), objectName="hqRefresh")
        self.refresh_button.clicked.connect(self.reload)
        self.export_view = QPushButton(self.tr("Export this view…"), objectName="hqExportView")
        self.export_view.setToolTip(self.tr("This view's table as an Excel workbook"))
        self.export_view.clicked.connect(lambda: self._export(all_tables=False))
        self.export_all = QPushButton(self.tr("Export all…"), objectName="hqExportAll")
        self.export_all.setToolTip(self.tr(
            "Every table of the month as one workbook (the same as advisor-desk hq workbook)"))
        self.export_all.clicked.connect(lambda: self._export(all_tables=True))
        top = QHBoxLayout()
        for widget in (heading, QLabel(self.tr("Month:")), self.month, self.refresh_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.export_view)
        top.addWidget(self.export_all)

        views = QHBoxLayout()
        self.views = QButtonGroup(self)
        for view in hq_views.VIEWS:
            button = self._chip(view.title, f"hqView_{view.key}")
            button.setChecked(view is self._view)
            button.clicked.connect(lambda _c=False, v=view: self._set_view(v))
            self.views.addButton(button)
            views.addWidget(button)
        views.addStretch(1)
        self.measure_row = QHBoxLayout()
        self.measures = QButtonGroup(self)
        self.measure_buttons: dict[str, QPushButton] = {}
        for key in hq_views.LEADER_MEASURES:
            button = self._chip(key, f"hqMeasure_{key}")
            button.clicked.connect(lambda _c=False, k=key: self._set_measure(k))
            button.hide()  # leaderboards show them, with the table's own header as text
            self.measures.addButton(button)
            self.measure_buttons[key] = button
            self.measure_row.addWidget(button)
        self.groupings = QButtonGroup(self)
        self.grouping_buttons: dict[str, QPushButton] = {}
        for key in ("item", "scene", "step"):  # the content views: each item, or summed
            button = self._chip(hq_views.grouping_label(key), f"hqGroup_{key}")
            button.clicked.connect(lambda _c=False, k=key: self._set_grouping(k))
            button.hide()
            self.groupings.addButton(button)
            self.grouping_buttons[key] = button
            self.measure_row.addWidget(button)
        self.measure_row.addStretch(1)

        self.caption = ElidedLabel("hqCaption")
        self.caption.setProperty("role", "dim")
        self.bars = BarChart("hqBarChart")
        self.stacks = StackedBars("hqStackChart")
        self.charts = QStackedWidget(objectName="hqCharts")
        self.charts.addWidget(self.bars)
        self.charts.addWidget(self.stacks)
        self.charts.setMinimumHeight(200)
        self.model = ReportTableModel(self)
        self.table = QTableView(objectName="hqTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(60)  # widths from the first rows: 900 advisors
        self.empty = QLabel(objectName="hqEmpty", wordWrap=True)
        self.empty.setProperty("role", "emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(top)
        layout.addLayout(views)
        layout.addLayout(self.measure_row)
        layout.addWidget(self.caption)
        layout.addWidget(self.charts, 3)
        layout.addWidget(self.table, 2)
        self.empty.setMinimumWidth(600)
        self.empty.setMaximumWidth(760)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignHCenter)

    def _chip(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, objectName=name, checkable=True)
        button.setProperty("role", "chip")
        return button

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        month = self.month.currentData() if self.month.count() else None
        dashboard, lang = self.hq.dashboard, self.hq.lang
        self._request += 1
        request = self._request
        self.hq.tasks.run(lambda _ctx: dashboard.load(month, lang),
                          title=self.tr("Reading the warehouse"),
                          on_done=lambda board: self._loaded(request, board),
                          on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.hq.show_error(exc)
        self.loaded.emit()

    def _month_changed(self) -> None:
        if self.board is not None:
            self.reload()

    def _loaded(self, request: int, board: Dashboard) -> None:
        if request != self._request:
            return
        self.board = board
        self.month.blockSignals(True)
        chosen = self.month.currentData()
        self.month.clear()
        self.month.addItem(self.tr("All months"), None)
        for month in board.months[:MONTHS_SHOWN]:
            self.month.addItem(month, month)
        self.month.setCurrentIndex(max(0, self.month.findData(chosen)))
        self.month.blockSignals(False)
        empty = board.is_empty
        self.empty.setVisible(empty)
        self.charts.setVisible(not empty)
        self.table.setVisible(not empty)
        self.caption.setVisible(not empty)
        for button in (self.export_view, self.export_all, *self.views.buttons()):
            button.setEnabled(not empty)
        if empty:
            self.empty.setText(self.tr(
                "No shop reports merged yet. Each shop exports its report on the Sync page "
                "(Report to HQ) and sends the file; HQ registers each shop's device key once "
                "(advisor-desk hq trust add KEY.pub) and merges the files "
                "(advisor-desk hq merge FILES). Then press Refresh."))
        else:
            self._show_view()
        self.loaded.emit()

    # ------------------------------------------------------------------ views
    def _set_view(self, view: hq_views.View) -> None:
        self._view = view
        self._show_view()

    def _set_measure(self, key: str) -> None:
        self._measure = key
        self._show_view()

    def _set_grouping(self, key: str) -> None:
        self._by[self._view.key] = key
        self._show_view()

    def _show_view(self) -> None:
        board, view = self.board, self._view
        if board is None or board.is_empty:
            return
        table = board.table(view.table)
        self.model.set_table(table)
        leader = bool(view.measures)
        for key, button in self.measure_buttons.items():
            button.setVisible(leader)
            button.setText(hq_views.header(table, key) if leader else key)
            button.setChecked(key == self._measure)
        groupings = hq_views.GROUPINGS.get(view.key, ())
        by = self._by.get(view.key, "")
        for key, button in self.grouping_buttons.items():
            button.setVisible(key in groupings)
            button.setChecked(key == by)
        if leader:
            self.charts.setCurrentWidget(self.bars)
            caption = hq_views.leaderboard(self.bars, table, view, self._measure)
        elif view.key in ("sop", "coupons"):
            self.charts.setCurrentWidget(self.stacks)
            fill = hq_views.funnel if view.key == "sop" else hq_views.coupons
            caption = fill(self.stacks, table)
        else:
            self.charts.setCurrentWidget(self.bars)
            caption = {"content": lambda: hq_views.content_use(self.bars, table, by),
                       "dead_content": lambda: hq_views.never_used(self.bars, table, by),
                       "reports": lambda: hq_views.freshness(self.bars, board)}[view.key]()
        self.caption.setText(caption)

    # ------------------------------------------------------------------ export
    def _export(self, *, all_tables: bool) -> None:
        board = self.board
        if board is None:
            return
        tables = list(board.tables) if all_tables else [board.table(self._view.table)]
        month = board.month or self.tr("all")
        name = f"hq-{month}.xlsx" if all_tables else f"hq-{self._view.table}-{month}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), name,
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(Path(path), tables)

    def export_to(self, path: Path, tables) -> None:
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        dashboard = self.hq.dashboard
        self.hq.tasks.run(lambda _ctx: dashboard.export(path, tables),
                          title=self.tr("Writing the workbook"),
                          on_done=lambda out: self.hq.notify(
                              self.tr("Saved %1").replace("%1", str(out))))
