"""One practice card: the situation on the front ("think: how would you answer?"), the script
on the back, then 会了 / 还不熟. Keys: Space or Enter reveals, 1 还不熟, 2 会了."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.training import Card
from advisor_desk.ui.deck_frames import step_name

CARD_STYLE = """
QFrame#practiceCard { background: #ffffff; border: 1px solid #e4ded6; border-radius: 14px; }
QLabel#cardSituation { font-size: 20pt; font-weight: bold; color: #1f1d1b; }
QLabel#cardScript { font-size: 15pt; color: #1f1d1b; background: #fbf8f3;
                    border-left: 5px solid #c8553d; border-radius: 6px; padding: 12px 16px; }
QLabel#cardThink { font-size: 12pt; color: #6f6a64; }
QLabel#cardKind { font-size: 11pt; font-weight: bold; color: #c8553d; }
QLabel#cardBadge { color: #ffffff; background: #2d7a4f; border-radius: 4px; padding: 1px 8px; }
"""


class PracticeCard(QFrame):
    revealed = Signal(str)  # uid
    answered = Signal(str, bool)  # uid, knew

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceCard")
        self.setStyleSheet(CARD_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMaximumWidth(980)
        self._card: Card | None = None
        self._revealed = False
        self.kind = QLabel(objectName="cardKind")
        self.badge = QLabel(objectName="cardBadge")
        self.where = QLabel(objectName="cardWhere")
        self.where.setProperty("role", "dim")
        self.situation = QLabel(objectName="cardSituation", wordWrap=True)
        self.situation.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.think = QLabel(objectName="cardThink", wordWrap=True)
        self.script = QLabel(objectName="cardScript", wordWrap=True)
        self.script.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.script.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.reveal_button = QPushButton(self.tr("Show the script  (Space)"),
                                         objectName="revealButton")
        self.reveal_button.setProperty("role", "primary")
        self.again_button = QPushButton(self.tr("Not yet  (1)"), objectName="againButton")
        self.knew_button = QPushButton(self.tr("Got it  (2)"), objectName="knewButton")
        self.knew_button.setProperty("role", "primary")
        for button in (self.reveal_button, self.again_button, self.knew_button):
            button.setMinimumHeight(48)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the card takes the keys
        self.reveal_button.clicked.connect(self.reveal)
        self.again_button.clicked.connect(lambda: self._answer(False))
        self.knew_button.clicked.connect(lambda: self._answer(True))
        head = QHBoxLayout()
        head.addWidget(self.kind)
        head.addWidget(self.badge)
        head.addStretch(1)
        head.addWidget(self.where)
        answers = QHBoxLayout()
        answers.addWidget(self.again_button, 1)
        answers.addWidget(self.knew_button, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(28, 20, 28, 20)
        box.setSpacing(12)
        box.addLayout(head)
        box.addWidget(self.situation)
        box.addWidget(self.think)
        box.addWidget(self.script, 1)
        box.addStretch(1)
        box.addWidget(self.reveal_button)
        box.addLayout(answers)
        self.show_card(None)

    @property
    def card(self) -> Card | None:
        return self._card

    @property
    def is_revealed(self) -> bool:
        return self._revealed

    def show_card(self, card: Card | None) -> None:
        self._card, self._revealed = card, False
        self.setVisible(card is not None)
        if card is None:
            return
        self.kind.setText(self.tr("The customer asks") if card.kind == "qa"
                          else self.tr("Situation"))
        badge = {"new": self.tr("New from HQ"), "changed": self.tr("Changed by HQ")}.get(
            card.change or "")
        if not badge:
            badge = self.tr("New card") if card.box is None else \
                self.tr("Box %1 of 5").replace("%1", str(card.box))
        self.badge.setText(badge)
        step = self.tr("Step %1: %2").replace("%1", str(card.sales_step)).replace(
            "%2", step_name(card.sales_step)) if card.sales_step else ""
        self.where.setText(" · ".join(x for x in (card.scene_name, step) if x))
        self.situation.setText(card.situation)
        self.think.setText(self.tr("Think: how would you answer? Say it in your own words, "
                                   "then look at the script."))
        self.script.setText(card.script)
        self._sync()
        self.setFocus()

    def reveal(self) -> None:
        if self._card is None or self._revealed:
            return
        self._revealed = True
        self._sync()
        self.revealed.emit(self._card.uid)

    def _answer(self, knew: bool) -> None:
        if self._card is not None and self._revealed:
            self.answered.emit(self._card.uid, knew)

    def _sync(self) -> None:
        self.think.setVisible(not self._revealed)
        self.script.setVisible(self._revealed)
        self.reveal_button.setVisible(not self._revealed)
        self.again_button.setVisible(self._revealed)
        self.knew_button.setVisible(self._revealed)

    def set_hidden(self, hidden: bool) -> None:
        """Nothing on the card while the PC is locked (it shows no customer data, but the
        same switch as the other windows keeps the rule simple)."""
        for widget in (self.situation, self.script, self.where):
            widget.setVisible(not hidden and (widget is not self.script or self._revealed))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.reveal()
        elif key == Qt.Key.Key_1:
            self._answer(False)
        elif key == Qt.Key.Key_2:
            self._answer(True)
        else:
            super().keyPressEvent(event)
