"""advisor-desk customers import FILE [--dry-run] [--yes] and customers export -o FILE."""

from __future__ import annotations

import io
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from advisor_desk.paths import AppPaths
from advisor_desk.services.desk import open_desk
from tests.support.cli import DEMO, run
from tests.support.cli import db_bytes as _bytes
from tests.support.customer_files import (
    WECOM_HEADERS,
    WECOM_TITLE,
    wecom_rows,
    write_csv,
    write_xlsx,
)


def _count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def data(tmp_path, capsys) -> Path:
    folder = tmp_path / "data"
    code, _, err = run(capsys, "--data-dir", str(folder), *DEMO)
    assert code == 0, err
    return folder


def test_dry_run_reports_rows_and_writes_nothing(data, capsys, tmp_path):
    rows = wecom_rows(5)
    rows[2][10] = "123"
    path = write_csv(tmp_path / "c.csv", WECOM_HEADERS, rows, "gbk", WECOM_TITLE)
    before = _bytes(data / "advisor_desk.db")
    code, out, _ = run(capsys, "--data-dir", str(data), "customers", "import", str(path),
                       "--dry-run")
    assert code == 0
    assert "c.csv: 4 new, 0 updated, 0 unchanged, 1 rejected, 2 with warnings" in out
    assert "row 5 rejected: bad phone number 123" in out and "dry run" in out
    assert "row 3 warning: tag 来源:直播间 read as 来源渠道:直播间" in out  # said, not silent
    assert _bytes(data / "advisor_desk.db") == before


def test_wecom_export_keeps_every_valid_customer_and_the_report_round_trips(
        data, capsys, tmp_path):
    """500 rows: 50 with two skin types, 40 with tags the brand lacks, 5 bad phones, 3 with
    neither name nor remark. Every row with a valid phone and a name is imported; the report
    lists the rest in the file's own columns plus 问题; fixed in 'Excel', it imports with 0
    rejected."""
    import openpyxl

    rows = wecom_rows(500, seed=4)
    for n in range(0, 500, 10):
        rows[n][8] = "肤质:敏感肌；肤质:油性；护肤诉求:美白"
    for n in range(5, 500, 12)[:40]:
        rows[n][8] = "星座:天蝎，护肤诉求:补水"
    bad_phone = [7, 77, 177, 277, 377]
    for n in bad_phone:
        rows[n][10] = "1380013"
    nameless = [9, 99, 199]
    for n in nameless:
        rows[n][0] = rows[n][1] = ""
    path = write_xlsx(tmp_path / "wecom.xlsx", WECOM_HEADERS, rows, WECOM_TITLE)
    rejected = set(bad_phone) | set(nameless)
    # warned: two skin types, unknown tags, and 来源:直播间 (read as 来源渠道:直播间, said so)
    warned = sum(1 for n, r in enumerate(rows) if n not in rejected
                 and ("敏感肌" in r[8] or "星座" in r[8] or "来源:" in r[8]))
    assert warned > 90
    report = tmp_path / "problems.xlsx"
    before = _count(data / "advisor_desk.db")
    code, out, err = run(capsys, "--data-dir", str(data), "customers", "import", str(path),
                         "--yes", "--report", str(report))
    assert code == 0, err
    assert f"imported: 492 new, 0 updated, 0 unchanged, 8 rejected, {warned} with warnings" \
        in out
    assert out.count(" rejected: ") == 8 and "... and" not in out  # every problem listed
    assert _count(data / "advisor_desk.db") == before + 492
    sheet = openpyxl.load_workbook(report).active
    got = [[c.value for c in r] for r in sheet.iter_rows()]
    assert got[0] == [*WECOM_HEADERS, "问题"]
    assert len(got) == 1 + 8 + warned
    by_phone = {r[10]: r for r in got[1:]}
    assert by_phone[rows[0][10]][:-1] == rows[0]  # the row exactly as it was read
    assert "敏感肌、肤质:油性" in by_phone[rows[0][10]][-1]
    assert "unknown tag 星座:天蝎" in by_phone[rows[5][10]][-1]
    # fix the rejected rows in "Excel": a whole phone number, a name
    fixed = [r[:-1] for r in got[1:] if r[10] in {"1380013", *(rows[n][10] for n in nameless)}]
    for n, r in enumerate(fixed):
        if r[10] == "1380013":
            r[10] = f"1390000{n:04d}"
        if not r[0]:
            r[0] = f"新客{n}"
    again = write_xlsx(tmp_path / "fixed.xlsx", [*WECOM_HEADERS, "问题"],
                       [[*r, "x"] for r in fixed])
    code, out, err = run(capsys, "--data-dir", str(data), "customers", "import", str(again),
                         "--yes")
    assert code == 0, err
    assert "imported: 8 new, 0 updated, 0 unchanged, 0 rejected" in out
    assert _count(data / "advisor_desk.db") == before + 500


def test_import_needs_yes_without_a_terminal(data, capsys, tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "w.xlsx", WECOM_HEADERS, wecom_rows(5), WECOM_TITLE)
    monkeypatch.setattr(sys, "stdin", io.StringIO())  # no terminal
    before = _count(data / "advisor_desk.db")
    code, _, err = run(capsys, "--data-dir", str(data), "customers", "import", str(path))
    assert code == 2 and err.count("\n") == 1 and "--yes" in err
    assert _count(data / "advisor_desk.db") == before
    code, out, _ = run(capsys, "--data-dir", str(data), "customers", "import", str(path),
                       "--yes")
    assert code == 0 and "imported: 5 new" in out
    assert _count(data / "advisor_desk.db") == before + 5


