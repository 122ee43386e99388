"""HQ's warehouse: plain tables, one per event kind, plus devices, stores, advisors, the
content catalogue, the snapshots and the reports received (docs/reports.md).

SQLAlchemy Core tables on their own ``MetaData`` (the shop's models never mix in) with their
own Alembic history in ``db/warehouse``. The same tables serve SQLite and PostgreSQL.

Keys: an event is ``(device_id, seq)``: merging a report twice or overlapping ranges counts
it once (the merge skips seqs already covered; see ``_event``). An SOP step's outcome is
``(device_id, task)`` holding the outcome with the highest seq (a step born missed and worked
later counts as done). Snapshot rows (advisors, stores, catalogue, daily progress, customer
counts) keep the values of the newest report by ``version_key`` (``created_at|report id``),
so the merge order never matters.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

from advisor_desk.store.models.base import NAMING_CONVENTION

metadata = MetaData(naming_convention=NAMING_CONVENTION)
VERSION_TABLE = "warehouse_version"


def _vk() -> Column:
    return Column("version_key", String(120), nullable=False)


device_keys = Table(
    "device_keys", metadata,
    Column("key_id", String(64), primary_key=True),
    Column("public_key", Text, nullable=False),
    Column("store_code", String(20), nullable=False),
    Column("device_id", String(26), nullable=False),
    Column("label", String(200), nullable=False, default=""),
    Column("added_at", DateTime, nullable=False),
    Column("revoked_at", DateTime),
)

stores = Table(
    "stores", metadata,
    Column("store_code", String(20), primary_key=True),
    Column("name", String(200), nullable=False, default=""),
    Column("region", String(60), nullable=False, default=""),  # for HQ to fill (issue 14)
    Column("time_zone", String(60), nullable=False, default=""),
    _vk(),
)

devices = Table(
    "devices", metadata,
    Column("device_id", String(26), primary_key=True),
    Column("store_code", String(20), nullable=False),
    Column("key_id", String(64), nullable=False),
    Column("first_seq", BigInteger, nullable=False),
    _vk(),
    Column("counts_version", String(120), nullable=False, default=""),
)

reports = Table(
    "reports", metadata,
    Column("report_id", String(64), primary_key=True),  # sha256 of the manifest bytes
    Column("device_id", String(26), nullable=False, index=True),
    Column("store_code", String(20), nullable=False),
    Column("key_id", String(64), nullable=False),
    Column("seq_from", BigInteger, nullable=False),
    Column("seq_to", BigInteger, nullable=False),
    Column("period_from", Date, nullable=False),
    Column("period_to", Date, nullable=False),
    Column("created_at", DateTime, nullable=False),  # naive UTC
    Column("reexport", Boolean, nullable=False),
    Column("events", Integer, nullable=False),
    Column("app_version", String(30), nullable=False),
    Column("file_name", String(260), nullable=False),
    Column("merged_at", DateTime, nullable=False),
)

advisors = Table(
    "advisors", metadata,
    Column("advisor", String(26), primary_key=True),
    Column("store_code", String(20), nullable=False),
    Column("device_id", String(26), nullable=False),
    Column("name", String(400), nullable=False),
    Column("role", String(40), nullable=False),
    Column("active", Boolean, nullable=False),
    _vk(),
)

content_items = Table(
    "content_items", metadata,
    Column("kind", String(40), primary_key=True),
    Column("uid", String(120), primary_key=True),
    Column("title", String(400), nullable=False),
    Column("grp", String(400), nullable=False),
    Column("detail", String(400), nullable=False),
    _vk(),
)

daily_progress = Table(
    "daily_progress", metadata,
    Column("advisor", String(26), primary_key=True),
    Column("day", Date, primary_key=True),
    Column("device_id", String(26), nullable=False),
    Column("due", Integer, nullable=False),
    Column("done", Integer, nullable=False),
    Column("on_time", Integer, nullable=False),
    _vk(),
)

customer_counts = Table(
    "customer_counts", metadata,
    Column("device_id", String(26), primary_key=True),
    Column("dimension", String(10), primary_key=True),
    Column("key", String(120), primary_key=True),  # "" for none
    Column("store_code", String(20), nullable=False),
    Column("count", Integer, nullable=False),
)


def _event(name: str, *columns: Column, key: str = "seq") -> Table:
    """An event table. Its key is (device_id, seq): the merge skips every row of a seq range
    another report of the device already brought (each report covers its range completely),
    so no unique index has to be kept up to date on ~3 M inserts a month. Step outcomes are
    keyed by (device_id, task) — a real primary key, for the upsert."""
    if key == "seq":
        head = [Column("device_id", String(26), nullable=False),
                Column("seq", BigInteger, nullable=False)]
    else:
        head = [Column("device_id", String(26), primary_key=True),
                Column(key, String(26), primary_key=True),
                Column("seq", BigInteger, nullable=False)]
    # SQLite: the step outcomes' key is the table itself (WITHOUT ROWID), one b-tree to
    # update per upsert instead of a table and its key index
    options = {} if key == "seq" else {"sqlite_with_rowid": False}
    return Table(name, metadata, *head,
                 Column("at", BigInteger, nullable=False),  # UTC epoch seconds
                 Column("day", Date, nullable=False),  # the store's calendar day
                 Column("advisor", String(26)),
                 *columns, **options)


ev_steps = _event(
    "ev_steps",
    Column("customer", String(24), nullable=False),
    Column("playbook", String(120), nullable=False),
    Column("version", Integer, nullable=False),
    Column("step", Integer, nullable=False),
    Column("due", Date, nullable=False),
    Column("outcome", String(10), nullable=False),
    Column("on_time", Boolean),
    key="task")
ev_interactions = _event("ev_interactions", Column("customer", String(24), nullable=False),
                         Column("kind", String(40), nullable=False))
ev_usage = _event("ev_usage", Column("customer", String(24)),
                  Column("item_kind", String(40), nullable=False),
                  Column("uid", String(120), nullable=False),
                  Column("action", String(40), nullable=False))
ev_coupons = _event("ev_coupons", Column("customer", String(24)),
                    Column("coupon", String(120), nullable=False), Column("code", String(40)))
ev_customers = _event("ev_customers", Column("customer", String(24), nullable=False),
                      Column("source", String(400), nullable=False))
ev_imports = _event("ev_imports", Column("new", Integer, nullable=False),
                    Column("updated", Integer, nullable=False),
                    Column("tags_added", Integer, nullable=False),
                    Column("new_by_owner", Text, nullable=False))  # JSON {advisor: n}
ev_stages = _event("ev_stages", Column("customer", String(24), nullable=False),
                   Column("from_stage", String(120)),
                   Column("to_stage", String(120), nullable=False))
ev_tags = _event("ev_tags", Column("customer", String(24), nullable=False),
                 Column("tag", String(120), nullable=False),
                 Column("source", String(40), nullable=False))

EVENT_TABLES: dict[str, Table] = {
    "steps": ev_steps, "interactions": ev_interactions, "usage": ev_usage,
    "coupons": ev_coupons, "customers": ev_customers, "imports": ev_imports,
    "stages": ev_stages, "tags": ev_tags,
}

# ---- monthly rollups (w015): what the workbook and the dashboard read instead of the events.
# Kept by the merge in the same savepoint as the events (store/warehouse/rollups.py); a month
# is "YYYY-MM" of the event's day (steps: of the due day); a missing advisor is "".
roll_counts = Table(  # new customers, copies, contacts per advisor and month
    "roll_counts", metadata,
    Column("device_id", String(26), primary_key=True),
    Column("advisor", String(26), primary_key=True),
    Column("month", String(7), primary_key=True),
    Column("metric", String(16), primary_key=True),  # customers | copies | interactions
    Column("n", BigInteger, nullable=False),
    sqlite_with_rowid=False,  # SQLite: the key is the table (one b-tree per upsert)
)
roll_coupons = Table(
    "roll_coupons", metadata,
    Column("device_id", String(26), primary_key=True),
    Column("advisor", String(26), primary_key=True),
    Column("month", String(7), primary_key=True),
    Column("coupon", String(120), primary_key=True),
    Column("n", BigInteger, nullable=False),
    sqlite_with_rowid=False,  # SQLite: the key is the table (one b-tree per upsert)
)
roll_usage = Table(
    "roll_usage", metadata,
    Column("month", String(7), primary_key=True),
    Column("item_kind", String(40), primary_key=True),
    Column("uid", String(120), primary_key=True),
    Column("action", String(40), primary_key=True),
    Column("n", BigInteger, nullable=False),
    sqlite_with_rowid=False,  # SQLite: the key is the table (one b-tree per upsert)
)
roll_steps = Table(  # the step outcomes each task holds now (a replaced outcome moves out)
    "roll_steps", metadata,
    Column("device_id", String(26), primary_key=True),
    Column("advisor", String(26), primary_key=True),
    Column("month", String(7), primary_key=True),  # of the due day
    Column("playbook", String(120), primary_key=True),
    Column("step", Integer, primary_key=True),
    Column("outcome", String(10), primary_key=True),
    Column("on_time", Integer, primary_key=True),  # 1: done on time, else 0
    Column("n", BigInteger, nullable=False),
    sqlite_with_rowid=False,  # SQLite: the key is the table (one b-tree per upsert)
)
ROLLUPS = (roll_counts, roll_coupons, roll_usage, roll_steps)
