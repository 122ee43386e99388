"""Migrations: new database at head, refuse newer untouched, transactional failure, backup."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from advisor_desk import locate
from advisor_desk.domain.errors import DatabaseCorrupt, DatabaseTooNew, MigrationFailed
from advisor_desk.store import backup, migrations
from advisor_desk.store.schema_version import HEAD_REVISION, KNOWN_REVISIONS

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
NEXT = "test_next"  # an injected revision after the head, whatever the head is


def _checkpointed_bytes(db: Path) -> bytes:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return db.read_bytes()


def test_known_revisions_match_the_alembic_scripts():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(locate.db_dir()))
    script = ScriptDirectory.from_config(config)
    chain = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(chain) == KNOWN_REVISIONS
    assert script.get_current_head() == HEAD_REVISION


def test_new_database_is_created_at_head_without_backup(tmp_path):
    db = tmp_path / "a.db"
    result = migrations.prepare(db, tmp_path / "backups", NOW)
    assert (result.before, result.after, result.backup) == (None, HEAD_REVISION, None)
    assert migrations.read_revision(db) == HEAD_REVISION
    with sqlite3.connect(db) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"customers", "scripts", "sop_tasks", "events", "packs", "trusted_keys"} <= tables


def test_migrated_indexes_are_the_models_indexes(tmp_path):
    """The models declare what the migrations build (no index only one of them knows)."""
    from advisor_desk.store.models import Base

    db = tmp_path / "a.db"
    migrations.prepare(db, tmp_path / "backups", NOW)
    with sqlite3.connect(db) as conn:
        built = {(table, name) for table, name in conn.execute(
            "SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' "
            "AND sql IS NOT NULL AND tbl_name NOT LIKE 'search%'")}
    declared = {(table.name, index.name) for table in Base.metadata.tables.values()
                for index in table.indexes}
    assert built == declared


def test_0006_drops_the_single_column_customer_indexes(tmp_path):
    db = tmp_path / "a.db"
    migrations.prepare(db, tmp_path / "b", NOW, head="0003")

    def customer_indexes() -> set[str]:
        with sqlite3.connect(db) as conn:
            return {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                "'customers' AND sql IS NOT NULL")}

    gone = {"ix_customers_stage_key", "ix_customers_member_class", "ix_customers_vip_level"}
    assert gone <= customer_indexes()
    migrations.prepare(db, tmp_path / "b", NOW)
    assert not gone & customer_indexes()
    assert {"ix_customers_list", "ix_customers_birthday_md"} <= customer_indexes()


def test_database_at_head_is_not_touched(tmp_path):
    db = tmp_path / "a.db"
    migrations.prepare(db, tmp_path / "b", NOW)
    before = _checkpointed_bytes(db)
    result = migrations.prepare(db, tmp_path / "b", NOW)
    assert result.backup is None
    assert _checkpointed_bytes(db) == before


def test_newer_revision_is_refused_and_file_left_byte_identical(tmp_path):
    db = tmp_path / "a.db"
    migrations.prepare(db, tmp_path / "b", NOW)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = _checkpointed_bytes(db)
    with pytest.raises(DatabaseTooNew, match="newer version"):
        migrations.prepare(db, tmp_path / "b", NOW)
    assert db.read_bytes() == before
    assert backup.list_backups(tmp_path / "b") == []  # refused before any backup or write


FAILING_REVISION = '''
import sqlalchemy as sa
from alembic import op

revision = "{rev}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO half_done (id) VALUES (1)")
    with op.batch_alter_table("settings") as batch:
        batch.add_column(sa.Column("extra", sa.Text, nullable=True))
    op.execute("UPDATE settings SET value = 'changed'")
    raise RuntimeError("injected failure halfway through the migration")


def downgrade():
    pass
'''


def test_a_migration_that_fails_halfway_leaves_the_database_as_it_was(tmp_path):
    scripts = tmp_path / "db"
    shutil.copytree(locate.db_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0002_fails.py").write_text(
        FAILING_REVISION.format(rev=NEXT, down=HEAD_REVISION), "utf-8")
    db = tmp_path / "a.db"
    migrations.prepare(db, tmp_path / "b", NOW)
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('device_id', 'keep-me')")
    before = _checkpointed_bytes(db)

    with pytest.raises(MigrationFailed, match="left as it was"):
        migrations.prepare(db, tmp_path / "b", NOW, script_location=scripts, head=NEXT,
                           known=(*KNOWN_REVISIONS, NEXT))

    assert _checkpointed_bytes(db) == before
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
            HEAD_REVISION
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in names
        assert conn.execute("SELECT value FROM settings").fetchall() == [("keep-me",)]
    # a backup was taken before trying, and it is a readable copy of the old data
    saved = backup.latest_backup(tmp_path / "b")
    assert saved is not None and saved.name.endswith("-migrate.db")
    with sqlite3.connect(saved) as conn:
        assert conn.execute("SELECT value FROM settings").fetchall() == [("keep-me",)]


def test_successful_upgrade_backs_up_first_and_keeps_data(tmp_path):
    scripts = tmp_path / "db"
    shutil.copytree(locate.db_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0002_ok.py").write_text(
        FAILING_REVISION.format(rev=NEXT, down=HEAD_REVISION).replace(
            '    raise RuntimeError("injected failure halfway through the migration")\n', ""),
        "utf-8")
    db = tmp_path / "a.db"
    migrations.prepare(db, tmp_path / "b", NOW)
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')")
    result = migrations.prepare(db, tmp_path / "b", NOW, script_location=scripts, head=NEXT,
                                known=(*KNOWN_REVISIONS, NEXT))
    assert (result.before, result.after) == (HEAD_REVISION, NEXT)
    assert result.backup is not None and result.backup.exists()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT key, value, extra FROM settings").fetchall() == \
            [("k", "changed", None)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_quick_check_failure_names_the_latest_backup(tmp_path):
    db = tmp_path / "a.db"
    migrations.prepare(db, tmp_path / "b", NOW)
    saved = backup.make_backup(db, tmp_path / "b", "daily", NOW)
    db.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4096)  # garbage after a valid header
    with pytest.raises(DatabaseCorrupt) as err:
        migrations.quick_check(db, tmp_path / "b")
    assert str(saved) in str(err.value)


def test_a_foreign_file_is_not_mistaken_for_a_new_database(tmp_path):
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE something (x)")
    with pytest.raises(DatabaseCorrupt, match="not an Advisor Desk database"):
        migrations.prepare(db, tmp_path / "b", NOW)


def test_0003_fills_the_tag_and_advisor_lists_and_keeps_them_current(tmp_path):
    """From 0002 with customers, tags and advisors in it: the lists are filled, the list
    index exists, and the triggers keep the lists current afterwards."""
    db = tmp_path / "a.db"
    migrations.prepare(db, tmp_path / "b", NOW, head="0002")
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO tag_groups (id, uid, name, dimension, exclusive, sort, origin, "
                     "retired) VALUES (1, 'g', 'G', 'consumption', 0, 1, 'hq', 0)")
        conn.executemany("INSERT INTO tags (id, uid, group_id, name, sort, origin, retired) "
                         "VALUES (?, ?, 1, ?, 1, 'hq', 0)",
                         [(t, f"t{t}", f"T{t}") for t in (3, 9, 14, 70)])
        conn.executemany("INSERT INTO advisors (id, ulid, name, store_code, role, active, "
                         "created_at) VALUES (?, ?, ?, 'S', 'advisor', 1, '2026-01-01')",
                         [(a, f"01ADV{a:021d}", f"A{a}") for a in (1, 2)])
        conn.executemany(
            "INSERT INTO customers (id, ulid, device_id, name, remark_name, salutation, "
            "name_initials, region, source_channel, added_at, notes, purchases_12m, "
            "updated_at) VALUES (?, ?, 'd', ?, '', '', '', '', '', '2026-01-01', '', 0, "
            "'2026-01-01')", [(c, f"01CUS{c:021d}", f"C{c}") for c in (1, 2, 3)])
        conn.executemany("INSERT INTO customer_tags (customer_id, tag_id, source, added_at) "
                         "VALUES (?, ?, 'manual', '2026-01-01')", [(1, 3), (1, 14), (2, 9), (2, 70)])
        conn.executemany("INSERT INTO customer_advisors (customer_id, advisor_id, role, since) "
                         "VALUES (?, ?, 'owner', '2026-01-01')", [(1, 1), (2, 1), (2, 2)])

    result = migrations.prepare(db, tmp_path / "b", NOW)
    assert (result.before, result.after) == ("0002", HEAD_REVISION)

    def lists() -> dict[int, tuple[set[str], set[str], int]]:
        with sqlite3.connect(db) as conn:
            return {cid: (set(tags.strip(",").split(",")) - {""},
                          set(advisors.strip(",").split(",")) - {""}, bits)
                    for cid, tags, advisors, bits in conn.execute(
                        "SELECT id, tag_list, advisor_list, tag_bits FROM customers")}

    assert lists() == {1: ({"3", "14"}, {"1"}, 1 << 3 | 1 << 14),
                       2: ({"9", "70"}, {"1", "2"}, 1 << 9), 3: (set(), set(), 0)}
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = "
                            "'ix_customers_list'").fetchone() == (1,)
        conn.execute("DELETE FROM customer_tags WHERE customer_id = 1 AND tag_id = 3")
        conn.execute("INSERT INTO customer_tags (customer_id, tag_id, source, added_at) "
                     "VALUES (3, 3, 'manual', '2026-01-02')")
        conn.execute("UPDATE customer_tags SET tag_id = 3 WHERE customer_id = 2 AND tag_id = 9")
        conn.execute("UPDATE customer_advisors SET customer_id = 3 WHERE customer_id = 1")
        conn.execute("DELETE FROM customer_advisors WHERE advisor_id = 2")
    assert lists() == {1: ({"14"}, set(), 1 << 14), 2: ({"3", "70"}, {"1"}, 1 << 3),
                       3: ({"3"}, {"1"}, 1 << 3)}


def test_0008_adds_the_training_tables_and_keeps_the_data(tmp_path):
    """From 0006 with an advisor, a script and a journal entry in it."""
    db = tmp_path / "a.db"
    migrations.prepare(db, tmp_path / "b", NOW, head="0006")
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO advisors (id, ulid, name, store_code, role, active, "
                     "created_at) VALUES (1, '01ADV000000000000000000001', '林晓雯', 'S', "
                     "'advisor', 1, '2026-01-01')")
        conn.execute("INSERT INTO scripts (uid, kind, title, body, keywords, origin, retired) "
                     "VALUES ('s1', 'qa', '太贵了', '{称呼|亲}，理解的', '', 'hq', 0)")
        conn.execute("INSERT INTO events (ulid, at, device_id, advisor_id, kind, payload) "
                     "VALUES ('01EVT000000000000000000001', '2026-01-02', 'd', 1, "
                     "'sop.step.done', '{}')")
    result = migrations.prepare(db, tmp_path / "b", NOW, head="0008",
                                known=KNOWN_REVISIONS[:KNOWN_REVISIONS.index("0008") + 1])
    assert (result.before, result.after) == ("0006", "0008")
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        assert conn.execute("SELECT name FROM advisors").fetchall() == [("林晓雯",)]
        assert conn.execute("SELECT count(*) FROM events").fetchone() == (1,)
        conn.execute("INSERT INTO practice_cards VALUES (1, 's1', 2, '2026-01-04', "
                     "'2026-01-02', 1, 1, '2026-01-02')")
        conn.execute("INSERT INTO content_news (pack_id, version, script_uid, change, at) "
                     "VALUES ('p', 2, 's1', 'changed', '2026-01-02')")
        conn.execute("INSERT INTO content_news_seen VALUES (1, 1, '2026-01-03')")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO practice_cards VALUES (9, 's1', 1, '2026-01-04', "
                         "'2026-01-02', 1, 0, '2026-01-02')")  # no such advisor
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def _schema(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    finally:
        conn.close()


def test_a_new_database_from_the_schema_template_equals_one_migrated(tmp_path, monkeypatch):
    """--demo and the tests copy a new database from a template the migrations built once;
    the copy is the migrated schema, and Alembic does not run for it."""
    migrations.prepare(tmp_path / "migrated.db", tmp_path / "b", NOW)
    cache = tmp_path / "cache"
    first = migrations.prepare(tmp_path / "first.db", tmp_path / "b", NOW, template_dir=cache)
    assert first.after == HEAD_REVISION and len(list(cache.glob("schema-*.db"))) == 1

    def no_alembic(*_args):
        raise AssertionError("Alembic ran although the template was there")

    monkeypatch.setattr(migrations, "_upgrade", no_alembic)
    second = migrations.prepare(tmp_path / "second.db", tmp_path / "b", NOW, template_dir=cache)
    assert second.after == HEAD_REVISION
    expected = _schema(tmp_path / "migrated.db")
    assert _schema(tmp_path / "first.db") == expected
    assert _schema(tmp_path / "second.db") == expected
    assert migrations.read_revision(tmp_path / "second.db") == HEAD_REVISION


def test_a_changed_migration_script_builds_a_new_template(tmp_path):
    scripts = tmp_path / "db"
    shutil.copytree(locate.db_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    cache = tmp_path / "cache"
    migrations.prepare(tmp_path / "a.db", tmp_path / "b", NOW, script_location=scripts,
                       template_dir=cache)
    script = sorted((scripts / "versions").glob("*.py"))[-1]
    script.write_text(script.read_text("utf-8") + "\n# changed\n", "utf-8")
    migrations.prepare(tmp_path / "c.db", tmp_path / "b", NOW, script_location=scripts,
                       template_dir=cache)
    assert len(list(cache.glob("schema-*.db"))) == 2


def test_a_template_folder_that_cannot_be_written_only_costs_speed(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    result = migrations.prepare(tmp_path / "n.db", tmp_path / "b", NOW,
                                template_dir=blocked / "cache")
    assert result.after == HEAD_REVISION
    assert _schema(tmp_path / "n.db") == _schema_of_new(tmp_path)
    assert not list(tmp_path.glob("**/*.part"))


def _schema_of_new(tmp_path: Path) -> list[tuple]:
    migrations.prepare(tmp_path / "plain.db", tmp_path / "b", NOW)
    return _schema(tmp_path / "plain.db")
