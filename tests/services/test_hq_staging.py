"""The merge's staging (store/warehouse/staging.py): values that need escaping arrive exactly
on both databases, worker processes give the same warehouse as one thread, and a value no
database stores refuses the report before anything is written."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import create_engine, text

from advisor_desk.domain.errors import ReportRejected
from advisor_desk.exchange import device_key, report_writer
from advisor_desk.exchange.pack_signing import SigningKey
from advisor_desk.exchange.report_format import BY_NAME, KINDS
from advisor_desk.paths import AppPaths
from advisor_desk.services.hq import open_hq
from advisor_desk.store.warehouse import tables
from advisor_desk.store.warehouse.staging import EventRows, StageSpec, stage, table_of
from tests.exchange.test_report_reader import ADVISOR, CUSTOMER, DEVICE, TASK, header

pytestmark = pytest.mark.slow

ODD = ["tab\there", "line\nbreak", "cr\rhere", "back\\slash", "\\N", "\\.", 'quote"s',
       "门店\t扫码\\n", "emoji 🙂", "None", "t", ""]


def _rows(values: list[str], seq0: int = 1) -> dict[str, list[tuple]]:
    day = "2026-11-21"
    seq = iter(range(seq0, seq0 + 10 * len(values)))

    def head():
        return (next(seq), 1_795_000_000, day, ADVISOR)

    return {
        "customers": [(*head(), CUSTOMER, v) for v in values],
        "usage": [(*head(), None, "script", v or "x", "copy") for v in values],
        "coupons": [(*head(), CUSTOMER, "c.1", v[:40] or None) for v in values],
        "stages": [(*head(), CUSTOMER, v or None, v or "x") for v in values],
        "tags": [(*head(), CUSTOMER, v or "x", "manual") for v in values],
        "steps": [(*h, CUSTOMER, TASK[:-4] + f"{h[0]:04d}", v or "x", 1, 0, day, "done",
                   None) for h, v in ((head(), v) for v in values)],
        "imports": [(*head(), 1, 0, 0, {v: 1}) for v in values],
    }


def _key(tmp_path):
    key = SigningKey(Ed25519PrivateKey.generate())
    (tmp_path / "k.pub").write_bytes(device_key.public_key_file(
        key, store_code="SH001", store_name="", device_id=DEVICE))
    return key


def _dump(url: str) -> dict[str, list]:
    engine = create_engine(url)
    out = {}
    with engine.connect() as c:
        for table in tables.EVENT_TABLES.values():
            cols = [col.name for col in table.columns]
            out[table.name] = sorted(tuple(map(str, r)) for r in c.execute(
                text(f"SELECT {', '.join(cols)} FROM {table.name}")))
    engine.dispose()
    return out


def test_event_tables_are_where_staging_puts_them():
    assert {table_of(k.name) for k in KINDS if k.journal} == {
        t.name for t in tables.EVENT_TABLES.values()}


def test_values_that_need_escaping_arrive_exactly(tmp_path, warehouse_url):
    key = _key(tmp_path)
    rows = _rows(ODD)
    seq_to = max(r[0] for kind in rows.values() for r in kind)
    plain = _rows(["plain", "门店扫码"], seq0=seq_to + 1)  # no backslash: the fast path
    first = report_writer.write_report(tmp_path / "a.adreport", header(seq_to=seq_to),
                                       rows, key).path
    second = report_writer.write_report(
        tmp_path / "b.adreport",
        header(seq_from=seq_to + 1, seq_to=max(r[0] for k in plain.values() for r in k)),
        plain, key).path
    hq = open_hq(AppPaths.under(tmp_path / "hq"), warehouse_url)
    hq.trust_add(tmp_path / "k.pub")
    assert [o.status for o in hq.merge([first, second]).outcomes] == ["merged", "merged"]
    hq.close()
    engine = create_engine(warehouse_url)
    with engine.connect() as c:
        def column(table: str, name: str) -> list:
            return [r[0] for r in c.execute(text(f"SELECT {name} FROM {table} ORDER BY seq"))]

        expected = [*ODD, "plain", "门店扫码"]
        assert column("ev_customers", "source") == expected
        assert column("ev_usage", "uid") == [v or "x" for v in expected]
        assert column("ev_coupons", "code") == [v[:40] or None for v in expected]
        assert column("ev_stages", "from_stage") == [v or None for v in expected]
        assert column("ev_tags", "tag") == [v or "x" for v in expected]
        assert column("ev_steps", "playbook") == [v or "x" for v in expected]
        import json

        assert [json.loads(v) for v in column("ev_imports", "new_by_owner")] == [
            {v: 1} for v in expected]
    engine.dispose()


def test_worker_processes_give_the_same_warehouse_as_one_thread(tmp_path, warehouse_url,
                                                                request):
    """Four reports cut from one journal, the third a re-export overlapping the second,
    step outcomes of the same tasks in several reports; merged newest first."""
    from tests.conftest import new_pg_database

    key = _key(tmp_path)
    journal = _rows([*ODD, *(f"v{n}" for n in range(20))])
    journal["steps"] = [(*r[:5], TASK[:-2] + f"{n % 7:02d}", *r[6:10],
                         ("missed", "done", "skipped")[n % 3], None)
                        for n, r in enumerate(journal["steps"])]
    last = max(r[0] for kind in journal.values() for r in kind)
    cuts = [(1, 60), (61, 150), (121, 220), (221, last)]
    files = []
    for n, (a, b) in enumerate(cuts):
        rows = {k: [r for r in v if a <= r[0] <= b] for k, v in journal.items()}
        files.append(report_writer.write_report(
            tmp_path / f"{n}.adreport", header(seq_from=a, seq_to=b, reexport=n == 2),
            rows, key).path)
    urls = [warehouse_url,
            f"sqlite:///{tmp_path / 'two.db'}" if warehouse_url.startswith("sqlite")
            else new_pg_database(request.getfixturevalue("pg_server"))]
    summaries = []
    for n, (url, workers) in enumerate(zip(urls, (1, 2), strict=True)):
        hq = open_hq(AppPaths.under(tmp_path / f"hq{n}"), url)
        hq.trust_add(tmp_path / "k.pub")
        summaries.append([(o.file, o.status, o.rows, o.new_rows)
                          for o in hq.merge(list(reversed(files)), workers=workers).outcomes])
        hq.close()
    assert summaries[0] == summaries[1]
    assert [s[1] for s in summaries[0]] == ["merged"] * 4
    assert sum(s[3] for s in summaries[0]) == last  # every event once
    dump = _dump(urls[0])
    assert dump == _dump(urls[1])
    latest = {}
    for r in journal["steps"]:
        latest[r[5]] = r
    assert sorted((r[5], r[0], r[10]) for r in latest.values()) == sorted(
        (row[1], int(row[2]), row[11]) for row in dump["ev_steps"])
    assert len(dump["ev_usage"]) == len(journal["usage"])


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_a_value_no_database_stores_refuses_the_report(dialect):
    kind = BY_NAME["customers"]
    row = (1, 1_795_000_000, "2026-11-21", ADVISOR, CUSTOMER, "lone \ud800 surrogate")
    spec = StageSpec(dialect, {"ev_customers": "CREATE TABLE ev_customers (device_id, seq, "
                                               "at, day, advisor, customer, source)"})
    with pytest.raises(ReportRejected, match="cannot store"):
        stage(spec, DEVICE, [EventRows("customers", kind.columns, [row])], file="r.adreport")
