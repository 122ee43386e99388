"""Backups in the window: the list (date, reason, size, customer count), a preview of what a
restore brings back, and the restore itself — the current database is backed up first, the
file is swapped atomically (services/maintenance.py) and brought to this app's schema.

A restore replaces the file under this ``Desk``: afterwards the Desk is closed and the caller
opens a new one (the window re-attaches to it). When the start-up check fails there is no
Desk at all; the module functions below serve that case.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from advisor_desk.domain import privacy
from advisor_desk.domain.backups import BackupInfo, BackupSummary, RestorePreview
from advisor_desk.domain.errors import N_, DatabaseTooNew, InvalidInput
from advisor_desk.domain.people import AdvisorInfo
from advisor_desk.paths import AppPaths
from advisor_desk.services import maintenance
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
    if not path.is_file():
        raise InvalidInput(N_("{path} does not exist."), path=str(path))
    return BackupInfo(path, "", path.stat().st_size, None)


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


def restore(paths: AppPaths, path: Path, now: datetime, *,
            by: AdvisorInfo | None = None) -> Path:
    """Restore ``path`` over the database (nothing may have it open): the current database is
    backed up first, the restored one is brought to this app's schema and the restore is
    written into its privacy log."""
    info = _info(paths, path)
    target = maintenance.restore(paths, info.path, now)
    migrations.prepare(target, paths.backups, now)
    db = Database(target)
    try:
        with db.write() as s:
            privacy_repo.record(s, at=now, actor_id=None, action=privacy.RESTORE,
                                detail={"file": info.path.name, "reason": info.reason,
                                        "made": info.at.isoformat() if info.at else "",
                                        "by": by.name if by else ""})
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

    def restore(self, path: Path, *, by: AdvisorInfo | None) -> Path:
        """A store manager restores a backup. This Desk's database connections are closed
        first; afterwards open a new Desk (the file under this one was replaced)."""
        if by is None or not by.is_manager:
            raise InvalidInput(N_("Only a store manager can restore a backup."))
        paths = self._ctx.paths
        preview(paths, path, None)  # refuse a bad file before touching anything
        self._ctx.db.close()
        return restore(paths, path, self._ctx.clock.now(), by=by)
