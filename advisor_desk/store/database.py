"""The engine and its pragmas, and the two ways to use it: ``read()`` and ``write()``.

pysqlite's own transaction handling commits around DDL and starts transactions lazily; we turn
it off (``isolation_level = None``) and emit ``BEGIN`` ourselves, ``BEGIN IMMEDIATE`` for
writers, so a second writer waits on the busy timeout instead of failing at commit (STACK.md).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from advisor_desk.store.db_file import fault_error

BUSY_TIMEOUT_MS = 10_000


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        # foreign_keys is a no-op inside a transaction: set it here, before any BEGIN
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        immediate = connection.get_execution_options().get("immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Database:
    """One SQLite file. Every unit of work is one transaction.

    Sessions are not shared across threads: each ``read()``/``write()`` checks a connection out
    of the pool for its own duration, so a worker thread simply opens its own.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.engine = make_engine(self.path)
        self._reader = sessionmaker(self.engine, expire_on_commit=False, autoflush=True)
        self._writer = sessionmaker(
            self.engine.execution_options(immediate=True), expire_on_commit=False
        )
        self._write_hooks: list[Callable[[Session], None]] = []

    def add_write_hook(self, hook: Callable[[Session], None]) -> None:
        """Run ``hook(session)`` at the end of every write transaction, before commit (the
        SOP engine reacts to journal events this way, inside the same transaction)."""
        self._write_hooks.append(hook)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end)."""
        with self._faults(), self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction (BEGIN IMMEDIATE): committed on success, rolled back on error.
        Write hooks run after the body, inside the transaction."""
        with self._faults(), self._writer() as session, session.begin():
            yield session
            for hook in self._write_hooks:
                hook(session)

    @contextmanager
    def _faults(self) -> Iterator[None]:
        """A read-only file or folder, a full disk, an I/O error: the rolled-back transaction
        becomes one sentence (``StorageProblem``) instead of a bug."""
        try:
            yield
        except (DBAPIError, sqlite3.Error) as exc:
            problem = fault_error(exc, self.path)
            if problem is None:
                raise
            raise problem from exc

    def optimize(self) -> None:
        """Refresh the query planner's statistics where SQLite thinks they are stale (cheap;
        without them it may walk an advisor's 60,000 links instead of a birthday index)."""
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA analysis_limit = 1000")  # sample, stay quick
            analysed = connection.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").scalar()
            connection.exec_driver_sql("PRAGMA optimize" if analysed else "ANALYZE")
            connection.commit()

    def close(self) -> None:
        """Close every pooled connection (the last close checkpoints the WAL)."""
        self.engine.dispose()
