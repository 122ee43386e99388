"""Backups in the window's terms: the list (date, reason, size, customers), the daily
rotation by the store's setting, the preview, and a restore round trip that equals the
backup byte for byte (docs/architecture.md: all connections closed, WAL checkpointed, the main
file's bytes compared) apart from what a restore adds on purpose (a new device, a log entry)."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from advisor_desk.domain import privacy
from advisor_desk.domain.customers import CustomerInput
from advisor_desk.domain.errors import DatabaseCorrupt, DatabaseTooNew, InvalidInput, NotAllowed
from advisor_desk.services import backups as backup_module
from advisor_desk.services.desk import open_desk
from advisor_desk.store import backup as store_backup
from advisor_desk.store import privacy_repo
from advisor_desk.store.database import Database


@pytest.fixture
def shop(desk):
    boss, _ = desk.advisors.add("林晓雯")
    staff, _ = desk.advisors.add("陈佳怡", session=desk.advisors.unlock(boss.id))
    for n in range(3):
        desk.customers.add(CustomerInput(name=f"顾客{n}"), advisor_id=staff.id)
    return desk, boss, staff


def test_the_list_says_when_why_how_big_and_how_many_customers(shop, clock):
    desk, *_ = shop
    manual = desk.maintenance.backup()
    clock.advance(hours=1)
    daily = desk.maintenance.daily_backup()
    assert desk.maintenance.daily_backup() is None  # one a day
    listed = desk.backups.list()
    assert [(b.path, b.reason) for b in listed] == [(daily, "daily"), (manual, "manual")]
    assert listed[0].at == clock.now() and listed[1].at == clock.now() - timedelta(hours=1)
    assert listed[0].size == daily.stat().st_size > 0
    contents = desk.backups.summary(manual)
    assert (contents.customers, contents.advisors, contents.revision) == (3, 2, "0013")


def test_daily_backups_rotate_by_the_store_setting(shop, clock):
    desk, boss, _ = shop
    desk.settings.change(desk.advisors.unlock(boss.id), backup_keep_daily=3, backup_keep_weekly=2)
    made = []
    for _ in range(30):
        made.append(desk.maintenance.daily_backup())
        clock.advance(days=1)
    daily = [b.path for b in desk.backups.list() if b.reason == "daily"]
    assert len(daily) == 5 and daily[:3] == made[-1:-4:-1]
    with pytest.raises(InvalidInput, match="daily backups"):
        desk.settings.change(desk.advisors.unlock(boss.id), backup_keep_daily=0)


def test_preview_refuses_damaged_and_newer_files(shop, tmp_path):
    desk, *_ = shop
    saved = desk.maintenance.backup()
    preview = desk.backups.preview(saved)
    assert (preview.contents.customers, preview.current_customers) == (3, 3)
    assert preview.backup.reason == "manual"
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    with pytest.raises((DatabaseCorrupt, InvalidInput)):
        desk.backups.preview(broken)
    newer = tmp_path / "newer.db"
    store_backup.copy_database(saved, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseTooNew):
        desk.backups.preview(newer)


def _checkpointed(path: Path) -> bytes:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path.read_bytes()


def test_restore_round_trip_equals_the_backup(shop, paths, clock, tmp_path):
    desk, boss, staff = shop
    saved = desk.maintenance.backup()
    clock.advance(minutes=5)
    desk.customers.add(CustomerInput(name="备份之后"), advisor_id=staff.id)
    with pytest.raises(NotAllowed, match="store manager"):
        desk.backups.restore(saved, session=desk.advisors.unlock(staff.id))
    desk.backups.restore(saved, session=desk.advisors.unlock(boss.id))  # closes this desk's connections first
    before_restore = [b for b in backup_module.list_backups(paths) if b.reason == "restore"]
    assert len(before_restore) == 1  # the current database was backed up first
    assert backup_module.summary(before_restore[0].path).customers == 4

    restored = _checkpointed(paths.database)  # before anything opens it again
    with sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True) as conn:
        device_id = conn.execute("SELECT value FROM settings WHERE key = 'device_id'"
                                 ).fetchone()[0]
        action, raw = conn.execute("SELECT action, detail FROM privacy_log ORDER BY id DESC"
                                   ).fetchone()
    detail = json.loads(raw)
    assert action == privacy.RESTORE and detail["file"] == saved.name
    assert device_id != desk.ctx.device_id  # a restored journal restarts: a new device
    reopened = open_desk(paths, clock)
    try:
        assert reopened.customers.count() == 3
    finally:
        reopened.close()

    # the oracle: the backup file with exactly what a restore adds on purpose — the new device
    # (store/backup.set_device_id: the id, where its journal starts) and the log entry
    oracle = tmp_path / "oracle.db"
    store_backup.copy_database(saved, oracle)
    store_backup.set_device_id(oracle, device_id)
    db = Database(oracle)
    with db.write() as s:
        privacy_repo.record(s, at=clock.now(), actor_id=None, action=privacy.RESTORE,
                            detail=detail)
    db.close()
    assert restored == _checkpointed(oracle)
