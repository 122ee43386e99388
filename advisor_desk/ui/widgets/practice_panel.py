"""The Training page's practice: today's queue with its count, one card at a time, the
advisor's score; and the what's-new session (scripts HQ added or changed since she last
looked)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from advisor_desk.domain.training import Card, PracticeQueue
from advisor_desk.ui.context import UiContext
from advisor_desk.ui.widgets.empty_state import EmptyState
from advisor_desk.ui.widgets.practice_card import PracticeCard


class PracticePanel(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practicePanel")
        self.ui = ui
        self._queue: list[Card] = []
        self._mode = "daily"  # daily | news
        self._advisor: int | None = None
        self._done = {"knew": 0, "again": 0}
        self.count = QLabel(objectName="practiceCount")
        self.count.setProperty("role", "heading")
        self.score = QLabel(objectName="practiceScore")
        self.score.setProperty("role", "dim")
        self.news_button = QPushButton(objectName="practiceWhatsNew")
        self.news_button.clicked.connect(self.start_whats_new)
        self.daily_button = QPushButton(self.tr("Back to today's cards"),
                                        objectName="practiceDaily")
        self.daily_button.clicked.connect(self.start_daily)
        self.card = PracticeCard(self)
        self.card.revealed.connect(self._revealed)
        self.card.answered.connect(self._answered)
        self.finished = EmptyState("practiceFinished")  # no card: why, and what next
        top = QHBoxLayout()
        top.addWidget(self.count)
        top.addSpacing(16)
        top.addWidget(self.score, 1)
        top.addWidget(self.daily_button)
        top.addWidget(self.news_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 8, 12, 0)  # off the tab frame's border
        box.addLayout(top)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.card, 8)
        middle.addWidget(self.finished, 8)
        middle.addStretch(1)
        box.addLayout(middle, 1)

    # ------------------------------------------------------------------ sessions
    def refresh(self) -> None:
        """Reload for the current advisor; a session under way for the same advisor goes on."""
        advisor = self.ui.state.advisor_id
        if advisor == self._advisor and self._queue:
            self._show_header()
            return
        self._advisor = advisor
        if self._mode == "news":
            self.start_whats_new()
        else:
            self.start_daily()

    def start_daily(self) -> None:
        self._mode = "daily"
        self._advisor = self.ui.state.advisor_id
        self._start(self._load(lambda t, a: t.practice_queue(a)))

    def start_whats_new(self) -> None:
        self._mode = "news"
        self._advisor = self.ui.state.advisor_id
        self._start(self._load(lambda t, a: t.whats_new_cards(a)))

    def _load(self, fetch) -> PracticeQueue | None:
        state = self.ui.state
        if not state.is_ready or state.advisor_id is None:
            return None
        try:
            return fetch(state.desk.training, state.advisor_id)
        except Exception as exc:
            self.ui.show_error(exc)
            return None

    def _start(self, queue: PracticeQueue | None) -> None:
        self._queue = list(queue.cards) if queue else []
        self._done = {"knew": 0, "again": 0}
        self._show_header(queue)
        self._next()

    def _show_header(self, queue: PracticeQueue | None = None) -> None:
        state = self.ui.state
        if state.advisor_id is None:
            self.count.setText(self.tr("Choose who you are in the toolbar to practise."))
            self.score.clear()
            self.news_button.hide()
            self.daily_button.hide()
            return
        left = len(self._queue)
        if self._mode == "news":
            self.count.setText(QCoreApplication.translate("PracticePanel", "What's new: %n script(s) to look at", "", left))  # noqa: E501
        elif queue is not None and left:
            text = QCoreApplication.translate("PracticePanel", "Today: %n card(s)", "", left)
            detail = self.tr("%1 to review · %2 new").replace("%1", str(queue.due)).replace(
                "%2", str(queue.new))
            self.count.setText(f"{text}（{detail}）")
        else:
            self.count.setText(QCoreApplication.translate("PracticePanel", "Today: %n card(s) left", "", left))  # noqa: E501
        training = state.desk.training
        score = training.score(state.advisor_id)
        self.score.setText(self.tr("Last 7 days: %1 practised, %2 known · %3 cards mastered")
                           .replace("%1", str(score.answered)).replace("%2", str(score.known))
                           .replace("%3", str(score.mastered)))
        unseen = training.whats_new(state.advisor_id).count
        self.news_button.setVisible(unseen > 0 and self._mode != "news")
        self.news_button.setText(QCoreApplication.translate("PracticePanel", "HQ updated %n script(s) — practise them", "", unseen))  # noqa: E501
        self.daily_button.setVisible(self._mode == "news")

    def _next(self) -> None:
        card = self._queue[0] if self._queue else None
        self.card.show_card(card)
        self.finished.setVisible(card is None)
        if card is not None:
            return
        state = self.ui.state
        goto = state.pageRequested.emit
        today = (self.tr("Back to Today"), "practiceToday", lambda: goto("today"))
        if state.advisor_id is None:
            self.finished.hide()
        elif self._done["knew"] or self._done["again"]:
            self.finished.show_state(self.tr("Done for now"), self.tr(
                "%1 got it, %2 not yet. The cards you did not know come back tomorrow.").replace(
                "%1", str(self._done["knew"])).replace("%2", str(self._done["again"])), [today])
        elif not state.desk.content.history():
            self.finished.show_state(self.tr("No practice cards yet"), self.tr(
                "The cards are HQ's Q&A and objection scripts: they come with HQ's pack. "
                "Import it on the Sync page."),
                [(self.tr("Import HQ's pack…"), "practiceImportPack", lambda: goto("sync"))])
        else:
            self.finished.show_state(self.tr("Nothing to practise right now"), self.tr(
                "New cards come tomorrow, and whenever HQ sends new scripts."), [today])

    # ------------------------------------------------------------------ answers
    def _revealed(self, uid: str) -> None:
        me = self.ui.state.advisor_id
        self.ui.ops.write(lambda desk: desk.training.mark_seen(me, [uid]))

    def _answered(self, uid: str, knew: bool) -> None:
        me = self.ui.state.advisor_id  # on the writer thread; the runner applies the changes
        self.ui.ops.write(lambda desk: desk.training.answer(me, uid, knew),
                          success=lambda _r: self._answer_saved(uid, knew))

    def _answer_saved(self, uid: str, knew: bool) -> None:
        self._done["knew" if knew else "again"] += 1
        self._queue = [c for c in self._queue if c.uid != uid]
        self._show_header()
        self._next()

    def set_customer_data_hidden(self, hidden: bool) -> None:
        self.card.set_hidden(hidden)
