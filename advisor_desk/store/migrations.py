"""Bring a database to the app's schema safely.

- A new (empty) file is created at the head revision — with ``template_dir``, copied from a
  schema template the same migrations built before (keyed by a hash of the migration scripts,
  so a changed script builds a new one): ``--demo`` and the tests make a fresh database on
  every start, and Alembic's import and run cost ~0.3 s of it.
- A file at the head revision is opened without importing Alembic.
- An older revision is backed up (SQLite backup API), then upgraded in ONE transaction with
  foreign keys off for batch rebuilds and ``PRAGMA foreign_key_check`` before commit; any
  failure rolls everything back and the file is as it was.
- A revision the app does not know (written by a newer app) is refused; the file is only read.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from advisor_desk import locate
from advisor_desk.domain.errors import N_, DatabaseCorrupt, DatabaseTooNew, MigrationFailed
from advisor_desk.store import backup, db_file
from advisor_desk.store.schema_version import HEAD_REVISION, KNOWN_REVISIONS

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MigrationResult:
    before: str | None  # None: the database was new
    after: str
    backup: Path | None


def read_revision(db_path: Path) -> str | None:
    """The stored Alembic revision (None for a new or empty file), read-only."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseCorrupt(N_("The database {path} cannot be opened: {detail}."),
                              path=str(db_path), detail=str(exc)) from None
    try:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables:
                raise DatabaseCorrupt(
                    N_("{path} is not an Advisor Desk database (it has no version mark)."),
                    path=str(db_path))
            return None
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return rev[0] if rev else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(N_("The database {path} cannot be read: {detail}."),
                              path=str(db_path), detail=str(exc)) from None
    finally:
        conn.close()


def prepare(
    db_path: Path,
    backups_dir: Path,
    now: datetime,
    *,
    script_location: Path | None = None,
    head: str = HEAD_REVISION,
    known: tuple[str, ...] = KNOWN_REVISIONS,
    template_dir: Path | None = None,
) -> MigrationResult:
    """Make ``db_path`` ready at ``head`` (see the module docstring)."""
    before = read_revision(db_path)
    if before == head:
        return MigrationResult(before, head, None)
    if before is not None and before not in known:
        raise DatabaseTooNew(
            N_("The database was written by a newer version of Advisor Desk (version "
               "{revision}); this version cannot open it. Install the newer version; the file "
               "was not changed."), revision=before)
    saved = None
    if before is not None:
        saved = backup.make_backup(db_path, backups_dir, "migrate", now)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        if db_path.exists():
            _upgrade(db_path, script_location or locate.db_dir(), head)
        else:
            _create(db_path, script_location or locate.db_dir(), head, template_dir)
    except Exception as exc:
        problem = db_file.fault_error(exc, db_path)
        if problem is not None:
            raise problem from exc
        log.exception("migration to %s failed", head)  # the details, for whoever helps
        raise MigrationFailed(
            N_("Updating the database to this version failed; the database was left as it "
               "was (details in the log). Backup: {backup}"), detail=str(exc),
            backup=str(saved or "-")) from exc
    return MigrationResult(before, head, saved)


def _template(template_dir: Path, script_location: Path, head: str) -> Path:
    """Where the schema template of these exact migration scripts lives."""
    import hashlib
    digest = hashlib.sha256(head.encode())
    for script in sorted(script_location.rglob("*.py")):
        digest.update(script.relative_to(script_location).as_posix().encode())
        digest.update(script.read_bytes())
    return template_dir / f"schema-{head}-{digest.hexdigest()[:16]}.db"


def _create(db_path: Path, script_location: Path, head: str,
            template_dir: Path | None = None) -> None:
    """A new database is built beside its final name and renamed into place, so a start that
    is killed half-way never leaves an empty or half-made ``advisor_desk.db`` behind."""
    part = db_path.with_name(db_path.name + ".new")
    side = [part.with_name(part.name + s) for s in ("-wal", "-shm")]
    for leftover in (part, *side):
        leftover.unlink(missing_ok=True)
    import shutil

    template = _template(template_dir, script_location, head) if template_dir else None
    try:
        if template is not None and template.is_file() and read_revision(template) == head:
            shutil.copyfile(template, part)
        else:
            _upgrade(part, script_location, head)
            conn = sqlite3.connect(part)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # all in the main file
            finally:
                conn.close()
            for leftover in side:
                leftover.unlink(missing_ok=True)
            if template is not None:
                _keep_template(part, template)
        os.replace(part, db_path)
    except BaseException:  # a full disk half-way: no half-made file stays behind
        for leftover in (part, *side):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise


def _keep_template(built: Path, template: Path) -> None:
    """Best effort: a template that cannot be written (read-only cache) costs only speed."""
    import shutil

    spare = template.with_name(f"{template.name}.{os.getpid()}.part")
    try:
        template.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, spare)
        os.replace(spare, template)  # whole or not at all, also beside another process
    except OSError:
        log.info("schema template %s not kept", template, exc_info=True)
        with contextlib.suppress(OSError):
            spare.unlink()


def _upgrade(db_path: Path, script_location: Path, head: str) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    engine = create_engine(f"sqlite:///{db_path}", poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")  # batch table rebuilds
        dbapi_connection.execute("PRAGMA busy_timeout = 10000")
        dbapi_connection.execute("PRAGMA journal_mode = WAL")

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        with engine.connect() as connection, connection.begin():
            config = Config()
            config.set_main_option("script_location", str(script_location))
            config.attributes["connection"] = connection
            command.upgrade(config, head)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"foreign key check failed in table {broken[0][0]}")
    finally:
        engine.dispose()


def quick_check(db_path: Path, backups_dir: Path) -> None:
    """``PRAGMA quick_check``; raises DatabaseCorrupt naming the latest backup."""
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        rows = [str(exc)]
    if rows != ["ok"]:
        log.warning("integrity check of %s failed: %s", db_path, rows[0])
        raise corrupt_error(db_path, backups_dir)


def corrupt_error(db_path: Path, backups_dir: Path) -> DatabaseCorrupt:
    """The sentence for a database that failed its integrity check."""
    latest = backup.latest_backup(backups_dir)
    if latest is None:
        return DatabaseCorrupt(N_("The database {path} is damaged (it failed its integrity "
                                  "check) and no backup was found. Keep a copy of it for a "
                                  "technician; to start with a new, empty database, move it "
                                  "away."), path=str(db_path))
    return DatabaseCorrupt(
        N_("The database {path} is damaged (it failed its integrity check). The latest backup "
           "is {backup}; restore it with: advisor-desk restore {backup}"),
        path=str(db_path), backup=str(latest)).for_window(
        N_("The database {path} is damaged (it failed its integrity check)."))
