"""Bulk loading of event rows: the one place that knows how each dialect loads fast.

SQLite: ``executemany`` of ``INSERT`` on the transaction's own DBAPI connection
(STACK.md). PostgreSQL: ``COPY ... FROM STDIN`` through psycopg 3. Both inside the caller's
transaction. Step outcomes are upserts (the outcome with the highest seq of a task wins): SQLite
``INSERT ... ON CONFLICT DO UPDATE``, PostgreSQL ``COPY`` into a temporary table and one
``INSERT ... SELECT ... ON CONFLICT DO UPDATE``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import Connection, Table

STEP_KEY = ("device_id", "task")


def _ulid(value: str) -> str:
    if not re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{26}", value):
        raise ValueError("not a device id")
    return value


def _raw(connection: Connection):
    return connection.connection.driver_connection


def insert_events(connection: Connection, table: Table, columns: Sequence[str],
                  device_id: str, rows: Sequence[tuple]) -> None:
    """Rows of ``columns`` (without device_id); rows already present are kept as they are."""
    if not rows:
        return
    names = ", ".join(("device_id", *columns))
    if connection.dialect.name == "sqlite":
        # the device id is a literal (a checked ULID), so msgspec's tuples go in unchanged
        marks = ", ".join("?" for _ in columns)
        _raw(connection).executemany(
            f"INSERT INTO {table.name} ({names}) VALUES ('{_ulid(device_id)}', {marks})",
            rows)
        return
    with _raw(connection).cursor() as cursor, cursor.copy(
            f"COPY {table.name} ({names}) FROM STDIN") as copy:
        for r in rows:
            copy.write_row((device_id, *r))


def upsert_steps(connection: Connection, table: Table, columns: Sequence[str],
                 device_id: str, rows: Sequence[tuple]) -> None:
    """Outcome rows keyed by (device_id, task): the one with the higher seq wins."""
    if not rows:
        return
    names = ("device_id", *columns)
    updates = ", ".join(f"{c} = excluded.{c}" for c in names if c not in STEP_KEY)
    conflict = (f"ON CONFLICT (device_id, task) DO UPDATE SET {updates} "
                f"WHERE excluded.seq > {table.name}.seq")
    if connection.dialect.name == "sqlite":
        marks = ", ".join("?" for _ in names)
        _raw(connection).executemany(
            f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks}) {conflict}",
            [(device_id, *r) for r in rows])
        return
    raw = _raw(connection)
    with raw.cursor() as cursor:
        cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS tmp_{table.name} "
                       f"(LIKE {table.name}) ON COMMIT DELETE ROWS")
        with cursor.copy(f"COPY tmp_{table.name} ({', '.join(names)}) FROM STDIN") as copy:
            for r in rows:
                copy.write_row((device_id, *r))
        cursor.execute(f"INSERT INTO {table.name} ({', '.join(names)}) SELECT "
                       f"{', '.join(names)} FROM tmp_{table.name} {conflict}")
        cursor.execute(f"TRUNCATE tmp_{table.name}")


def upsert(connection: Connection, table: Table, key: Sequence[str], columns: Sequence[str],
           rows: Sequence[tuple], *, newer: str = "version_key") -> None:
    """Insert ``rows`` (of ``columns``), or update a row with the same ``key`` when the
    incoming ``newer`` value is greater (snapshots: the newest report wins in any order)."""
    if not rows:
        return
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key)
    conflict = (f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {updates} "
                f"WHERE excluded.{newer} > {table.name}.{newer}")
    names = ", ".join(columns)
    if connection.dialect.name == "sqlite":
        marks = ", ".join("?" for _ in columns)
        _raw(connection).executemany(
            f"INSERT INTO {table.name} ({names}) VALUES ({marks}) {conflict}", rows)
        return
    with _raw(connection).cursor() as cursor:
        cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS tmp_{table.name} "
                       f"(LIKE {table.name}) ON COMMIT DELETE ROWS")
        with cursor.copy(f"COPY tmp_{table.name} ({names}) FROM STDIN") as copy:
            for r in rows:
                copy.write_row(r)
        cursor.execute(f"INSERT INTO {table.name} ({names}) SELECT {names} FROM "
                       f"tmp_{table.name} {conflict}")
        cursor.execute(f"TRUNCATE tmp_{table.name}")
