"""`advisor-desk hq region STORE REGION`: sets the region the dashboard groups stores by;
an unknown store is one line and exit 2, nothing written."""

from __future__ import annotations

import sqlite3

from advisor_desk.paths import AppPaths
from advisor_desk.services.hq import WAREHOUSE_FILE, open_hq
from tests.support.cli import run


def test_hq_region(tmp_path, capsys):
    data = tmp_path / "hq"
    open_hq(AppPaths.under(data)).close()  # an empty, migrated warehouse
    with sqlite3.connect(data / WAREHOUSE_FILE) as conn:
        conn.execute("INSERT INTO stores (store_code, name, region, time_zone, version_key) "
                     "VALUES ('SH001', '上海店', '', 'Asia/Shanghai', 'v1')")
    code, out, err = run(capsys, "hq", "region", "SH001", "华东", "--data-dir", str(data))
    assert (code, err) == (0, "") and "华东" in out
    code, out, err = run(capsys, "hq", "region", "BJ002", "华北", "--data-dir", str(data))
    assert code == 2 and out == "" and len(err.splitlines()) == 1 and "BJ002" in err
    with sqlite3.connect(data / WAREHOUSE_FILE) as conn:
        assert conn.execute("SELECT store_code, region FROM stores").fetchall() == [
            ("SH001", "华东")]


def test_hq_opens_the_dashboard_headless(tmp_path):
    import os
    import subprocess
    import sys

    from advisor_desk import cli

    args = cli.parse_args(["--hq", "--db", "sqlite:////tmp/x.db"])
    assert args.command is None and args.hq and args.hq_db == "sqlite:////tmp/x.db"
    done = subprocess.run(
        [sys.executable, "-m", "advisor_desk", "--hq", "--smoke-test", "--data-dir",
         str(tmp_path / "hq")], capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert "HQ smoke test OK: dashboard shown, 0 report(s)" in done.stdout
