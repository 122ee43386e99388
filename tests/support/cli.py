"""Running the CLI in-process and reading a database file's bytes, for CLI tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from advisor_desk.app import main

DEMO = ["demo", "--today", "2026-11-24", "--customers", "40"]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def db_bytes(db: Path) -> bytes:
    """The main file's bytes after a checkpoint (what "byte-identical" compares)."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return db.read_bytes()


MANAGER_PIN = "2468"


def demo_with_manager_pin(folder: Path, capsys) -> Path:
    """The demo shop in ``folder``, its manager 林晓雯 protected by ``MANAGER_PIN``."""
    from advisor_desk.paths import AppPaths
    from advisor_desk.services.desk import open_desk

    code, _, err = run(capsys, "--data-dir", str(folder), *DEMO)
    assert code == 0, err
    desk = open_desk(AppPaths.under(folder))
    try:
        boss = desk.advisors.find("林晓雯")
        desk.advisors.set_pin(boss.id, MANAGER_PIN, session=desk.advisors.unlock(boss.id))
    finally:
        desk.close()
    return folder
