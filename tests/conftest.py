"""Shared fixtures. GUI tests run on Qt's offscreen platform; nothing touches real user data."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# windows made by tests must not freeze the test process's heap (ui/heap.py); the benchmark
# and tests/ui/test_heap.py turn it on where they measure it
os.environ["ADVISOR_DESK_GC_FREEZE"] = "0"

TODAY = date(2026, 11, 24)


@pytest.fixture
def paths(tmp_path: Path):
    from advisor_desk.paths import AppPaths

    return AppPaths.under(tmp_path / "data").ensure()


@pytest.fixture
def clock():
    from advisor_desk.domain.clock import FixedClock

    return FixedClock.at_local(TODAY, 10)


@pytest.fixture(scope="session")
def schema_cache(tmp_path_factory) -> Path:
    """One schema template for the session's new databases (store/migrations.py)."""
    return tmp_path_factory.mktemp("schema-cache")


@pytest.fixture
def desk(paths, clock, schema_cache):
    """An open Desk on an empty, migrated database (store code SH001)."""
    from advisor_desk.services.desk import open_desk

    d = open_desk(paths, clock, schema_cache=schema_cache)
    d.settings.update(store_code="SH001", store_name="测试门店")
    yield d
    d.close()


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    from tests.support.content_factory import base_content, write_content

    return write_content(tmp_path / "content_v1", base_content())


@pytest.fixture(scope="session")
def pg_server():
    """A throw-away PostgreSQL 16 for the whole run (pgserver; docs/reports.md): the README's test
    command needs nothing installed by hand, and no test skips PostgreSQL. Its folder is
    outside pytest's (mode 700) tree: run as root, pgserver runs the server as its own user."""
    import shutil
    import tempfile
    import warnings

    folder = Path(tempfile.mkdtemp(prefix="advisor-desk-pg-"))
    with warnings.catch_warnings():  # platformdirs: XDG_RUNTIME_DIR unset (CI, root)
        warnings.simplefilter("ignore")
        import pgserver

        server = pgserver.get_server(folder, cleanup_mode="stop")
    yield server
    server.cleanup()
    shutil.rmtree(folder, ignore_errors=True)


_databases = iter(range(1, 1_000_000))


def new_pg_database(server) -> str:
    """A fresh, empty database on ``server``; its SQLAlchemy URL."""
    import psycopg

    name = f"wh{next(_databases)}"
    with psycopg.connect(server.get_uri(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    base = server.get_uri().replace("postgresql://", "postgresql+psycopg://", 1)
    return base.replace("/postgres?", f"/{name}?", 1)


@pytest.fixture(params=["sqlite", "postgresql"])
def warehouse_url(request, tmp_path):
    """An empty warehouse database: a SQLite file, and the same tests on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'warehouse.db'}"
    return new_pg_database(request.getfixturevalue("pg_server"))
