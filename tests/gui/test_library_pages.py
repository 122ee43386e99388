"""Materials and Coupons pages: every payload kind read back from the real clipboard."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QListView, QPushButton, QTextBrowser

from advisor_desk.ui.pages import PAGE_SPECS
from tests.support.content_factory import library_content, write_content
from tests.support.ops import settle

pytestmark = pytest.mark.gui


@pytest.fixture
def loaded_desk(desk, tmp_path):
    desk.content.apply(desk.content.read_folder(write_content(tmp_path / "c", library_content())))
    desk.demo.generate(customers=40)
    return desk


def _find(window, cls, name):
    widget = window.findChild(cls, name)
    assert widget is not None, name
    return widget


def _open(window, key: str, uid: str | None = None) -> None:
    window.navigation.setCurrentRow([s.key for s in PAGE_SPECS].index(key))
    if uid is not None:
        kind = key.rstrip("s")
        view = _find(window, QListView, f"{kind}List")
        row = view.model().row_of(uid)
        assert row >= 0, uid
        view.setCurrentIndex(view.model().index(row))


def _copy(window, qtbot, kind: str, button: str = "CopyButton") -> None:
    qtbot.mouseClick(_find(window, QPushButton, f"{kind}{button}"), Qt.MouseButton.LeftButton)
    settle(window, qtbot)


def _uids(window, kind: str) -> set[str]:
    model = _find(window, QListView, f"{kind}List").model()
    return {model.uid_at(r) for r in range(model.rowCount())}


def test_a_text_material_copies_exactly_its_preview(window, loaded_desk, qtbot):
    _open(window, "materials", "t.m.text")
    preview = _find(window, QTextBrowser, "materialPreview").toPlainText()
    _copy(window, qtbot, "material")
    assert QApplication.clipboard().text() == preview == "出门前15分钟涂防晒。"
    assert loaded_desk.library.material("t.m.text").use_count == 1


def test_an_image_copies_image_data_and_its_file_url(window, loaded_desk, qtbot):
    _open(window, "materials", "t.m.img")
    QApplication.clipboard().clear()
    _copy(window, qtbot, "material")
    data = QApplication.clipboard().mimeData()
    assert data.hasImage() and not QApplication.clipboard().image().isNull()
    stored = loaded_desk.library.material("t.m.img").media[0].path
    (url,) = data.urls()
    assert url.toLocalFile().endswith("新品海报.png")  # a name the customer can read
    assert Path(url.toLocalFile()).read_bytes() == stored.read_bytes()


def test_a_link_copies_plain_text_and_an_html_anchor(window, qtbot):
    _open(window, "materials", "t.m.link")
    _copy(window, qtbot, "material")
    data = QApplication.clipboard().mimeData()
    assert data.text() == "点击查看\nhttps://example.cn/a"
    assert data.hasHtml() and '<a href="https://example.cn/a">会员日</a>' in data.html()


def test_a_moments_post_copies_caption_then_each_picture_showing_what_is_next(
        window, loaded_desk, qtbot):
    _open(window, "materials", "t.m.moments")
    button = _find(window, QPushButton, "materialCopyButton")
    pictures = [f"双十二朋友圈-{n}.png" for n in (1, 2, 3)]
    assert "1" in button.text() and "4" in button.text()
    _copy(window, qtbot, "material")
    assert QApplication.clipboard().text() == "姐妹们，双十二专柜福利来啦！"
    for n, picture in enumerate(pictures, start=2):
        assert str(n) in button.text()  # the button names the part that is next
        _copy(window, qtbot, "material")
        data = QApplication.clipboard().mimeData()
        assert data.hasImage() and data.urls()[0].toLocalFile().endswith(picture)
    assert "1" in button.text()  # done: back to the start
    assert loaded_desk.library.material("t.m.moments").use_count == 1


def test_a_file_material_copies_the_file(window, qtbot):
    _open(window, "materials", "t.m.file")
    _copy(window, qtbot, "material")
    urls = QApplication.clipboard().mimeData().urls()
    assert len(urls) == 1 and urls[0].toLocalFile().endswith("产品手册.pdf")


def test_expired_materials_and_coupons_are_hidden_until_asked(window, qtbot):
    _open(window, "materials")
    assert "t.m.expired" not in _uids(window, "material") and "t.m.moments" in _uids(
        window, "material")
    _find(window, QCheckBox, "materialShowExpired").setChecked(True)
    assert "t.m.expired" in _uids(window, "material")
    _open(window, "coupons")
    assert _uids(window, "coupon") == {"t.c.pool", "t.c.free"}
    _find(window, QCheckBox, "couponShowExpired").setChecked(True)
    assert _uids(window, "coupon") == {"t.c.pool", "t.c.free", "t.c.old"}


def test_a_second_coupon_copy_for_the_same_customer_gives_the_same_code(window, loaded_desk,
                                                                       qtbot):
    """Issue 16 item 4: one code per customer per coupon; a new one only on purpose."""
    first, second = loaded_desk.customers.find("")[:2]
    window.state.set_customer(first)
    _open(window, "coupons", "t.c.pool")
    preview = _find(window, QTextBrowser, "couponPreview").toPlainText()
    assert "［new code, issued on copy］" in preview and "{" not in preview
    pool = _find(window, QLabel, "couponPool")
    new_code = _find(window, QPushButton, "couponNewCodeButton")
    assert "5" in pool.text() and not new_code.isVisible()
    codes = []
    for _ in range(2):
        _copy(window, qtbot, "coupon")
        text = QApplication.clipboard().text()
        code = re.search(r"QY-\d{4}", text).group(0)
        assert text == f"{first.salutation}，券码{code}，11月30日前有效"
        codes.append(code)
    assert codes[0] == codes[1] and loaded_desk.library.coupon("t.c.pool").pool_free == 4
    assert codes[0] in pool.text() and codes[0] in _find(window, QPushButton,
                                                         "couponCopyButton").text()
    assert new_code.isVisible() and new_code.isEnabled()
    _copy(window, qtbot, "coupon", "NewCodeButton")  # the visible, deliberate action
    third = re.search(r"QY-\d{4}", QApplication.clipboard().text()).group(0)
    assert third != codes[0] and loaded_desk.library.coupon("t.c.pool").pool_free == 3
    window.state.set_customer(second)
    for _ in range(3):
        _copy(window, qtbot, "coupon", "NewCodeButton" if new_code.isVisible() else "CopyButton")
    assert loaded_desk.library.coupon("t.c.pool").pool_free == 0
    window.state.set_customer(loaded_desk.customers.find("")[2])
    assert not _find(window, QPushButton, "couponCopyButton").isEnabled()  # pool exhausted
    window.state.set_customer(first)  # the code they hold can still be re-sent
    assert _find(window, QPushButton, "couponCopyButton").isEnabled()
