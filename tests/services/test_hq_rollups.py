"""The monthly rollups (store/warehouse/rollups.py) the workbook and the dashboard read: after
any merge — out of order, overlapping re-exports, step outcomes replaced by later ones, rows
without an advisor, two months — they hold exactly the sums of the event tables; the
migration fills them from the events already there."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text

from advisor_desk import locate
from advisor_desk.exchange import report_writer
from advisor_desk.paths import AppPaths
from advisor_desk.services.hq import open_hq
from advisor_desk.services.hq_tables import month_range
from advisor_desk.store.warehouse import database, queries
from tests.exchange.test_report_reader import TASK, header
from tests.services.test_hq_staging import _key, _rows

pytestmark = pytest.mark.slow


def _journal(months: int = 2) -> dict[str, list[tuple]]:
    """One or two months (odd seqs in December); every third row without an advisor; steps
    of 7 tasks, each outcome replaced by later ones (done on time, done late, skipped,
    missed)."""
    journal = _rows([f"v{n}" for n in range(40)])
    outcomes = (("done", True), ("missed", None), ("done", False), ("skipped", None))
    out = {}
    for kind, rows in journal.items():
        changed = []
        for n, r in enumerate(rows):
            day = "2026-12-02" if r[0] % 2 and months == 2 else r[2]
            r = (r[0], r[1], day, None if n % 3 == 0 else r[3], *r[4:])
            if kind == "steps":
                outcome, on_time = outcomes[n % 4]
                r = (*r[:5], TASK[:-2] + f"{n % 7:02d}", r[6], r[7], n % 3, day, outcome,
                     on_time)
            changed.append(r)
        out[kind] = changed
    return out


def _sorted(rows) -> list:
    return sorted(rows, key=repr)  # rows without an advisor hold None


def _by_event_tables(c, month: str | None) -> dict[str, list]:
    first, last = month_range(month)
    coupons: dict[tuple, int] = defaultdict(int)
    for store, adv, day, ctype, n in queries.coupons(c, first, last):
        coupons[(store, adv, day.isoformat()[:7], ctype)] += n
    return {
        "customers": _sorted(queries.count_by(c, "customers", first, last)),
        "copies": _sorted(queries.count_by(c, "usage", first, last,
                                          where=lambda e: e.c.action == "copy")),
        "interactions": _sorted(queries.count_by(c, "interactions", first, last)),
        "coupons": _sorted((*k, n) for k, n in coupons.items()),
        **_funnels(queries.step_outcomes(c, first, last)),
        "usage": _sorted(r[:4] for r in queries.usage(c, first, last)),
    }


def _funnels(outcomes) -> dict[str, list]:
    """Each advisor's and each step's funnel, summed from (store, advisor, playbook, step,
    *funnel) rows of the event table."""
    by_advisor: dict[tuple, Counter] = {}
    by_step: dict[tuple, Counter] = {}
    for store, adv, playbook, step, *funnel in outcomes:
        for sums, key in ((by_advisor, (store, adv)), (by_step, (playbook, step))):
            sums.setdefault(key, Counter()).update(dict(enumerate(funnel)))
    return {name: _sorted((*k, *(v[i] for i in range(4))) for k, v in sums.items())
            for name, sums in (("steps_by_advisor", by_advisor), ("steps_by_step", by_step))}


def _by_rollups(c, month: str | None) -> dict[str, list]:
    return {
        "customers": _sorted(queries.rolled_counts(c, "customers", month)),
        "copies": _sorted(queries.rolled_counts(c, "copies", month)),
        "interactions": _sorted(queries.rolled_counts(c, "interactions", month)),
        "coupons": _sorted(queries.rolled_coupons(c, month)),
        "steps_by_advisor": _sorted(queries.rolled_steps(c, month, "advisor")),
        "steps_by_step": _sorted(queries.rolled_steps(c, month, "step")),
        "usage": _sorted(queries.rolled_usage(c, month)),
    }


def _assert_rollups_match(url: str) -> dict[str, list]:
    engine = create_engine(url)
    try:
        with engine.connect() as c:
            for month in (None, "2026-11", "2026-12", "2027-01"):
                assert _by_rollups(c, month) == _by_event_tables(c, month), month
            return _by_rollups(c, None)
    finally:
        engine.dispose()


def _reports(tmp_path, key, journal) -> list:
    last = max(r[0] for kind in journal.values() for r in kind)
    cuts = [(1, 60), (61, 150), (121, 220), (221, last), (1, last)]  # 3 and 5: re-exports
    files = []
    for n, (a, b) in enumerate(cuts):
        rows = {k: [r for r in v if a <= r[0] <= b] for k, v in journal.items()}
        files.append(report_writer.write_report(
            tmp_path / f"{n}.adreport", header(seq_from=a, seq_to=b, reexport=n in (2, 4)),
            rows, key).path)
    return files


@pytest.mark.parametrize(("order", "months"), [("in order", 2), ("newest first", 2),
                                               ("in order", 1)])
def test_rollups_hold_the_sums_of_the_events_after_any_merge(tmp_path, warehouse_url, order,
                                                             months):
    key = _key(tmp_path)
    journal = _journal(months)
    files = _reports(tmp_path, key, journal)
    if order == "newest first":
        files = files[::-1]
    hq = open_hq(AppPaths.under(tmp_path / "hq"), warehouse_url)
    hq.trust_add(tmp_path / "k.pub")
    for n in range(0, len(files), 2):  # several merges, each adding to the rollups
        hq.merge(files[n:n + 2])
    hq.close()
    sums = _assert_rollups_match(warehouse_url)
    assert sums["steps_by_step"] and any(r[1] is None for r in sums["customers"])
    latest = {}  # every task counted once, with its latest outcome
    for r in journal["steps"]:
        latest[r[5]] = r
    for name in ("steps_by_step", "steps_by_advisor"):  # (two keys, *funnel)
        assert sum(sum(r[2:]) for r in sums[name]) == len(latest), name
        assert sum(r[2] for r in sums[name]) == sum(
            1 for r in latest.values() if r[10] == "done" and r[11]), name


def test_migration_fills_the_rollups_from_the_events_already_merged(tmp_path):
    """A warehouse merged before w015 (its rollups dropped by the downgrade) gets them back
    from its events on upgrade."""
    key = _key(tmp_path)
    url = f"sqlite:///{tmp_path / 'w.db'}"
    hq = open_hq(AppPaths.under(tmp_path / "hq"), url)
    hq.trust_add(tmp_path / "k.pub")
    hq.merge(_reports(tmp_path, key, _journal()))
    hq.close()
    before = _assert_rollups_match(url)
    wh = database.Warehouse(url)
    try:
        with wh.begin() as c:
            config = Config()
            config.set_main_option("script_location", str(locate.db_dir() / "warehouse"))
            config.attributes["connection"] = c
            command.downgrade(config, "w014")
            assert c.execute(text("SELECT count(*) FROM ev_usage")).scalar()
        assert database.prepare(wh) == "w014"
    finally:
        wh.close()
    assert _assert_rollups_match(url) == before
