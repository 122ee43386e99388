"""Bulk loading into the warehouse: the one place that knows how each dialect loads fast.

Events arrive staged (``staging.py``, built in a worker process): the writer never touches
a row in Python. SQLite: the staged image is deserialised into the attached schema ``stage``
and each table copied with ``INSERT INTO main.t SELECT * FROM stage.t`` (no index on the
event tables, so SQLite appends whole records). PostgreSQL: the staged ``COPY`` text is
streamed through psycopg 3. Step outcomes are upserts keyed by (device_id, task) — the
outcome with the highest seq wins — through ``stage`` (SQLite) or a temporary table
(PostgreSQL). Rows of seqs another report already brought (``ranges``) are left out.
Snapshot upserts: ``executemany`` (SQLite) or ``COPY`` into a temporary table (PostgreSQL).
All inside the caller's transaction.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table

from advisor_desk.store.warehouse import rollups
from advisor_desk.store.warehouse import tables as t
from advisor_desk.store.warehouse.staging import (
    STAGE,
    STEP_KEY,
    STEPS,
    StagedEvents,
    StageSpec,
    not_covered_count,
)


def _raw(connection: Connection):
    return connection.connection.driver_connection


def execute(connection: Connection, sql: str, params: Mapping[str, Any] | None = None
            ) -> list[tuple]:
    """One small statement straight through the driver (a merge runs a dozen per report;
    SQLAlchemy's statement machinery cost more than the statements). ``sql`` names its
    parameters ``:name``; values are str, int, bool or None. Returns the rows, if any."""
    raw = _raw(connection)
    if connection.dialect.name == "sqlite":
        cursor = raw.execute(sql, params or {})
        return cursor.fetchall() if cursor.description else []
    with raw.cursor() as cursor:
        cursor.execute(_pyformat(sql), params or {})
        return cursor.fetchall() if cursor.description else []


def _pyformat(sql: str) -> str:
    return re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", sql)


# ---------------------------------------------------------------- staged events
def stage_spec(connection: Connection) -> StageSpec:
    """What a worker needs to stage events for this warehouse."""
    if connection.dialect.name != "sqlite":
        return StageSpec(connection.dialect.name)
    names = [table.name for table in t.EVENT_TABLES.values()]
    rows = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN "
        f"({', '.join('?' for _ in names)})", tuple(names)).all()
    return StageSpec("sqlite", {name: sql for name, sql in rows})


MERGE_CACHE_KB = 16 * 1024  # appends and key-range upserts: a small cache does (peak RSS)


def attach_stage(connection: Connection) -> None:
    """SQLite: attach the in-memory schema staged images are loaded into and use a smaller
    page cache while merging (outside a transaction; once per merge connection)."""
    if connection.dialect.name == "sqlite":
        raw = _raw(connection)
        raw.execute(f"ATTACH DATABASE ':memory:' AS {STAGE}")
        connection.info["cache_size"] = raw.execute("PRAGMA main.cache_size").fetchone()[0]
        raw.execute(f"PRAGMA main.cache_size = -{MERGE_CACHE_KB}")


def detach_stage(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        cache = int(connection.info.pop("cache_size", -MERGE_CACHE_KB))
        _raw(connection).execute(f"PRAGMA main.cache_size = {cache}")
        _raw(connection).execute(f"DETACH DATABASE {STAGE}")


def load_staged(connection: Connection, staged: StagedEvents,
                ranges: Sequence[tuple[int, int]], sums: rollups.Sums) -> int:
    """Load a report's staged events, leaving out seqs in ``ranges`` (the device's ranges
    already merged that meet this report's). Returns how many journal rows were new. The
    worker's rollup sums go to ``sums`` (written with ``add_sums`` before the commit)."""
    if staged.dialect == "sqlite" and staged.image:
        _raw(connection).deserialize(staged.image, name=STAGE)
    where = _not_covered(ranges)
    fresh = 0
    for table, count in staged.events.items():
        loaded = _load_table(connection, staged, table, where)
        if not ranges:
            fresh += count
        elif table == STEPS:
            fresh += not_covered_count(staged.step_seqs, ranges)
        else:
            fresh += loaded
    if not ranges:  # every row was written: add the sums the worker made of them
        sums.add({rollup: rows for rollup, rows in staged.rolled.items()
                  if rollup != "roll_steps"})  # the steps': see _steps_rollup
    return fresh


def add_sums(connection: Connection, sums: rollups.Sums) -> None:
    """Add the sums kept for this transaction to the rollup tables."""
    for rollup, rows in sums.rows().items():
        if rows:
            _executemany(connection, rollups.add_rows(rollup, _mark(connection)), rows)
    sums.clear()


def _not_covered(ranges: Sequence[tuple[int, int]]) -> str:
    if not ranges:
        return ""
    return "NOT (" + " OR ".join(f"seq BETWEEN {int(a)} AND {int(b)}" for a, b in ranges) + ")"


def _step_conflict(names: Sequence[str], table: str) -> str:
    updates = ", ".join(f"{c} = excluded.{c}" for c in names if c not in STEP_KEY)
    return (f"ON CONFLICT ({', '.join(STEP_KEY)}) DO UPDATE SET {updates} "
            f"WHERE excluded.seq > {table}.seq")


def _load_table(connection: Connection, staged: StagedEvents, table: str, where: str) -> int:
    """One table's staged rows and its rollups (``rollups.py``); returns the rows inserted
    (steps: inserted or updated)."""
    raw = _raw(connection)
    if staged.dialect == "sqlite":
        source = f"{STAGE}.{table}"

        def run(sql: str) -> int:
            return raw.execute(sql).rowcount

        def fetch(sql: str) -> list[tuple]:
            return raw.execute(sql).fetchall()

        if table == STEPS:
            names = [c.name for c in t.ev_steps.columns]
            sql = (f"INSERT INTO main.{table} SELECT * FROM {source} "
                   f"WHERE {where or 'true'} {_step_conflict(names, table)}")
        else:
            sql = f"INSERT INTO main.{table} SELECT * FROM {source}"
            if where:
                sql += f" WHERE {where}"
        return _with_rollups(connection, run, fetch, staged, table, source, where, sql)
    columns, payload = staged.copies[table]
    names = ", ".join(columns)
    with raw.cursor() as cursor:
        if table != STEPS and not where:
            with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                copy.write(payload)
            return staged.staged[table]

        def run(sql: str) -> int:
            cursor.execute(sql)
            return cursor.rowcount

        def fetch(sql: str) -> list[tuple]:
            cursor.execute(sql)
            return cursor.fetchall()

        source = f"tmp_{table}"
        cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS {source} "
                       f"(LIKE {table}) ON COMMIT DELETE ROWS")
        with cursor.copy(f"COPY {source} ({names}) FROM STDIN") as copy:
            copy.write(payload)
        conflict = _step_conflict(columns, table) if table == STEPS else ""
        sql = (f"INSERT INTO {table} ({names}) SELECT {names} FROM {source} "
               f"{'WHERE ' + where if where else ''} {conflict}")
        loaded = _with_rollups(connection, run, fetch, staged, table, source, where, sql)
        cursor.execute(f"TRUNCATE {source}")
        return loaded