def test_export_then_import_is_unchanged(data, capsys, tmp_path):
    out_file = tmp_path / "all.xlsx"
    code, out, _ = run(capsys, "--data-dir", str(data), "customers", "export", "-o",
                       str(out_file))
    assert code == 0 and "exported 40 customers" in out and "masked" in out
    code, out, _ = run(capsys, "--data-dir", str(data), "customers", "import", str(out_file),
                       "--dry-run")
    assert code == 0 and "0 new, 0 updated, 40 unchanged, 0 rejected" in out


def test_user_errors_are_one_line(data, capsys, tmp_path):
    for argv, words in [
        (["customers", "import", str(tmp_path / "missing.csv")], "does not exist"),
        (["customers", "export", "-o", str(tmp_path / "x.pdf")], "xlsx"),
        (["customers", "export", "-o", str(tmp_path / "x.csv"), "--segment", "无此筛选"],
         "无此筛选"),
        (["customers", "export", "-o", str(tmp_path / "x.csv"), "--full-phones", "--advisor",
          "不存在"], "不存在"),
    ]:
        code, _, err = run(capsys, "--data-dir", str(data), *argv)
        assert code == 2 and err.count("\n") == 1 and words in err, err
    unknown = write_csv(tmp_path / "u.csv", ["姓名", "会员卡号"], [["王芳", "V1"]])
    code, _, err = run(capsys, "--data-dir", str(data), "customers", "import", str(unknown))
    assert code == 2 and "会员卡号" in err
    assert '--map "会员卡号=FIELD"' in err and '--map "会员卡号="' in err  # how, on this line
    code, out, _ = run(capsys, "--data-dir", str(data), "customers", "import", str(unknown),
                       "--map", "会员卡号=external_id", "--dry-run")
    assert code == 0 and "1 new" in out


IMPORTER = """
import sys
from pathlib import Path
from advisor_desk.paths import AppPaths
from advisor_desk.services.desk import open_desk
desk = open_desk(AppPaths.under(Path(sys.argv[1])))
preview = desk.customer_import.preview(Path(sys.argv[2]))
def progress(done, total, phase):
    if phase == "new":
        print("applying", flush=True)
desk.customer_import.apply(preview, progress=progress)
print("done", flush=True)
"""


@pytest.mark.slow
def test_kill_during_apply_leaves_before_or_after(data, tmp_path):
    import shutil

    path = write_csv(tmp_path / "big.csv", WECOM_HEADERS, wecom_rows(20000), "gbk")
    before = _count(data / "advisor_desk.db")
    seen = set()
    for n, delay in enumerate((0.0, 0.3, None)):  # None: once it says "done"
        copy = shutil.copytree(data, tmp_path / f"run{n}")
        with subprocess.Popen([sys.executable, "-c", IMPORTER, str(copy), str(path)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) as proc:
            line = proc.stdout.readline()
            assert line.strip() in ("applying", "done"), proc.stderr.read()
            while delay is None and line and line.strip() != "done":
                line = proc.stdout.readline()
            if delay:
                time.sleep(delay)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(30)
        conn = sqlite3.connect(copy / "advisor_desk.db")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # the apply suspends the link tables' triggers inside its transaction
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                            "AND name LIKE 'customer_%_list_%'").fetchone()[0] == 6
        conn.close()
        count = _count(copy / "advisor_desk.db")
        assert count in (before, before + 20000), (delay, count)
        seen.add(count)
    assert seen == {before, before + 20000}


def test_import_reports_customers_erased_on_request(data, capsys, tmp_path):
    """A customer erased on request is reported, not re-created; a manager may re-add."""
    from advisor_desk.domain.segments import SegmentFilter

    path = write_csv(tmp_path / "c.csv", WECOM_HEADERS, wecom_rows(3, seed=5), "gbk")
    code, _, err = run(capsys, "--data-dir", str(data), "customers", "import", str(path),
                       "--yes")
    assert code == 0, err
    desk = open_desk(AppPaths.under(data))
    try:
        boss = desk.advisors.find("林晓雯")
        (cid,) = [c.id for c in desk.customers.find(wecom_rows(3, seed=5)[1][10][-6:])]
        desk.customers.erase(cid, session=desk.advisors.unlock(boss.id), reason="顾客要求")
        assert desk.customers.count(SegmentFilter()) > 0
    finally:
        desk.close()
    before = _bytes(data / "advisor_desk.db")
    code, out, _ = run(capsys, "--data-dir", str(data), "customers", "import", str(path),
                       "--yes")
    assert code == 0
    assert "0 new, 0 updated, 2 unchanged, 0 rejected" in out and ", 1 erased on request" in out
    assert "rows 3)" in out and "--re-add-erased" in out
    code, _, err = run(capsys, "--data-dir", str(data), "customers", "import", str(path),
                       "--yes", "--re-add-erased", "--advisor", "陈佳怡")
    assert code == 2 and "store manager" in err
    assert _bytes(data / "advisor_desk.db") == before
    code, out, _ = run(capsys, "--data-dir", str(data), "customers", "import", str(path),
                       "--yes", "--re-add-erased", "--advisor", "林晓雯")
    assert code == 0 and "imported: 1 new" in out
