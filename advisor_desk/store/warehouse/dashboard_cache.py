"""The dashboard's tables of a month, kept in the warehouse between merges (migration w014):
one JSON payload per (month, language), valid while its stamp matches the warehouse's."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import Column, Connection, MetaData, String, Table, Text, delete, insert, select

from advisor_desk.store.warehouse import regions_repo

# its own metadata: the warehouse's tables (issue 13's) are compared row by row in tests
metadata = MetaData()
cache = Table(
    "dashboard_cache", metadata,
    Column("month", String(7), primary_key=True),
    Column("lang", String(8), primary_key=True),
    Column("stamp", String(64), nullable=False),
    Column("payload", Text, nullable=False),
)
ALL = "*"


def stamp(connection: Connection, tables_version: int = 0) -> str:
    """A digest of what the numbers depend on: reports merged and regions, and the version
    of the code that builds the tables (a newer app does not show an older app's tables)."""
    raw = json.dumps([tables_version, regions_repo.stamp(connection)], default=str,
                     ensure_ascii=False)
    return hashlib.sha256(raw.encode()).hexdigest()


def get(connection: Connection, month: str | None, lang: str, current: str) -> str | None:
    c = cache.c
    row = connection.execute(select(c.stamp, c.payload).where(
        c.month == (month or ALL), c.lang == lang)).first()
    return row.payload if row is not None and row.stamp == current else None


def put(connection: Connection, month: str | None, lang: str, current: str,
        payload: str) -> None:
    connection.execute(delete(cache).where(cache.c.month == (month or ALL),
                                           cache.c.lang == lang))
    connection.execute(insert(cache).values(month=month or ALL, lang=lang, stamp=current,
                                            payload=payload))
