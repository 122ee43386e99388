"""The data folder is held by a process (issue 15 item 4): ``restore`` refuses while the app
holds it, with one sentence and the database byte-identical; once the app is gone it works."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from advisor_desk.folder_lock import FolderLock, read_holder
from tests.support.cli import DEMO, db_bytes, run

HOLD = """
import sys, time
from advisor_desk.folder_lock import FolderLock
lock = FolderLock(sys.argv[1], "app")
assert lock.acquire()
print("held", flush=True)
sys.stdin.readline()
lock.release()  # a clean exit, as the app's
"""


@pytest.fixture
def data(tmp_path, capsys) -> Path:
    folder = tmp_path / "data"
    code, _, err = run(capsys, "--data-dir", str(folder), *DEMO)
    assert code == 0, err
    return folder


@pytest.fixture
def backup_file(data, tmp_path, capsys) -> Path:
    out = tmp_path / "copy.db"
    assert run(capsys, "--data-dir", str(data), "backup", "-o", str(out))[0] == 0
    with sqlite3.connect(data / "advisor_desk.db") as conn:  # differ from the backup
        conn.execute("DELETE FROM interactions")
    return out


def test_restore_is_refused_while_another_process_holds_the_folder(data, backup_file, capsys):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(data)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert read_holder(data).pid == holder.pid and read_holder(data).program == "app"
        before = db_bytes(data / "advisor_desk.db")
        code, out, err = run(capsys, "--data-dir", str(data), "restore", str(backup_file))
        assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
        assert "Close Advisor Desk first" in err and f"process {holder.pid}" in err
        assert db_bytes(data / "advisor_desk.db") == before
    finally:
        holder.stdin.close()
        holder.wait(10)
        holder.stdout.close()
    assert read_holder(data) is None  # the holder note goes with the lock
    code, _, err = run(capsys, "--data-dir", str(data), "restore", str(backup_file))
    assert code == 0, err


def test_a_killed_holder_leaves_nothing_stale(data, backup_file, capsys):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(data)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    holder.kill()
    holder.wait(10)
    holder.stdout.close()
    holder.stdin.close()
    lock = FolderLock(data, "app")
    assert lock.acquire()  # the OS released it; the stale note is simply overwritten
    assert read_holder(data).pid == os.getpid()
    lock.release()


@pytest.mark.slow
def test_restore_with_the_real_app_open_is_refused(data, backup_file, capsys):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    app = subprocess.Popen([sys.executable, "-m", "advisor_desk.app", "--data-dir", str(data)],
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (
                (h := read_holder(data)) and h.pid == app.pid and _swept_today(data)):
            time.sleep(0.2)
        assert read_holder(data).program == "app" and _swept_today(data)
        before = _settled(data / "advisor_desk.db")  # the app's own start-up writes done
        code, _, err = run(capsys, "--data-dir", str(data), "restore", str(backup_file))
        assert code == 2 and "Close Advisor Desk first" in err
        assert db_bytes(data / "advisor_desk.db") == before
    finally:
        app.terminate()
        app.wait(20)


def _settled(db: Path, quiet: float = 2.0, limit: float = 30.0) -> bytes:
    """The database's bytes once the running app has left it alone for ``quiet`` seconds
    (after the sweep it may still refresh the planner's statistics)."""
    last, since, start = db_bytes(db), time.monotonic(), time.monotonic()
    while time.monotonic() - since < quiet and time.monotonic() - start < limit:
        time.sleep(0.25)
        now = db_bytes(db)
        if now != last:
            last, since = now, time.monotonic()
    return last


def _swept_today(data: Path) -> bool:
    """The app has done its start-up writes (the daily sweep records the day last: the
    store's day, which is not this machine's for part of every day)."""
    from advisor_desk.domain.clock import SystemClock

    with sqlite3.connect(data / "advisor_desk.db") as conn:
        row = conn.execute("SELECT value FROM settings WHERE key = 'last_sweep'").fetchone()
    return row is not None and row[0] == SystemClock().today().isoformat()


LOCKER = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
c.execute("INSERT INTO settings (key, value) VALUES ('held_by_test', '1')")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
c.execute("COMMIT")
"""


@pytest.mark.slow
def test_a_cli_write_waits_for_a_lock_held_longer_than_the_busy_timeout(data, tmp_path, capsys):
    """12 s > the 10 s busy timeout: the import waits, says so once, then succeeds."""
    from tests.support.customer_files import write_csv

    sheet = write_csv(tmp_path / "one.csv", ["姓名", "手机号"], [["等锁客户", "13912345670"]])
    with subprocess.Popen([sys.executable, "-c", LOCKER, str(data / "advisor_desk.db"), "12"],
                          stdout=subprocess.PIPE, text=True) as holder:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        code, out, err = run(capsys, "--data-dir", str(data), "customers", "import",
                             str(sheet), "--yes")
        waited = time.monotonic() - started
        holder.wait(30)
    assert code == 0 and "1 new" in out, err
    assert waited >= 10 and err.count("waiting for another program") == 1, err
    assert "locked" not in err
