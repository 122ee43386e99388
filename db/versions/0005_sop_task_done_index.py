"""sop_tasks: index (done_by, done_at) for the day's progress of an advisor

Revision ID: 0005
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sop_tasks", schema=None) as batch_op:
        batch_op.create_index("ix_sop_tasks_done", ["done_by", "done_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sop_tasks", schema=None) as batch_op:
        batch_op.drop_index("ix_sop_tasks_done")
