"""The Customers page and a profile, through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableView, QTreeWidget
from sqlalchemy import func, select

from advisor_desk.store import models as m
from tests.support.ops import settle

pytestmark = pytest.mark.gui


def _check_tags(window, uids: set[str]) -> None:
    tree = window.findChild(QTreeWidget, "tagFilter")
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for n in range(group.childCount()):
            item = group.child(n)
            state = Qt.CheckState.Checked if item.data(0, Qt.ItemDataRole.UserRole) in uids \
                else Qt.CheckState.Unchecked
            item.setCheckState(0, state)


def _direct_count(desk, groups: list[list[str]]) -> int:
    """Customers with at least one tag of every group, by a plain SQL query."""
    with desk.ctx.db.read() as s:
        q = select(func.count()).select_from(m.Customer).where(m.Customer.deleted_at.is_(None))
        for uids in groups:
            q = q.where(m.Customer.id.in_(select(m.CustomerTag.customer_id).join(
                m.Tag, m.Tag.id == m.CustomerTag.tag_id).where(m.Tag.uid.in_(uids))))
        return s.scalar(q)


def test_the_list_shows_every_customer_of_the_store(customers_page, loaded_desk):
    assert customers_page.model.rowCount() == loaded_desk.customers.count() == 40


def test_tag_group_combinations_match_a_direct_count(window, customers_page, loaded_desk, qtbot):
    combos = [[["t.skin.dry", "t.skin.oily"]],  # one group: OR
              [["t.skin.dry", "t.skin.oily"], ["t.need.white"]]]  # two groups: AND
    for groups in combos:
        _check_tags(window, {u for g in groups for u in g})
        expected = _direct_count(loaded_desk, groups)
        qtbot.waitUntil(lambda expected=expected: customers_page.model.rowCount() == expected,
                        timeout=5000)
        label = window.findChild(QLabel, "customerCount").text()
        assert str(expected) in label
    mode = window.findChild(QComboBox, "tagMode")
    mode.setCurrentIndex(mode.findData("none"))  # none of 干性/油性/美白
    everyone = loaded_desk.customers.count()
    with_any = _direct_count(loaded_desk, [["t.skin.dry", "t.skin.oily", "t.need.white"]])
    qtbot.waitUntil(lambda: customers_page.model.rowCount() == everyone - with_any, timeout=5000)


def test_editing_tags_on_a_profile_updates_the_list(window, customers_page, loaded_desk, qtbot):
    table = window.findChild(QTableView, "customerTable")
    table.selectRow(0)
    cid = customers_page.model.id_at(0)
    table.doubleClicked.emit(customers_page.model.index(0, 0))
    assert window.state.customer_id == cid  # a double-click chooses them
    assert customers_page.stack.currentWidget() is customers_page.profile
    chip = window.findChild(QPushButton, "tag_t.tier.koc")
    wanted = not chip.isChecked()
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    settle(window, qtbot)
    has = {t.tag.uid for t in loaded_desk.customers.profile(cid).tags}
    assert ("t.tier.koc" in has) == wanted
    qtbot.mouseClick(window.findChild(QPushButton, "profileBack"), Qt.MouseButton.LeftButton)
    model = customers_page.model
    row_tags = model.data(model.index(model.row_of(cid), 3))
    assert ("KOC候选" in row_tags) == wanted


def test_the_profile_shows_the_next_step_and_marks_it_done(window, customers_page, loaded_desk,
                                                           qtbot):
    with loaded_desk.ctx.db.read() as s:
        cid = s.scalar(select(m.SopTask.customer_id).where(m.SopTask.state == "open")
                       .order_by(m.SopTask.due_on).limit(1))
    step = loaded_desk.tasks.next_step(cid)
    customers_page.open_profile(cid)
    title = window.findChild(QLabel, "nextStepTitle").text()
    assert step.step_title in title
    qtbot.mouseClick(window.findChild(QPushButton, "nextStepDone"), Qt.MouseButton.LeftButton)
    settle(window, qtbot)
    after = loaded_desk.tasks.next_step(cid)
    assert after is None or after.task_id != step.task_id


def test_a_single_click_is_not_choosing_the_current_customer(window, customers_page, qtbot):
    """Every copy is personalised for the current customer: it changes only on purpose."""
    table = window.findChild(QTableView, "customerTable")
    model = customers_page.model
    first, second = model.id_at(0), model.id_at(1)
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter chooses
    assert window.state.customer_id == first
    assert customers_page.stack.currentWidget() is customers_page.profile
    toast = window.findChild(QLabel, "toast")
    assert toast.isVisible() and window.state.customer.display_name in toast.text()
    customers_page.show_list()
    rect = table.visualRect(model.index(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.currentIndex().row() == 1  # the row is selected ...
    assert window.state.customer_id == first  # ... but the customer stays who it was
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert window.state.customer_id == first
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.state.customer_id == second


def test_the_new_customer_dialog_keeps_what_was_typed_after_an_error(window, customers_page,
                                                                     loaded_desk, qtbot):
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

    from tests.support.qt_input import type_text

    before = loaded_desk.customers.count()
    qtbot.mouseClick(window.findChild(QPushButton, "addCustomer"), Qt.MouseButton.LeftButton)
    dialog = window.findChild(QDialog, "addCustomerDialog")
    assert dialog is not None and dialog.isVisible()
    name, phone = dialog.findChild(QLineEdit, "newName"), dialog.findChild(QLineEdit, "newPhone")
    type_text(qtbot, name, "王芳")
    qtbot.keyClicks(phone, "12345")
    dialog.findChild(QPushButton, "tag_t.skin.dry").click()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    settle(window, qtbot)  # saved on the writer thread
    error = dialog.findChild(QLabel, "newCustomerError")
    assert dialog.isVisible() and error.isVisible() and "12345" in error.text()
    assert phone.property("invalid") and dialog.focusWidget() is phone
    assert name.text() == "王芳" and phone.text() == "12345"  # nothing typed is lost
    assert dialog.findChild(QPushButton, "tag_t.skin.dry").isChecked()
    assert loaded_desk.customers.count() == before
    phone.clear()
    qtbot.keyClicks(phone, "13912345678")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    settle(window, qtbot)
    assert not dialog.isVisible()
    assert loaded_desk.customers.count() == before + 1
    assert window.state.customer.name == "王芳"  # the new customer is the one chatted with
    tags = {t.tag.uid for t in loaded_desk.customers.profile(window.state.customer_id).tags}
    assert tags == {"t.skin.dry"}


@pytest.mark.parametrize("lang", ["zh_CN", "en"], indirect=True)
def test_stage_and_membership_check_boxes_show_their_whole_names(lang, fit_window, qtbot):
    """Qt sizes a check-list item for Fusion's small indicator; with the theme's 16 px box
    every stage name was painted as "…", and a third row was cut off by the list's height."""
    from PySide6.QtWidgets import QListWidget

    from advisor_desk.ui.pages import PAGE_SPECS

    fit_window.navigation.setCurrentRow([s.key for s in PAGE_SPECS].index("customers"))
    qtbot.wait(50)
    for name in ("stageFilter", "vipFilter"):
        checklist = fit_window.findChild(QListWidget, name)
        assert checklist.count() >= 3
        metrics = checklist.fontMetrics()
        for row in range(checklist.count()):
            item = checklist.item(row)
            rect = checklist.visualItemRect(item)
            # the box (16 px and its border) plus the gaps beside it, then the whole text
            assert rect.width() >= metrics.horizontalAdvance(item.text()) + 34, item.text()
            assert checklist.viewport().rect().contains(rect), f"{item.text()} is cut off"
