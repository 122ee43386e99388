"""What a database file on disk is, and what SQLite's errors mean, without changing anything.

``probe(path)`` tells a folder, a missing, empty, foreign, damaged or unreadable file and an
Advisor Desk database (with its revision) apart, opening the file read-only. The data folder's
start-up and ``restore`` turn its answer into a sentence about *that* file.

``fault_of(exc)`` names the environment fault behind a SQLite error (read-only file or folder,
disk full, cannot open, I/O error, damaged file), looking through SQLAlchemy's wrapper and the
exception chain; ``None`` means it is not one (a bug, or a lock: the busy timeout's business).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from advisor_desk.domain.errors import N_, StorageProblem

SQLITE_HEADER = b"SQLite format 3\x00"

# primary result codes (https://sqlite.org/rescode.html)
_FAULTS = {3: "readonly", 8: "readonly", 13: "full", 14: "cantopen", 10: "ioerr",
           11: "corrupt", 26: "corrupt"}


@dataclass(frozen=True)
class Probe:
    """``kind``: "missing" | "folder" | "empty" | "foreign" (not SQLite) | "unreadable" |
    "corrupt" (SQLite, failed its integrity check) | "other" (SQLite, not ours) | "new" (SQLite
    with no tables) | "ours" (an Advisor Desk database at ``revision``)."""

    kind: str
    revision: str | None = None
    detail: str = ""


def _has_wal_data(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def probe(path: Path, *, integrity: bool = True) -> Probe:
    """Look at ``path`` read-only (``integrity``: also run ``PRAGMA quick_check``)."""
    path = Path(path)
    try:
        if path.is_dir():
            return Probe("folder")
        if not path.exists():
            return Probe("missing")
        size = path.stat().st_size
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError:
        return Probe("unreadable")
    if size == 0:
        # a database created in WAL mode may hold everything in its -wal file so far
        return Probe("new") if _has_wal_data(path) else Probe("empty")
    if header != SQLITE_HEADER:
        return Probe("foreign")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return Probe("unreadable")
    try:
        if integrity:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            if rows != ["ok"]:
                return Probe("corrupt", detail=str(rows[0])[:200])
        names = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
        if "alembic_version" not in names:
            return Probe("other" if names else "new")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return Probe("ours", revision=row[0] if row else None)
    except sqlite3.Error as exc:
        kind = fault_of(exc)
        if kind in ("cantopen", "readonly", "ioerr"):
            return Probe("unreadable", detail=str(exc)[:200])
        return Probe("corrupt", detail=str(exc)[:200])
    finally:
        conn.close()


def fault_of(exc: BaseException | None) -> str | None:
    """"readonly" | "full" | "cantopen" | "ioerr" | "corrupt" for a SQLite error anywhere in
    ``exc``'s chain (SQLAlchemy keeps the driver's error in ``orig``); else None."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        orig = getattr(exc, "orig", None)
        for candidate in (exc, orig):
            if isinstance(candidate, sqlite3.Error):
                code = getattr(candidate, "sqlite_errorcode", None)
                if code is not None and (code & 0xFF) in _FAULTS:
                    return _FAULTS[code & 0xFF]
                text = str(candidate).lower()
                if "readonly" in text or "read-only" in text:
                    return "readonly"
                if "disk is full" in text:
                    return "full"
                if "unable to open" in text:
                    return "cantopen"
        exc = exc.__cause__ or exc.__context__
    return None


def fault_error(exc: BaseException, path: Path) -> StorageProblem | None:
    """The sentence for a SQLite environment fault while using the database at ``path`` (the
    transaction was rolled back, so nothing was changed); None if ``exc`` is not one."""
    kind = fault_of(exc)
    if kind == "readonly":
        return StorageProblem(N_("The database {path} is read-only, so nothing can be saved "
                                 "(nothing was changed). Give this user account write "
                                 "permission to the file and its folder, then try again."),
                              path=str(path))
    if kind == "full":
        return StorageProblem(N_("The disk holding {folder} is full, so nothing could be saved "
                                 "(nothing was changed). Free some space, then try again."),
                              folder=str(Path(path).parent))
    if kind == "cantopen":
        return StorageProblem(N_("The database {path} cannot be opened (no permission, or its "
                                 "folder is read-only); nothing was changed. Give this user "
                                 "account write permission to the folder."), path=str(path))
    if kind == "ioerr":
        return StorageProblem(N_("The disk reported an error while using the database {path}; "
                                 "nothing was changed. Check the disk (or free some space), "
                                 "then try again."), path=str(path))
    if kind == "corrupt":
        return StorageProblem(N_("The database {path} is damaged; nothing was changed. Run "
                                 "advisor-desk check to see which backup to restore."),
                              path=str(path))
    return None
