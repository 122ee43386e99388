"""Alembic environment of HQ's warehouse (its own history, apart from the shop's ``db/``).

``advisor_desk.store.warehouse.migrate`` hands us a connection inside one transaction (SQLite
and PostgreSQL both roll DDL back on failure). The version table is ``warehouse_version``, so
a PostgreSQL database shared with other tools is not confused with the shop's schema. For
development (``alembic revision --autogenerate``) a connection is made from
``sqlalchemy.url``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from advisor_desk.store.warehouse.tables import VERSION_TABLE, metadata


def run() -> None:
    config = context.config
    connection = config.attributes.get("connection")
    if connection is None:
        url = config.get_main_option("sqlalchemy.url") or "sqlite:///warehouse-dev.db"
        engine = create_engine(url)
        with engine.connect() as conn:
            _configure_and_run(conn)
            conn.commit()
        return
    _configure_and_run(connection)


def _configure_and_run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        compare_type=True,
        version_table=VERSION_TABLE,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
