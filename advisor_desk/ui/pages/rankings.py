"""排行 Rankings: this store's advisors by day, week or month — a chart per measure with the
table under it, and the current advisor's own rank, points, streak and 30-day line.

Numbers are read in the background (a month at 200,000 customers takes a moment); a newer
request wins over an older one still running.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain import rankings as r
from advisor_desk.domain.changes import Changes
from advisor_desk.ui import labels
from advisor_desk.ui.context import UiContext
from advisor_desk.ui.models.ranking_table import (
    RankingTableModel,
    measure_label,
    measure_tip,
)
from advisor_desk.ui.pages.base import Page
from advisor_desk.ui.widgets.charts import BarChart, DoneDueLine
from advisor_desk.ui.widgets.elided_label import ElidedLabel

TOP_BARS = 12  # more bars than this would squeeze the names at 1366 px


class RankingsPage(Page):
    key = "rankings"
    loaded = Signal()  # the numbers of the latest request are on screen

    def __init__(self, ui: UiContext) -> None:
        super().__init__(ui)
        self.setObjectName("rankingsPage")
        self._kind = "month"
        self._anchor: date | None = None  # a day inside the shown period (None: today)
        self._measure = r.STEPS_ON_TIME
        self._request = 0
        self.board = None
        self.mine = None
        self._build()
        ui.state.advisorChanged.connect(lambda _a: self._mark_dirty())

    # ------------------------------------------------------------------ build
    def _build(self) -> None:
        heading = QLabel(self.tr("Rankings"), objectName="rankingsHeading")
        heading.setProperty("role", "heading")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        self.periods = QButtonGroup(self)
        for kind, text in (("day", self.tr("Day")), ("week", self.tr("Week")),
                           ("month", self.tr("Month"))):
            button = self._chip(text, f"period_{kind}")
            button.setChecked(kind == self._kind)
            self.periods.addButton(button)
            button.clicked.connect(lambda _c=False, k=kind: self._set_kind(k))
            top.addWidget(button)
        top.addSpacing(12)
        self.prev_button = QPushButton("◀", objectName="periodPrev")
        self.prev_button.setToolTip(self.tr("Previous period"))
        self.next_button = QPushButton("▶", objectName="periodNext")
        self.next_button.setToolTip(self.tr("Next period"))
        self.period_label = QLabel(objectName="periodLabel")
        self.current_button = QPushButton(self.tr("Now"), objectName="periodCurrent")
        self.current_button.setToolTip(self.tr("Back to the period holding today"))
        for widget in (self.prev_button, self.period_label, self.next_button,
                       self.current_button):
            top.addWidget(widget)
        self.prev_button.clicked.connect(lambda: self._shift(-1))
        self.next_button.clicked.connect(lambda: self._shift(1))
        self.current_button.clicked.connect(lambda: self._go(None))
        top.addSpacing(12)
        self.rules_label = ElidedLabel("rulesLabel")
        self.rules_label.setProperty("role", "dim")
        self.rules_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.rules_label, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="rankingsSplitter")
        splitter.addWidget(self._build_mine())
        splitter.addWidget(self._build_board())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _chip(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, objectName=name, checkable=True)
        button.setProperty("role", "chip")
        return button

    def _build_mine(self) -> QWidget:
        card = QFrame(objectName="myRankCard")
        box = QVBoxLayout(card)
        box.setContentsMargins(14, 12, 14, 10)
        self.my_title = QLabel(objectName="myRankTitle")
        self.my_rank = QLabel(objectName="myRank")
        self.my_points = QLabel(objectName="myPoints")
        self.my_streak = QLabel(objectName="myStreak", wordWrap=True)
        self.line_title = QLabel(self.tr("Last 30 days: steps due and done on their day"),
                                 objectName="myLineTitle", wordWrap=True)
        self.line_title.setProperty("role", "dim")
        self.line = DoneDueLine("myLineChart")
        self.line.setMinimumHeight(190)
        for widget in (self.my_title, self.my_rank, self.my_points, self.my_streak,
                       self.line_title):
            box.addWidget(widget)
        box.addWidget(self.line, 1)
        card.setMinimumWidth(280)
        return card

    def _build_board(self) -> QWidget:
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        chips = QHBoxLayout()
        self.measures = QButtonGroup(self)
        self.measure_buttons: dict[str, QPushButton] = {}
        for key in ("points", *r.MEASURES):
            button = self._chip(measure_label(key), f"measure_{key}")
            button.setToolTip(measure_tip(key))
            button.clicked.connect(lambda _c=False, k=key: self._set_measure(k))
            self.measures.addButton(button)
            self.measure_buttons[key] = button
            chips.addWidget(button)
        chips.addStretch(1)
        self.chart_caption = ElidedLabel("chartCaption")
        self.chart_caption.setProperty("role", "dim")
        self.chart = BarChart("rankingsChart")
        self.chart.setMinimumHeight(200)
        self.table = QTableView(objectName="rankingsTable")
        self.model = RankingTableModel(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # headers whole
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(56)
        self.model.modelReset.connect(
            lambda: header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch))
        box.addLayout(chips)
        box.addWidget(self.chart_caption)
        box.addWidget(self.chart, 3)
        box.addWidget(self.table, 2)
        return panel

    # ------------------------------------------------------------------ state
    def cares_about(self, changes: Changes) -> bool:
        return (changes.tasks or changes.library or changes.packs or changes.advisors
                or changes.all_customers or bool(changes.customers) or changes.settings)

    def _set_kind(self, kind: str) -> None:
        if kind != self._kind:
            self._kind = kind
            self._refresh_now()

    def _shift(self, steps: int) -> None:
        if self.board is not None:
            self._go(self.board.period.shifted(steps).start)

    def _go(self, anchor: date | None) -> None:
        today = self.ui.state.desk.clock.today()
        self._anchor = None if anchor is None or anchor >= r.period_of(
            self._kind, today).start else anchor
        self._refresh_now()

    def _set_measure(self, key: str) -> None:
        self._measure = key
        self._show_chart()

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        desk = self.ui.state.desk
        kind, day = self._kind, self._anchor or desk.clock.today()
        advisor = self.ui.state.advisor_id
        self._request += 1
        request = self._request
        self.period_label.setText(self._period_text(r.period_of(kind, day), None))

        def load(_ctx):
            board = desk.rankings.board(kind, day)
            mine = desk.rankings.my_progress(advisor) if advisor is not None else None
            return board, mine

        self.ui.tasks.run(load, title=self.tr("Counting the rankings"),
                          on_done=lambda result: self._loaded(request, *result))

    def _loaded(self, request: int, board, mine) -> None:
        if request != self._request:
            return  # a newer request is on its way
        self.board, self.mine = board, mine
        today = self.ui.state.desk.clock.today()
        self.period_label.setText(self._period_text(board.period, board.through))
        self.next_button.setEnabled(board.period.end < today)
        self.current_button.setEnabled(not board.period.start <= today <= board.period.end)
        self._show_rules(board)
        points = self.measure_buttons["points"]
        points.setVisible(board.has_rules)
        if self._measure == "points" and not board.has_rules:
            self._measure = r.STEPS_ON_TIME
        self.measure_buttons[self._measure].setChecked(True)
        self.model.set_board(board.standings, board.has_rules, self.ui.state.advisor_id)
        self._show_chart()
        self._show_mine()
        self.loaded.emit()

    def _period_text(self, period: r.Period, through: date | None) -> str:
        if period.kind == "day":
            text = labels.long_date(period.start)
        elif period.kind == "week":
            text = self.tr("%1 – %2").replace("%1", labels.short_date(period.start)).replace(
                "%2", labels.short_date(period.end))
        else:
            text = self.tr("%1-%2").replace("%1", str(period.start.year)).replace(
                "%2", f"{period.start.month:02d}")
        if through is not None and period.kind != "day" and through < period.end:
            text += self.tr(" (through %1)").replace("%1", f"{through.month}/{through.day}")
        return text

    def _show_rules(self, board) -> None:
        if not board.has_rules:
            self.rules_label.setText(self.tr("No incentive rules from HQ: ranked by counts"))
            self.rules_label.setToolTip(self.tr(
                "HQ's incentive rules (points per step done on time, per new customer, per "
                "coupon …) arrive with an HQ pack on the Sync page."))
            return
        parts = [self.tr("%1 +%2").replace("%1", rule.title).replace("%2", str(rule.points))
                 for rule in board.rules]
        self.rules_label.setText(self.tr("Points: %1").replace(
            "%1", self.tr(", ", "between two incentive rules").join(parts)))
        self.rules_label.setToolTip("\n".join(parts))

    def _show_chart(self) -> None:
        board = self.board
        if board is None:
            return
        key = self._measure
        self.chart_caption.setText("")
        if not board.standings:
            self.chart.show_empty(self.tr(
                "No advisors yet. A store manager adds advisor profiles in Settings."))
            return
        if board.through is None:
            self.chart.show_empty(self.tr("This period has not started yet."))
            return
        if board.is_empty:
            self.chart.show_empty(self.tr(
                "Nothing counted in this period yet. The rankings fill in as advisors finish "
                "their SOP steps on the Today page, add customers and copy scripts, materials "
                "and coupons."))
            return
        rows = sorted(board.standings, key=lambda s: -(s.value(key) or 0))  # stable: by rank
        me = board.standing_of(self.ui.state.advisor_id)
        if not any(s.value(key) for s in rows):
            self.chart.show_empty(self.tr("Nothing yet for this measure in this period: see "
                                          "the table for the others."))
            return
        shown = rows[:TOP_BARS]
        if me is not None and me not in shown:
            shown.append(me)  # the current advisor always sees her own bar
        self.chart_caption.setText(measure_tip(key) if len(shown) == len(rows) else self.tr(
            "%1 · the first %2 of %3 advisors (all in the table)").replace(
            "%1", measure_tip(key)).replace("%2", str(TOP_BARS)).replace("%3", str(len(rows))))
        self.chart.set_bars([s.name for s in shown], [s.value(key) or 0 for s in shown],
                            suffix="%" if key == r.COMPLETION else "",
                            highlight=me.name if me else None)

    def _show_mine(self) -> None:
        board, mine, advisor = self.board, self.mine, self.ui.state.advisor
        if advisor is None or mine is None:
            self.my_title.setText(self.tr("Me"))
            self.my_rank.setText(self.tr("Choose who you are in the toolbar to see your rank "
                                         "and streak."))
            self.my_points.clear()
            self.my_streak.clear()
            self.line.show_empty("")
            return
        self.my_title.setText(self.tr("Me · %1").replace("%1", advisor.name))
        standing = board.standing_of(advisor.id) if board else None
        if standing is None:
            self.my_rank.setText(self.tr("Not ranked in this period"))
        elif not any(s.counted for s in board.standings):  # "rank 1 of 1" would mean nothing
            self.my_rank.setText(self.tr("Nothing counted in this period yet"))
        else:
            self.my_rank.setText(self.tr("Rank %1 of %2").replace("%1", str(standing.rank))
                                 .replace("%2", str(len(board.standings))))
        self.my_points.setText(self.tr("%1 points").replace("%1", str(standing.points))
                               if standing and standing.points is not None else "")
        self.my_points.setVisible(bool(self.my_points.text()))
        self.my_streak.setText(
            self.tr("%n day(s) in a row with every due step done on time", "", mine.streak)
            if mine.streak else self.tr("No streak yet: finish every step due today to start "
                                        "one."))
        if not any(t.due for t in mine.line):
            self.line.show_empty(self.tr("No SOP steps were due in the last 30 days."))
            return
        self.line.set_days([t.day for t in mine.line],
                           [t.due for t in mine.line], [t.done for t in mine.line],
                           due_label=self.tr("Due"), done_label=self.tr("Done on time"))
