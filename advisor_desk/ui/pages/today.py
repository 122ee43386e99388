"""今日 Today: the advisor's morning list — overdue, today, coming days, birthdays, HQ's
daily tasks and the day's progress; one click to do each step."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.changes import Changes
from advisor_desk.domain.tasks import TodayQueue
from advisor_desk.ui import labels
from advisor_desk.ui.context import UiContext
from advisor_desk.ui.copying import copy_item, next_part
from advisor_desk.ui.dialogs.step_dialogs import ask_leave, ask_skip_reason, ask_snooze
from advisor_desk.ui.models.task_queue import TaskQueueModel
from advisor_desk.ui.pages.base import Page
from advisor_desk.ui.widgets.step_panel import StepPanel


class TodayPage(Page):
    key = "today"

    def __init__(self, ui: UiContext) -> None:
        super().__init__(ui)
        self.setObjectName("todayPage")
        self._queue: TodayQueue | None = None
        self._build()
        ui.state.advisorChanged.connect(lambda _a: self._mark_dirty())

    def _build(self) -> None:
        self.heading = QLabel(objectName="todayHeading")
        self.heading.setProperty("role", "heading")
        self.counts = QLabel(objectName="todayCounts")
        self.progress = QProgressBar(objectName="todayProgress", maximumWidth=220)
        self.progress.setFormat(self.tr("%v of %m done"))
        self.leave_button = QPushButton(self.tr("Leave…"), objectName="leaveButton")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(16)
        top.addWidget(self.counts, 1)
        top.addWidget(self.progress)
        top.addWidget(self.leave_button)
        self.banner = QLabel(objectName="leaveBanner", wordWrap=True)
        self.banner.setProperty("role", "warning")
        self.banner.hide()

        self.model = TaskQueueModel(self)
        self.tree = QTreeView(objectName="todayQueue")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, width in enumerate((128, 0, 120, 68, 78)):
            if width:
                self.tree.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(objectName="todayEmpty", wordWrap=True)
        self.empty.setProperty("role", "dim")

        self.birthdays = QListWidget(objectName="birthdayList")
        self.daily = QListWidget(objectName="dailyTaskList")
        side = QWidget()
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        self.birthday_title = QLabel(objectName="birthdayTitle")
        self.daily_title = QLabel(objectName="dailyTitle")
        for widget in (self.birthday_title, self.birthdays, self.daily_title, self.daily):
            side_box.addWidget(widget)

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.tree, 3)
        left_box.addWidget(self.empty)
        lists = QHBoxLayout()
        lists.addWidget(side)
        left_box.addLayout(lists, 2)

        self.panel = StepPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="todaySplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

        self.tree.selectionModel().currentChanged.connect(
            lambda cur, _prev: self.panel.show_task(self.model.task_at(cur)))
        self.tree.doubleClicked.connect(lambda _i: self.panel.copy_next())
        self.panel.copyRequested.connect(self._copy_part)
        self.panel.doneRequested.connect(self._done)
        self.panel.skipRequested.connect(self._skip)
        self.panel.snoozeRequested.connect(self._snooze)
        self.panel.openCustomerRequested.connect(self._open_customer)
        self.leave_button.clicked.connect(self._leave)
        self.daily.itemChanged.connect(self._daily_checked)
        self.birthdays.itemActivated.connect(
            lambda item: self._open_customer(item.data(Qt.ItemDataRole.UserRole)))
        QShortcut(QKeySequence("Ctrl+Return"), self, self.panel.copy_next)
        QShortcut(QKeySequence("Ctrl+D"), self, lambda: self.panel.task and self._done(
            self.panel.task.task_id, self.panel.note.text()))

    def cares_about(self, changes: Changes) -> bool:
        return changes.tasks or changes.all_customers or bool(changes.customers) or \
            changes.advisors or changes.settings

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        state = self.ui.state
        if state.advisor is None:
            self._show(None)
            return
        self._show(state.desk.tasks.today(state.advisor.id))

    def _show(self, queue: TodayQueue | None) -> None:
        selected = self.panel.task.task_id if self.panel.task else None
        self._queue = queue
        today = self.ui.state.desk.clock.today()
        self.heading.setText(self.tr("Today · %1").replace("%1", labels.long_date(today)))
        if queue is None:
            self.counts.setText(self.tr("Choose who you are in the toolbar to see your list."))
            return
        self.model.set_queue(queue)
        self.tree.expandAll()
        self.counts.setText(self.tr("Overdue %1 · today %2 · coming days %3").replace(
            "%1", str(queue.count("overdue"))).replace("%2", str(queue.count("today"))).replace(
            "%3", str(queue.count("soon"))))
        self.progress.setRange(0, max(queue.progress.due, 1))
        self.progress.setValue(queue.progress.done)
        self.banner.setVisible(queue.on_leave)
        self.banner.setText(self.tr("You are on leave today: your queue is paused."))
        nothing = not (queue.overdue or queue.today or queue.soon)
        self.empty.setVisible(nothing)
        self.empty.setText(self.tr("No follow-ups due. A good moment to post today's moments "
                                   "material or to greet a customer you have not talked to "
                                   "for a while."))
        self._fill_birthdays(queue)
        self._fill_daily(queue)
        index = self.model.index_of(selected) if selected else self.model.first_task_index()
        if not index.isValid():
            index = self.model.first_task_index()
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.panel.show_task(None)

    def _fill_birthdays(self, queue: TodayQueue) -> None:
        self.birthdays.clear()
        self.birthday_title.setText(self.tr("Birthdays (%n)", "", len(queue.birthdays)))
        for b in queue.birthdays:
            when = self.tr("today") if b.days_until == 0 else \
                self.tr("in %n day(s)", "", b.days_until)
            name = b.customer_name if not b.salutation or b.salutation in b.customer_name \
                else f"{b.salutation} · {b.customer_name}"
            item = QListWidgetItem(f"{name}   {labels.short_date(b.birthday)}（{when}）")
            item.setData(Qt.ItemDataRole.UserRole, b.customer_id)
            self.birthdays.addItem(item)

    def _fill_daily(self, queue: TodayQueue) -> None:
        self.daily.blockSignals(True)
        self.daily.clear()
        self.daily_title.setText(self.tr("HQ tasks for today (%n)", "", len(queue.daily_tasks)))
        for t in queue.daily_tasks:
            item = QListWidgetItem(t.title)
            item.setToolTip(t.body)
            item.setData(Qt.ItemDataRole.UserRole, t.task_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if t.done else Qt.CheckState.Unchecked)
            if t.done:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.daily.addItem(item)
        self.daily.blockSignals(False)

    # ------------------------------------------------------------------ actions
    def _copy_part(self, kind: str, uid: str) -> None:
        task = self.panel.task
        if task is not None:
            copy_item(self.ui, self, kind, uid, task.customer_id,
                      initiator=self.panel.copy_button,
                      on_copied=lambda _o: self._part_copied(kind, uid, task.customer_id))

    def _part_copied(self, kind: str, uid: str, customer_id: int) -> None:
        if not next_part(self.ui.state, kind, uid, customer_id):
            self.panel.part_copied()  # a moments post stays until its last picture

    def _done(self, task_id: int, note: str) -> None:
        me = self.ui.state.advisor_id
        self.ui.ops.write(lambda desk: desk.tasks.mark_done(task_id, me, note),
                          initiator=self.panel.done_button,
                          success=lambda _c: self.ui.notify(
                              self.tr("Done. Logged on the customer's timeline.")))

    def _skip(self, task_id: int) -> None:
        reason = ask_skip_reason(self)
        if reason:
            me = self.ui.state.advisor_id
            self.ui.ops.write(lambda desk: desk.tasks.skip(task_id, me, reason),
                              initiator=self.panel.skip_button)

    def _snooze(self, task_id: int) -> None:
        until = ask_snooze(self, self.ui.state.desk.clock.today())
        if until:
            me = self.ui.state.advisor_id
            self.ui.ops.write(lambda desk: desk.tasks.snooze(task_id, me, until),
                              initiator=self.panel.snooze_button)

    def _leave(self) -> None:
        advisor = self.ui.state.advisor
        if advisor is None:
            return
        chosen = ask_leave(self, self.ui.state.desk.clock.today())
        if chosen:
            self.ui.ops.write(lambda desk: desk.tasks.add_leave(advisor.id, *chosen),
                              initiator=self.leave_button)

    def _daily_checked(self, item: QListWidgetItem) -> None:
        advisor = self.ui.state.advisor
        if item.checkState() == Qt.CheckState.Checked and advisor is not None:
            task_id = item.data(Qt.ItemDataRole.UserRole)
            self.ui.ops.write(lambda desk: desk.tasks.complete_daily_task(task_id, advisor.id),
                              failure=lambda _e: self._mark_dirty())  # the box unticks again

    def _open_customer(self, customer_id: int) -> None:
        self.ui.state.open_customer(customer_id)
