"""The data folder and its database as files: one true sentence for each way they can be broken.

- ``preflight(paths)`` runs before anything else (logging included): the folders exist and are
  folders, and the data folder can be written.
- ``check_database(paths)`` looks at the database file before it is opened or created: a
  folder, an empty (0-byte) file, something that is not a database, a damaged or unreadable
  file each get their own sentence naming the file and the latest backup. Nothing is written.
- ``explain(exc, paths)`` turns an environment fault that escaped (a read-only file, a full
  disk, a folder where a file belongs) into its sentence; ``None`` means a real bug.
"""

from __future__ import annotations

import errno
import logging
import os
import tempfile
from pathlib import Path

from advisor_desk.domain.errors import N_, DatabaseCorrupt, DeskError, StorageProblem
from advisor_desk.paths import AppPaths
from advisor_desk.store import db_file

log = logging.getLogger(__name__)
_READ_ONLY = {errno.EACCES, errno.EPERM, errno.EROFS}
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


def _folders(paths: AppPaths) -> list[Path]:
    return [paths.data, paths.config, paths.logs, paths.backups, paths.media, paths.cache]


def preflight(paths: AppPaths) -> None:
    """Create the folders and prove the data folder can be written (a tiny file is made and
    removed again); raise ``StorageProblem`` naming the folder otherwise."""
    for folder in _folders(paths):
        if folder.exists() and not folder.is_dir():
            if folder == paths.data:
                raise StorageProblem(N_("The data folder {path} is a file, not a folder. Move "
                                        "the file away or choose another data folder."),
                                     path=str(folder))
            raise StorageProblem(N_("{path} is a file where Advisor Desk keeps a folder. Move "
                                    "the file away, then start again."), path=str(folder))
    for folder in _folders(paths):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if folder in (paths.data, paths.logs):
                fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=folder)
                os.close(fd)
                os.remove(probe)
        except OSError as exc:
            raise _folder_problem(exc, folder) from exc
    if paths.database.is_dir():
        raise StorageProblem(N_("{path} is a folder where the database file belongs. Move the "
                                "folder away (or restore a backup), then start again."),
                             path=str(paths.database))


def _folder_problem(exc: OSError, folder: Path) -> StorageProblem:
    if exc.errno in _FULL:
        return StorageProblem(N_("The disk holding {folder} is full. Free some space, then try "
                                 "again."), folder=str(folder))
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        return StorageProblem(N_("{path} is a file where Advisor Desk keeps a folder. Move "
                                 "the file away, then start again."),
                              path=str(exc.filename or folder))
    return StorageProblem(N_("The folder {path} cannot be written (it is read-only, or this "
                             "user account has no permission), so Advisor Desk cannot save "
                             "anything. Give this account write permission to the folder or "
                             "choose another data folder."), path=str(folder))


def check_database(paths: AppPaths, *, integrity: bool = True) -> db_file.Probe:
    """The database file is absent (it will be created), or an Advisor Desk database that
    passes ``PRAGMA quick_check`` (``integrity``); otherwise one sentence about this file.
    Changes nothing."""
    from advisor_desk.store import backup, migrations  # not before the window is shown

    db = paths.database
    found = db_file.probe(db, integrity=integrity)
    latest = backup.latest_backup(paths.backups)
    if found.kind in ("missing", "new", "ours"):
        return found
    if found.kind == "folder":
        raise StorageProblem(N_("{path} is a folder where the database file belongs. Move the "
                                "folder away (or restore a backup), then start again."),
                             path=str(db))
    if found.kind == "unreadable":
        raise StorageProblem(N_("The database {path} cannot be read (no permission, or a disk "
                                "error). Give this user account permission to read and "
                                "write it, then try again."), path=str(db))
    if found.kind == "corrupt":
        log.warning("integrity check of %s failed: %s", db, found.detail)
        raise migrations.corrupt_error(db, paths.backups)
    if found.kind == "other":
        raise DatabaseCorrupt(N_("{path} is not an Advisor Desk database (it has no version "
                                 "mark)."), path=str(db))
    if found.kind == "empty":
        if latest is not None:
            raise DatabaseCorrupt(N_("The database {path} is empty (0 bytes), so the shop's "
                                     "data is not in it. Restore the latest backup with: "
                                     "advisor-desk restore {backup}"),
                                  path=str(db), backup=str(latest)).for_window(
                N_("The database {path} is empty (0 bytes), so the shop's data is not in it."))
        raise DatabaseCorrupt(N_("The database {path} is empty (0 bytes) and there is no "
                                 "backup. To start with a new, empty database, move the file "
                                 "away."), path=str(db))
    if latest is not None:
        raise DatabaseCorrupt(N_("The database {path} is not a database file (it was "
                                 "overwritten or damaged). Restore the latest backup with: "
                                 "advisor-desk restore {backup}"),
                              path=str(db), backup=str(latest)).for_window(
            N_("The database {path} is not a database file (it was overwritten or damaged)."))
    raise DatabaseCorrupt(N_("The database {path} is not a database file (it was overwritten "
                             "or damaged) and there is no backup. Keep a copy of it for a "
                             "technician; to start with a new, empty database, move it away."),
                          path=str(db))


def explain(exc: BaseException, paths: AppPaths | None = None) -> DeskError | None:
    """The sentence for an environment fault that reached the front end; None for a bug."""
    if isinstance(exc, DeskError):
        return exc
    if paths is not None:
        problem = db_file.fault_error(exc, paths.database)
        if problem is not None:
            return problem
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno is not None:
            problem = _os_problem(current)
            if problem is not None:
                return problem
        current = current.__cause__ or current.__context__
    return None


def _os_problem(exc: OSError) -> StorageProblem | None:
    # files are written as NAME.part and renamed: the user knows NAME
    where = str(exc.filename).removesuffix(".part") if exc.filename else ""
    if exc.errno in _FULL:
        folder = str(Path(where).parent) if where else ""
        if folder:
            return StorageProblem(N_("The disk holding {folder} is full. Free some space, then "
                                     "try again."), folder=folder)
        return StorageProblem(N_("The disk is full. Free some space, then try again."))
    if not where:
        return None
    if exc.errno == errno.EROFS:
        return StorageProblem(N_("Advisor Desk may not write {path} (it is read-only, or this "
                                 "user account has no permission). Give it write "
                                 "permission or choose another place."), path=where)
    if exc.errno in _READ_ONLY:  # reading or writing: say which is not known here
        return StorageProblem(N_("Advisor Desk is not allowed to use {path} (no permission, or "
                                 "it is read-only). Give this user account permission, or "
                                 "choose another file or folder."), path=where)
    if exc.errno == errno.EISDIR:  # os.replace(part, target): the target is the folder
        return StorageProblem(N_("{path} is a folder; give a file name instead."),
                              path=str(exc.filename2 or where))
    if exc.errno == errno.ENOTDIR:
        return StorageProblem(N_("{path} is not a folder (a file is in the way)."), path=where)
    if exc.errno == errno.ENOENT:
        return StorageProblem(N_("{path} cannot be used: it does not exist and cannot be made "
                                 "there. Check the folder, or choose another place."),
                              path=where)
    if exc.errno == errno.EEXIST:
        return StorageProblem(N_("{path} already exists; choose another name or move the "
                                 "existing one away."), path=where)
    return None
