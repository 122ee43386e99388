"""The Scripts & Q&A page driven through its real widgets (by objectName)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from advisor_desk.domain.changes import Changes
from advisor_desk.domain.library import ScriptFilter
from advisor_desk.ui.pages import PAGE_SPECS
from tests.support.ops import settle, when_modal
from tests.support.qt_input import type_text

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _on_scripts_page(window):
    keys = [spec.key for spec in PAGE_SPECS]
    window.navigation.setCurrentRow(keys.index("scripts"))


def _find(window, cls, name):
    widget = window.findChild(cls, name)
    assert widget is not None, name
    return widget


def _list_uids(window) -> list[str]:
    model = _find(window, QListView, "scriptList").model()
    return [model.uid_at(r) for r in range(model.rowCount())]


def _select(window, uid: str) -> None:
    view = _find(window, QListView, "scriptList")
    view.setCurrentIndex(view.model().index(view.model().row_of(uid)))


def test_navigation_lists_exactly_the_working_pages(window):
    nav = window.navigation
    assert nav.objectName() == "navigation"
    assert nav.count() == len(PAGE_SPECS)
    assert [nav.item(n).text() for n in range(nav.count())] == [s.title for s in PAGE_SPECS]
    for row, spec in enumerate(PAGE_SPECS):
        nav.setCurrentRow(row)
        assert window.stack.currentWidget() is window.page(spec.key)


def test_the_list_shows_the_library_and_filters_narrow_it(window, loaded_desk, qtbot):
    all_uids = [s.uid for s in loaded_desk.library.scripts(ScriptFilter(), advisor_id=None)]
    assert sorted(_list_uids(window)) == sorted(all_uids)
    step = _find(window, QComboBox, "scriptStepFilter")
    step.setCurrentIndex(step.findData(3))
    expected = {s.uid for s in loaded_desk.library.scripts(ScriptFilter(sales_step=3),
                                                            advisor_id=None)}
    assert set(_list_uids(window)) == expected and expected
    step.setCurrentIndex(0)
    kind = _find(window, QComboBox, "scriptKindFilter")
    kind.setCurrentIndex(kind.findData("qa"))
    assert set(_list_uids(window)) == {"t.s.001", "t.s.003", "t.s.005"}
    kind.setCurrentIndex(0)
    search = _find(window, QLineEdit, "scriptSearch")
    search.setFocus()
    type_text(qtbot, search, "标题4")
    qtbot.waitUntil(lambda: _list_uids(window) == ["t.s.004"], timeout=5000)
    search.clear()
    type_text(qtbot, search, "htbt")  # pinyin initials of 话术标题 (术: shù, 标: biāo)
    qtbot.waitUntil(lambda: _list_uids(window) == [], timeout=5000)
    search.clear()
    type_text(qtbot, search, "hsbt 3")
    qtbot.waitUntil(lambda: _list_uids(window) == ["t.s.003"], timeout=5000)


def test_copy_button_puts_exactly_the_preview_on_the_clipboard(window, loaded_desk, qtbot):
    customer = loaded_desk.customers.find("")[0]
    window.state.set_customer(customer)
    _select(window, "t.s.001")
    preview = _find(window, QTextBrowser, "scriptPreview").toPlainText()
    advisor = window.state.advisor
    qtbot.mouseClick(_find(window, QPushButton, "scriptCopyButton"), Qt.MouseButton.LeftButton)
    settle(window, qtbot)
    text = QApplication.clipboard().text()
    assert text == preview == f"{customer.salutation}，这是第1条话术，我是{advisor.name}。"
    assert loaded_desk.library.script("t.s.001").use_count == 1


def test_enter_and_double_click_copy_too(window, loaded_desk, qtbot):
    view = _find(window, QListView, "scriptList")
    _select(window, "t.s.002")
    view.setFocus()
    QApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    settle(window, qtbot)
    assert QApplication.clipboard().text().startswith("亲，这是第2条话术")
    QApplication.clipboard().clear()
    rect = view.visualRect(view.model().index(view.model().row_of("t.s.002")))
    # a real double click is press, release, then the double-click event
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(window, qtbot)
    assert QApplication.clipboard().text().startswith("亲，这是第2条话术")
    assert loaded_desk.library.script("t.s.002").use_count == 2


def test_a_missing_value_is_asked_for_once_and_never_copied_raw(window, loaded_desk, qtbot,
                                                                 tmp_path):
    from tests.support.content_factory import base_content, write_content

    content = base_content()
    content["scripts.json"][0]["body"] = "{姓名}您好，我是{顾问}。"
    loaded_desk.content.apply(loaded_desk.content.read_folder(
        write_content(tmp_path / "v2", content, version=2)))
    window.state.apply(Changes(library=True))
    _select(window, "t.s.001")
    assert "［姓名］" in _find(window, QTextBrowser, "scriptPreview").toPlainText()
    asked = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        asked.append(dialog.objectName())
        dialog.findChild(QLineEdit, "var_姓名").setText("小美")
        dialog.accept()

    QTimer.singleShot(50, answer)
    QApplication.clipboard().clear()
    qtbot.mouseClick(_find(window, QPushButton, "scriptCopyButton"), Qt.MouseButton.LeftButton)
    settle(window, qtbot)
    assert asked == ["fillVariablesDialog"]
    assert QApplication.clipboard().text() == f"小美您好，我是{window.state.advisor.name}。"

    QTimer.singleShot(50, lambda: QApplication.activeModalWidget().reject())
    QApplication.clipboard().setText("unchanged")
    qtbot.mouseClick(_find(window, QPushButton, "scriptCopyButton"), Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "unchanged"  # cancelled: nothing copied


def test_favourite_and_the_favourites_view(window, qtbot):
    _select(window, "t.s.003")
    star = _find(window, QPushButton, "scriptFavouriteButton")
    qtbot.mouseClick(star, Qt.MouseButton.LeftButton)
    settle(window, qtbot)
    view = _find(window, QComboBox, "scriptView")
    view.setCurrentIndex(view.findData("favourites"))
    assert _list_uids(window) == ["t.s.003"]
    model = _find(window, QListView, "scriptList").model()
    assert model.data(model.index(0)).startswith("★")


def test_make_my_copy_edit_it_and_find_it_under_mine(window, loaded_desk, qtbot):
    _select(window, "t.s.001")
    before = _list_uids(window)

    def edit(dialog) -> None:
        dialog.findChild(QLineEdit, "scriptTitleEdit").setText("我的开场白")
        body = dialog.findChild(QPlainTextEdit, "scriptBodyEdit")
        body.setPlainText("{称呼|亲}，我是小林~")
        body.moveCursor(QTextCursor.MoveOperation.End)
        menu = dialog.findChild(QPushButton, "insertMenuButton").menu()  # a word, no braces
        action = next(a for a in menu.actions() if a.objectName() == "insert_顾问")
        assert "{" not in action.text()
        action.trigger()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    when_modal("editScriptDialog", edit)
    qtbot.mouseClick(_find(window, QPushButton, "scriptOwnCopyButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(set(_list_uids(window)) - set(before)), timeout=5000)
    settle(window, qtbot)
    # saving never changes the filters: the view is still "all", now with the copy in it
    assert _find(window, QComboBox, "scriptView").currentData() == "all"
    (uid,) = set(_list_uids(window)) - set(before)
    qtbot.waitUntil(lambda: _find(window, QListView, "scriptList").currentIndex().data(
        Qt.UserRole + 1) == ("script", uid), timeout=5000)  # and it is selected
    mine = loaded_desk.library.script(uid)
    assert (mine.title, mine.based_on, mine.origin) == ("我的开场白", "t.s.001", "personal")
    assert mine.body == "{称呼|亲}，我是小林~{顾问}"
    assert loaded_desk.library.script("t.s.001").title == "话术标题1"  # HQ untouched
    assert _find(window, QPushButton, "scriptEditButton").isVisible()
    assert not _find(window, QPushButton, "scriptOwnCopyButton").isVisible()


def test_matches_are_highlighted_in_the_list_the_title_and_the_preview(window, qtbot):
    """Initials light up the characters they stand for (标题 for ``bt``); characters light
    up where they occur, in the list's title and snippet, the detail title and the preview."""
    from advisor_desk.ui.models.library_list import HIGHLIGHT_ROLE

    search = _find(window, QLineEdit, "scriptSearch")
    search.setFocus()
    type_text(qtbot, search, "bt")
    listing = _find(window, QListView, "scriptList")
    qtbot.waitUntil(lambda: listing.model().terms == ("bt",), timeout=5000)
    assert listing.model().rowCount() == 5
    index = listing.model().index(0)
    title, _snippet = index.data(HIGHLIGHT_ROLE)
    shown = index.data(Qt.ItemDataRole.DisplayRole)
    assert [shown[a:b] for a, b in title] == ["标题"]
    heading = _find(window, QLabel, "scriptTitle")  # the detail follows the list
    qtbot.waitUntil(lambda: "background:#ffe08a\">标题</span>" in heading.text(), timeout=5000)
    search.clear()
    type_text(qtbot, search, "话术")
    qtbot.waitUntil(lambda: listing.model().terms == ("话术",), timeout=5000)
    _title, snippet = listing.model().index(0).data(HIGHLIGHT_ROLE)
    text = listing.model().index(0).data(Qt.UserRole + 2)
    assert [text[a:b] for a, b in snippet] == ["话术"]  # 这是第1条话术…
    preview = _find(window, QTextBrowser, "scriptPreview")
    qtbot.waitUntil(lambda: "background-color:#ffe08a;\">话术<" in preview.toHtml(), timeout=5000)
    listing.viewport().grab()  # paints through the delegate with the highlights


