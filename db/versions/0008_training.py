"""training: practice boxes per advisor, what each pack changed in the scripts, who saw it

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-08

New tables only; nothing existing changes. ``content_news`` starts empty: packs imported
before this revision are not "new" to anyone.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "practice_cards",
        sa.Column("advisor_id", sa.Integer(), nullable=False),
        sa.Column("script_uid", sa.String(length=80), nullable=False),
        sa.Column("box", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("introduced_on", sa.Date(), nullable=False),
        sa.Column("answers", sa.Integer(), nullable=False),
        sa.Column("known", sa.Integer(), nullable=False),
        sa.Column("last_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["advisor_id"], ["advisors.id"],
                                name=op.f("fk_practice_cards_advisor_id_advisors")),
        sa.PrimaryKeyConstraint("advisor_id", "script_uid", name=op.f("pk_practice_cards")),
    )
    op.create_index("ix_practice_cards_due", "practice_cards", ["advisor_id", "due_on"],
                    unique=False)
    op.create_table(
        "content_news",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pack_id", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("script_uid", sa.String(length=80), nullable=False),
        sa.Column("change", sa.String(length=8), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_content_news")),
    )
    op.create_index("ix_content_news_script_uid", "content_news", ["script_uid"], unique=False)
    op.create_table(
        "content_news_seen",
        sa.Column("advisor_id", sa.Integer(), nullable=False),
        sa.Column("news_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["advisor_id"], ["advisors.id"],
                                name=op.f("fk_content_news_seen_advisor_id_advisors")),
        sa.ForeignKeyConstraint(["news_id"], ["content_news.id"],
                                name=op.f("fk_content_news_seen_news_id_content_news")),
        sa.PrimaryKeyConstraint("advisor_id", "news_id", name=op.f("pk_content_news_seen")),
    )


def downgrade() -> None:
    op.drop_table("content_news_seen")
    op.drop_index("ix_content_news_script_uid", table_name="content_news")
    op.drop_table("content_news")
    op.drop_index("ix_practice_cards_due", table_name="practice_cards")
    op.drop_table("practice_cards")
