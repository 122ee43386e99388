"""initial schema: the whole data model

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-24 20:22:53.352940
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "advisors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ulid", sa.String(length=26), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("store_code", sa.String(length=20), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advisors")),
        sa.UniqueConstraint("ulid", name=op.f("uq_advisors_ulid")),
    )
    op.create_table(
        "announcements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("pack", sa.String(length=80), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_announcements")),
        sa.UniqueConstraint("uid", name=op.f("uq_announcements_uid")),
    )
    op.create_table(
        "coupons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("value_fen", sa.Integer(), nullable=True),
        sa.Column("min_value_fen", sa.Integer(), nullable=True),
        sa.Column("threshold_fen", sa.Integer(), nullable=True),
        sa.Column("discount_pct", sa.Integer(), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("terms", sa.Text(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("pack", sa.String(length=80), nullable=True),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coupons")),
        sa.UniqueConstraint("uid", name=op.f("uq_coupons_uid")),
    )
    with op.batch_alter_table("coupons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coupons_pack"), ["pack"], unique=False)

    op.create_table(
        "daily_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("pack", sa.String(length=80), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("material_uid", sa.String(length=80), nullable=True),
        sa.Column("schedule", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_daily_tasks")),
        sa.UniqueConstraint("uid", name=op.f("uq_daily_tasks_uid")),
    )
    op.create_table(
        "materials",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("scene", sa.String(length=40), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=True),
        sa.Column("keywords", sa.Text(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("pack", sa.String(length=80), nullable=True),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_materials")),
        sa.UniqueConstraint("uid", name=op.f("uq_materials_uid")),
    )
    with op.batch_alter_table("materials", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_materials_pack"), ["pack"], unique=False)
        batch_op.create_index(batch_op.f("ix_materials_scene"), ["scene"], unique=False)

    op.create_table(
        "media",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("mime", sa.String(length=60), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("path", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_media")),
    )
    op.create_table(
        "member_class_rules",
        sa.Column("member_class", sa.String(length=1), nullable=False),
        sa.Column("min_purchases_12m", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("pack", sa.String(length=80), nullable=True),
        sa.PrimaryKeyConstraint("member_class", name=op.f("pk_member_class_rules")),
    )
    op.create_table(
        "packs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pack_id", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("publisher", sa.String(length=200), nullable=False),
        sa.Column("key_id", sa.String(length=64), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("manifest", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_packs")),
        sa.UniqueConstraint("pack_id", "version", name=op.f("uq_packs_pack_id_version")),
    )
    op.create_table(
        "playbooks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("pack", sa.String(length=80), nullable=True),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("trigger", sa.String(length=100), nullable=False),
        sa.Column("audience", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("content_sha", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_playbooks")),
        sa.UniqueConstraint("uid", "version", name=op.f("uq_playbooks_uid_version")),
    )
    with op.batch_alter_table("playbooks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_playbooks_uid"), ["uid"], unique=False)

    op.create_table(
        "scenes",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("pack", sa.String(length=80), nullable=True),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_scenes")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "stages",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("pack", sa.String(length=80), nullable=True),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_stages")),
    )
    op.create_table(
        "tag_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("dimension", sa.String(length=16), nullable=False),
        sa.Column("exclusive", sa.Boolean(), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=8), nullable=False),
        sa.Column("pack", sa.String(length=80), nullable=True),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag_groups")),
        sa.UniqueConstraint("uid", name=op.f("uq_tag_groups_uid")),
    )
    op.create_table(
        "vip_levels",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("min_topup_fen", sa.Integer(), nullable=False),
        sa.Column("privileges", sa.Text(), nullable=False),
        sa.Column("pack", sa.String(length=80), nullable=True),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_vip_levels")),
    )
    op.create_table(
        "advisor_leave",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=False),
        sa.Column("from_date", sa.Date(), nullable=False),
        sa.Column("to_date", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advisor_id"], ["advisors.id"], name=op.f("fk_advisor_leave_advisor_id_advisors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advisor_leave")),
    )
    with op.batch_alter_table("advisor_leave", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_advisor_leave_advisor_id"), ["advisor_id"], unique=False
        )

    op.create_table(
        "announcement_reads",
        sa.Column("announcement_id", sa.Integer(), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advisor_id"], ["advisors.id"], name=op.f("fk_announcement_reads_advisor_id_advisors")
        ),
        sa.ForeignKeyConstraint(
            ["announcement_id"],
            ["announcements.id"],
            name=op.f("fk_announcement_reads_announcement_id_announcements"),
        ),
        sa.PrimaryKeyConstraint(
            "announcement_id", "advisor_id", name=op.f("pk_announcement_reads")
        ),
    )
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ulid", sa.String(length=26), nullable=False),
        sa.Column("device_id", sa.String(length=26), nullable=False),
        sa.Column("external_id", sa.String(length=80), nullable=True),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("remark_name", sa.String(length=80), nullable=False),
        sa.Column("salutation", sa.String(length=20), nullable=False),
        sa.Column("name_initials", sa.String(length=80), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("gender", sa.String(length=1), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("birth_month", sa.Integer(), nullable=True),
        sa.Column("birth_day", sa.Integer(), nullable=True),
        sa.Column("birthday_md", sa.String(length=4), nullable=True),
        sa.Column("region", sa.String(length=60), nullable=False),
        sa.Column("source_channel", sa.String(length=60), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("stage_key", sa.String(length=40), nullable=True),
        sa.Column("vip_level", sa.String(length=40), nullable=True),
        sa.Column("koc_type", sa.String(length=16), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("last_contact_at", sa.DateTime(), nullable=True),
        sa.Column("last_purchase_at", sa.DateTime(), nullable=True),
        sa.Column("purchases_12m", sa.Integer(), nullable=False),
        sa.Column("member_class", sa.String(length=1), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["stage_key"], ["stages.key"], name=op.f("fk_customers_stage_key_stages")
        ),
        sa.ForeignKeyConstraint(
            ["vip_level"], ["vip_levels.key"], name=op.f("fk_customers_vip_level_vip_levels")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
        sa.UniqueConstraint("external_id", name=op.f("uq_customers_external_id")),
        sa.UniqueConstraint("ulid", name=op.f("uq_customers_ulid")),
    )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index("ix_customers_added_at", ["added_at"], unique=False)
        batch_op.create_index("ix_customers_birthday_md", ["birthday_md"], unique=False)
        batch_op.create_index("ix_customers_last_contact_at", ["last_contact_at"], unique=False)
        batch_op.create_index("ix_customers_last_purchase_at", ["last_purchase_at"], unique=False)
        batch_op.create_index("ix_customers_member_class", ["member_class"], unique=False)
        batch_op.create_index("ix_customers_phone", ["phone"], unique=False)
        batch_op.create_index("ix_customers_stage_key", ["stage_key"], unique=False)
        batch_op.create_index("ix_customers_vip_level", ["vip_level"], unique=False)

    op.create_table(
        "daily_progress",
        sa.Column("advisor_id", sa.Integer(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("due", sa.Integer(), nullable=False),
        sa.Column("done", sa.Integer(), nullable=False),
        sa.Column("on_time", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advisor_id"], ["advisors.id"], name=op.f("fk_daily_progress_advisor_id_advisors")
        ),
        sa.PrimaryKeyConstraint("advisor_id", "on_date", name=op.f("pk_daily_progress")),
    )
    op.create_table(
        "daily_task_done",
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advisor_id"], ["advisors.id"], name=op.f("fk_daily_task_done_advisor_id_advisors")
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["daily_tasks.id"], name=op.f("fk_daily_task_done_task_id_daily_tasks")
        ),
        sa.PrimaryKeyConstraint(
            "task_id", "advisor_id", "on_date", name=op.f("pk_daily_task_done")
        ),
    )
    op.create_table(
        "favourites",
        sa.Column("advisor_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advisor_id"], ["advisors.id"], name=op.f("fk_favourites_advisor_id_advisors")
        ),
        sa.PrimaryKeyConstraint("advisor_id", "kind", "uid", name=op.f("pk_favourites")),
    )
    op.create_table(
        "material_media",
        sa.Column("material_id", sa.Integer(), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["material_id"], ["materials.id"], name=op.f("fk_material_media_material_id_materials")
        ),
        sa.ForeignKeyConstraint(
            ["sha256"], ["media.sha256"], name=op.f("fk_material_media_sha256_media")
        ),
        sa.PrimaryKeyConstraint("material_id", "sort", name=op.f("pk_material_media")),
    )
    with op.batch_alter_table("material_media", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_material_media_sha256"), ["sha256"], unique=False)

    op.create_table(
        "playbook_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("playbook_id", sa.Integer(), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("offset_days", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("script_uid", sa.String(length=80), nullable=True),
        sa.Column("material_uid", sa.String(length=80), nullable=True),
        sa.Column("coupon_uid", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(
            ["playbook_id"], ["playbooks.id"], name=op.f("fk_playbook_steps_playbook_id_playbooks")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_playbook_steps")),
        sa.UniqueConstraint("playbook_id", "sort", name=op.f("uq_playbook_steps_playbook_id_sort")),
    )
    op.create_table(
        "scripts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("scene", sa.String(length=40), nullable=True),
        sa.Column("sales_step", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=True),
        sa.Column("keywords", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(length=8), nullable=False),
        sa.Column("based_on", sa.String(length=80), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("device_id", sa.String(length=26), nullable=True),
        sa.Column("pack", sa.String(length=80), nullable=True),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["advisors.id"], name=op.f("fk_scripts_owner_id_advisors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scripts")),
        sa.UniqueConstraint("uid", name=op.f("uq_scripts_uid")),
    )
    with op.batch_alter_table("scripts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scripts_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_scripts_pack"), ["pack"], unique=False)
        batch_op.create_index(batch_op.f("ix_scripts_sales_step"), ["sales_step"], unique=False)
        batch_op.create_index(batch_op.f("ix_scripts_scene"), ["scene"], unique=False)

    op.create_table(
        "segments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("filter", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["advisors.id"], name=op.f("fk_segments_owner_id_advisors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_segments")),
        sa.UniqueConstraint("owner_id", "name", name=op.f("uq_segments_owner_id_name")),
    )
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=20), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=8), nullable=False),
        sa.Column("pack", sa.String(length=80), nullable=True),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"], ["tag_groups.id"], name=op.f("fk_tags_group_id_tag_groups")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("uid", name=op.f("uq_tags_uid")),
    )
    with op.batch_alter_table("tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tags_group_id"), ["group_id"], unique=False)

    op.create_table(
        "trusted_keys",
        sa.Column("key_id", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("pack_prefixes", sa.Text(), nullable=False),
        sa.Column("added_by", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["added_by"], ["advisors.id"], name=op.f("fk_trusted_keys_added_by_advisors")
        ),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_trusted_keys")),
    )
    op.create_table(
        "coupon_codes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("coupon_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("store_code", sa.String(length=20), nullable=False),
        sa.Column("issued_to", sa.Integer(), nullable=True),
        sa.Column("issued_at", sa.DateTime(), nullable=True),
        sa.Column("issued_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["coupon_id"], ["coupons.id"], name=op.f("fk_coupon_codes_coupon_id_coupons")
        ),
        sa.ForeignKeyConstraint(
            ["issued_by"], ["advisors.id"], name=op.f("fk_coupon_codes_issued_by_advisors")
        ),
        sa.ForeignKeyConstraint(
            ["issued_to"], ["customers.id"], name=op.f("fk_coupon_codes_issued_to_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coupon_codes")),
        sa.UniqueConstraint("coupon_id", "code", name=op.f("uq_coupon_codes_coupon_id_code")),
    )
    with op.batch_alter_table("coupon_codes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_coupon_codes_free", ["coupon_id", "store_code", "issued_at"], unique=False
        )

    op.create_table(
        "customer_advisors",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=8), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advisor_id"], ["advisors.id"], name=op.f("fk_customer_advisors_advisor_id_advisors")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_advisors_customer_id_customers"),
        ),
        sa.PrimaryKeyConstraint("customer_id", "advisor_id", name=op.f("pk_customer_advisors")),
    )
    with op.batch_alter_table("customer_advisors", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_customer_advisors_advisor_id"), ["advisor_id"], unique=False
        )

    op.create_table(
        "customer_tags",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("added_by", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["added_by"], ["advisors.id"], name=op.f("fk_customer_tags_added_by_advisors")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_customer_tags_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], name=op.f("fk_customer_tags_tag_id_tags")),
        sa.PrimaryKeyConstraint("customer_id", "tag_id", name=op.f("pk_customer_tags")),
    )
    with op.batch_alter_table("customer_tags", schema=None) as batch_op:
        batch_op.create_index(
            "ix_customer_tags_tag_customer", ["tag_id", "customer_id"], unique=False
        )

    op.create_table(
        "events",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("ulid", sa.String(length=26), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=26), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advisor_id"], ["advisors.id"], name=op.f("fk_events_advisor_id_advisors")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_events_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_events")),
        sa.UniqueConstraint("ulid", name=op.f("uq_events_ulid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_kind"), ["kind"], unique=False)

    op.create_table(
        "phone_reveals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advisor_id"], ["advisors.id"], name=op.f("fk_phone_reveals_advisor_id_advisors")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_phone_reveals_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phone_reveals")),
    )
    with op.batch_alter_table("phone_reveals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_phone_reveals_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "purchases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ulid", sa.String(length=26), nullable=False),
        sa.Column("device_id", sa.String(length=26), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["advisor_id"], ["advisors.id"], name=op.f("fk_purchases_advisor_id_advisors")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_purchases_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchases")),
        sa.UniqueConstraint("ulid", name=op.f("uq_purchases_ulid")),
    )
    with op.batch_alter_table("purchases", schema=None) as batch_op:
        batch_op.create_index("ix_purchases_customer_at", ["customer_id", "at"], unique=False)

    op.create_table(
        "sop_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ulid", sa.String(length=26), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("playbook_id", sa.Integer(), nullable=False),
        sa.Column("playbook_uid", sa.String(length=80), nullable=False),
        sa.Column("trigger_key", sa.String(length=100), nullable=False),
        sa.Column("anchor_date", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_sop_runs_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["playbook_id"], ["playbooks.id"], name=op.f("fk_sop_runs_playbook_id_playbooks")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sop_runs")),
        sa.UniqueConstraint(
            "customer_id",
            "playbook_uid",
            "trigger_key",
            "anchor_date",
            name=op.f("uq_sop_runs_customer_id_playbook_uid_trigger_key_anchor_date"),
        ),
        sa.UniqueConstraint("ulid", name=op.f("uq_sop_runs_ulid")),
    )
    with op.batch_alter_table("sop_runs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sop_runs_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "stage_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("from_key", sa.String(length=40), nullable=True),
        sa.Column("to_key", sa.String(length=40), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["by"], ["advisors.id"], name=op.f("fk_stage_history_by_advisors")),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_stage_history_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_history")),
    )
    with op.batch_alter_table("stage_history", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stage_history_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "usage_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ulid", sa.String(length=26), nullable=False),
        sa.Column("device_id", sa.String(length=26), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["advisor_id"], ["advisors.id"], name=op.f("fk_usage_events_advisor_id_advisors")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_usage_events_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_usage_events")),
        sa.UniqueConstraint("ulid", name=op.f("uq_usage_events_ulid")),
    )
    with op.batch_alter_table("usage_events", schema=None) as batch_op:
        batch_op.create_index("ix_usage_events_advisor_at", ["advisor_id", "at"], unique=False)
        batch_op.create_index("ix_usage_events_kind_uid", ["kind", "uid"], unique=False)

    op.create_table(
        "sop_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ulid", sa.String(length=26), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("snooze_until", sa.Date(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("done_by", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advisor_id"], ["advisors.id"], name=op.f("fk_sop_tasks_advisor_id_advisors")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_sop_tasks_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["done_by"], ["advisors.id"], name=op.f("fk_sop_tasks_done_by_advisors")
        ),
        sa.ForeignKeyConstraint(
            ["run_id"], ["sop_runs.id"], name=op.f("fk_sop_tasks_run_id_sop_runs")
        ),
        sa.ForeignKeyConstraint(
            ["step_id"], ["playbook_steps.id"], name=op.f("fk_sop_tasks_step_id_playbook_steps")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sop_tasks")),
        sa.UniqueConstraint("ulid", name=op.f("uq_sop_tasks_ulid")),
    )
    with op.batch_alter_table("sop_tasks", schema=None) as batch_op:
        batch_op.create_index(
            "ix_sop_tasks_customer", ["customer_id", "state", "due_on"], unique=False
        )
        batch_op.create_index("ix_sop_tasks_queue", ["advisor_id", "state", "due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_sop_tasks_run_id"), ["run_id"], unique=False)

    op.create_table(
        "interactions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ulid", sa.String(length=26), nullable=False),
        sa.Column("device_id", sa.String(length=26), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("sop_task_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["advisor_id"], ["advisors.id"], name=op.f("fk_interactions_advisor_id_advisors")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_interactions_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["sop_task_id"], ["sop_tasks.id"], name=op.f("fk_interactions_sop_task_id_sop_tasks")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interactions")),
        sa.UniqueConstraint("ulid", name=op.f("uq_interactions_ulid")),
    )
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.create_index("ix_interactions_customer_at", ["customer_id", "at"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.drop_index("ix_interactions_customer_at")

    op.drop_table("interactions")
    with op.batch_alter_table("sop_tasks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sop_tasks_run_id"))
        batch_op.drop_index("ix_sop_tasks_queue")
        batch_op.drop_index("ix_sop_tasks_customer")

    op.drop_table("sop_tasks")
    with op.batch_alter_table("usage_events", schema=None) as batch_op:
        batch_op.drop_index("ix_usage_events_kind_uid")
        batch_op.drop_index("ix_usage_events_advisor_at")

    op.drop_table("usage_events")
    with op.batch_alter_table("stage_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_history_customer_id"))

    op.drop_table("stage_history")
    with op.batch_alter_table("sop_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sop_runs_customer_id"))

    op.drop_table("sop_runs")
    with op.batch_alter_table("purchases", schema=None) as batch_op:
        batch_op.drop_index("ix_purchases_customer_at")

    op.drop_table("purchases")
    with op.batch_alter_table("phone_reveals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_phone_reveals_customer_id"))

    op.drop_table("phone_reveals")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_kind"))
        batch_op.drop_index(batch_op.f("ix_events_customer_id"))

    op.drop_table("events")
    with op.batch_alter_table("customer_tags", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_tags_tag_customer")

    op.drop_table("customer_tags")
    with op.batch_alter_table("customer_advisors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_advisors_advisor_id"))

    op.drop_table("customer_advisors")
    with op.batch_alter_table("coupon_codes", schema=None) as batch_op:
        batch_op.drop_index("ix_coupon_codes_free")

    op.drop_table("coupon_codes")
    op.drop_table("trusted_keys")
    with op.batch_alter_table("tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tags_group_id"))

    op.drop_table("tags")
    op.drop_table("segments")
    with op.batch_alter_table("scripts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scripts_scene"))
        batch_op.drop_index(batch_op.f("ix_scripts_sales_step"))
        batch_op.drop_index(batch_op.f("ix_scripts_pack"))
        batch_op.drop_index(batch_op.f("ix_scripts_owner_id"))

    op.drop_table("scripts")
    op.drop_table("playbook_steps")
    with op.batch_alter_table("material_media", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_material_media_sha256"))

    op.drop_table("material_media")
    op.drop_table("favourites")
    op.drop_table("daily_task_done")
    op.drop_table("daily_progress")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index("ix_customers_vip_level")
        batch_op.drop_index("ix_customers_stage_key")
        batch_op.drop_index("ix_customers_phone")
        batch_op.drop_index("ix_customers_member_class")
        batch_op.drop_index("ix_customers_last_purchase_at")
        batch_op.drop_index("ix_customers_last_contact_at")
        batch_op.drop_index("ix_customers_birthday_md")
        batch_op.drop_index("ix_customers_added_at")

    op.drop_table("customers")
    op.drop_table("announcement_reads")
    with op.batch_alter_table("advisor_leave", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_advisor_leave_advisor_id"))

    op.drop_table("advisor_leave")
    op.drop_table("vip_levels")
    op.drop_table("tag_groups")
    op.drop_table("stages")
    op.drop_table("settings")
    op.drop_table("scenes")
    with op.batch_alter_table("playbooks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_playbooks_uid"))

    op.drop_table("playbooks")
    op.drop_table("packs")
    op.drop_table("member_class_rules")
    op.drop_table("media")
    with op.batch_alter_table("materials", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_materials_scene"))
        batch_op.drop_index(batch_op.f("ix_materials_pack"))

    op.drop_table("materials")
    op.drop_table("daily_tasks")
    with op.batch_alter_table("coupons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coupons_pack"))

    op.drop_table("coupons")
    op.drop_table("announcements")
    op.drop_table("advisors")
