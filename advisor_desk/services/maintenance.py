"""Integrity check, backups and restore."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from advisor_desk import folder_lock
from advisor_desk.domain.backups import DEFAULT_DAILY, DEFAULT_WEEKLY
from advisor_desk.domain.errors import (
    N_,
    DatabaseCorrupt,
    DatabaseTooNew,
    FolderInUse,
    InvalidInput,
    NotAllowed,
)
from advisor_desk.domain.ids import new_ulid
from advisor_desk.domain.people import AdvisorSession
from advisor_desk.paths import AppPaths
from advisor_desk.services import data_folder, sessions
from advisor_desk.services.context import ServiceContext
from advisor_desk.store import backup, db_file, migrations, settings_repo
from advisor_desk.store.schema_version import HEAD_REVISION, KNOWN_REVISIONS


@dataclass(frozen=True)
class CheckReport:
    database: Path
    revision: str
    head: str
    integrity: str  # "ok"
    size_bytes: int
    latest_backup: Path | None


class MaintenanceService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def require_manager(self, session: AdvisorSession | None) -> None:
        """Restoring a backup is a store manager's (an unlocked session)."""
        with self._ctx.db.read() as s:
            if not sessions.manager_allowed(self._ctx.sessions, s, session):
                raise NotAllowed(N_("Only a store manager can restore a backup."))

    def backup(self, dest: Path | None = None) -> Path:
        ctx = self._ctx
        if dest is None:
            return backup.make_backup(ctx.db.path, ctx.paths.backups, "manual", ctx.clock.now())
        dest = Path(dest)
        if dest.is_dir():
            raise InvalidInput(N_("{path} is a folder; give a file name for the backup."),
                               path=str(dest))
        backup.copy_database(ctx.db.path, dest)
        return dest

    def daily_backup(self) -> Path | None:
        """One automatic backup per calendar day (called at start-up); older daily backups
        rotate by the store's setting (so many days, so many weeks)."""
        ctx = self._ctx
        today, tz = ctx.clock.today(), ctx.clock.tz
        for info in backup.list_backups(ctx.paths.backups):
            if info.reason == "daily" and info.at and info.at.astimezone(tz).date() == today:
                return None
        with ctx.db.read() as s:
            raw = settings_repo.get_all(s)
        rotation = backup.DailyRotation(
            daily=int(raw.get("backup_keep_daily", DEFAULT_DAILY)),
            weekly=int(raw.get("backup_keep_weekly", DEFAULT_WEEKLY)), tz=tz)
        return backup.make_backup(ctx.db.path, ctx.paths.backups, "daily", ctx.clock.now(),
                                  rotation=rotation)


def check(paths: AppPaths) -> CheckReport:
    """Integrity and revision of the database in ``paths`` without changing it."""
    db = paths.database
    if not db.exists():
        raise InvalidInput(N_("There is no database at {path} yet."), path=str(db))
    data_folder.check_database(paths)
    revision = migrations.read_revision(db) or "none"
    if revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(
            N_("The database is of version {revision}, which this version of Advisor Desk "
               "does not know (it knows up to {head}); it was written by a newer version."),
            revision=revision, head=HEAD_REVISION)
    return CheckReport(db, revision, HEAD_REVISION, "ok", db.stat().st_size,
                       backup.latest_backup(paths.backups))


def restore(paths: AppPaths, source: Path, now, *,
            authorise: Callable[[], None] | None = None,
            holding: folder_lock.FolderLock | None = None) -> Path:
    """Replace the database with ``source`` after checking it; the current database is backed
    up first. The restored database gets a new device id (its journal sequence restarts from
    an older point, and reports from the two histories must not collide). Refused, changing
    nothing, while another process — the window — holds the data folder. ``holding``: the
    folder lock of the caller (the window restoring its own folder keeps it throughout, so no
    other process can open the folder half-way)."""
    if holding is not None and holding.held:
        if authorise is not None:
            authorise()
        return _restore(paths, source, now)
    with folder_lock.holding(paths.data, "restore") as lock:
        if lock is None:
            holder = folder_lock.read_holder(paths.data)
            raise FolderInUse(N_("Close Advisor Desk first: it is using this data folder "
                                 "(process {pid}). Nothing was restored."),
                              pid=holder.pid if holder else "?")
        if authorise is not None:  # a manager's session (the CLI asks for the PIN)
            authorise()
        return _restore(paths, source, now)


def _restore(paths: AppPaths, source: Path, now) -> Path:
    source = Path(source)
    _check_restore_source(source, paths)
    revision = migrations.read_revision(source)
    if revision is None:
        raise InvalidInput(N_("{path} is not an Advisor Desk database."), path=str(source))
    if revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(N_("{path} was written by a newer version of Advisor Desk."),
                             path=str(source))
    paths.ensure()
    target = paths.database
    staged = target.with_name(target.name + ".restore")
    backup.copy_database(source, staged)
    backup.set_device_id(staged, new_ulid(now))
    saved = None
    if target.exists() and db_file.probe(target, integrity=False).kind != "ours":
        # the current file is empty, foreign or damaged (why the user restores): keep it
        # aside as it is, with its -wal, rather than back it up through SQLite
        saved = backup.set_aside(target, now)
    elif target.exists():  # backed up; set aside too when SQLite cannot read it through
        saved = backup.save_before_restore(target, paths.backups, now)
        if target.exists():
            backup.checkpoint(target)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(str(target) + suffix)
    os.replace(staged, target)
    try:
        migrations.quick_check(target, paths.backups)
    except DatabaseCorrupt:
        if saved is not None:
            os.replace(saved, target)
        raise
    return target


def _check_restore_source(source: Path, paths: AppPaths) -> None:
    """Sentences about the *chosen* file (the current database is not the problem)."""
    found = db_file.probe(source)
    if found.kind == "missing":
        raise InvalidInput(N_("{path} does not exist."), path=str(source))
    if found.kind == "folder":
        raise InvalidInput(N_("{path} is a folder; choose a backup file inside it (backups are "
                              "named advisor_desk-….db, in {backups}). Nothing was changed."),
                           path=str(source), backups=str(paths.backups))
    if found.kind == "unreadable":
        raise InvalidInput(N_("{path} cannot be read (no permission, or a disk error); copy it "
                              "to this computer again. Nothing was changed."), path=str(source))
    if found.kind in ("empty", "foreign"):
        raise InvalidInput(N_("{path} is not a database backup (it is not a database file at "
                              "all); choose a backup from {backups}. Nothing was changed."),
                           path=str(source), backups=str(paths.backups))
    if found.kind == "corrupt":
        raise InvalidInput(N_("{path} is damaged (it failed its integrity check); choose "
                              "another backup from {backups}. Nothing was changed."),
                           path=str(source), backups=str(paths.backups))
    if found.kind in ("new", "other"):
        raise InvalidInput(N_("{path} is not an Advisor Desk database."), path=str(source))
