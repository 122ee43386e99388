"""Ctrl+P: the advisor's scope (a manager: the store), stage / last contact / next step on
each line, and a note when more customers match outside the advisor's scope."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QListWidget

from advisor_desk.ui.dialogs.customer_picker import CustomerPicker
from tests.support.qt_input import type_text

pytestmark = pytest.mark.gui


def test_picker_lines_and_the_note_about_other_advisors(window, loaded_desk, qtbot):
    advisors = loaded_desk.advisors.list()
    manager = next(a for a in advisors if a.is_manager)
    staff = next(a for a in advisors if not a.is_manager)
    window.state.set_advisor(manager)
    picker = CustomerPicker(window, window.state)
    qtbot.addWidget(picker)
    results = picker.findChild(QListWidget, "customerResults")
    everyone = results.count()
    assert everyone == min(50, loaded_desk.customers.count())
    first = results.item(0).text()
    assert "\n" in first and ("contact" in first or "contacted" in first)
    mine = loaded_desk.customers.pick("", advisor=staff).picks
    outsider = next(p.card for p in loaded_desk.customers.pick("", advisor=manager).picks
                    if p.card.id not in {m.card.id for m in mine})
    window.state.set_advisor(staff)
    picker = CustomerPicker(window, window.state)
    qtbot.addWidget(picker)
    box = picker.search
    type_text(qtbot, box, outsider.phone[-4:])
    note = picker.findChild(QLabel, "customerOutside")
    qtbot.waitUntil(lambda: not note.isHidden(), timeout=5000)
    assert note.text()[0].isdigit()  # "N more customers match but belong to ..."
    ids = [picker.findChild(QListWidget, "customerResults").item(r).data(256)
           for r in range(picker.findChild(QListWidget, "customerResults").count())]
    assert outsider.id not in ids
