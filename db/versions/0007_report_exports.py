"""report_exports: the history of activity reports this shop sent HQ

Revision ID: 0007
Revises: 0008
Create Date: 2026-12-08

One row per ``.adreport`` written (issue 13): the journal range it covers, its period, whether
it re-sent an already exported range, the row counts per kind and the manifest's sha256. The
next export starts after the highest ``seq_to`` here (docs/reports.md).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_exports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=26), nullable=False),
        sa.Column("seq_from", sa.Integer(), nullable=False),
        sa.Column("seq_to", sa.Integer(), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("reexport", sa.Boolean(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("rows", sa.JSON(), nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["advisor_id"], ["advisors.id"],
                                name=op.f("fk_report_exports_advisor_id_advisors")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_exports")),
    )
    with op.batch_alter_table("report_exports", schema=None) as batch_op:
        batch_op.create_index("ix_report_exports_seq_to", ["device_id", "seq_to"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("report_exports", schema=None) as batch_op:
        batch_op.drop_index("ix_report_exports_seq_to")
    op.drop_table("report_exports")
