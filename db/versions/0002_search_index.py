"""search index: the library's FTS5 table

Revision ID: 0002
Revises: 0005
Create Date: 2026-11-25 09:00:00

One FTS5 table over scripts & Q&A, materials and coupons (ARCHITECTURE.md §6). Its tokens are
made in Python (advisor_desk.domain.text_index), so this revision only creates the empty table;
the app fills it on its first open (``search_index_version`` setting missing) and keeps it
current in the same transaction as every item write. db/env.py's include_object keeps the
table and its shadow tables out of autogenerate.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        " title, body, py, facets,"
        " uid UNINDEXED, label UNINDEXED, snippet UNINDEXED, meta UNINDEXED,"
        " valid_from UNINDEXED, valid_to UNINDEXED,"
        " tokenize = 'unicode61 remove_diacritics 0')")
    op.execute("DELETE FROM settings WHERE key = 'search_index_version'")


def downgrade() -> None:
    op.execute("DROP TABLE search_fts")
    op.execute("DELETE FROM settings WHERE key = 'search_index_version'")
