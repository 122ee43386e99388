"""Rankings: HQ's incentive rules (a content kind); covering indexes for a month of rankings
(an advisor's contacts; steps done with their state and due day; journal entries of a kind
over a span)

Revision ID: 0014
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incentive_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("pack", sa.String(length=80), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("measure", sa.String(length=40), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incentive_rules")),
        sa.UniqueConstraint("uid", name=op.f("uq_incentive_rules_uid")),
    )
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.create_index("ix_interactions_advisor_at", ["advisor_id", "at", "customer_id"],
                              unique=False)
    with op.batch_alter_table("sop_tasks", schema=None) as batch_op:
        batch_op.drop_index("ix_sop_tasks_done")
        batch_op.create_index("ix_sop_tasks_done", ["done_by", "done_at", "state", "due_on"],
                              unique=False)
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_kind")
        batch_op.create_index("ix_events_kind_at", ["kind", "at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_kind_at")
        batch_op.create_index("ix_events_kind", ["kind"], unique=False)
    with op.batch_alter_table("sop_tasks", schema=None) as batch_op:
        batch_op.drop_index("ix_sop_tasks_done")
        batch_op.create_index("ix_sop_tasks_done", ["done_by", "done_at"], unique=False)
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.drop_index("ix_interactions_advisor_at")
    op.drop_table("incentive_rules")