def test_a_match_only_in_the_keywords_shows_the_keywords_highlighted(window, qtbot):
    """``jg`` matches the keyword 价格 by its initials, nothing the list shows: the row's
    second line and the detail then show the keywords, 价格 highlighted."""
    from advisor_desk.ui.models.library_list import HIGHLIGHT_ROLE, SNIPPET_ROLE

    search = _find(window, QLineEdit, "scriptSearch")
    search.setFocus()
    type_text(qtbot, search, "jg")
    listing = _find(window, QListView, "scriptList")
    qtbot.waitUntil(lambda: listing.model().terms == ("jg",), timeout=5000)
    model = listing.model()
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        line = model.index(row).data(SNIPPET_ROLE)
        _title, spans = model.index(row).data(HIGHLIGHT_ROLE)
        assert line == model.keyword_line(model.hit_at(row)) and line.endswith("价格")
        assert [line[a:b] for a, b in spans] == ["价格"]
    listing.setCurrentIndex(model.index(0))
    meta = _find(window, QLabel, "scriptMeta")
    qtbot.waitUntil(lambda: "background:#ffe08a\">价格</span>" in meta.text(), timeout=5000)
    search.clear()
    type_text(qtbot, search, "话术")  # a visible match: the snippet as before
    qtbot.waitUntil(lambda: model.terms == ("话术",), timeout=5000)
    assert model.index(0).data(SNIPPET_ROLE) == model.hit_at(0).snippet
    listing.viewport().grab()


