"""customers: drop the stage, VIP level and member class indexes

Revision ID: 0006
Revises: 0003
Create Date: 2026-12-01

Nothing reads through them since 0003: the list's filters walk ``ix_customers_list`` (which
holds these columns) and SOP audiences look customers up by id. Each one cost ~4 µs per
new customer and its share of the commit; an import of 80,000 new customers applies ~1 s
faster without the three (docs/benchmarks.md). The foreign keys to ``stages`` and
``vip_levels`` stay; removing a stage or level (rare) now scans ``customers`` once.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0003"
branch_labels = None
depends_on = None

DROPPED = ("stage_key", "member_class", "vip_level")


def upgrade() -> None:
    for column in DROPPED:
        op.drop_index(f"ix_customers_{column}", table_name="customers")


def downgrade() -> None:
    for column in DROPPED:
        op.create_index(f"ix_customers_{column}", "customers", [column], unique=False)
