"""HQ merge into the warehouse, on SQLite and on a real PostgreSQL: counts equal counts taken
straight from the shop databases; idempotent in any order; bad reports named and skipped."""

from __future__ import annotations

import shutil
import zipfile
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, text

from advisor_desk.paths import AppPaths
from advisor_desk.services.hq import open_hq
from tests.conftest import new_pg_database
from tests.support.reports import make_shop, oracle, warehouse_counts

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def shops(tmp_path_factory):
    """Two generated shops with a few days of work, each exported twice (a daily report and
    the rest), plus their public key files."""
    root = tmp_path_factory.mktemp("shops")
    out = {}
    for code, seed in (("SH001", 11), ("BJ002", 12)):
        desk, clock = make_shop(root / code, store_code=code, seed=seed)
        first, _ = desk.reports.export(root / f"{code}-1.adreport",
                                       until=clock.today() - timedelta(days=2))
        second, _ = desk.reports.export(root / f"{code}-2.adreport")
        (root / f"{code}.pub").write_bytes(desk.device.public_key_file())
        out[code] = {"db": root / code / "advisor_desk.db", "device": desk.ctx.device_id,
                     "files": [first.path, second.path], "pub": root / f"{code}.pub",
                     "first": first.preview, "second": second.preview}
        desk.close()
    return out


def _hq(tmp_path, url):
    return open_hq(AppPaths.under(tmp_path / "hq"), url)


def _trusted(tmp_path, url, shops):
    hq = _hq(tmp_path, url)
    for shop in shops.values():
        hq.trust_add(shop["pub"])
    return hq


def _dump(url: str) -> dict[str, list]:
    """Every warehouse table's rows (sorted; the merge time left out)."""
    from advisor_desk.store.warehouse.tables import metadata

    engine = create_engine(url)
    out = {}
    with engine.connect() as c:
        for table in metadata.sorted_tables:
            cols = [col.name for col in table.columns if col.name not in ("merged_at", "added_at")]
            out[table.name] = sorted(tuple(map(str, r)) for r in c.execute(
                text(f"SELECT {', '.join(cols)} FROM {table.name}")))
    engine.dispose()
    return out


def _tables(hq, month=None):
    return [(t.name, t.columns, t.rows) for t in hq.tables(month)]


def test_warehouse_counts_equal_the_shop_databases(tmp_path, warehouse_url, shops):
    hq = _trusted(tmp_path, warehouse_url, shops)
    files = [f for shop in shops.values() for f in shop["files"]]
    summary = hq.merge(files)
    assert [o.status for o in summary.outcomes] == ["merged"] * 4
    assert summary.gaps == ()
    for shop in shops.values():
        expected = oracle(shop["db"])
        got = warehouse_counts(warehouse_url, shop["device"])
        for kind in expected:
            assert got[kind] == expected[kind], kind
        assert sum(expected["usage"].values()) > 10 and sum(expected["coupons"].values()) > 0
        assert {k[4] for k in expected["steps"]} == {"done", "skipped", "missed"}
    names = {t.name: t for t in hq.tables()}
    stores = {r[1]: r for r in names["stores"].rows}
    assert set(stores) == {"SH001", "BJ002"}
    hq.close()


def test_merging_twice_or_in_another_order_gives_the_same_warehouse(request, tmp_path,
                                                                   warehouse_url, shops):
    files = [f for shop in shops.values() for f in shop["files"]]
    hq = _trusted(tmp_path, warehouse_url, shops)
    hq.merge(files)
    again = hq.merge(files)
    assert [o.status for o in again.outcomes] == ["duplicate"] * 4
    once = _dump(warehouse_url)
    tables_once = _tables(hq)
    hq.close()

    other = tmp_path / "other"
    url2 = (f"sqlite:///{tmp_path / 'other.db'}" if warehouse_url.startswith("sqlite")
            else new_pg_database(request.getfixturevalue("pg_server")))
    hq2 = _trusted(other, url2, shops)
    for f in reversed(files):
        hq2.merge([f])
    assert _dump(url2) == once
    assert _tables(hq2) == tables_once
    hq2.close()


