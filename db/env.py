"""Alembic environment for Advisor Desk.

The app runs migrations through ``advisor_desk.store.migrations``, which hands us a connection
that is already inside one ``BEGIN IMMEDIATE`` transaction (so a failing step rolls everything
back). For development (``alembic revision --autogenerate``) a connection is made from
``sqlalchemy.url``.
"""

from __future__ import annotations

import re

from alembic import context
from sqlalchemy import create_engine

from advisor_desk.store.models import Base

# FTS5 tables and their shadow tables are created with raw SQL and are not ours to diff.
_FTS_SHADOW = re.compile(r".*_(fts|data|idx|content|docsize|config)$")


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    return not (type_ == "table" and name and _FTS_SHADOW.match(name))


def run() -> None:
    config = context.config
    connection = config.attributes.get("connection")
    if connection is None:
        url = config.get_main_option("sqlalchemy.url") or "sqlite:///dev.db"
        engine = create_engine(url)
        with engine.connect() as conn:
            _configure_and_run(conn)
        return
    _configure_and_run(connection)


def _configure_and_run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
