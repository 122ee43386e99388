"""Backups through the SQLite backup API (a file copy of a WAL database loses commits)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from advisor_desk.domain.backups import (
    DEFAULT_DAILY,
    DEFAULT_WEEKLY,
    BackupInfo,
    BackupSummary,
    daily_to_keep,
)
from advisor_desk.domain.errors import N_, DatabaseCorrupt, StorageProblem
from advisor_desk.store import db_file

KEEP = {"migrate": 10, "import": 20, "manual": 50, "restore": 10}
PREFIX = "advisor_desk-"
STAMP = "%Y%m%d-%H%M%S-%f"  # in UTC


@dataclass(frozen=True)
class DailyRotation:
    """How many automatic daily backups to keep (domain/backups.py), judged by local days."""

    daily: int = DEFAULT_DAILY
    weekly: int = DEFAULT_WEEKLY
    tz: tzinfo = UTC


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


def make_backup(db_path: Path, backups_dir: Path, reason: str, now: datetime, *,
                rotation: DailyRotation | None = None) -> Path:
    """Back up ``db_path`` into ``backups_dir`` and prune old backups of the same reason
    (daily ones by ``rotation``: so many days, so many weeks)."""
    stamp = now.astimezone(UTC).strftime(STAMP)
    dest = backups_dir / f"{PREFIX}{stamp}-{reason}.db"
    copy_database(db_path, dest)
    if reason == "daily":
        prune_daily(backups_dir, rotation or DailyRotation())
    else:
        _prune(backups_dir, reason, KEEP.get(reason, 20))
    return dest


def set_aside(db_path: Path, now: datetime) -> Path:
    """Keep a damaged, empty or foreign database as it is, with its -wal, beside it
    (``advisor_desk.db.broken-<local stamp>``) rather than back it up through SQLite."""
    saved = db_path.with_name(f"{db_path.name}.broken-{now.strftime('%Y%m%d-%H%M%S')}")
    for suffix in ("-wal", "-shm", ""):
        with contextlib.suppress(FileNotFoundError):
            os.replace(f"{db_path}{suffix}", f"{saved}{suffix}")
    return saved


def save_before_restore(db_path: Path, backups_dir: Path, now: datetime) -> Path:
    """Keep the database a restore is about to replace: a backup ("restore"), or — when
    SQLite cannot read it through (damaged pages) — the file itself set aside."""
    try:
        return make_backup(db_path, backups_dir, "restore", now)
    except sqlite3.DatabaseError:
        return set_aside(db_path, now)


def _when(stem: str) -> datetime | None:
    """The instant in a backup's name (``advisor_desk-20261124-020000-000000-daily``)."""
    parts = stem[len(PREFIX):].rsplit("-", 1)[0]
    try:
        return datetime.strptime(parts, STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Newest first."""
    if not backups_dir.is_dir():
        return []
    found = []
    for path in backups_dir.glob(f"{PREFIX}*.db"):
        reason = path.stem.rsplit("-", 1)[-1]
        try:
            size = path.stat().st_size
        except OSError:  # pruned meanwhile
            continue
        found.append(BackupInfo(path, reason, size, _when(path.stem)))
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def prune_daily(backups_dir: Path, rotation: DailyRotation) -> list[Path]:
    """Delete the daily backups the rotation does not keep; returns what went."""
    daily = [b for b in list_backups(backups_dir) if b.reason == "daily" and b.at is not None]
    keep = daily_to_keep(((b.path, b.at.astimezone(rotation.tz)) for b in daily),
                         daily=rotation.daily, weekly=rotation.weekly)
    gone = []
    for b in daily:
        if b.path not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
                gone.append(b.path)
    return gone


def summary(path: Path) -> BackupSummary:
    """Counts inside a backup, read-only; a damaged file is one sentence."""
    try:
        return _summary(path)
    except sqlite3.DatabaseError:
        raise DatabaseCorrupt(N_("The backup {file} is damaged and cannot be read."),
                              file=path.name) from None


def _summary(path: Path) -> BackupSummary:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in names:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None

        def count(sql: str, table: str) -> int:
            return conn.execute(sql).fetchone()[0] if table in names else 0

        return BackupSummary(
            revision=revision,
            customers=count("SELECT count(*) FROM customers WHERE deleted_at IS NULL",
                            "customers"),
            purchases=count("SELECT count(*) FROM purchases", "purchases"),
            interactions=count("SELECT count(*) FROM interactions", "interactions"),
            advisors=count("SELECT count(*) FROM advisors WHERE active", "advisors"))
    finally:
        conn.close()


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
    """Fold the write-ahead log into the main file (before the file is replaced); a file too
    damaged for that is left as it is (it was saved or set aside first)."""
    conn = sqlite3.connect(db_path)
    try:
        with contextlib.suppress(sqlite3.DatabaseError):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
