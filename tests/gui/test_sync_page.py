"""The 同步 Sync page through its real widgets: choose a pack, read the preview, import it,
see it in the history; a bad pack is one clear message; keys are a manager's business."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTreeWidget,
)

from advisor_desk.domain.library import ScriptFilter
from advisor_desk.ui.pages import PAGE_SPECS
from tests.support.content_factory import base_content
from tests.support.packs import build_pack, make_signer

pytestmark = pytest.mark.gui


def _find(window, cls, name):
    widget = window.findChild(cls, name)
    assert widget is not None, name
    return widget


def _open_sync(window):
    window.navigation.setCurrentRow([s.key for s in PAGE_SPECS].index("sync"))
    page = window.page("sync")
    assert window.stack.currentWidget() is page
    return page


def _pick_advisor(window, name):
    picker = window.advisor_picker
    picker.setCurrentIndex(next(i for i in range(picker.count())
                                if picker.itemText(i).startswith(name)))


@pytest.fixture
def hq(loaded_desk, tmp_path):
    signer = make_signer(tmp_path / "keys")
    boss = loaded_desk.advisors.managers()[0]
    loaded_desk.trust.add(signer.public_file, ("test.",),
                          session=loaded_desk.advisors.unlock(boss.id))
    return signer


def _choose(window, qtbot, monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    _find(window, QPushButton, "choosePackButton").click()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)


def test_preview_then_import_then_history(window, loaded_desk, hq, qtbot, monkeypatch,
                                          tmp_path):
    page = _open_sync(window)
    history = _find(window, QTableWidget, "packHistory")
    assert history.rowCount() == 1  # the content the fixture applied
    v2 = copy.deepcopy(base_content())
    v2["scripts.json"] = [s for s in v2["scripts.json"] if s["uid"] not in ("t.s.002", "t.s.003")]
    v2["scripts.json"][1]["title"] = "改过的标题"
    _choose(window, qtbot, monkeypatch, build_pack(tmp_path, hq, v2, version=2))
    assert _find(window, QStackedWidget, "syncStack").currentIndex() == 1
    tree = _find(window, QTreeWidget, "packDiffTree")
    tops = {tree.topLevelItem(i).data(0, 256): tree.topLevelItem(i)
            for i in range(tree.topLevelItemCount())}
    assert set(tops) == {"scripts"}
    scripts = tops["scripts"]
    groups = {scripts.child(i).data(0, 256): scripts.child(i) for i in range(scripts.childCount())}
    assert sorted(groups["retired"].child(i).text(0) for i in range(2)) == ["话术标题2", "话术标题3"]
    assert groups["changed"].child(0).text(0) == "改过的标题"
    assert "0 new, 1 changed, 2 retired" in page.preview.summary.text()
    assert loaded_desk.packs.history()[0].version == 1  # nothing written by the preview
    _find(window, QPushButton, "importPackButton").click()
    qtbot.waitUntil(lambda: history.rowCount() == 2, timeout=10_000)
    assert history.item(0, 2).text() == "2"
    assert "1 changed" in history.item(0, 3).text() and "2 retired" in history.item(0, 3).text()
    assert page.verified is None and page.stack.currentIndex() == 0
    titles = {s.title for s in loaded_desk.library.scripts(ScriptFilter(), advisor_id=None)}
    assert "话术标题2" not in titles and "改过的标题" in titles


def test_a_bad_pack_is_one_clear_message_and_changes_nothing(window, loaded_desk, qtbot,
                                                             monkeypatch, tmp_path):
    from advisor_desk.ui import errors

    shown = []
    monkeypatch.setattr(errors, "show_error", lambda _parent, exc, _log: shown.append(exc))
    _open_sync(window)
    stranger = make_signer(tmp_path / "stranger", "stranger")
    _choose(window, qtbot, monkeypatch, build_pack(tmp_path, stranger, version=2))
    assert len(shown) == 1 and "does not trust" in str(shown[0])
    assert _find(window, QStackedWidget, "syncStack").currentIndex() == 0
    assert len(loaded_desk.packs.history()) == 1


def test_the_same_pack_again_says_nothing_to_do(window, loaded_desk, hq, qtbot, monkeypatch,
                                                 tmp_path):
    pack = build_pack(tmp_path, hq, version=2)
    loaded_desk.packs.import_file(pack)
    page = _open_sync(window)
    _choose(window, qtbot, monkeypatch, pack)
    assert "already imported" in page.preview.summary.text()
    assert not _find(window, QPushButton, "importPackButton").isEnabled()


def _accept_next_dialog(qtbot, button=None):
    def accept():
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox):
            widget.button(button or QMessageBox.StandardButton.Yes).click()
        elif isinstance(widget, QDialog):
            widget.accept()
        else:
            QTimer.singleShot(20, accept)

    QTimer.singleShot(0, accept)


def test_only_a_manager_manages_keys(window, loaded_desk, qtbot, tmp_path):
    page = _open_sync(window)
    page.tabs.setCurrentWidget(page.keys)
    add = _find(window, QPushButton, "addKeyButton")
    remove = _find(window, QPushButton, "removeKeyButton")
    _pick_advisor(window, "陈佳怡")
    assert not add.isEnabled() and page.keys.note.text()
    _pick_advisor(window, "林晓雯")
    assert add.isEnabled() and not page.keys.note.text()
    signer = make_signer(tmp_path / "keys", label="沁研总部")
    _accept_next_dialog(qtbot)
    page.keys.add_key(signer.public_file)
    table = _find(window, QTableWidget, "trustedKeys")
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=5000)
    assert table.item(0, 0).text() == "沁研总部" and table.item(0, 1).text() == signer.key_id
    table.selectRow(0)
    assert remove.isEnabled()
    _accept_next_dialog(qtbot)
    remove.click()
    qtbot.waitUntil(lambda: loaded_desk.trust.list_keys()[0].revoked_at is not None,
                    timeout=5000)
    qtbot.waitUntil(lambda: "Removed" in table.item(0, 3).text(), timeout=5000)


def test_report_to_hq_preview_export_and_history(window, loaded_desk, qtbot, monkeypatch,
                                                 tmp_path):
    """导出给总部: the preview counts what the next report holds (in the background), the
    export writes a signed report HQ can read, and the history lists it."""
    from advisor_desk.exchange.report_reader import ReportReader

    page = _open_sync(window)
    _find(window, QPushButton, "reportToHqButton").click()
    assert page.tabs.currentWidget() is page.report
    counts = _find(window, QTableWidget, "reportPreview")
    qtbot.waitUntil(lambda: counts.rowCount() > 0 and not window.tasks.busy, timeout=10_000)
    shown = {counts.item(r, 0).text(): counts.item(r, 1).text()
             for r in range(counts.rowCount())}
    expected = loaded_desk.reports.preview()
    assert shown["New customers"] == str(expected.rows["customers"]) == "40"
    assert str(expected.events) in page.report.summary.text()
    target = tmp_path / "SH001-report.adreport"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _find(window, QPushButton, "exportReportButton").click()
    history = _find(window, QTableWidget, "reportHistory")
    qtbot.waitUntil(lambda: history.rowCount() == 1 and not window.tasks.busy, timeout=10_000)
    assert history.item(0, 1).text() == target.name
    with ReportReader(target) as reader:
        assert reader.manifest_bytes  # a report file, signed (HQ tests verify it fully)
    qtbot.waitUntil(lambda: "Nothing new" in page.report.summary.text(), timeout=10_000)


def test_a_new_shop_s_import_history_says_there_is_none_yet(new_shop):
    """No pack imported: the history tab says so and what to do, not an empty grid."""
    window, _desk = new_shop
    _open_sync(window)
    stack = _find(window, QStackedWidget, "packHistoryStack")
    empty = _find(window, QLabel, "packHistoryEmpty")
    assert stack.currentWidget() is empty and empty.isVisible()
    assert "No content pack has been imported yet" in empty.text()


def test_the_history_shows_once_a_pack_is_imported(window, loaded_desk):
    _open_sync(window)
    stack = _find(window, QStackedWidget, "packHistoryStack")
    assert stack.currentWidget() is _find(window, QTableWidget, "packHistory")
