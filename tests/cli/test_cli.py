"""The CLI contract: exit codes, one-line errors, check/backup/restore/demo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from advisor_desk.app import main
from tests.support.cli import DEMO, run
from tests.support.cli import db_bytes as _bytes


@pytest.fixture
def data(tmp_path, capsys) -> Path:
    folder = tmp_path / "data"
    code, out, err = run(capsys, "--data-dir", str(folder), *DEMO)
    assert code == 0, err
    assert "40 customers" in out
    return folder


def test_check_reports_ok_and_the_revision(data, capsys):
    code, out, _ = run(capsys, "--data-dir", str(data), "check")
    assert code == 0
    from advisor_desk.store.schema_version import HEAD_REVISION

    assert out.startswith("OK\n") and f"schema revision: {HEAD_REVISION}" in out
    code, out, _ = run(capsys, "check", "--data-dir", str(data))  # options after the command
    assert code == 0


def test_check_refuses_a_newer_database_and_leaves_it_byte_identical(data, capsys):
    db = data / "advisor_desk.db"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    before = _bytes(db)
    code, out, err = run(capsys, "--data-dir", str(data), "check")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "newer version" in err
    code, _, err = run(capsys, "--data-dir", str(data), "backup")  # opening refuses too
    assert code == 2 and "newer version" in err
    assert db.read_bytes() == before


def test_backup_and_restore(data, tmp_path, capsys):
    out_file = tmp_path / "copy.db"
    code, _, _ = run(capsys, "--data-dir", str(data), "backup", "-o", str(out_file))
    assert code == 0 and out_file.exists()
    with sqlite3.connect(data / "advisor_desk.db") as conn:
        conn.execute("DELETE FROM interactions")
        device_before = conn.execute("SELECT value FROM settings WHERE key='device_id'").fetchone()
    code, _, err = run(capsys, "--data-dir", str(data), "restore", str(out_file))
    assert code == 0, err
    with sqlite3.connect(data / "advisor_desk.db") as conn:
        assert conn.execute("SELECT count(*) FROM interactions").fetchone()[0] > 0
        device_after = conn.execute("SELECT value FROM settings WHERE key='device_id'").fetchone()
    assert device_after != device_before  # a restored database is a new device
    assert run(capsys, "--data-dir", str(data), "check")[0] == 0


def test_user_errors_are_one_line_with_exit_2(tmp_path, capsys):
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "restore",
                       str(tmp_path / "missing.db"))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "does not exist" in err
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "restore", str(junk))
    assert code == 2 and len(err.strip().splitlines()) == 1
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir", str(tmp_path), "demo", "--today", "not-a-date"])
    assert exit_info.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_demo_refuses_a_database_that_has_customers(data, capsys):
    code, _, err = run(capsys, "--data-dir", str(data), *DEMO)
    assert code == 2 and "already has customers" in err


def test_a_bug_exits_1_and_names_the_log(data, capsys, monkeypatch):
    from advisor_desk.services import maintenance

    def broken(*_args):
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(maintenance, "check", broken)
    code, _, err = run(capsys, "--data-dir", str(data), "check")
    assert code == 1 and "advisor-desk.log" in err
    assert "ZeroDivisionError" in (data / "logs" / "advisor-desk.log").read_text("utf-8")
