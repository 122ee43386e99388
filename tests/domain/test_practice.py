"""Leitner boxes: the written table is the specification (docs/training.md)."""

from __future__ import annotations

from datetime import date

import pytest

from advisor_desk.domain import practice
from advisor_desk.domain.practice import CardState

# A 10-answer session over two weeks: day, card, answer (True = 会了, False = 还不熟),
# then the box and the next due date the card must have afterwards.
SESSION = [
    (date(2026, 11, 24), "A", True, 2, date(2026, 11, 26)),   # new + 会了: box 2, +2 days
    (date(2026, 11, 24), "B", False, 1, date(2026, 11, 25)),  # new + 还不熟: box 1, +1 day
    (date(2026, 11, 24), "C", True, 2, date(2026, 11, 26)),
    (date(2026, 11, 25), "B", True, 2, date(2026, 11, 27)),   # 1 -> 2
    (date(2026, 11, 26), "A", True, 3, date(2026, 11, 30)),   # 2 -> 3, +4 days
    (date(2026, 11, 26), "C", False, 1, date(2026, 11, 27)),  # back to box 1
    (date(2026, 11, 27), "B", True, 3, date(2026, 12, 1)),
    (date(2026, 11, 27), "C", True, 2, date(2026, 11, 29)),
    (date(2026, 11, 30), "A", True, 4, date(2026, 12, 8)),    # 3 -> 4, +8 days
    (date(2026, 12, 8), "A", True, 5, date(2026, 12, 24)),    # 4 -> 5, +16 days
]


def test_ten_answers_follow_the_written_table():
    states: dict[str, CardState] = {}
    for day, card, knew, box, due in SESSION:
        assert card not in states or states[card].due_on <= day, "answered before it was due"
        states[card] = practice.answer(states.get(card), card, knew, day)
        assert (states[card].box, states[card].due_on) == (box, due), (day, card)
    assert {c: (s.answers, s.known) for c, s in states.items()} == \
        {"A": (4, 4), "B": (3, 2), "C": (3, 2)}
    assert states["A"].introduced_on == date(2026, 11, 24)


def test_box_five_stays_five_and_not_yet_always_goes_to_box_one():
    top = CardState("A", 5, date(2026, 12, 24), date(2026, 11, 1))
    again = practice.answer(top, "A", True, date(2026, 12, 24))
    assert (again.box, again.due_on) == (5, date(2027, 1, 9))
    assert practice.answer(top, "A", False, date(2026, 12, 24)).box == 1


@pytest.mark.parametrize(("day", "due"), [
    (date(2026, 11, 24), ()),
    (date(2026, 11, 25), ("B",)),
    (date(2026, 11, 26), ("B", "A", "C")),  # oldest due first, then lower box, then order
])
def test_daily_queue_due_cards_first_then_new_ones(day, due):
    states = {"A": CardState("A", 2, date(2026, 11, 26), date(2026, 11, 24)),
              "C": CardState("C", 2, date(2026, 11, 26), date(2026, 11, 24)),
              "B": CardState("B", 1, date(2026, 11, 25), date(2026, 11, 24))}
    plan = practice.daily_queue(["A", "B", "C", "D", "E"], states, day)
    assert plan.due == due
    assert plan.new == ("D", "E")


def test_at_most_ten_new_cards_a_day_counting_those_already_started():
    cards = [f"c{n:02d}" for n in range(30)]
    day = date(2026, 11, 24)
    assert len(practice.daily_queue(cards, {}, day).new) == practice.NEW_PER_DAY == 10
    started = {c: practice.answer(None, c, True, day) for c in cards[:4]}
    plan = practice.daily_queue(cards, started, day)
    assert plan.new == tuple(cards[4:10]) and plan.due == ()
    gone = {"zz": CardState("zz", 1, day, day)}  # a retired script's box is ignored
    assert practice.daily_queue(cards[:2], gone, day).uids == tuple(cards[:2])
