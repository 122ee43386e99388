"""device show · report export · hq trust · hq merge · hq workbook, end to end."""

from __future__ import annotations

import openpyxl
import pytest

from tests.support.cli import DEMO, run

pytestmark = pytest.mark.slow


def test_shop_to_hq_round_trip(tmp_path, capsys):
    shop, hq = str(tmp_path / "shop"), str(tmp_path / "hq")
    assert run(capsys, "--data-dir", shop, *DEMO)[0] == 0
    code, out, _ = run(capsys, "--data-dir", shop, "device", "show", "-o",
                       str(tmp_path / "shop.pub"))
    assert code == 0 and "SH001" in out and "device id" in out
    assert "public key written to" in out and (tmp_path / "shop.pub").is_file()
    code, out, _ = run(capsys, "--data-dir", shop, "device", "show")  # says how to write it
    assert code == 0 and "device show -o FILE" in out
    code, out, _ = run(capsys, "--data-dir", shop, "report", "export", "-o",
                       str(tmp_path / "day1.adreport"), "--dry-run")
    assert code == 0 and "would cover journal seq 1-" in out
    assert not (tmp_path / "day1.adreport").exists()
    code, out, _ = run(capsys, "--data-dir", shop, "report", "export", "-o",
                       str(tmp_path / "day1.adreport"))
    assert code == 0 and "written" in out
    code, again, _ = run(capsys, "--data-dir", shop, "report", "export", "-o",
                         str(tmp_path / "none.adreport"), "--dry-run")
    assert code == 0 and "no new journal entries" in again, again  # not "seq 9-8"
    counts = dict(part.rsplit(" ", 1) for part in
                  out.split("rows: ", 1)[1].split("\n", 1)[0].split(", "))
    snapshot = ("advisors", "catalog", "progress", "counts")  # not journal events
    exported = sum(int(n) for kind, n in counts.items() if kind not in snapshot)

    code, _, err = run(capsys, "--data-dir", hq, "hq", "merge", str(tmp_path))
    assert code == 2 and "day1.adreport" in err and "has not registered" in err
    assert err.count("day1.adreport") == 1, err  # named once, not "FILE: FILE is …"
    assert err.count("\n") == 1
    assert run(capsys, "--data-dir", hq, "hq", "trust", "add", str(tmp_path / "shop.pub"))[0] == 0
    code, out, _ = run(capsys, "--data-dir", hq, "hq", "trust", "list")
    assert "SH001" in out and "trusted" in out
    code, out, err = run(capsys, "--data-dir", hq, "hq", "merge", str(tmp_path), "-o",
                         str(tmp_path / "wb.xlsx"))
    assert (code, err) == (0, "")
    assert f"merged 1 report(s) ({exported:,} event rows, {exported:,} new)" in out
    code, out, _ = run(capsys, "--data-dir", hq, "hq", "merge", str(tmp_path / "day1.adreport"))
    assert code == 0 and "1 already merged" in out
    book = openpyxl.load_workbook(tmp_path / "wb.xlsx", read_only=True)
    assert "顾问排行" in book.sheetnames and "SOP完成" in book.sheetnames
    rows = list(book["门店排行"].iter_rows(values_only=True))
    assert rows[0][:3] == ("名次", "门店", "门店名称") and rows[1][1] == "SH001"
    book.close()

    code, out, _ = run(capsys, "--data-dir", hq, "--lang", "en", "hq", "workbook", "-o",
                       str(tmp_path / "en.xlsx"), "--month", "2026-11", "--csv",
                       str(tmp_path / "csv"))
    assert code == 0
    assert (tmp_path / "csv" / "advisors.csv").read_text("utf-8-sig").startswith("Rank,Store,Store name")
    book = openpyxl.load_workbook(tmp_path / "en.xlsx", read_only=True)
    assert "Advisor leaderboard" in book.sheetnames
    book.close()


def test_hq_mistakes_are_one_line_and_exit_2(tmp_path, capsys):
    hq = str(tmp_path / "hq")
    cases = [
        ("hq", "workbook", "-o", str(tmp_path / "w.xlsx"), "--month", "2026-13"),
        ("hq", "merge", str(tmp_path / "none.adreport"), "--db", "mysql://u@h/db"),
        ("hq", "trust", "add", str(tmp_path / "missing.pub")),
        ("hq", "trust", "remove", "abcdef"),
        ("hq", "merge", str(tmp_path)),  # an empty folder
    ]
    for argv in cases:
        code, _, err = run(capsys, "--data-dir", hq, *argv)
        assert code == 2, argv
        assert err.startswith("advisor-desk: ") and err.count("\n") == 1, err
