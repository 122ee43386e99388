"""Warehouse migration w014 (the dashboard's kept tables) from w001 with data in it."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect, text

from advisor_desk import locate
from advisor_desk.store.warehouse import database


def test_w014_from_w001_keeps_the_data(tmp_path):
    wh = database.Warehouse(f"sqlite:///{tmp_path / 'w.db'}")
    try:
        with wh.begin() as c:
            config = Config()
            config.set_main_option("script_location", str(locate.db_dir() / "warehouse"))
            config.attributes["connection"] = c
            command.upgrade(config, "w001")
            c.execute(text("INSERT INTO stores (store_code, name, region, time_zone, "
                           "version_key) VALUES ('SH001', '上海店', '华东', 'Asia/Shanghai', 'v')"))
        assert database.prepare(wh) == "w001"
        with wh.begin() as c:
            assert "dashboard_cache" in inspect(c).get_table_names()
            assert c.execute(text("SELECT region FROM stores")).scalar() == "华东"
            assert database.current_revision(c) == database.HEAD_REVISION
            assert "w014" in database.KNOWN_REVISIONS
    finally:
        wh.close()
