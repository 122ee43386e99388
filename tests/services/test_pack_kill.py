"""kill -9 in the middle of an import leaves the database as before or as after it."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from advisor_desk.paths import AppPaths
from advisor_desk.services.desk import open_desk
from tests.support.content_factory import base_content
from tests.support.packs import build_pack, make_signer

pytestmark = pytest.mark.slow

IMPORTER = """
import sys
from pathlib import Path
from advisor_desk.paths import AppPaths
from advisor_desk.services.desk import open_desk
desk = open_desk(AppPaths.under(Path(sys.argv[1])))
def progress(done, total, phase):
    if phase == "apply" and done < total:
        print("applying", flush=True)
desk.packs.import_file(Path(sys.argv[2]), progress)
print("done", flush=True)
"""


def _state(db) -> tuple[int, int, str]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        packs = conn.execute("SELECT count(*) FROM packs").fetchone()[0]
        live = conn.execute("SELECT count(*) FROM scripts WHERE NOT retired").fetchone()[0]
        top = conn.execute("SELECT max(version) FROM packs").fetchone()[0]
        return packs, live, str(top)
    finally:
        conn.close()


def test_kill_during_apply_leaves_before_or_after(tmp_path):
    """Killed at several moments of the apply phase (and once after it could finish): each
    time the database is intact and either as before or as after; both are seen."""
    template = tmp_path / "template"
    signer = make_signer(tmp_path / "keys")
    desk = open_desk(AppPaths.under(template))
    desk.settings.update(store_code="SH001")
    desk.trust.add(signer.public_file, ("test.",))
    desk.packs.import_file(build_pack(tmp_path, signer, base_content(scripts=50), version=1))
    desk.close()
    big = build_pack(tmp_path, signer, base_content(scripts=4000), version=2)
    before = _state(template / "advisor_desk.db")
    after = (2, 4000, "2")
    seen = []
    for n, delay in enumerate((0.0, 0.1, 0.3, None)):  # None: kill once it says "done"
        data = shutil.copytree(template, tmp_path / f"run{n}")
        with subprocess.Popen([sys.executable, "-c", IMPORTER, str(data), str(big)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) as proc:
            line = proc.stdout.readline()
            assert line.strip() in ("applying", "done"), proc.stderr.read()
            if delay is None:  # a slow machine may need more than a few seconds
                while line and line.strip() != "done":
                    line = proc.stdout.readline()
            else:
                time.sleep(delay)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(30)
        state = _state(data / "advisor_desk.db")
        assert state in (before, after), (delay, state)
        seen.append(state)
    assert seen[0] == before and seen[-1] == after
