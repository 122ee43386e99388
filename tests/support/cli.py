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
