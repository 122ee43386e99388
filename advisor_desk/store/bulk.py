"""Raw ``executemany`` for the bulk paths (imports, the SOP engine starting thousands of runs).

The ORM's bulk insert costs ~100 µs a row in bookkeeping; SQLite itself needs a few. These
helpers write through the session's own DBAPI connection, so they are part of the caller's
transaction. Values are stored exactly as the SQLAlchemy column types store them (tests read
them back through the ORM).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session


def connection(session: Session) -> sqlite3.Connection:
    """The DBAPI connection of the session's transaction (pending ORM changes flushed)."""
    session.flush()
    return session.connection().connection.driver_connection  # type: ignore[return-value]


def ts(value: datetime | None) -> str | None:
    """A UtcDateTime column's stored text."""
    if value is None:
        return None
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def js(value: Any) -> str:
    return json.dumps(value)


def insert(session: Session, table: str, columns: Sequence[str],
           rows: Iterable[Sequence[Any]]) -> None:
    sql = (f"INSERT INTO {table} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    connection(session).executemany(sql, rows)


@contextmanager
def large_cache(session: Session, mib: int = 96) -> Iterator[None]:
    """A bigger page cache for one bulk write: random inserts into the indexes of a 200k
    customer database otherwise miss SQLite's default 2 MiB cache on nearly every row."""
    con = connection(session)
    old = con.execute("PRAGMA cache_size").fetchone()[0]
    con.execute(f"PRAGMA cache_size = {-mib * 1024}")
    try:
        yield
    finally:
        con.execute(f"PRAGMA cache_size = {int(old)}")


@contextmanager
def triggers_suspended(session: Session, tables: Sequence[str]) -> Iterator[None]:
    """Drop the triggers on ``tables`` for one bulk write and create them again from their
    own SQL, all inside the caller's transaction: DDL is transactional in SQLite, so other
    connections never see them missing and a rollback (an error, a cancel, a killed
    process) restores them. Only for a writer that keeps itself what the triggers keep (an
    import writes the tag and advisor lists with the row): ~4 µs a link row saved."""
    con = connection(session)
    saved = con.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
        f"({', '.join('?' for _ in tables)}) ORDER BY name", tuple(tables)).fetchall()
    for name, _sql in saved:
        con.execute(f'DROP TRIGGER "{name}"')
    yield  # on an exception the caller's transaction rolls back, triggers included
    for _name, sql in saved:
        con.execute(sql)


def next_id(session: Session, table: str) -> int:
    """The first free id of ``table`` (the write transaction holds the lock)."""
    row = connection(session).execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")
    return int(row.fetchone()[0])
