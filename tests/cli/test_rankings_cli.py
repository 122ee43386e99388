"""`advisor-desk rankings`: the documented JSON shape, the same numbers as the service,
text output, one-line errors, and nothing written."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.support.cli import DEMO, db_bytes, run

KEYS = {"advisor_id", "advisor", "rank", "points", "period", "start", "end", "through",
        "new_customers", "steps_on_time", "steps_due", "steps_done", "completion_rate",
        "customers_contacted", "coupons_issued", "copies", "cards_practised",
        "points_by_measure"}


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    from advisor_desk.app import main

    folder = tmp_path_factory.mktemp("cli") / "data"
    assert main(["--data-dir", str(folder), *DEMO]) == 0
    return folder


def test_json_is_one_object_per_advisor_with_every_measure_rank_and_points(data, capsys):
    before = db_bytes(data / "advisor_desk.db")
    code, out, err = run(capsys, "--data-dir", str(data), "rankings", "--period", "month",
                         "--date", "2026-11-20", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) == 3 and all(set(row) == KEYS for row in rows)
    assert [row["rank"] for row in rows] == sorted(row["rank"] for row in rows)
    first = rows[0]
    assert (first["period"], first["start"], first["end"]) == ("month", "2026-11-01",
                                                              "2026-11-30")
    for row in rows:  # the demo content carries incentive rules
        assert row["points"] == sum(row["points_by_measure"].values())
        assert row["points_by_measure"]["steps_on_time"] == 2 * row["steps_on_time"]
    assert sum(row["steps_due"] for row in rows) > 0
    for row in rows:
        if row["steps_due"]:
            assert row["completion_rate"] == round(row["steps_done"] / row["steps_due"], 4)

    from advisor_desk.paths import AppPaths
    from advisor_desk.services.desk import open_desk

    desk = open_desk(AppPaths.under(data))
    try:
        board = desk.rankings.board("month", date(2026, 11, 20))
    finally:
        desk.close()
    assert [(s.name, s.rank, s.steps_on_time, s.customers_contacted) for s in board.standings] \
        == [(r["advisor"], r["rank"], r["steps_on_time"], r["customers_contacted"])
            for r in rows]
    assert db_bytes(data / "advisor_desk.db") == before


def test_text_output_and_errors(data, capsys):
    code, out, _ = run(capsys, "--data-dir", str(data), "rankings", "--period", "week",
                       "--date", "2026-11-20")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("week 2026-11-16 – 2026-11-22") and "rules: 按时完成SOP步骤" in lines[0]
    assert len(lines) == 5 and lines[2].split()[0] == "1"
    for bad, says in ((["--date", "2026-13-01"], "not a date"),
                      (["--period", "year"], "invalid choice")):
        with pytest.raises(SystemExit) as exit_info:
            run(capsys, "--data-dir", str(data), "rankings", *bad)
        out, err = capsys.readouterr()
        assert exit_info.value.code == 2 and out == "" and len(err.splitlines()) == 1
        assert says in err
