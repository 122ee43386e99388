"""warehouse: the initial tables (issue 13)

Revision ID: w001
Revises:
Create Date: 2026-12-07

Devices' public keys, stores, devices, reports received, advisors, HQ's content catalogue, the
snapshots (daily progress, customer counts) and one table per event kind (docs/reports.md).
Spelled out here, never imported from the app's table definitions (they change later).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'w001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('advisors',
    sa.Column('advisor', sa.String(length=26), nullable=False),
    sa.Column('store_code', sa.String(length=20), nullable=False),
    sa.Column('device_id', sa.String(length=26), nullable=False),
    sa.Column('name', sa.String(length=400), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version_key', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('advisor', name=op.f('pk_advisors'))
    )
    op.create_table('content_items',
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('uid', sa.String(length=120), nullable=False),
    sa.Column('title', sa.String(length=400), nullable=False),
    sa.Column('grp', sa.String(length=400), nullable=False),
    sa.Column('detail', sa.String(length=400), nullable=False),
    sa.Column('version_key', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'uid', name=op.f('pk_content_items'))
    )
    op.create_table('customer_counts',
    sa.Column('device_id', sa.String(length=26), nullable=False),
    sa.Column('dimension', sa.String(length=10), nullable=False),
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('store_code', sa.String(length=20), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'dimension', 'key', name=op.f('pk_customer_counts'))
    )
    op.create_table('daily_progress',
    sa.Column('advisor', sa.String(length=26), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('device_id', sa.String(length=26), nullable=False),
    sa.Column('due', sa.Integer(), nullable=False),
    sa.Column('done', sa.Integer(), nullable=False),
    sa.Column('on_time', sa.Integer(), nullable=False),
    sa.Column('version_key', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('advisor', 'day', name=op.f('pk_daily_progress'))
    )
    op.create_table('device_keys',
    sa.Column('key_id', sa.String(length=64), nullable=False),
    sa.Column('public_key', sa.Text(), nullable=False),
    sa.Column('store_code', sa.String(length=20), nullable=False),
    sa.Column('device_id', sa.String(length=26), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('key_id', name=op.f('pk_device_keys'))
    )
    op.create_table('devices',
    sa.Column('device_id', sa.String(length=26), nullable=False),
    sa.Column('store_code', sa.String(length=20), nullable=False),
    sa.Column('key_id', sa.String(length=64), nullable=False),
    sa.Column('first_seq', sa.BigInteger(), nullable=False),
    sa.Column('version_key', sa.String(length=120), nullable=False),
    sa.Column('counts_version', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_devices'))
    )
    op.create_table('ev_coupons',
    sa.Column('device_id', sa.String(length=26), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.BigInteger(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('advisor', sa.String(length=26), nullable=True),
    sa.Column('customer', sa.String(length=24), nullable=True),
    sa.Column('coupon', sa.String(length=120), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=True)
    )
    op.create_table('ev_customers',
    sa.Column('device_id', sa.String(length=26), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.BigInteger(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('advisor', sa.String(length=26), nullable=True),
    sa.Column('customer', sa.String(length=24), nullable=False),
    sa.Column('source', sa.String(length=400), nullable=False)
    )
    op.create_table('ev_imports',
    sa.Column('device_id', sa.String(length=26), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.BigInteger(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('advisor', sa.String(length=26), nullable=True),
    sa.Column('new', sa.Integer(), nullable=False),
    sa.Column('updated', sa.Integer(), nullable=False),
    sa.Column('tags_added', sa.Integer(), nullable=False),
    sa.Column('new_by_owner', sa.Text(), nullable=False)
    )
    op.create_table('ev_interactions',
    sa.Column('device_id', sa.String(length=26), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.BigInteger(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('advisor', sa.String(length=26), nullable=True),
    sa.Column('customer', sa.String(length=24), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False)
    )
    op.create_table('ev_stages',
    sa.Column('device_id', sa.String(length=26), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.BigInteger(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('advisor', sa.String(length=26), nullable=True),
    sa.Column('customer', sa.String(length=24), nullable=False),
    sa.Column('from_stage', sa.String(length=120), nullable=True),
    sa.Column('to_stage', sa.String(length=120), nullable=False)
    )
    op.create_table('ev_steps',
    sa.Column('device_id', sa.String(length=26), nullable=False),
    sa.Column('task', sa.String(length=26), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.BigInteger(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('advisor', sa.String(length=26), nullable=True),
    sa.Column('customer', sa.String(length=24), nullable=False),
    sa.Column('playbook', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('step', sa.Integer(), nullable=False),
    sa.Column('due', sa.Date(), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('on_time', sa.Boolean(), nullable=True),
    sa.PrimaryKeyConstraint('device_id', 'task', name=op.f('pk_ev_steps')),
    sqlite_with_rowid=False,
    )
    op.create_table('ev_tags',
    sa.Column('device_id', sa.String(length=26), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.BigInteger(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('advisor', sa.String(length=26), nullable=True),
    sa.Column('customer', sa.String(length=24), nullable=False),
    sa.Column('tag', sa.String(length=120), nullable=False),
    sa.Column('source', sa.String(length=40), nullable=False)
    )
    op.create_table('ev_usage',
    sa.Column('device_id', sa.String(length=26), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.BigInteger(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('advisor', sa.String(length=26), nullable=True),
    sa.Column('customer', sa.String(length=24), nullable=True),
    sa.Column('item_kind', sa.String(length=40), nullable=False),
    sa.Column('uid', sa.String(length=120), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False)
    )
    op.create_table('reports',
    sa.Column('report_id', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=26), nullable=False),
    sa.Column('store_code', sa.String(length=20), nullable=False),
    sa.Column('key_id', sa.String(length=64), nullable=False),
    sa.Column('seq_from', sa.BigInteger(), nullable=False),
    sa.Column('seq_to', sa.BigInteger(), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=False),
    sa.Column('period_to', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('reexport', sa.Boolean(), nullable=False),
    sa.Column('events', sa.Integer(), nullable=False),
    sa.Column('app_version', sa.String(length=30), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('merged_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('report_id', name=op.f('pk_reports'))
    )
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reports_device_id'), ['device_id'], unique=False)

    op.create_table('stores',
    sa.Column('store_code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('region', sa.String(length=60), nullable=False),
    sa.Column('time_zone', sa.String(length=60), nullable=False),
    sa.Column('version_key', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('store_code', name=op.f('pk_stores'))
    )


def downgrade() -> None:
    op.drop_table('stores')
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reports_device_id'))

    op.drop_table('reports')
    op.drop_table('ev_usage')
    op.drop_table('ev_tags')
    op.drop_table('ev_steps')
    op.drop_table('ev_stages')
    op.drop_table('ev_interactions')
    op.drop_table('ev_imports')
    op.drop_table('ev_customers')
    op.drop_table('ev_coupons')
    op.drop_table('devices')
    op.drop_table('device_keys')
    op.drop_table('daily_progress')
    op.drop_table('customer_counts')
    op.drop_table('content_items')
    op.drop_table('advisors')
