"""The engine and its pragmas, and the two ways to use it: ``read()`` and ``write()``.

pysqlite's own transaction handling commits around DDL and starts transactions lazily; we turn
it off (``isolation_level = None``) and emit ``BEGIN`` ourselves, ``BEGIN IMMEDIATE`` for
writers, so a second writer waits for the lock instead of failing at commit (docs/architecture.md).

A writer never fails because another one holds the lock for long (an import takes ~10 s, more
than the busy timeout): ``BEGIN IMMEDIATE`` is retried in short slices for as long as it takes,
and whoever waits is told once through ``LockWait`` (the window shows "waiting for the import",
the CLI prints a line). The busy timeout is never the user's error message.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from advisor_desk.store.db_file import fault_error

BUSY_TIMEOUT_MS = 10_000
LOCK_SLICE_MS = 100  # how long one BEGIN IMMEDIATE attempt waits before we look around
SQLITE_BUSY = 5


@dataclass
class LockWait:
    """What a writer does while another connection holds the write lock: ``started()`` once
    when it first has to wait, ``ended()`` when it has the lock (or gives up); ``patience``
    seconds at most (None: as long as it takes)."""

    started: Callable[[], None] = lambda: None
    ended: Callable[[], None] = lambda: None
    patience: float | None = None


class LockWaitTooLong(Exception):
    """A writer with limited patience did not get the lock in time (not a user error: the
    callers that set a patience turn it into their own sentence)."""


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return (code & 0xFF) == SQLITE_BUSY if code is not None else "locked" in str(exc)


def begin_immediate(dbapi_connection, wait: LockWait) -> None:
    """``BEGIN IMMEDIATE``, retried in ``LOCK_SLICE_MS`` slices until the lock is ours."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {LOCK_SLICE_MS}")
        waiting_since = None
        try:
            while True:
                try:
                    cursor.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    if not _is_busy(exc):
                        raise
                now = time.monotonic()
                if waiting_since is None:
                    waiting_since = now
                    wait.started()
                if wait.patience is not None and now - waiting_since > wait.patience:
                    raise LockWaitTooLong(f"no write lock after {wait.patience:.0f} s")
        finally:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if waiting_since is not None:
                wait.ended()
    finally:
        cursor.close()


def make_engine(path: Path, *, foreign_keys: bool = True,
                lock_wait: Callable[[], LockWait] | None = None) -> Engine:
    """``lock_wait()`` tells a writer how to wait for the lock (default: patiently, silently)."""
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
        # freed space is zeroed, so an erased customer's old row versions are not left
        # readable in the file (Debian's SQLite does this by default, Windows builds do not)
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        if connection.get_execution_options().get("immediate", False):
            begin_immediate(connection.connection.driver_connection,
                            lock_wait() if lock_wait else LockWait())
        else:
            connection.exec_driver_sql("BEGIN")

    return engine


class Database:
    """One SQLite file. Every unit of work is one transaction.

    Sessions are not shared across threads: each ``read()``/``write()`` checks a connection out
    of the pool for its own duration, so a worker thread simply opens its own. A thread may
    instead keep one connection for itself (``dedicated()``: the window's writer thread), which
    lets it ask whether *other* connections committed since it last looked (``data_version``).
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self.default_lock_wait = LockWait()
        self.engine = make_engine(self.path, lock_wait=self._lock_wait)
        self._reader = sessionmaker(self.engine, expire_on_commit=False, autoflush=True)
        self._writer = sessionmaker(
            self.engine.execution_options(immediate=True), expire_on_commit=False
        )
        self._write_hooks: list[Callable[[Session], None]] = []

    # ------------------------------------------------------------------ waiting for the lock
    def _lock_wait(self) -> LockWait:
        return getattr(self._local, "lock_wait", None) or self.default_lock_wait

    @contextmanager
    def lock_wait(self, wait: LockWait) -> Iterator[None]:
        """How writes on this thread wait for the lock while the block runs."""
        previous = getattr(self._local, "lock_wait", None)
        self._local.lock_wait = wait
        try:
            yield
        finally:
            self._local.lock_wait = previous

    # ------------------------------------------------------------------ a thread's own connection
    @contextmanager
    def dedicated(self) -> Iterator[None]:
        """This thread uses one connection of its own for every read and write in the block."""
        connection = self.engine.connect()
        self._local.connection = connection
        self._local.data_version = self._data_version(connection)
        try:
            yield
        finally:
            self._local.connection = None
            connection.close()

    def _own(self) -> Connection | None:
        return getattr(self._local, "connection", None)

    @staticmethod
    def _data_version(connection: Connection) -> int:
        cursor = connection.connection.driver_connection.cursor()
        try:
            return cursor.execute("PRAGMA data_version").fetchone()[0]
        finally:
            cursor.close()

    def others_committed(self) -> bool:
        """On a thread with a ``dedicated()`` connection: whether any other connection (another
        process, another thread) committed since the last call (SQLite's data_version)."""
        connection = self._own()
        if connection is None:
            raise RuntimeError("others_committed() needs a dedicated() connection")
        version = self._data_version(connection)
        changed = version != self._local.data_version
        self._local.data_version = version
        return changed

    def _session(self, *, immediate: bool) -> Session:
        connection = self._own()
        if connection is None:
            return self._writer() if immediate else self._reader()
        connection.execution_options(immediate=immediate)
        return Session(bind=connection, expire_on_commit=False, autoflush=True)

    def add_write_hook(self, hook: Callable[[Session], None]) -> None:
        """Run ``hook(session)`` at the end of every write transaction, before commit (the
        SOP engine reacts to journal events this way, inside the same transaction)."""
        self._write_hooks.append(hook)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end)."""
        with self._faults(), self._session(immediate=False) as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction (BEGIN IMMEDIATE): committed on success, rolled back on error.
        Write hooks run after the body, inside the transaction."""
        with self._faults(), self._session(immediate=True) as session, session.begin():
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
        without them it may walk an advisor's 60,000 links instead of a birthday index).
        ANALYZE writes: it takes the write lock like any writer (and waits for it)."""
        with self.engine.connect() as connection:
            connection.execution_options(immediate=True)
            connection.exec_driver_sql("PRAGMA analysis_limit = 1000")  # sample, stay quick
            analysed = connection.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").scalar()
            connection.exec_driver_sql("PRAGMA optimize" if analysed else "ANALYZE")
            connection.commit()

    def close(self) -> None:
        """Close every pooled connection (the last close checkpoints the WAL)."""
        self.engine.dispose()