def test_an_overlapping_reexport_counts_every_event_once(tmp_path, shops):
    shop = shops["SH001"]
    url = f"sqlite:///{tmp_path / 'w.db'}"
    hq = _trusted(tmp_path, url, shops)
    hq.merge(shop["files"][:1])
    from advisor_desk.services.desk import open_desk

    desk = open_desk(AppPaths.under(shop["db"].parent))
    try:
        redo, _ = desk.reports.export(tmp_path / "redo.adreport", since=0)
    finally:
        desk.close()
    assert redo.preview.reexport
    summary = hq.merge([tmp_path / "redo.adreport"])
    (outcome,) = summary.outcomes
    assert outcome.status == "merged"
    assert outcome.new_rows == outcome.rows - sum(
        shop["first"].rows[k] for k in ("steps", "interactions", "usage", "coupons",
                                        "customers", "imports", "stages", "tags"))
    assert warehouse_counts(url, shop["device"]) == oracle(shop["db"])
    hq.close()


def test_gaps_are_reported_by_store_and_range(tmp_path, shops):
    hq = _trusted(tmp_path, f"sqlite:///{tmp_path / 'w.db'}", shops)
    shop = shops["BJ002"]
    summary = hq.merge(shop["files"][1:])  # the first day's report was lost
    (gap,) = summary.gaps
    assert (gap.store_code, gap.device_id) == ("BJ002", shop["device"])
    assert (gap.seq_from, gap.seq_to) == (1, shop["first"].seq_to)
    reports = {t.name: t for t in hq.tables()}["reports"]
    assert f"1-{shop['first'].seq_to}" in reports.rows[0][-1]
    assert hq.merge(shop["files"][:1]).gaps == ()
    hq.close()


def test_bad_reports_are_named_and_the_others_merged(tmp_path, warehouse_url, shops):
    hq = _hq(tmp_path, warehouse_url)
    hq.trust_add(shops["SH001"]["pub"])  # BJ002's key is not registered
    good = shops["SH001"]["files"][0]
    tampered = tmp_path / "tampered.adreport"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "data/usage.jsonl":
                data = data.replace(b'"copy"', b'"send"', 1)
            dst.writestr(info, data)
    not_a_report = tmp_path / "notes.adreport"
    not_a_report.write_text("hello", "utf-8")
    unknown = shops["BJ002"]["files"][0]
    before = _dump(warehouse_url)
    summary = hq.merge([tampered, unknown, not_a_report, good])
    status = {o.file: (o.status, o.message) for o in summary.outcomes}
    assert status[good.name] == ("merged", "")
    assert status["tampered.adreport"][0] == "rejected"
    assert "does not match its manifest" in status["tampered.adreport"][1]
    assert "has not registered" in status[unknown.name][1]
    assert "not a report file" in status["notes.adreport"][1]
    after = _dump(warehouse_url)
    assert after != before
    assert {r[1] for r in after["reports"]} == {shops["SH001"]["device"]}

    hq.trust_remove(hq.trust_list()[0].key_id)
    after = _dump(warehouse_url)
    revoked = hq.merge([shops["SH001"]["files"][1]])
    assert "revoked" in revoked.outcomes[0].message
    assert _dump(warehouse_url) == after
    hq.close()


def _tamper(good, out):
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "data/usage.jsonl":
                data = data.replace(b'"copy"', b'"send"', 1)
            dst.writestr(info, data)
    return out


def test_a_tampered_copy_of_a_merged_report_is_refused_not_already_merged(tmp_path,
                                                                         shops):
    """The manifest (and its signature) of the copy is intact: only its data files say it
    was changed, and they are checked before "already merged"."""
    hq = _trusted(tmp_path, f"sqlite:///{tmp_path / 'w.db'}", shops)
    good = shops["SH001"]["files"][0]
    hq.merge([good])
    (outcome,) = hq.merge([_tamper(good, tmp_path / "tampered.adreport")]).outcomes
    assert outcome.status == "rejected"
    assert "does not match its manifest" in outcome.message
    assert hq.merge([good]).outcomes[0].status == "duplicate"
    hq.close()


