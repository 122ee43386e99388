"""advisor-desk search QUERY [--kind K] [--limit N] [--json] and search rebuild."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta

import pytest

from advisor_desk.app import main
from tests.support.content_factory import library_content, write_content


@pytest.fixture
def data(desk, tmp_path):
    content = library_content()
    # the CLI runs on the real clock: keep the pool coupon valid whatever today is
    content["coupons.json"][0]["valid_to"] = (date.today() + timedelta(days=30)).isoformat()
    desk.content.apply(desk.content.read_folder(write_content(tmp_path / "c", content)))
    desk.advisors.add("林晓雯")
    desk.close()
    return desk.paths.data


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_has_the_documented_shape(data, capsys):
    code, out, err = run(capsys, "--data-dir", str(data), "search", "话术", "标题1", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert set(doc) == {"query", "terms", "count", "more", "results"}
    assert doc["query"] == "话术 标题1" and doc["terms"] == ["话术", "标题1"]
    assert doc["count"] == 1 and doc["more"] is False
    (hit,) = doc["results"]
    assert set(hit) == {"kind", "type", "uid", "title", "snippet", "title_hit", "origin",
                        "scene", "sales_step", "channel", "valid_from", "valid_to",
                        "favourite", "uses"}
    assert (hit["kind"], hit["type"], hit["uid"], hit["title_hit"]) == \
        ("script", "qa", "t.s.001", True)


def test_kind_limit_and_pinyin(data, capsys):
    code, out, _ = run(capsys, "--data-dir", str(data), "search", "bt", "--kind", "qa",
                       "--limit", "2", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["count"] == 2 and doc["more"] is True
    assert all(r["type"] == "qa" for r in doc["results"])
    code, out, _ = run(capsys, "--data-dir", str(data), "search", "券", "--kind", "coupon")
    assert code == 0 and out.splitlines()[-1] == "2 result(s)"
    assert "coupon/threshold\tt.c.pool\t满300减50" in out
    code, out, _ = run(capsys, "--data-dir", str(data), "search", "券", "--kind", "coupon",
                       "--include-expired")
    assert out.splitlines()[-1] == "3 result(s)"


def test_user_errors_are_one_line_and_exit_2(data, capsys):
    code, _, err = run(capsys, "--data-dir", str(data), "search", "x", "--limit", "0")
    assert code == 2 and err.count("\n") == 1 and "--limit" in err
    code, _, err = run(capsys, "--data-dir", str(data), "search", "x", "--advisor", "无此人")
    assert code == 2 and "No advisor named 无此人" in err


def test_rebuild_repairs_the_index(data, capsys):
    with sqlite3.connect(data / "advisor_desk.db") as conn:
        conn.execute("DELETE FROM search_fts")
    code, out, _ = run(capsys, "--data-dir", str(data), "search", "防晒", "--json")
    assert json.loads(out)["count"] == 0
    code, out, _ = run(capsys, "--data-dir", str(data), "search", "rebuild")
    assert code == 0 and out.strip() == "search index rebuilt: 14 items"
    code, out, _ = run(capsys, "--data-dir", str(data), "search", "防晒", "--json")
    assert [r["uid"] for r in json.loads(out)["results"]] == ["t.m.text"]
