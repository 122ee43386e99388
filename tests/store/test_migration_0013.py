"""0013 from 0014 (its previous revision) with data in it: the privacy log starts from what the shop recorded, PIN
lockout columns start clear, nothing else changes."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

from advisor_desk.store import migrations

NOW = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)
T = "2026-12-01 03:04:05.000000"


def test_0013_from_0014_with_data(tmp_path):
    db = tmp_path / "a.db"
    migrations.prepare(db, tmp_path / "b", NOW, head="0014")
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO advisors (id, ulid, name, store_code, role, pin_hash, active, "
                     "created_at) VALUES (1, 'A1', '林晓雯', 'SH001', 'manager', 'scrypt$x', 1, ?)",
                     (T,))
        conn.execute("INSERT INTO customers (id, ulid, device_id, name, remark_name, salutation, "
                     "name_initials, phone, region, source_channel, added_at, notes, "
                     "purchases_12m, updated_at) VALUES (7, 'C7', 'D', '王晓燕', '', '', 'wxy', "
                     "'13812345678', '', '', ?, '', 0, ?)", (T, T))
        conn.execute("INSERT INTO phone_reveals (advisor_id, customer_id, at) VALUES (1, 7, ?)",
                     (T,))
        conn.execute("INSERT INTO events (ulid, at, device_id, advisor_id, kind, customer_id, "
                     "payload) VALUES ('E1', ?, 'D', 1, 'customers.exported', NULL, ?)",
                     (T, json.dumps({"count": 12, "full_phones": True, "format": "xlsx"})))
        conn.execute("INSERT INTO events (ulid, at, device_id, advisor_id, kind, customer_id, "
                     "payload) VALUES ('E2', ?, 'D', 1, 'customer.deleted', 7, '{}')", (T,))
    result = migrations.prepare(db, tmp_path / "b", NOW)
    assert (result.before, result.after) == ("0014", "0013") and result.backup is not None
    with sqlite3.connect(db) as conn:
        log = conn.execute("SELECT at, actor_id, action, customer_id, detail FROM privacy_log "
                           "ORDER BY id").fetchall()
        advisor = conn.execute("SELECT name, pin_hash, pin_failures, pin_locked_until "
                               "FROM advisors").fetchone()
        tombstones = conn.execute("SELECT count(*) FROM erasures").fetchone()[0]
    assert [(a, b, c, d) for a, b, c, d, _ in log] == [
        (T, 1, "phone.revealed", 7), (T, 1, "customers.exported", None),
        (T, 1, "customer.erased", 7)]
    assert json.loads(log[1][4]) == {"rows": 12, "full_phones": True, "format": "xlsx"}
    assert advisor == ("林晓雯", "scrypt$x", 0, None)
    assert tombstones == 0
