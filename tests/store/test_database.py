"""The engine: pragmas on every connection, BEGIN IMMEDIATE writers, rollback on error."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from advisor_desk.store import migrations, settings_repo
from advisor_desk.store.database import Database


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "a.db"
    migrations.prepare(path, tmp_path / "b", datetime.now(UTC))
    database = Database(path)
    yield database
    database.close()


def test_pragmas_are_set_on_every_connection(db):
    with db.read() as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA busy_timeout")).scalar() == 10_000


def test_a_failed_write_rolls_back_everything(db):
    with pytest.raises(RuntimeError), db.write() as s:
        settings_repo.put(s, "a", "1")
        s.flush()
        raise RuntimeError("boom")
    with db.read() as s:
        assert settings_repo.get(s, "a") is None


def test_foreign_keys_are_enforced(db):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.write() as s:
        s.execute(text("INSERT INTO tags (uid, group_id, name, sort, origin, retired) "
                       "VALUES ('x', 999, 'n', 0, 'hq', 0)"))


def test_writers_take_the_lock_at_begin_so_a_second_writer_waits(db):
    """With BEGIN IMMEDIATE the second writer blocks until the first commits, and both
    read-modify-write cycles land (a deferred BEGIN would fail or lose an update)."""
    with db.write() as s:
        settings_repo.put(s, "counter", "0")
    inside = threading.Event()
    order: list[str] = []

    def first() -> None:
        with db.write() as s:
            value = int(settings_repo.get(s, "counter"))
            inside.set()
            time.sleep(0.3)
            settings_repo.put(s, "counter", str(value + 1))
            order.append("first-commit")

    def second() -> None:
        inside.wait()
        with db.write() as s:
            value = int(settings_repo.get(s, "counter"))  # waits for the first writer
            order.append("second-read")
            settings_repo.put(s, "counter", str(value + 1))

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert order == ["first-commit", "second-read"]
    with db.read() as s:
        assert settings_repo.get(s, "counter") == "2"
