"""The HQ dashboard's data: the workbook's own tables (the same numbers as `hq workbook`), the
region leaderboard from HQ's regions (kept across merges), report freshness, months, export,
on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from advisor_desk.domain.clock import FixedClock
from advisor_desk.domain.errors import InvalidInput, NotFound
from advisor_desk.paths import AppPaths
from advisor_desk.services.hq import open_hq
from advisor_desk.services.hq_dashboard import HqDashboardService
from tests.support.reports import make_shop

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def shops(tmp_path_factory):
    """Two shops' reports (one of SH001 held back for a later merge) and a third shop's key
    that never sends anything."""
    root = tmp_path_factory.mktemp("hqshops")
    out = {}
    for code, seed in (("SH001", 21), ("BJ002", 22), ("GZ003", 23)):
        desk, clock = make_shop(root / code, store_code=code, seed=seed, customers=30, days=3)
        files = []
        if code != "GZ003":
            first, _ = desk.reports.export(root / f"{code}-1.adreport",
                                           until=clock.today() - timedelta(days=1))
            files.append(first.path)
            second, _ = desk.reports.export(root / f"{code}-2.adreport")
            files.append(second.path)
        (root / f"{code}.pub").write_bytes(desk.device.public_key_file())
        out[code] = {"pub": root / f"{code}.pub", "files": files}
        desk.close()
    return out


def _dashboard(tmp_path, url, shops, *, merge=True) -> HqDashboardService:
    hq = open_hq(AppPaths.under(tmp_path / "hq"), url)
    for shop in shops.values():
        hq.trust_add(shop["pub"])
    if merge:
        hq.merge([shops["SH001"]["files"][0], *shops["BJ002"]["files"]])
    return HqDashboardService(hq, FixedClock.at_local(TODAY, 10))


def test_the_views_show_the_workbooks_tables_and_regions(tmp_path, warehouse_url, shops):
    dash = _dashboard(tmp_path, warehouse_url, shops)
    try:
        board = dash.load()
        workbook = dash.hq.tables()
        assert list(board.tables) == workbook  # the workbook's tables, regions included
        assert board.months[0] == "2026-11" and not board.is_empty and board.reports == 3
        regions = board.table("regions")
        assert regions.values("region") == ["（未分区域）"] and regions.values("stores") == [2]
        dash.set_region("SH001", " 华东 ")
        dash.set_region("BJ002", "华北")
        regions = dash.load().table("regions")
        stores = {r[stores_col("store")]: r for r in dash.load().table("stores").rows}
        for region, code in (("华东", "SH001"), ("华北", "BJ002")):
            row = regions.rows[regions.values("region").index(region)]
            for key in ("new_customers", "due", "on_time", "coupons", "copies"):
                assert row[regions.column(key)] == stores[code][stores_col(key)], (region, key)
        dash.hq.merge([shops["SH001"]["files"][1]])  # a newer report of that store
        assert set(dash.load().table("regions").values("region")) == {"华东", "华北"}
        english = dash.load(lang="en")
        assert english.table("regions").columns[1] == "Region"
    finally:
        dash.close()


def stores_col(key: str) -> int:
    from advisor_desk.services.hq_tables import COUPON_TYPES

    keys = ("rank", "store", "store_name", "advisors", "new_customers", "due", "on_time",
            "late", "skipped", "missed", "completion", "coupons", *COUPON_TYPES, "other",
            "copies", "interactions")
    return keys.index(key)


def test_freshness_names_stale_and_silent_stores(tmp_path, shops):
    dash = _dashboard(tmp_path, None, shops)
    try:
        fresh = {f.store_code: f for f in dash.load().freshness}
        assert fresh["GZ003"].days_behind is None and fresh["GZ003"].last_report is None
        sh, bj = fresh["SH001"], fresh["BJ002"]
        assert sh.covered_to < bj.covered_to  # SH001's last report is held back
        assert (sh.days_behind, bj.days_behind) == ((TODAY - sh.covered_to).days,
                                                    (TODAY - bj.covered_to).days)
        assert [f.store_code for f in dash.load().freshness] == ["GZ003", "SH001", "BJ002"]
        # HQ's today before the last day a shop's reports cover (a shop east of HQ, just
        # after its midnight): 0 days behind, never a negative count
        early = HqDashboardService(dash.hq, FixedClock.at_local(sh.covered_to, 10))
        assert {f.store_code: f.days_behind for f in early.load().freshness} == {
            "GZ003": None, "SH001": 0, "BJ002": 0}
    finally:
        dash.close()


def test_regions_are_checked(tmp_path, shops):
    dash = _dashboard(tmp_path, None, shops)
    try:
        with pytest.raises(NotFound, match="GZ003 has not sent a report"):
            dash.set_region("GZ003", "华南")
        with pytest.raises(InvalidInput, match="at most 60"):
            dash.set_region("SH001", "区" * 61)
    finally:
        dash.close()


def test_an_empty_warehouse_says_so(tmp_path, shops):
    dash = _dashboard(tmp_path, None, shops, merge=False)
    try:
        board = dash.load()
        assert board.is_empty and board.months == () and board.reports == 0
        assert {f.store_code for f in board.freshness} == {"SH001", "BJ002", "GZ003"}
    finally:
        dash.close()


def test_export_writes_the_views_tables(tmp_path, shops):
    dash = _dashboard(tmp_path, None, shops)
    try:
        board = dash.load("2026-11")
        table = board.table("sop")
        out = dash.export(tmp_path / "sop.xlsx", [table])
        book = load_workbook(out, read_only=True)
        try:
            rows = [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
        finally:
            book.close()  # a read-only workbook keeps its file open until closed
        assert rows[0] == table.columns and rows[1:] == [tuple(r) for r in table.rows]
        assert len(table.rows) > 2
    finally:
        dash.close()


def test_a_month_read_once_comes_back_until_the_warehouse_changes(tmp_path, shops,
                                                                  monkeypatch):
    dash = _dashboard(tmp_path, None, shops)
    try:
        first = dash.load("2026-11")
        reads = []
        real = dash.hq.tables
        monkeypatch.setattr(dash.hq, "tables", lambda *a: reads.append(a) or real(*a))
        assert dash.load("2026-11") == first and reads == []  # kept in memory
        again = HqDashboardService(dash.hq, FixedClock.at_local(TODAY, 10))  # a new window
        assert again.load("2026-11") == first and reads == []  # kept in the warehouse
        later = HqDashboardService(dash.hq, FixedClock.at_local(date(2026, 12, 5), 10))
        aged = {f.store_code: f.days_behind for f in later.load("2026-11").freshness}
        assert aged["BJ002"] == {f.store_code: f.days_behind
                                 for f in first.freshness}["BJ002"] + 4 and reads == []
        dash.set_region("BJ002", "华北")
        second = dash.load("2026-11")
        assert len(reads) == 1 and "华北" in second.table("regions").values("region")
        dash.hq.merge([shops["SH001"]["files"][1]])
        third = dash.load("2026-11")
        assert len(reads) == 2 and third.reports == second.reports + 1
        assert dash.prepare() == [None, "2026-11"] and len(reads) == 3  # all time was new
    finally:
        dash.close()


def test_tables_kept_by_an_older_app_are_read_afresh(tmp_path, shops, monkeypatch):
    """The kept tables carry the version of the code that built them: after an upgrade
    that changes a table, the dashboard does not show the old app's numbers."""
    from advisor_desk.services import hq_tables

    dash = _dashboard(tmp_path, None, shops)
    try:
        first = dash.load("2026-11")
        reads = []
        real = dash.hq.tables
        monkeypatch.setattr(dash.hq, "tables", lambda *a: reads.append(a) or real(*a))
        same = HqDashboardService(dash.hq, FixedClock.at_local(TODAY, 10))
        assert same.load("2026-11") == first and reads == []  # kept in the warehouse
        monkeypatch.setattr(hq_tables, "VERSION", hq_tables.VERSION + 1)
        upgraded = HqDashboardService(dash.hq, FixedClock.at_local(TODAY, 10))
        assert upgraded.load("2026-11") == first and len(reads) == 1  # read afresh
    finally:
        dash.close()
