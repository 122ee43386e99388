"""ui/heap.py: after start-up the long-lived heap is frozen, and again after a full GC pass,
so collections triggered while typing never walk it."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QObject

from advisor_desk.ui.heap import HeapKeeper


@pytest.fixture
def keeper(qapp, monkeypatch):
    monkeypatch.setenv("ADVISOR_DESK_GC_FREEZE", "1")
    owner = QObject()
    yield HeapKeeper(owner)
    gc.unfreeze()


def test_settle_freezes_what_is_alive_and_a_full_pass_triggers_it_again(keeper):
    gc.unfreeze()
    kept = [[n] for n in range(20_000)]  # a long-lived structure of tracked objects
    keeper.settle()
    first = gc.get_freeze_count()
    assert first >= len(kept)
    gc.collect(2)  # a full pass over whatever was not frozen
    assert gc.get_freeze_count() == first  # a full pass leaves the frozen heap alone
    more = [[n] for n in range(5_000)]
    gc.collect()
    keeper.check()  # a full pass happened since: freeze the survivors too
    assert gc.get_freeze_count() >= first + len(more)
    assert keeper.frozen_at == [first, gc.get_freeze_count()]
    keeper.check()  # no full pass since: nothing to do
    assert len(keeper.frozen_at) == 2
    assert kept[0] == [0] and more[0] == [0]


def test_it_can_be_turned_off_to_measure(qapp, monkeypatch):
    monkeypatch.setenv("ADVISOR_DESK_GC_FREEZE", "0")
    keeper = HeapKeeper(QObject())
    before = gc.get_freeze_count()
    keeper.start()
    assert not keeper.enabled and gc.get_freeze_count() == before
    gc.collect()
    keeper.check()
    assert gc.get_freeze_count() == before  # off means off