def test_a_report_with_nothing_new_merges(tmp_path, warehouse_url, shops):
    """A shop that exports again with no activity since its last report: a report of no
    events (its snapshots only) merges like any other."""
    from advisor_desk.services.desk import open_desk

    shop = shops["BJ002"]
    desk = open_desk(AppPaths.under(shop["db"].parent))
    try:
        empty, _ = desk.reports.export(tmp_path / "empty.adreport")
    finally:
        desk.close()
    assert empty.preview.events == 0
    hq = _trusted(tmp_path, warehouse_url, shops)
    summary = hq.merge([*shop["files"], empty.path])
    assert [o.status for o in summary.outcomes] == ["merged"] * 3
    assert summary.gaps == ()
    assert warehouse_counts(warehouse_url, shop["device"]) == oracle(shop["db"])
    hq.close()


def test_never_used_content_shows_scene_and_type_names_not_keys(tmp_path, shops):
    """HQ reads 产品知识 and 满减券, not product_knowledge and threshold: the report carries
    the shop's scene names, and kinds and coupon types are labelled in the table's language."""
    import json

    from advisor_desk import locate

    scenes = {s["key"]: s["name"] for s in json.loads(
        (locate.demo_content_dir() / "content" / "scenes.json").read_text("utf-8"))["items"]}
    hq = _trusted(tmp_path, f"sqlite:///{tmp_path / 'w.db'}", shops)
    hq.merge([f for shop in shops.values() for f in shop["files"]])
    for lang, kinds, coupon_types in (
            ("zh_CN", {"话术", "问答", "素材", "优惠券"}, {"无门槛券", "满减券", "折扣券", "随机券",
                                                      "活动券"}),
            ("en", {"Script", "Q&A", "Material", "Coupon"}, {"No threshold", "Threshold",
                                                            "Discount", "Random", "Campaign"})):
        tables = {t.name: t for t in hq.tables(lang=lang)}
        dead = tables["dead_content"]
        groups = {g for g in dead.values("group") if g}
        assert groups and groups <= set(scenes.values()), groups - set(scenes.values())
        assert set(dead.values("kind")) <= kinds and set(tables["content"].values("kind")) <= kinds
        used = {g for g in tables["content"].values("group") if g}
        assert used and used <= set(scenes.values())  # the top items with their scene too
        # every item used is HQ's (titled, its kind as the catalogue says: a used Q&A card
        # is 问答, not an untitled script), and nothing used is also "never used"
        content = tables["content"]
        assert all(content.values("title"))
        assert any(k in ("问答", "Q&A") for k in content.values("kind"))
        assert not set(content.values("uid")) & set(dead.values("uid"))
        coupons = [r for r in dead.rows if r[dead.column("kind")] in ("优惠券", "Coupon")]
        assert coupons and {r[dead.column("detail")] for r in coupons} <= coupon_types
    hq.close()


def test_a_report_from_another_store_with_a_registered_key_is_refused(tmp_path, shops):
    """A key registered for SH001 cannot sign for BJ002 (copying a shop's data folder to
    another store does not let it speak for that store)."""
    hq = _hq(tmp_path, f"sqlite:///{tmp_path / 'w.db'}")
    pub = tmp_path / "wrong.pub"
    doc = shops["SH001"]["pub"].read_text("utf-8").replace('"SH001"', '"BJ002"')
    pub.write_text(doc, "utf-8")
    hq.trust_add(pub)
    (outcome,) = hq.merge(shops["SH001"]["files"][:1]).outcomes
    assert outcome.status == "rejected" and "registered for store BJ002" in outcome.message
    hq.close()


def test_postgresql_and_sqlite_give_identical_workbook_numbers(tmp_path, pg_server, shops):
    files = [f for shop in shops.values() for f in shop["files"]]
    results = []
    for url in (f"sqlite:///{tmp_path / 'w.db'}", new_pg_database(pg_server)):
        hq = _trusted(tmp_path / url[:6], url, shops)
        hq.merge(files)
        results.append((_tables(hq), _tables(hq, "2026-11")))
        hq.close()
    assert results[0] == results[1]
    month = {name: rows for name, _cols, rows in results[0][1]}
    assert month["sop"] and month["advisors"] and month["content"]


