"""Opening HQ's warehouse by URL: a SQLite file (default) or PostgreSQL through psycopg.

SQLite gets the shop database's recipe (WAL, our own ``BEGIN IMMEDIATE`` for writers, so DDL
and bulk loads are one transaction); PostgreSQL its own transactions. ``prepare`` brings the
schema to the warehouse's Alembic head in one transaction and refuses a newer one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.pool import NullPool, QueuePool

from advisor_desk import locate
from advisor_desk.domain.errors import N_, DatabaseTooNew, InvalidInput, MigrationFailed
from advisor_desk.store.warehouse.tables import VERSION_TABLE

KNOWN_REVISIONS: tuple[str, ...] = ("w001", "w014", "w015")
HEAD_REVISION = KNOWN_REVISIONS[-1]
BUSY_TIMEOUT_MS = 30_000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).resolve()}"


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean psycopg 3; anything but SQLite and
    PostgreSQL is refused with one sentence."""
    text = url.strip()
    text = re.sub(r"^postgres(ql)?://", "postgresql+psycopg://", text)
    try:
        parsed = make_url(text)
    except ArgumentError:
        raise InvalidInput(N_("{url} is not a database URL (use sqlite:///FILE or "
                              "postgresql+psycopg://USER@HOST/DB)."), url=_safe(url)) from None
    if parsed.drivername not in ("sqlite", "sqlite+pysqlite", "postgresql+psycopg"):
        raise InvalidInput(N_("The warehouse runs on SQLite or PostgreSQL (psycopg), not "
                              "{driver}."), driver=parsed.drivername)
    return text


def _safe(url: str) -> str:
    """A URL for messages and logs, without its password."""
    return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", url)[:300]


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        # one pooled connection: closing the last connection of a WAL database checkpoints
        # it, which per report cost more than loading the report
        engine = create_engine(url, poolclass=QueuePool, pool_size=1, max_overflow=4,
                               connect_args={"timeout": BUSY_TIMEOUT_MS / 1000,
                                             "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection, _record) -> None:
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # a new file gets 16 KB pages (appending millions of rows: ~15 % faster than
            # 4 KB); an existing file keeps its size (fixed once it is in WAL mode)
            cursor.execute("PRAGMA page_size = 16384")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.execute("PRAGMA cache_size = -65536")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(connection) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise InvalidInput(N_("A PostgreSQL warehouse needs the psycopg package: pip install "
                              "\"advisor-desk[hq]\".")) from None
    return create_engine(url, poolclass=NullPool)


class Warehouse:
    """One warehouse database; every unit of work is one transaction."""

    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        self.engine = make_engine(self.url)
        self.dialect = self.engine.dialect.name  # "sqlite" | "postgresql"

    @property
    def display_url(self) -> str:
        return _safe(self.url)

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        with self.connect() as connection, connection.begin():
            yield connection

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection whose transactions the caller begins and ends (a merge: one
        transaction per batch of reports)."""
        try:
            connection = self.engine.connect()
        except OperationalError:
            raise InvalidInput(N_("Cannot open the warehouse database {url}."),
                               url=self.display_url) from None
        with connection:
            yield connection

    def close(self) -> None:
        self.engine.dispose()


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
    return context.get_current_revision()


def prepare(warehouse: Warehouse) -> str | None:
    """Bring the schema to the head (one transaction); returns the revision found before.
    A revision this app does not know (a newer app wrote it) is refused untouched."""
    from alembic import command
    from alembic.config import Config

    with warehouse.begin() as connection:
        before = current_revision(connection)
        if before == HEAD_REVISION:
            return before
        if before is not None and before not in KNOWN_REVISIONS:
            raise DatabaseTooNew(N_("The warehouse was written by a newer version of Advisor "
                                    "Desk (version {revision}); this version cannot use it."),
                                 revision=before)
        if before is None and _has_foreign_tables(connection):
            raise InvalidInput(N_("{url} already holds other tables; give the warehouse a "
                                  "database (or file) of its own."), url=warehouse.display_url)
        config = Config()
        config.set_main_option("script_location", str(locate.db_dir() / "warehouse"))
        config.attributes["connection"] = connection
        try:
            command.upgrade(config, HEAD_REVISION)
        except SQLAlchemyError as exc:
            raise MigrationFailed(N_("Updating the warehouse to this version failed; it was left "
                                     "as it was ({detail})."),
                                  detail=type(exc).__name__) from exc
    return before


def _has_foreign_tables(connection: Connection) -> bool:
    from sqlalchemy import inspect

    names = set(inspect(connection).get_table_names())
    return bool(names - {VERSION_TABLE})