def _with_rollups(connection: Connection, run: rollups.Execute, fetch,
                  staged: StagedEvents, table: str, source: str, where: str, sql: str) -> int:
    """Write a table's rows with ``sql`` and keep its rollups: the steps' with
    ``_steps_rollup``; the others' here only when some rows were left out (``where``; else
    ``load_staged`` adds the sums the worker made)."""
    if table == STEPS:
        return _steps_rollup(connection, run, fetch, staged, source, sql)
    loaded = run(sql)
    if where and table in rollups.ROLLED:
        covered = where.replace("seq BETWEEN", "s.seq BETWEEN")  # the rollups alias rows s
        rollups.roll(run, staged.dialect, table, source, covered)
    return loaded


def _steps_rollup(connection: Connection, run: rollups.Execute, fetch, staged: StagedEvents,
                  source: str, sql: str) -> int:
    """Upsert the step outcomes with ``sql`` and keep ``roll_steps``: the worker summed the
    report's outcomes; before they are written, each task the warehouse already holds is
    looked up (by key: one probe per task of the report) — a newer staged outcome moves the
    task out of its old outcome's row, an older or already merged one is taken out of the
    sums (it is not written)."""
    sums = Counter({tuple(row[:-1]): row[-1] for row in staged.rolled.get("roll_steps", ())})
    pairs = fetch(rollups.held_tasks(staged.dialect, source))
    for (old_seq, *old), (new_seq, *new) in ((p[:7], p[7:]) for p in pairs):
        gone = old if new_seq > old_seq else new
        sums[rollups.step_key(staged.device_id, *gone)] -= 1
    loaded = run(sql)
    rows = [(*key, n) for key, n in sums.items() if n]
    if rows:
        _executemany(connection, rollups.add_rows("roll_steps", _mark(connection)), rows)
    if pairs:
        run(f"DELETE FROM roll_steps WHERE device_id = '{staged.device_id}' AND n = 0")
    return loaded


# ---------------------------------------------------------------- snapshots
def upsert(connection: Connection, table: Table, key: Sequence[str], columns: Sequence[str],
           rows: Sequence[tuple], *, newer: str = "version_key",
           keep: Sequence[str] = ()) -> None:
    """Insert ``rows`` (of ``columns``), or update a row with the same ``key`` when the
    incoming ``newer`` value is greater (snapshots: the newest report wins in any order);
    ``keep``: columns an update leaves as they are. ``executemany`` on both dialects (psycopg
    pipelines it); snapshots are a few hundred rows a report."""
    if not rows:
        return
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in (*key, *keep))
    conflict = (f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {updates} "
                f"WHERE excluded.{newer} > {table.name}.{newer}")
    marks = ", ".join(_mark(connection) for _ in columns)
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks}) {conflict}"
    _executemany(connection, sql, rows)


def insert(connection: Connection, table: Table, columns: Sequence[str],
           rows: Sequence[tuple]) -> None:
    if rows:
        marks = ", ".join(_mark(connection) for _ in columns)
        _executemany(connection, f"INSERT INTO {table.name} ({', '.join(columns)}) "
                                 f"VALUES ({marks})", rows)


def _mark(connection: Connection) -> str:
    return "?" if connection.dialect.name == "sqlite" else "%s"


def _executemany(connection: Connection, sql: str, rows: Sequence[tuple]) -> None:
    raw = _raw(connection)
    if connection.dialect.name == "sqlite":
        raw.executemany(sql, rows)
        return
    with raw.cursor() as cursor:
        cursor.executemany(sql, rows)
