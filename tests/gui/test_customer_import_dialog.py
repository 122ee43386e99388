"""Import and export on the Customers page, through the real dialog and buttons."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QTableWidget

from advisor_desk.domain.segments import SegmentFilter
from tests.support.customer_files import (
    WECOM_HEADERS,
    WECOM_TITLE,
    wecom_rows,
    write_csv,
    write_xlsx,
)

pytestmark = pytest.mark.gui


def _customers(desk) -> int:
    con = sqlite3.connect(desk.paths.database)
    try:
        return con.execute("SELECT count(*) FROM customers").fetchone()[0]
    finally:
        con.close()


def test_wecom_export_checks_then_imports_and_the_list_grows(customers_page, loaded_desk, qtbot,
                                                             tmp_path):
    path = write_xlsx(tmp_path / "企业微信客户.xlsx", WECOM_HEADERS, wecom_rows(12), WECOM_TITLE)
    before = _customers(loaded_desk)
    dialog = customers_page.import_file(path)
    summary = dialog.findChild(QLabel, "importSummary")
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)  # no unknown columns
    assert "12" in summary.text() and _customers(loaded_desk) == before  # nothing written yet
    apply = dialog.findChild(QPushButton, "importApply")
    assert apply.isEnabled()
    apply.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    assert dialog.result.counts.new == 12 and _customers(loaded_desk) == before + 12
    qtbot.waitUntil(lambda: customers_page.model.rowCount() == before + 12, timeout=5000)


def test_unknown_columns_are_mapped_and_bad_rows_listed(customers_page, loaded_desk, qtbot,
                                                        tmp_path, monkeypatch):
    from advisor_desk.ui.dialogs import customer_import

    path = write_csv(tmp_path / "c.csv", ["姓名", "手机号", "会员卡号", "标签"], [
        ["王芳", "13900000001", "V001", "肤质:干性"],
        ["李娜", "12345", "V002", ""],
        ["赵敏", "13900000003", "V003", "星座:天蝎"],
    ], "gbk")
    dialog = customers_page.import_file(path)
    qtbot.waitUntil(lambda: dialog.sheet is not None, timeout=10000)
    check = dialog.findChild(QPushButton, "importCheck")
    assert not check.isEnabled()  # 会员卡号 must be mapped or skipped first
    combo = dialog.findChild(QComboBox, "importMap:会员卡号")
    combo.setCurrentIndex(combo.findData("external_id"))
    assert check.isEnabled()
    check.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    table = dialog.findChild(QTableWidget, "importProblems")
    rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}
    assert set(rows) == {"3", "4"} and "12345" in rows["3"][1] and "天蝎" in rows["4"][1]
    assert rows["3"][0] != rows["4"][0]  # rejected vs imported with a warning
    assert dialog.preview.counts.new == 2 and dialog.preview.counts.warned == 1
    report = tmp_path / "问题.xlsx"
    monkeypatch.setattr(customer_import.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(report), "xlsx"))
    dialog.findChild(QPushButton, "importReport").click()
    import openpyxl

    saved = [[c.value for c in r] for r in openpyxl.load_workbook(report).active.iter_rows()]
    assert saved[0][-1] == "问题" and len(saved) == 3
    assert "12345" in saved[1] and "天蝎" in saved[2][-1]
    dialog.findChild(QCheckBox, "importCreateTags").setChecked(True)
    assert dialog.preview is None and not dialog.findChild(QPushButton, "importApply").isEnabled()
    check.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert dialog.preview.counts.new == 2 and dialog.preview.counts.rejected == 1
    dialog.findChild(QPushButton, "importApply").click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    (cid,) = loaded_desk.customers.ids(SegmentFilter(text="赵敏"))
    assert loaded_desk.customers.profile(cid).external_id == "V003"


def test_an_unreadable_file_keeps_the_dialog_open_on_its_first_step(
        customers_page, loaded_desk, qtbot, tmp_path, monkeypatch):
    from advisor_desk.ui.dialogs import customer_import

    shown = []
    monkeypatch.setattr(customers_page.ui, "show_error", shown.append)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 broken")
    dialog = customers_page.import_file(bad)
    error = dialog.findChild(QLabel, "importFileError")
    qtbot.waitUntil(error.isVisible, timeout=10000)
    assert "cannot be read" in error.text() and shown == []  # in place, not a pop-up
    assert "zip" not in error.text().lower()  # words for the shop, not the engineer
    assert dialog.isVisible() and dialog.sheet is None
    assert not dialog.findChild(QPushButton, "importApply").isEnabled()
    good = write_csv(tmp_path / "ok.csv", ["姓名", "手机号"], [["王芳", "13900000001"]], "utf-8")
    monkeypatch.setattr(customer_import.QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(good), ""))
    dialog.findChild(QPushButton, "importChooseFile").click()  # try another file
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert not error.isVisible() and dialog.preview.counts.new == 1


def test_export_button_writes_the_filtered_list_masked(customers_page, loaded_desk, qtbot,
                                                      tmp_path,
                                                      monkeypatch):
    from advisor_desk.ui.dialogs import customer_export

    out = tmp_path / "导出.csv"
    monkeypatch.setattr(customer_export.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(out), "CSV"))
    monkeypatch.setattr(customer_export, "choose_full_phones", lambda _parent: False)
    customers_page.findChild(QPushButton, "exportCustomers").click()
    qtbot.waitUntil(out.exists, timeout=10000)
    lines = out.read_text("utf-8-sig").splitlines()
    assert lines[0].startswith("客户编号,")
    assert len(lines) == 1 + customers_page.model.rowCount()
    assert "****" in lines[1]


def test_the_check_says_who_owns_customers_of_unknown_advisors(customers_page, loaded_desk,
                                                               qtbot, tmp_path):
    """Issue 20: rows naming an advisor this shop lacks go to the importing advisor, and the
    check says so; with no advisor chosen they would have no owner, and it says that."""
    rows = wecom_rows(3, seed=5, advisor="不在本店的人")
    path = write_csv(tmp_path / "c.csv", WECOM_HEADERS, rows)
    state = customers_page.ui.state
    assert state.advisor is not None, "the window starts with an advisor chosen"
    for advisor in (state.advisor, None):
        state.set_advisor(advisor)
        dialog = customers_page.import_file(path)
        qtbot.waitUntil(lambda d=dialog: d.preview is not None, timeout=10000)
        text = dialog.findChild(QLabel, "importSummary").text()
        if advisor is not None:
            assert "Advisors not in this shop (their customers go to you): 不在本店的人" in text
            assert "no owner" not in text
        else:
            assert "3 new customer" in text and "will have no owner (only managers see" in text
        dialog.reject()
