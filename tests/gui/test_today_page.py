"""The Today page driven through its real widgets."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QTreeView
from sqlalchemy import select

from advisor_desk.store import customers_repo
from advisor_desk.store import models as m
from tests.support.ops import settle

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


def _bought_yesterday(desk, advisor, name: str, salutation: str) -> int:
    """A customer of ``advisor`` who bought yesterday (so day 1 of after-purchase is due)."""
    with desk.ctx.db.write() as s:
        cid = customers_repo.create(s, customers_repo.NewCustomer(name=name,
                                                                  salutation=salutation),
                                    owner_id=advisor.id, at=desk.clock.now(), device_id="d",
                                    by=advisor.id)
        customers_repo.record_purchase(s, cid, at=desk.clock.now() - timedelta(days=1),
                                       amount_fen=100, items="精华", advisor_id=advisor.id,
                                       now=desk.clock.now(), device_id="d")
    return cid


def test_marking_a_step_done_removes_it_logs_it_and_advances(window, loaded_desk, qtbot):
    desk = loaded_desk
    advisor = window.state.advisor
    cid = _bought_yesterday(desk, advisor, "测试客户", "测姐")
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
    settle(window, qtbot)
    assert _queue_titles(window).count("第1天回访") == before - 1
    with desk.ctx.db.read() as s:
        notes = s.scalars(select(m.Interaction.note).where(m.Interaction.customer_id == cid)).all()
    assert notes == ["发了使用方法"]
    assert desk.tasks.next_step(cid).step_title == "第7天回访"


@pytest.fixture
def kit_window(request, qtbot, desk, tmp_path):
    """A shop whose after-purchase step carries a whole kit: script, material, coupon
    (the material: a text, or with ``indirect`` parametrisation another one)."""
    from PySide6.QtCore import QSettings

    from advisor_desk.ui.main_window import MainWindow
    from tests.support.content_factory import library_content, write_content

    content = library_content()
    content["coupons.json"][0]["valid_to"] = "2026-12-31"
    content["playbooks.json"] = [
        {"uid": "t.p.kit", "name": "购后关怀", "trigger": "purchase",
         "steps": [{"offset_days": 1, "title": "第1天回访", "script_uid": "t.s.001",
                    "material_uid": getattr(request, "param", "t.m.text"),
                    "coupon_uid": "t.c.pool"}]}]
    desk.content.apply(desk.content.read_folder(write_content(tmp_path / "c", content)))
    boss, _ = desk.advisors.add("林晓雯", role="manager")
    w = MainWindow(desk.paths.log_file, QSettings(str(tmp_path / "w.ini"),
                                                  QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show_restored()
    w.attach(desk)
    qtbot.waitExposed(w)
    w.state.set_advisor(boss)
    return w, desk, boss


def test_kit_copy_puts_script_material_coupon_on_the_clipboard_in_order(kit_window, qtbot):
    from PySide6.QtGui import QGuiApplication

    window, desk, advisor = kit_window
    cid = _bought_yesterday(desk, advisor, "王晓燕", "王姐")
    window.navigation.setCurrentRow(0)
    page = window.page("today")
    page.refresh()
    index = page.model.index_of(desk.tasks.next_step(cid).task_id)
    window.findChild(QTreeView, "todayQueue").setCurrentIndex(index)
    button = window.findChild(QPushButton, "kitCopyButton")
    preview = window.findChild(QLabel, "kitPreviewText")
    clipboard = QGuiApplication.clipboard()
    copied, previewed = [], []
    for _part in range(3):
        previewed.append(preview.text())  # what the panel says the press will copy
        clipboard.clear()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(clipboard.text()), timeout=5000)
        settle(window, qtbot)
        copied.append(clipboard.text())
    script, material, coupon = copied
    assert script == "王姐，这是第1条话术，我是林晓雯。"  # personalised for this customer
    assert material == "出门前15分钟涂防晒。"
    assert coupon.startswith("王姐，券码QY-") and "12月31日前有效" in coupon
    assert previewed[:2] == copied[:2]  # the panel showed exactly what was copied
    assert previewed[2].startswith("王姐，券码［") and "12月31日前有效" in previewed[2]
    assert "mark done" in button.text() or "完成" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the last press asks first
    dialog = window.findChild(QDialog, "confirmDoneDialog")
    assert dialog is not None and dialog.isVisible()
    assert desk.tasks.next_step(cid) is not None  # nothing marked without the answer
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # one key confirms
    settle(window, qtbot)
    assert desk.tasks.next_step(cid) is None


@pytest.mark.parametrize("kit_window", ["t.m.moments"], indirect=True)
def test_a_moments_post_is_shown_part_by_part_with_its_pictures(kit_window, qtbot):
    """The panel shows what the next press copies: the caption, then each picture."""
    from PySide6.QtGui import QGuiApplication

    window, desk, advisor = kit_window
    cid = _bought_yesterday(desk, advisor, "王晓燕", "王姐")
    window.navigation.setCurrentRow(0)
    page = window.page("today")
    page.refresh()
    window.findChild(QTreeView, "todayQueue").setCurrentIndex(
        page.model.index_of(desk.tasks.next_step(cid).task_id))
    button = window.findChild(QPushButton, "kitCopyButton")
    text = window.findChild(QLabel, "kitPreviewText")
    image = window.findChild(QLabel, "kitPreviewImage")
    head = window.findChild(QLabel, "kitPreviewHead")
    clipboard = QGuiApplication.clipboard()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the script
    settle(window, qtbot)
    assert text.text() == "王姐，双十二专柜福利来啦！" and image.isHidden()  # then the caption
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(window, qtbot)
    assert clipboard.text() == "王姐，双十二专柜福利来啦！"
    for n in range(3):  # each picture: a real thumbnail, then on the clipboard as an image
        assert not image.isHidden() and not image.pixmap().isNull(), n
        assert f"{n + 2}/4" in head.text() or f"{n + 2} of 4" in head.text()
        clipboard.clear()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not clipboard.image().isNull(), timeout=5000)
        settle(window, qtbot)
    assert "Coupon" in button.text() or "优惠券" in button.text()  # the kit moved on


@pytest.mark.parametrize("lang", ["zh_CN", "en"], indirect=True)
def test_at_1366_the_queue_shows_playbook_tags_and_room_for_the_step(lang, fit_window, qtbot):
    """At 1366×698 (100 % scaling) the queue gets the room first: the playbook's short tag
    column shows (it was hidden, the queue ~510 px) and the step titles have room."""
    from advisor_desk.ui.pages import PAGE_SPECS
    from advisor_desk.ui.pages.today import NARROW_QUEUE

    window = fit_window
    window.navigation.setCurrentRow([s.key for s in PAGE_SPECS].index("today"))
    page = window.page("today")
    qtbot.waitUntil(lambda: page.task_count() > 0, timeout=5000)
    qtbot.wait(100)
    assert page.tree.width() >= NARROW_QUEUE, f"[{lang}] {page.tree.width()}"
    assert not page.tree.isColumnHidden(2), lang
    assert page.tree.columnWidth(1) >= 200, f"[{lang}] step column {page.tree.columnWidth(1)}"
    assert page.panel.width() >= page.panel.minimumSizeHint().width()
