"""warehouse: the dashboard's tables of a month, kept between merges (issue 14)

Revision ID: w014
Revises: w001
Create Date: 2026-12-07

The HQ dashboard reads a month's tables once per warehouse state (reports merged, regions)
and keeps them here, so ``hq merge`` can prepare them and every view opens at once.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'w014'
down_revision = 'w001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'dashboard_cache',
        sa.Column('month', sa.String(length=7), nullable=False),  # YYYY-MM, or "*"
        sa.Column('lang', sa.String(length=8), nullable=False),
        sa.Column('stamp', sa.String(length=64), nullable=False),
        sa.Column('payload', sa.Text(), nullable=False),  # JSON
        sa.PrimaryKeyConstraint('month', 'lang'),
    )


def downgrade() -> None:
    op.drop_table('dashboard_cache')
