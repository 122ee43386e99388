"""Migration 0014 (rankings) from the previous revision with data in it: interactions keep
their rows and gain the (advisor, instant, customer) index; incentive rules get their table."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from advisor_desk.store import migrations

NOW = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


def test_0014_from_0006_with_interactions_in_it(tmp_path):
    db = tmp_path / "a.db"
    migrations.prepare(db, tmp_path / "b", NOW, head="0006")
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO advisors (id, ulid, name, store_code, role, active, "
                     "created_at) VALUES (1, '01ADV000000000000000000001', '周敏', 'S', "
                     "'advisor', 1, '2026-01-01')")
        conn.executemany(
            "INSERT INTO customers (id, ulid, device_id, name, remark_name, salutation, "
            "name_initials, region, source_channel, added_at, notes, purchases_12m, "
            "updated_at) VALUES (?, ?, 'd', ?, '', '', '', '', '', '2026-01-01', '', 0, "
            "'2026-01-01')", [(c, f"01CUS{c:021d}", f"C{c}") for c in (1, 2)])
        conn.executemany(
            "INSERT INTO interactions (id, ulid, device_id, customer_id, advisor_id, at, kind, "
            "note) VALUES (?, ?, 'd', ?, 1, ?, 'chat', '聊了护肤')",
            [(i, f"01INT{i:021d}", 1 + i % 2, f"2026-11-{10 + i:02d} 03:00:00.000000")
             for i in range(1, 6)])
    result = migrations.prepare(db, tmp_path / "b", NOW, head="0014")  # later ones follow
    assert (result.before, result.after) == ("0006", "0014") and result.backup is not None
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT customer_id) FROM interactions "
                            "WHERE note = '聊了护肤'").fetchone() == (5, 2)
        plan = " ".join(row[-1] for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT advisor_id, count(DISTINCT customer_id) FROM "
            "interactions WHERE advisor_id IN (1) AND at >= '2026-11-12' AND at < "
            "'2026-11-14' GROUP BY advisor_id"))
        assert "COVERING INDEX ix_interactions_advisor_at" in plan, plan
        for sql, index in (
                ("SELECT done_by, substr(done_at, 1, 13), due_on, count(*) FROM sop_tasks "
                 "WHERE done_by IN (1) AND done_at >= '2026-11' AND done_at < '2026-12' AND "
                 "state = 'done' GROUP BY 1, 2, 3", "COVERING INDEX ix_sop_tasks_done"),
                ("SELECT advisor_id, count(*) FROM events WHERE kind = 'practice.answered' "
                 "AND at >= '2026-11' AND at < '2026-12' GROUP BY 1", "ix_events_kind_at")):
            plan = " ".join(row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
            assert index in plan, plan
        conn.execute("INSERT INTO incentive_rules (uid, pack, title, measure, points, "
                     "description, retired) VALUES ('r', 'p', '按时', 'steps_on_time', 2, '', 0)")
        assert conn.execute("SELECT measure, points FROM incentive_rules").fetchall() == [
            ("steps_on_time", 2)]