def test_a_warehouse_written_by_a_newer_app_is_refused(tmp_path):
    from advisor_desk.domain.errors import DatabaseTooNew

    url = f"sqlite:///{tmp_path / 'w.db'}"
    open_hq(AppPaths.under(tmp_path), url).close()
    engine = create_engine(url)
    with engine.begin() as c:
        c.execute(text("UPDATE warehouse_version SET version_num = 'w999'"))
    engine.dispose()
    with pytest.raises(DatabaseTooNew):
        open_hq(AppPaths.under(tmp_path), url)
    shutil.rmtree(tmp_path / "hq", ignore_errors=True)


def test_a_task_counts_its_latest_outcome_whatever_the_order(tmp_path, warehouse_url):
    """Born missed in one report and done in the next: merged either way round, the step
    counts once, as done (the outcome with the higher seq)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from advisor_desk.exchange import device_key, report_writer
    from advisor_desk.exchange.pack_signing import SigningKey
    from tests.exchange.test_report_reader import ADVISOR, CUSTOMER, DEVICE, TASK, header

    key = SigningKey(Ed25519PrivateKey.generate())
    (tmp_path / "k.pub").write_bytes(device_key.public_key_file(
        key, store_code="SH001", store_name="", device_id=DEVICE))

    def step(seq, outcome):
        return [(seq, 1_795_000_000 + seq, "2026-11-21", ADVISOR, CUSTOMER, TASK, "pb", 1, 0,
                 "2026-11-20", outcome, (True if outcome == "done" else None))]

    missed = report_writer.write_report(tmp_path / "a.adreport", header(seq_to=5),
                                        {"steps": step(5, "missed")}, key).path
    done = report_writer.write_report(
        tmp_path / "b.adreport", header(seq_from=6, seq_to=9),
        {"steps": step(9, "done")}, key).path
    hq = _hq(tmp_path, warehouse_url)
    hq.trust_add(tmp_path / "k.pub")
    assert [o.status for o in hq.merge([done, missed]).outcomes] == ["merged", "merged"]
    assert warehouse_counts(warehouse_url, DEVICE)["steps"] == {
        (ADVISOR, "pb", 0, "2026-11-20", "done"): 1}
    hq.close()


@pytest.mark.parametrize("where", ["events", "snapshots"])
def test_a_report_the_database_refuses_rolls_back_alone_inside_its_batch(
        tmp_path, warehouse_url, shops, monkeypatch, where):
    """Fault injection: the database refuses a value of the second file halfway through
    its rows (or in its snapshots, once its events are in); that report leaves nothing (its
    savepoint; its rollup sums are not written either), the others of the same batch
    transaction are merged."""
    from sqlalchemy.exc import DataError

    from advisor_desk.store.warehouse import loader, merge_repo
    from tests.services.test_hq_rollups import _assert_rollups_match

    hq = _trusted(tmp_path, warehouse_url, shops)
    bad_device = shops["BJ002"]["device"]
    real = loader._load_table

    def flaky(connection, staged, table, covered):
        loaded = real(connection, staged, table, covered)  # some rows are in, then:
        if staged.device_id == bad_device and table == "ev_usage":
            raise DataError("INSERT", {}, Exception("value out of range"))
        return loaded

    real_snapshots = merge_repo.write_snapshots

    def flaky_snapshots(connection, head, **rows):
        real_snapshots(connection, head, **rows)
        if head.device_id == bad_device:
            raise DataError("INSERT", {}, Exception("value out of range"))

    if where == "events":
        monkeypatch.setattr(loader, "_load_table", flaky)
    else:
        monkeypatch.setattr(merge_repo, "write_snapshots", flaky_snapshots)
    files = [shops["SH001"]["files"][0], shops["BJ002"]["files"][0],
             shops["SH001"]["files"][1]]
    summary = hq.merge(files)
    assert [o.status for o in summary.outcomes] == ["merged", "rejected", "merged"]
    assert "cannot store" in summary.outcomes[1].message
    dump = _dump(warehouse_url)
    assert not any(bad_device in row for name, rows in dump.items() for row in rows
                   if name != "device_keys")
    assert warehouse_counts(warehouse_url, shops["SH001"]["device"]) == oracle(
        shops["SH001"]["db"])
    hq.close()
    _assert_rollups_match(warehouse_url)
