"""The Today page driven through its real widgets."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QTreeView
from sqlalchemy import select

from advisor_desk.store import customers_repo
from advisor_desk.store import models as m

pytestmark = pytest.mark.gui


def _queue_titles(window) -> list[str]:
    tree = window.findChild(QTreeView, "todayQueue")
    model = tree.model()
    titles = []
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            titles.append(model.task_at(model.index(row, 0, parent)).step_title)
    return titles


def test_marking_a_step_done_removes_it_logs_it_and_advances(window, loaded_desk, qtbot):
    desk = loaded_desk
    advisor = window.state.advisor
    with desk.ctx.db.write() as s:
        cid = customers_repo.create(s, customers_repo.NewCustomer(name="测试客户", salutation="测姐"),
                                    owner_id=advisor.id, at=desk.clock.now(), device_id="d",
                                    by=advisor.id)
        customers_repo.record_purchase(s, cid, at=desk.clock.now() - timedelta(days=1),
                                       amount_fen=100, items="精华", advisor_id=advisor.id,
                                       now=desk.clock.now(), device_id="d")
    window.navigation.setCurrentRow(0)
    page = window.page("today")
    page.refresh()
    tree = window.findChild(QTreeView, "todayQueue")
    index = page.model.index_of(desk.tasks.next_step(cid).task_id)
    assert index.isValid()
    tree.setCurrentIndex(index)
    assert page.panel.task.customer_id == cid and page.panel.task.step_title == "第1天回访"
    note = window.findChild(QLineEdit, "doneNote")
    note.setText("发了使用方法")
    before = _queue_titles(window).count("第1天回访")
    qtbot.mouseClick(window.findChild(QPushButton, "doneButton"), Qt.MouseButton.LeftButton)
    assert _queue_titles(window).count("第1天回访") == before - 1
    with desk.ctx.db.read() as s:
        notes = s.scalars(select(m.Interaction.note).where(m.Interaction.customer_id == cid)).all()
    assert notes == ["发了使用方法"]
    assert desk.tasks.next_step(cid).step_title == "第7天回访"
