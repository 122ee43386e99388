"""warehouse: monthly rollups of the events for the workbook and the dashboard (issue 13)

Revision ID: w015
Revises: w014
Create Date: 2026-12-07

``roll_counts``, ``roll_coupons``, ``roll_usage`` and ``roll_steps`` hold per month what the
workbook's tables sum (docs/reports.md); the merge keeps them with the events. Filled here
from the events already in the warehouse.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'w015'
down_revision = 'w014'
branch_labels = None
depends_on = None

_ADVISOR = "coalesce(advisor, '')"


def _key(*columns: str) -> list[sa.Column]:
    return [sa.Column(c, sa.Integer() if c in ('step', 'on_time') else sa.String(
        length={'device_id': 26, 'advisor': 26, 'month': 7, 'metric': 16, 'coupon': 120,
                'item_kind': 40, 'uid': 120, 'action': 40, 'playbook': 120,
                'outcome': 10}[c]), nullable=False) for c in columns]


_TABLES = {
    'roll_counts': ('device_id', 'advisor', 'month', 'metric'),
    'roll_coupons': ('device_id', 'advisor', 'month', 'coupon'),
    'roll_usage': ('month', 'item_kind', 'uid', 'action'),
    'roll_steps': ('device_id', 'advisor', 'month', 'playbook', 'step', 'outcome', 'on_time'),
}


def upgrade() -> None:
    for name, key in _TABLES.items():
        op.create_table(name, *_key(*key), sa.Column('n', sa.BigInteger(), nullable=False),
                        sa.PrimaryKeyConstraint(*key, name=op.f(f'pk_{name}')),
                        sqlite_with_rowid=False)
    sqlite = op.get_bind().dialect.name == 'sqlite'

    def month(column: str) -> str:
        return f"substr({column}, 1, 7)" if sqlite else f"to_char({column}, 'YYYY-MM')"

    day = month('day')
    for table, metric, where in (('ev_customers', 'customers', ''),
                                 ('ev_interactions', 'interactions', ''),
                                 ('ev_usage', 'copies', "WHERE action = 'copy'")):
        op.execute(f"INSERT INTO roll_counts (device_id, advisor, month, metric, n) "
                   f"SELECT device_id, {_ADVISOR}, {day}, '{metric}', count(*) FROM {table} "
                   f"{where} GROUP BY 1, 2, 3")
    op.execute(f"INSERT INTO roll_coupons (device_id, advisor, month, coupon, n) "
               f"SELECT device_id, {_ADVISOR}, {day}, coupon, count(*) FROM ev_coupons "
               f"GROUP BY 1, 2, 3, 4")
    op.execute(f"INSERT INTO roll_usage (month, item_kind, uid, action, n) "
               f"SELECT {day}, item_kind, uid, action, count(*) FROM ev_usage "
               f"GROUP BY 1, 2, 3, 4")
    op.execute(f"INSERT INTO roll_steps (device_id, advisor, month, playbook, step, outcome, "
               f"on_time, n) SELECT device_id, {_ADVISOR}, {month('due')}, playbook, step, "
               f"outcome, CASE WHEN on_time THEN 1 ELSE 0 END, count(*) FROM ev_steps "
               f"GROUP BY 1, 2, 3, 4, 5, 6, 7")


def downgrade() -> None:
    for name in reversed(list(_TABLES)):
        op.drop_table(name)
