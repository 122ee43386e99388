"""A second instance on the same data folder brings the first to the front."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from advisor_desk.ui.single_instance import InstanceGuard

pytestmark = pytest.mark.gui


def test_only_the_first_instance_gets_the_folder_and_a_second_one_raises_it(qtbot, tmp_path):
    first = InstanceGuard(tmp_path)
    assert first.acquire()
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    first.serve(window)
    second = InstanceGuard(tmp_path)
    assert not second.acquire()
    assert second.ask_first_to_raise()
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=5000)
    first.release()
    third = InstanceGuard(tmp_path)
    assert third.acquire()  # free again once the first has gone
    third.release()


def test_nobody_listening_is_reported(tmp_path):
    assert not InstanceGuard(tmp_path / "other").ask_first_to_raise(timeout_ms=200)
