"""Practice cards: Leitner boxes per advisor (pure rules, no I/O).

A card is one Q&A or objection script. An advisor who has never answered a card has no box
for it (a *new* card). Answering:

- 会了 (knew it): the card moves up one box (a new card enters box 2), at most box 5;
- 还不熟 (not yet): the card goes back to box 1 (a new card enters box 1).

The card is next due ``INTERVAL_DAYS[box]`` days after the day of the answer. Box 5 is
"mastered": 会了 keeps it there, due again after 16 days. The written table in
``tests/domain/test_practice.py`` is the specification.

The daily queue: the cards due on or before the day (oldest due first, then lower boxes,
then library order), then new cards in library order, at most ``NEW_PER_DAY`` introduced a
day (a new hire is not buried under a hundred cards on her first morning).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

BOXES = 5
INTERVAL_DAYS: Mapping[int, int] = {1: 1, 2: 2, 3: 4, 4: 8, 5: 16}
NEW_PER_DAY = 10
MASTERED_BOX = 4  # a card in box 4 or 5 counts as mastered in the score


@dataclass(frozen=True)
class CardState:
    """Where one advisor stands with one card."""

    uid: str
    box: int  # 1..BOXES
    due_on: date
    introduced_on: date  # the day of the first answer
    answers: int = 0
    known: int = 0  # how many of the answers were 会了

    @property
    def mastered(self) -> bool:
        return self.box >= MASTERED_BOX


def answer(state: CardState | None, uid: str, knew: bool, today: date) -> CardState:
    """The card after one answer on ``today`` (``state`` None: a new card)."""
    box = min(BOXES, (state.box if state else 1) + 1) if knew else 1
    return CardState(
        uid=uid, box=box, due_on=today + timedelta(days=INTERVAL_DAYS[box]),
        introduced_on=state.introduced_on if state else today,
        answers=(state.answers if state else 0) + 1,
        known=(state.known if state else 0) + (1 if knew else 0))


@dataclass(frozen=True)
class QueuePlan:
    due: tuple[str, ...]  # uids of cards due, in the order to practise them
    new: tuple[str, ...]  # uids of new cards for today

    @property
    def uids(self) -> tuple[str, ...]:
        return self.due + self.new

    def __len__(self) -> int:
        return len(self.due) + len(self.new)


def daily_queue(cards: Iterable[str], states: Mapping[str, CardState], today: date, *,
                new_per_day: int = NEW_PER_DAY) -> QueuePlan:
    """Today's practice for one advisor. ``cards``: every card uid in library order;
    ``states``: this advisor's boxes (cards no longer in the library are ignored)."""
    order = {uid: n for n, uid in enumerate(cards)}
    due = sorted((s for uid, s in states.items() if uid in order and s.due_on <= today),
                 key=lambda s: (s.due_on, s.box, order[s.uid]))
    introduced_today = sum(1 for s in states.values() if s.introduced_on == today)
    room = max(0, new_per_day - introduced_today)
    new = [uid for uid in order if uid not in states][:room]
    return QueuePlan(tuple(s.uid for s in due), tuple(new))


@dataclass(frozen=True)
class PracticeScore:
    """An advisor's practice at a glance (the journal holds every answer for rankings)."""

    answered: int  # answers in the period
    known: int  # of which 会了
    cards: int  # cards with a box
    mastered: int  # cards in box >= MASTERED_BOX
