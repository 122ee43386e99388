"""今日 Today: the advisor's morning list — overdue, today, coming days — with the selected
step's kit shown exactly as it will be copied; birthdays and HQ's daily tasks in one compact
strip, so the queue gets the height. An empty Today says why and what to do next."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.changes import Changes
from advisor_desk.domain.errors import NotFound
from advisor_desk.domain.tasks import TodayQueue
from advisor_desk.ui import labels
from advisor_desk.ui.context import UiContext
from advisor_desk.ui.copying import copy_item, next_part
from advisor_desk.ui.dialogs.step_dialogs import ask_leave, ask_skip_reason, ask_snooze
from advisor_desk.ui.models.task_queue import TaskQueueModel
from advisor_desk.ui.pages.base import Page
from advisor_desk.ui.widgets.empty_state import EmptyState
from advisor_desk.ui.widgets.step_panel import StepPanel

SHOWN_BIRTHDAYS = 4
SHOWN_DAILY = 3
NARROW_QUEUE = 560  # px: below this the queue hides its "why" column


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
        self.counts = QLabel(objectName="todayCounts", wordWrap=True)
        self.progress = QProgressBar(objectName="todayProgress", maximumWidth=200)
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
        self.news_banner = QPushButton(objectName="whatsNewBanner")
        self.news_banner.setProperty("role", "banner")
        self.news_banner.hide()
        self.news_banner.clicked.connect(
            lambda: self.ui.state.request_page("training", "whats_new"))
        self.strip = self._build_strip()

        self.model = TaskQueueModel(self)
        self.tree = QTreeView(objectName="todayQueue")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, width in enumerate((118, 0, 96, 78, 100)):
            if width:
                self.tree.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.installEventFilter(self)  # narrow (125 % scaling): drop the "why" column
        self.panel = StepPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="todaySplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([560, 480])  # the queue first: at 1366 px it keeps its tags
        self.splitter.setChildrenCollapsible(False)
        self.empty = EmptyState("todayEmpty")
        self.body = QStackedWidget(objectName="todayBody")
        self.body.addWidget(self.splitter)
        self.body.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.news_banner)
        layout.addWidget(self.strip)
        layout.addWidget(self.body, 1)

        self.tree.selectionModel().currentChanged.connect(
            lambda cur, _prev: self.panel.show_task(self.model.task_at(cur)))
        self.tree.doubleClicked.connect(lambda _i: self.panel.copy_next())
        self.panel.copyRequested.connect(self._copy_part)
        self.panel.previewWanted.connect(self._preview)
        self.panel.doneRequested.connect(self._done)
        self.panel.confirmDoneRequested.connect(self._confirm_done)
        self.panel.skipRequested.connect(self._skip)
        self.panel.snoozeRequested.connect(self._snooze)
        self.panel.openCustomerRequested.connect(self._open_customer)
        self.leave_button.clicked.connect(self._leave)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.panel.copy_next)
        QShortcut(QKeySequence("Ctrl+D"), self, lambda: self.panel.task and self._done(
            self.panel.task.task_id, self.panel.note.text()))

    def _build_strip(self) -> QWidget:
        strip = QWidget(objectName="todayStrip")
        self.birthdays = QLabel(objectName="birthdayStrip", wordWrap=True,
                                textFormat=Qt.TextFormat.RichText)
        self.birthdays.linkActivated.connect(lambda href: self._open_customer(int(href)))
        self.daily_title = QLabel(objectName="dailyTitle")
        self.daily_box = QHBoxLayout()
        self.daily_box.setContentsMargins(0, 0, 0, 0)
        self.daily_checks: list[QCheckBox] = []
        row = QHBoxLayout(strip)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(self.birthdays, 1)
        row.addWidget(self.daily_title)
        row.addLayout(self.daily_box)
        return strip

    def eventFilter(self, watched, event) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.Resize:
            # the step's title needs the room more than the playbook tag (the panel has it)
            self.tree.setColumnHidden(2, self.tree.width() < NARROW_QUEUE)
        return super().eventFilter(watched, event)

    def task_count(self) -> int:
        """Rows listed in the queue (the start-up benchmark checks Today is filled)."""
        model = self.model
        return sum(model.rowCount(model.index(g, 0)) for g in range(model.rowCount()))

    def cares_about(self, changes: Changes) -> bool:
        return changes.tasks or changes.all_customers or bool(changes.customers) or \
            changes.advisors or changes.settings or changes.packs or changes.training

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        state = self.ui.state
        self.heading.setText(self.tr("Today · %1").replace(
            "%1", labels.long_date(state.desk.clock.today())))
        if state.advisor is None:
            self._show(None)
            self._show_news(0)
            return
        self._show(state.desk.tasks.today(state.advisor.id))
        self._show_news(state.desk.training.whats_new(state.advisor.id).count)

    def _show_news(self, count: int) -> None:
        """HQ's new and changed scripts, until this advisor has looked at each once."""
        self.news_banner.setVisible(count > 0)
        self.news_banner.setText(self.tr("HQ updated %n script(s) — practise them ›", "",
                                         count))

    def _show(self, queue: TodayQueue | None) -> None:
        selected = self.panel.task.task_id if self.panel.task else None
        self._queue = queue
        if queue is None:
            self.counts.clear()
            self.progress.hide()
            self.leave_button.hide()
            self.strip.hide()
            self._show_empty(None)
            return
        self.leave_button.show()
        self.model.set_queue(queue)
        for row in range(self.model.rowCount()):  # a group's title is not cut by column 1
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        self.counts.setText(self.tr("Overdue %1 · today %2 · coming days %3").replace(
            "%1", str(queue.count("overdue"))).replace("%2", str(queue.count("today"))).replace(
            "%3", str(queue.count("soon"))))
        self.progress.setRange(0, max(queue.progress.due, 1))
        self.progress.setValue(queue.progress.done)
        self.progress.setVisible(queue.progress.due > 0)
        self.banner.setVisible(queue.on_leave)
        self.banner.setText(self.tr("You are on leave today: your queue is paused."))
        self._fill_birthdays(queue)
        self._fill_daily(queue)
        self.strip.setVisible(bool(queue.birthdays or queue.daily_tasks))
        if not (queue.overdue or queue.today or queue.soon):
            self._show_empty(queue)
            return
        self.body.setCurrentWidget(self.splitter)
        index = self.model.index_of(selected) if selected else self.model.first_task_index()
        if not index.isValid():
            index = self.model.first_task_index()
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.setFocus()
        else:
            self.panel.show_task(None)

    def _show_empty(self, queue: TodayQueue | None) -> None:
        """Why there is nothing to do, and the one next action."""
        state, desk = self.ui.state, self.ui.state.desk
        self.body.setCurrentWidget(self.empty)
        self.panel.show_task(None)
        goto = state.pageRequested.emit
        if queue is None and not desk.advisors.list():
            self.empty.show_state(
                self.tr("Welcome! This PC has no store yet"),
                self.tr("Three steps: name your store, add yourself as its manager, and load "
                        "HQ's content (or the demo content to try things out)."),
                [(self.tr("Set up the store…"), "todaySetUp", state.firstRunRequested.emit)])
        elif queue is None:
            self.empty.show_state(
                self.tr("Who is at the counter?"),
                self.tr("Choose your name under “Advisor” at the top right to see your list."))
        elif not desk.content.history():
            self.empty.show_state(
                self.tr("No HQ content yet"),
                self.tr("Follow-up plans, scripts, materials and coupons come from HQ's pack "
                        "file. Import it on the Sync page; your list fills as customers "
                        "arrive."),
                [(self.tr("Import HQ's pack…"), "todayImportPack", lambda: goto("sync"))])
        elif not desk.customers.count(viewer=self.ui.state.advisor):
            self.empty.show_state(
                self.tr("No customers yet"),
                self.tr("Add customers one by one as they arrive (Ctrl+N on the Customers "
                        "page) or import your WeCom customer list: their follow-ups appear "
                        "here."),
                [(self.tr("Go to customers"), "todayCustomers", lambda: goto("customers"))])
        else:
            self.empty.show_state(
                self.tr("No follow-ups due"),
                self.tr("A good moment to post today's moments material or to greet a "
                        "customer you have not talked to for a while."),
                [(self.tr("Find a material"), "todayMaterials", lambda: goto("materials")),
                 (self.tr("Go to customers"), "todayCustomers", lambda: goto("customers"))])

    def _fill_birthdays(self, queue: TodayQueue) -> None:
        links = []
        for b in queue.birthdays[:SHOWN_BIRTHDAYS]:
            when = self.tr("today") if b.days_until == 0 else \
                self.tr("tomorrow") if b.days_until == 1 else labels.short_date(b.birthday)
            name = b.salutation or b.customer_name
            links.append(f'<a href="{b.customer_id}" style="color:#9a3412;text-decoration:none">'
                         f"{html.escape(name)}</a> {html.escape(when)}")
        more = len(queue.birthdays) - SHOWN_BIRTHDAYS
        if more > 0:
            links.append(html.escape(self.tr("+%1 more").replace("%1", str(more))))
        self.birthdays.setText(("<b>" + html.escape(self.tr("Birthdays:")) + "</b> "
                                + " · ".join(links)) if links else "")
        self.birthdays.setToolTip("\n".join(
            f"{b.salutation or b.customer_name} · {labels.short_date(b.birthday)}"
            for b in queue.birthdays))

    def _fill_daily(self, queue: TodayQueue) -> None:
        for check in self.daily_checks:
            self.daily_box.removeWidget(check)
            check.setParent(None)
            check.deleteLater()
        self.daily_checks = []
        tasks = queue.daily_tasks
        self.daily_title.setText(self.tr("HQ today:") if tasks else "")
        for t in tasks[:SHOWN_DAILY]:
            check = QCheckBox(t.title, objectName=f"daily_{t.task_id}")
            check.setToolTip(t.body)
            check.setChecked(t.done)
            check.setEnabled(not t.done)
            check.toggled.connect(lambda on, task_id=t.task_id: on and self._daily_done(task_id))
            self.daily_box.addWidget(check)
            self.daily_checks.append(check)
        if len(tasks) > SHOWN_DAILY:
            more = QCheckBox(self.tr("+%1 more tasks").replace("%1",
                                                                str(len(tasks) - SHOWN_DAILY)))
            more.setEnabled(False)
            more.setToolTip("\n".join(t.title for t in tasks[SHOWN_DAILY:]))
            self.daily_box.addWidget(more)
            self.daily_checks.append(more)

    # ------------------------------------------------------------------ actions
    def _preview(self, kind: str, uid: str) -> None:
        task, state = self.panel.task, self.ui.state
        if task is None:
            return
        try:
            draft = state.desk.library.draft(kind, uid, advisor_id=state.advisor_id,
                                             customer_id=task.customer_id,
                                             marker=lambda n: f"［{n}］")
        except NotFound:  # retired meanwhile: the panel says so
            draft = None
        self.panel.show_preview(draft, next_part(state, kind, uid, task.customer_id))

    def _copy_part(self, kind: str, uid: str) -> None:
        task = self.panel.task
        if task is not None:
            copy_item(self.ui, self, kind, uid, task.customer_id,
                      initiator=self.panel.copy_button,
                      on_copied=lambda _o: self._part_copied(kind, uid, task.customer_id))

    def _part_copied(self, kind: str, uid: str, customer_id: int) -> None:
        if next_part(self.ui.state, kind, uid, customer_id):
            self.panel.sub_part_copied()  # a moments post stays until its last picture
        else:
            self.panel.part_copied()

    def _confirm_done(self) -> None:
        from advisor_desk.ui.dialogs.confirm_done import ConfirmDoneDialog

        task = self.panel.task
        if task is None:
            return
        who = task.salutation or task.customer_name
        dialog = ConfirmDoneDialog(self, task.step_title, who)
        note = self.panel.note.text()
        dialog.accepted.connect(lambda: self._done(task.task_id, note))
        dialog.open()

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

    def _daily_done(self, task_id: int) -> None:
        advisor = self.ui.state.advisor
        if advisor is not None:
            self.ui.ops.write(lambda desk: desk.tasks.complete_daily_task(task_id, advisor.id),
                              failure=lambda _e: self._mark_dirty())  # the box unticks again

    def _open_customer(self, customer_id: int) -> None:
        self.ui.state.open_customer(customer_id)
