"""Backups through the SQLite backup API (a file copy of a WAL database loses commits)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from advisor_desk.domain.errors import N_, StorageProblem
from advisor_desk.store import db_file

KEEP = {"daily": 14, "migrate": 10, "import": 20, "manual": 50, "restore": 10}
PREFIX = "advisor_desk-"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    reason: str
    size: int


def copy_database(source: Path, dest: Path) -> None:
    """Copy a live SQLite database consistently into ``dest`` (written atomically)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            try:
                dst = sqlite3.connect(tmp)
            except sqlite3.Error as exc:
                raise _destination_problem(exc, dest) or exc from exc
            try:
                src.backup(dst)
            except sqlite3.Error as exc:
                raise _destination_problem(exc, dest) or exc from exc
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(tmp, dest)
    except BaseException:  # a full disk, a read-only folder: no half-written copy stays
        for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in ("-journal", "-wal"))):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise


def _destination_problem(exc: sqlite3.Error, dest: Path) -> StorageProblem | None:
    """The sentence when the copy cannot be written (its folder, its disk), naming it."""
    kind = db_file.fault_of(exc)
    if kind == "full":
        return StorageProblem(N_("The disk holding {folder} is full, so the backup could not "
                                 "be written (nothing was changed). Free some space, then try "
                                 "again."), folder=str(dest.parent))
    if kind in ("readonly", "cantopen"):
        return StorageProblem(N_("A backup cannot be written to {path} (the folder is "
                                 "read-only, or this user account has no permission); nothing "
                                 "was changed. Choose another place, or give write permission."),
                              path=str(dest))
    return None


def make_backup(db_path: Path, backups_dir: Path, reason: str, now: datetime) -> Path:
    """Back up ``db_path`` into ``backups_dir`` and prune old backups of the same reason."""
    stamp = now.strftime("%Y%m%d-%H%M%S-%f")
    dest = backups_dir / f"{PREFIX}{stamp}-{reason}.db"
    copy_database(db_path, dest)
    _prune(backups_dir, reason, KEEP.get(reason, 20))
    return dest


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Newest first."""
    if not backups_dir.is_dir():
        return []
    found = []
    for path in backups_dir.glob(f"{PREFIX}*.db"):
        reason = path.stem.rsplit("-", 1)[-1]
        found.append(BackupInfo(path, reason, path.stat().st_size))
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def latest_backup(backups_dir: Path) -> Path | None:
    backups = list_backups(backups_dir)
    return backups[0].path if backups else None


def _prune(backups_dir: Path, reason: str, keep: int) -> None:
    same = [b for b in list_backups(backups_dir) if b.reason == reason]
    for old in same[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()


def set_device_id(db_path: Path, device_id: str) -> None:
    """Give a (staged, closed) database file a new device id (a restored copy)."""
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("UPDATE settings SET value = ? WHERE key = 'device_id'", (device_id,))
        # the new device id's journal starts after the restored one (activity reports)
        conn.execute("INSERT OR REPLACE INTO settings (key, value) SELECT 'device_first_seq', "
                     "CAST(coalesce(max(seq), 0) + 1 AS TEXT) FROM events")
        conn.commit()
    finally:
        conn.close()


def checkpoint(db_path: Path) -> None:
    """Fold the write-ahead log into the main file (before the file is replaced)."""
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
