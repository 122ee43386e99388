"""The Scripts & Q&A page driven through its real widgets (by objectName)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QListView, QPushButton

from advisor_desk.domain.changes import Changes
from advisor_desk.domain.library import ScriptFilter
from advisor_desk.ui.pages import PAGE_SPECS
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
    view = _find(window, QListView, "scriptList")
    model = view.model()
    return [model.uid_at(r) for r in range(model.rowCount())]


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
    step = _find(window, QComboBox, "stepFilter")
    step.setCurrentIndex(step.findData(3))
    expected = {s.uid for s in loaded_desk.library.scripts(ScriptFilter(sales_step=3),
                                                            advisor_id=None)}
    assert set(_list_uids(window)) == expected and expected
    step.setCurrentIndex(0)
    search = _find(window, QLineEdit, "scriptSearch")
    search.setFocus()
    type_text(qtbot, search, "标题4")
    qtbot.waitUntil(lambda: _list_uids(window) == ["t.s.004"], timeout=2000)


def test_copy_button_puts_the_personalised_text_on_the_clipboard(window, loaded_desk, qtbot):
    customer = loaded_desk.customers.find("")[0]
    window.state.set_customer(customer)
    view = _find(window, QListView, "scriptList")
    row = view.model().row_of("t.s.001")
    view.setCurrentIndex(view.model().index(row))
    advisor = window.state.advisor
    qtbot.mouseClick(_find(window, QPushButton, "copyButton"), Qt.MouseButton.LeftButton)
    text = QApplication.clipboard().text()
    assert text == f"{customer.salutation}，这是第1条话术，我是{advisor.name}。"
    assert "{" not in text
    assert loaded_desk.library.script("t.s.001").use_count == 1


def test_enter_and_double_click_copy_too(window, loaded_desk, qtbot):
    view = _find(window, QListView, "scriptList")
    row = view.model().row_of("t.s.002")
    view.setCurrentIndex(view.model().index(row))
    view.setFocus()
    QApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert QApplication.clipboard().text().startswith("亲，这是第2条话术")
    QApplication.clipboard().clear()
    rect = view.visualRect(view.model().index(row))
    # a real double click is press, release, then the double-click event
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
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
    view = _find(window, QListView, "scriptList")
    view.setCurrentIndex(view.model().index(view.model().row_of("t.s.001")))
    asked = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        asked.append(dialog.objectName())
        dialog.findChild(QLineEdit, "var_姓名").setText("小美")
        dialog.accept()

    QTimer.singleShot(50, answer)
    QApplication.clipboard().clear()
    qtbot.mouseClick(_find(window, QPushButton, "copyButton"), Qt.MouseButton.LeftButton)
    assert asked == ["fillVariablesDialog"]
    assert QApplication.clipboard().text() == f"小美您好，我是{window.state.advisor.name}。"

    QTimer.singleShot(50, lambda: QApplication.activeModalWidget().reject())
    QApplication.clipboard().setText("unchanged")
    qtbot.mouseClick(_find(window, QPushButton, "copyButton"), Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "unchanged"  # cancelled: nothing copied
