"""customers: list index, tag and advisor lists for the customer list's filters

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

At 200,000 customers the list (every filter kind, in "recent" order, for the store or one
advisor) must answer in <= 200 ms (docs/benchmarks-customers.md).

* ``customers.tag_list`` / ``customers.advisor_list``: the customer's tag ids / advisor ids as
  ``,3,9,14,`` (``,`` when none), and ``customers.tag_bits``: bit ``n`` set for each tag id
  ``n`` < 63. Triggers on ``customer_tags`` and ``customer_advisors`` keep them current in
  the writer's own statement and transaction, whoever writes (repositories, imports, raw
  SQL). A segment filter tests ``tag_bits & mask`` (or ``instr(tag_list, ',70,')`` for larger
  ids) on the row instead of probing a 100,000-entry ``IN (SELECT ...)`` set for each of
  200,000 rows.
* ``ix_customers_list``: ``deleted_at`` (the list reads live customers), the list order
  (``last_contact_at``, ``id``: walked backwards it is "last contact, newest first, never
  contacted last") and every column a filter or the text search reads, so any filter is one
  walk of this index in list order: no sort, no lookup into the table.

A later batch rebuild of ``customers`` must drop these triggers first and create them again
(``create_triggers``) — SQLite checks trigger bodies when a table is renamed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

LIST_COLUMNS = ["deleted_at", "last_contact_at", "id", "stage_key", "vip_level", "member_class",
                "last_purchase_at", "added_at", "birthday_md", "tag_bits", "tag_list",
                "advisor_list",
                "name_initials", "phone", "name", "remark_name"]
LISTS = (("customer_tags", "tag_id", "tag_list"), ("customer_advisors", "advisor_id",
                                                   "advisor_list"))
BITS = 63  # tag ids below this have a bit in tag_bits (a signed 64-bit integer)


def create_triggers() -> None:
    for table, key, column in LISTS:
        add_bit = remove_bit = ""
        if column == "tag_list":
            add_bit = (f", tag_bits = tag_bits | "
                       f"(CASE WHEN NEW.{key} < {BITS} THEN 1 << NEW.{key} ELSE 0 END)")
            remove_bit = (f", tag_bits = tag_bits & "
                          f"~(CASE WHEN OLD.{key} < {BITS} THEN 1 << OLD.{key} ELSE 0 END)")
        add = (f"UPDATE customers SET {column} = {column} || NEW.{key} || ','{add_bit} "
               f"WHERE id = NEW.customer_id AND instr({column}, ',' || NEW.{key} || ',') = 0;")
        remove = (f"UPDATE customers SET {column} = replace({column}, ',' || OLD.{key} || ',', "
                  f"','){remove_bit} WHERE id = OLD.customer_id;")
        op.execute(f"CREATE TRIGGER {table}_list_insert AFTER INSERT ON {table} "
                   f"BEGIN {add} END")
        op.execute(f"CREATE TRIGGER {table}_list_delete AFTER DELETE ON {table} "
                   f"BEGIN {remove} END")
        op.execute(f"CREATE TRIGGER {table}_list_update AFTER UPDATE OF customer_id, {key} "
                   f"ON {table} BEGIN {remove} {add} END")


def drop_triggers() -> None:
    for table, _key, _column in LISTS:
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_list_{event}")


def upgrade() -> None:
    with op.batch_alter_table("customers", schema=None) as batch_op:
        for _table, _key, column in LISTS:
            batch_op.add_column(sa.Column(column, sa.Text(), nullable=False,
                                          server_default=","))
        batch_op.add_column(sa.Column("tag_bits", sa.Integer(), nullable=False,
                                      server_default="0"))
    for table, key, column in LISTS:
        op.execute(f"UPDATE customers SET {column} = ',' || coalesce((SELECT "
                   f"group_concat({key}, ',') || ',' FROM {table} t "
                   f"WHERE t.customer_id = customers.id), '')")
    op.execute(f"UPDATE customers SET tag_bits = coalesce((SELECT sum(1 << tag_id) FROM "
               f"customer_tags t WHERE t.customer_id = customers.id AND tag_id < {BITS}), 0)")
    create_triggers()
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index("ix_customers_list", LIST_COLUMNS, unique=False)


def downgrade() -> None:
    drop_triggers()
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index("ix_customers_list")
        for _table, _key, column in LISTS:
            batch_op.drop_column(column)
        batch_op.drop_column("tag_bits")
