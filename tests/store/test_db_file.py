"""What a database file is (read-only look), SQLite's environment faults by name, and a new
database that appears whole or not at all."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from advisor_desk.domain.errors import MigrationFailed, StorageProblem
from advisor_desk.store import db_file, migrations
from advisor_desk.store.schema_version import HEAD_REVISION

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)


def test_probe_tells_every_kind_of_file_apart(tmp_path):
    ours = tmp_path / "ours.db"
    migrations.prepare(ours, tmp_path / "b", NOW)
    (tmp_path / "folder.db").mkdir()
    (tmp_path / "empty.db").write_bytes(b"")
    (tmp_path / "junk.db").write_bytes(b"hello " * 100)
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(ours.read_bytes()[:4096] + b"\x13" * 8192)
    with sqlite3.connect(tmp_path / "other.db") as conn:
        conn.execute("CREATE TABLE recipes (name)")
    new = tmp_path / "new.db"
    sqlite3.connect(new).execute("PRAGMA user_version = 0").connection.close()
    kinds = {name: db_file.probe(tmp_path / name).kind for name in (
        "ours.db", "folder.db", "empty.db", "junk.db", "damaged.db", "other.db", "new.db",
        "missing.db")}
    assert kinds == {"ours.db": "ours", "folder.db": "folder", "empty.db": "empty",
                     "junk.db": "foreign", "damaged.db": "corrupt", "other.db": "other",
                     "new.db": "new", "missing.db": "missing"}
    assert db_file.probe(ours).revision == HEAD_REVISION
    assert (tmp_path / "empty.db").stat().st_size == 0  # looked at, not touched


def test_a_zero_byte_file_with_its_wal_is_a_database_not_empty(tmp_path):
    db = tmp_path / "a.db"
    db.write_bytes(b"")
    (tmp_path / "a.db-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 28)
    assert db_file.probe(db, integrity=False).kind == "new"


def test_sqlite_faults_are_named_through_sqlalchemy_and_the_chain():
    from sqlalchemy.exc import OperationalError

    full = sqlite3.OperationalError("database or disk is full")
    wrapped = OperationalError("INSERT ...", {}, full)
    assert db_file.fault_of(wrapped) == "full"
    try:
        try:
            raise sqlite3.OperationalError("attempt to write a readonly database")
        except sqlite3.Error as inner:
            raise RuntimeError("while saving") from inner
    except RuntimeError as outer:
        assert db_file.fault_of(outer) == "readonly"
    assert db_file.fault_of(sqlite3.IntegrityError("UNIQUE constraint failed")) is None
    assert db_file.fault_of(ValueError("x")) is None
    problem = db_file.fault_error(wrapped, Path("/d/advisor_desk.db"))
    assert isinstance(problem, StorageProblem) and "The disk holding /d is full" in str(problem)


def test_a_new_database_appears_whole_or_not_at_all(tmp_path, monkeypatch):
    db = tmp_path / "advisor_desk.db"
    real = migrations._upgrade

    def half_way(path, script_location, head):
        real(path, script_location, "0001")  # some tables written, then the power goes
        raise RuntimeError("killed")

    monkeypatch.setattr(migrations, "_upgrade", half_way)
    with pytest.raises(MigrationFailed):
        migrations.prepare(db, tmp_path / "b", NOW)
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no advisor_desk.db, no .new
    monkeypatch.setattr(migrations, "_upgrade", real)
    migrations.prepare(db, tmp_path / "b", NOW)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["advisor_desk.db"]
    assert migrations.read_revision(db) == HEAD_REVISION
