"""Shared counter PC: privacy log, erasure tombstones, PIN lockout kept in the database

Revision ID: 0013
Revises: 0014
Create Date: 2026-12-07

New tables ``privacy_log`` and ``erasures``; two columns on ``advisors`` (wrong PINs in a
row, locked until). The privacy log starts with what the shop already recorded: every row of
``phone_reveals`` and the journal's customer exports and erasures.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "privacy_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("subject_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["advisors.id"],
                                name=op.f("fk_privacy_log_actor_id_advisors")),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"],
                                name=op.f("fk_privacy_log_customer_id_customers")),
        sa.ForeignKeyConstraint(["subject_id"], ["advisors.id"],
                                name=op.f("fk_privacy_log_subject_id_advisors")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_log")),
    )
    op.create_index("ix_privacy_log_at", "privacy_log", ["at"], unique=False)
    op.create_index("ix_privacy_log_action_at", "privacy_log", ["action", "at"], unique=False)
    op.create_table(
        "erasures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("erased_by", sa.Integer(), nullable=True),
        sa.Column("phone_hash", sa.String(length=64), nullable=True),
        sa.Column("external_hash", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"],
                                name=op.f("fk_erasures_customer_id_customers")),
        sa.ForeignKeyConstraint(["erased_by"], ["advisors.id"],
                                name=op.f("fk_erasures_erased_by_advisors")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasures")),
    )
    op.create_index("ix_erasures_phone_hash", "erasures", ["phone_hash"], unique=False)
    op.create_index("ix_erasures_external_hash", "erasures", ["external_hash"], unique=False)
    with op.batch_alter_table("advisors", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pin_failures", sa.Integer(), server_default="0",
                                      nullable=False))
        batch_op.add_column(sa.Column("pin_locked_until", sa.DateTime(), nullable=True))
    # what the shop already knows goes into the log
    op.execute(
        "INSERT INTO privacy_log (at, actor_id, action, customer_id, detail) "
        "SELECT at, advisor_id, 'phone.revealed', customer_id, '{}' FROM phone_reveals "
        "ORDER BY at, id")
    op.execute(
        "INSERT INTO privacy_log (at, actor_id, action, detail) "
        "SELECT at, advisor_id, 'customers.exported', json_object("
        "'rows', coalesce(json_extract(payload, '$.count'), 0), "
        "'full_phones', json(CASE WHEN json_extract(payload, '$.full_phones') "
        "THEN 'true' ELSE 'false' END), "
        "'format', coalesce(json_extract(payload, '$.format'), '')) "
        "FROM events WHERE kind = 'customers.exported' ORDER BY seq")
    op.execute(
        "INSERT INTO privacy_log (at, actor_id, action, customer_id, detail) "
        "SELECT at, advisor_id, 'customer.erased', customer_id, '{}' "
        "FROM events WHERE kind = 'customer.deleted' ORDER BY seq")


def downgrade() -> None:
    with op.batch_alter_table("advisors", schema=None) as batch_op:
        batch_op.drop_column("pin_locked_until")
        batch_op.drop_column("pin_failures")
    op.drop_index("ix_erasures_external_hash", table_name="erasures")
    op.drop_index("ix_erasures_phone_hash", table_name="erasures")
    op.drop_table("erasures")
    op.drop_index("ix_privacy_log_action_at", table_name="privacy_log")
    op.drop_index("ix_privacy_log_at", table_name="privacy_log")
    op.drop_table("privacy_log")
