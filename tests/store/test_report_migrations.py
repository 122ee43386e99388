"""Migration 0007 (report_exports) from 0006 with data in it, and the warehouse's own history."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import inspect

from advisor_desk.domain.errors import InvalidInput
from advisor_desk.store import migrations
from advisor_desk.store.warehouse import dashboard_cache, database
from advisor_desk.store.warehouse.tables import VERSION_TABLE, metadata

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)


def test_0007_adds_report_exports_and_keeps_the_journal(tmp_path):
    db = tmp_path / "a.db"
    migrations.prepare(db, tmp_path / "b", NOW, head="0006")
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO events (ulid, at, device_id, kind, payload) VALUES "
                     "('01EVT000000000000000000001', '2026-11-20 02:00:00', 'dev', "
                     "'customer.added', '{}')")
        conn.execute("INSERT INTO settings (key, value) VALUES ('device_id', 'dev')")
    result = migrations.prepare(db, tmp_path / "b", NOW, head="0007")  # later ones follow
    assert (result.before, result.after) == ("0006", "0007")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT seq, kind FROM events").fetchall() == [(1, "customer.added")]
        conn.execute("INSERT INTO report_exports (created_at, device_id, seq_from, seq_to, "
                     "period_from, period_to, reexport, file_name, rows, manifest_sha256) "
                     "VALUES ('2026-11-24', 'dev', 1, 1, '2026-11-20', '2026-11-24', 0, "
                     "'r.adreport', '{}', 'x')")
        assert conn.execute("SELECT count(*) FROM report_exports").fetchone() == (1,)


def test_the_warehouse_migration_builds_exactly_the_declared_tables(tmp_path):
    wh = database.Warehouse(database.sqlite_url(tmp_path / "w.db"))
    assert database.prepare(wh) is None
    assert database.prepare(wh) == database.HEAD_REVISION  # at head: nothing to do
    with wh.begin() as c:
        built = set(inspect(c).get_table_names()) - {VERSION_TABLE}
        columns = {t: {col["name"] for col in inspect(c).get_columns(t)} for t in built}
    declared = {**metadata.tables, **dashboard_cache.metadata.tables}  # + the dashboard's
    assert built == set(declared)
    assert columns == {name: {c.name for c in t.columns} for name, t in declared.items()}
    wh.close()


def test_a_database_with_other_tables_is_not_taken_over(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE something (x)")
    wh = database.Warehouse(database.sqlite_url(path))
    with pytest.raises(InvalidInput, match="already holds other tables"):
        database.prepare(wh)
    wh.close()