def test_filters_are_chips_and_nothing_found_names_them_with_search_all(window, qtbot):
    scene = _find(window, QComboBox, "scriptStepFilter")
    scene.setCurrentIndex(scene.findData(3))
    view = _find(window, QComboBox, "scriptView")
    view.setCurrentIndex(view.findData("favourites"))  # nothing is a favourite yet
    chips = _find(window, QWidget, "scriptChips")
    assert chips.isVisible()
    qtbot.waitUntil(lambda: all(c.isVisible() for c in chips.chips), timeout=5000)
    labels = [c.text() for c in chips.chips]
    assert labels == [f"{view.currentText()}  ×", f"{scene.currentText()}  ×"]
    empty = _find(window, QLabel, "scriptEmpty")
    assert empty.isVisible() and view.currentText() in empty.text()
    assert scene.currentText() in empty.text()
    qtbot.mouseClick(chips.chips[0], Qt.MouseButton.LeftButton)  # remove the view chip
    assert view.currentData() == "all" and scene.currentData() == 3
    view.setCurrentIndex(view.findData("favourites"))
    qtbot.mouseClick(_find(window, QPushButton, "scriptSearchAll"), Qt.MouseButton.LeftButton)
    assert view.currentData() == "all" and scene.currentData() is None
    assert not chips.isVisible() and len(_list_uids(window)) == 5
