"""Backups in the window: the list (date, reason, size, customer count), a preview of what a
restore brings back, and the restore itself — the current database is backed up first, the
file is swapped atomically (services/maintenance.py) and brought to this app's schema.

A restore replaces the file under this ``Desk``: afterwards the Desk is closed and the caller
opens a new one (the window re-attaches to it). When the start-up check fails there is no
Desk at all; the module functions below serve that case.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from advisor_desk.domain import privacy
from advisor_desk.domain.backups import BackupInfo, BackupSummary, RestorePreview
from advisor_desk.domain.errors import N_, DatabaseTooNew, InvalidInput, NotAllowed
from advisor_desk.domain.people import AdvisorSession
from advisor_desk.folder_lock import FolderLock
from advisor_desk.paths import AppPaths
from advisor_desk.services import maintenance, sessions
from advisor_desk.services.context import ServiceContext
from advisor_desk.store import backup, customers_repo, migrations, privacy_repo
from advisor_desk.store.database import Database
from advisor_desk.store.schema_version import KNOWN_REVISIONS

log = logging.getLogger(__name__)


def list_backups(paths: AppPaths) -> list[BackupInfo]:
    """Every backup in the data folder, newest first."""
    return backup.list_backups(paths.backups)


def summary(path: Path) -> BackupSummary:
    """Counts inside a backup file (read-only); a damaged file is one sentence."""
    return backup.summary(Path(path))


def _info(paths: AppPaths, path: Path) -> BackupInfo:
    path = Path(path)
    for found in list_backups(paths):
        if found.path == path:
            return found
    try:
        size = path.stat().st_size
    except OSError:  # the restore says what is wrong with it (maintenance.restore)
        size = 0
    return BackupInfo(path, "", size, None)


def preview(paths: AppPaths, path: Path, current_customers: int | None) -> RestorePreview:
    """Check a backup (integrity, a schema this app knows) and count what it holds."""
    info = _info(paths, path)
    migrations.quick_check(info.path, paths.backups)
    contents = summary(info.path)
    if contents.revision is None:
        raise InvalidInput(N_("{path} is not an Advisor Desk database."), path=info.path.name)
    if contents.revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(N_("{path} was written by a newer version of Advisor Desk."),
                             path=info.path.name)
    return RestorePreview(info, contents, current_customers)


def restore(paths: AppPaths, path: Path, now: datetime, *, by: str = "",
            authorise: Callable[[], str | None] | None = None,
            holding: FolderLock | None = None) -> Path:
    """Restore ``path`` over the database (nothing may have it open), through
    ``maintenance.restore``: refused while another process holds the data folder, the current
    database backed up first; the restored one is brought to this app's schema and the
    restore is written into its privacy log. ``by``: the manager's name, or ``authorise()``
    (asked inside the folder lock; the CLI asks for the PIN) returns it."""
    info = _info(paths, path)
    names = [by]

    def check() -> None:
        if authorise is not None:
            names.append(authorise() or "")

    target = maintenance.restore(paths, info.path, now, authorise=check, holding=holding)
    by = next((name for name in reversed(names) if name), "")
    migrations.prepare(target, paths.backups, now)
    db = Database(target)
    try:
        with db.write() as s:
            privacy_repo.record(s, at=now, actor_id=None, action=privacy.RESTORE,
                                detail={"file": info.path.name, "reason": info.reason,
                                        "made": info.at.isoformat() if info.at else "",
                                        "by": by})
    finally:
        db.close()
    log.info("restored %s", info.path.name)
    return target


class BackupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def list(self) -> list[BackupInfo]:
        return list_backups(self._ctx.paths)

    def summary(self, path: Path) -> BackupSummary:
        return summary(path)

    def preview(self, path: Path) -> RestorePreview:
        with self._ctx.db.read() as s:
            current = customers_repo.count(s)
        return preview(self._ctx.paths, path, current)

    def restore(self, path: Path, *, session: AdvisorSession | None,
                holding: FolderLock | None = None) -> Path:
        """A store manager (an unlocked ``session``) restores a backup. Refused while another
        process holds the data folder; ``holding``: the folder lock the caller (the window)
        already holds, kept through the restore. This Desk's database connections are closed
        first; afterwards open a new Desk (the file under this one was replaced)."""
        ctx = self._ctx
        with ctx.db.read() as s:
            if not sessions.manager_allowed(ctx.sessions, s, session):
                raise NotAllowed(N_("Only a store manager can restore a backup."))
            advisor = sessions.current(ctx.sessions.advisor_id(session), s)
        preview(ctx.paths, path, None)  # refuse a bad file before touching anything
        ctx.db.close()
        return restore(ctx.paths, path, ctx.clock.now(), by=advisor.name if advisor else "",
                       holding=holding)
