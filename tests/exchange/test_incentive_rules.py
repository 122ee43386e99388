"""激励规则 Incentive rules as a content kind: the sheet (template, build checks with file, row
and column), the content file, export and build back, and the pack preview's kind."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from advisor_desk.domain.errors import ContentInvalid
from advisor_desk.exchange import content_bundle, source_export
from advisor_desk.exchange.pack_source import SourceInvalid, build_content
from advisor_desk.services.content_rows import to_rows
from tests.support.content_factory import base_content, write_content

RULES = [
    {"uid": "t.r.ontime", "title": "按时完成", "measure": "steps_on_time", "points": 2},
    {"uid": "t.r.d12", "title": "双12新客", "measure": "new_customers", "points": 5,
     "valid_from": "2026-12-01", "valid_to": "2026-12-12", "description": "冲刺"},
]


def _csv(path: Path, rows: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)


def _read(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_the_template_has_a_rule_sheet_that_builds(tmp_path):
    source_export.write_template(tmp_path / "src", "csv")
    rows = _read(tmp_path / "src" / "激励规则.csv")
    assert rows[0] == ["编号", "名称", "计分项", "每次积分", "生效日期", "失效日期", "说明"]
    made = build_content(tmp_path / "src", tmp_path / "out")
    (rule,) = content_bundle.read_folder(made.folder).incentive_rules
    assert (rule.measure, rule.points) == ("steps_on_time", 2)
    assert made.counts["incentive_rules"] == 1


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_rules_exported_to_a_sheet_build_back_the_same(tmp_path, fmt):
    content = base_content()
    content["incentive_rules.json"] = RULES
    original = content_bundle.read_folder(write_content(tmp_path / "c", content))
    assert original.incentive_rules[1].valid_to == date(2026, 12, 12)
    counts = source_export.export_source(original, tmp_path / "src", fmt)
    assert counts["incentive_rules"] == 2
    if fmt == "csv":  # Chinese labels for HQ, not the stored keys
        assert _read(tmp_path / "src" / "激励规则.csv")[2][2] == "新客户"
    made = build_content(tmp_path / "src", tmp_path / "out")
    rebuilt = content_bundle.read_folder(made.folder)
    assert to_rows(rebuilt, "SH001").incentive_rules == to_rows(original, "SH001").incentive_rules


def test_rule_problems_name_file_row_and_column(tmp_path):
    src = tmp_path / "src"
    source_export.write_template(src, "csv")
    rows = _read(src / "激励规则.csv")
    rows.append(["qy.r.2", "卖货", "成交金额", "1", "", "", ""])
    rows.append(["qy.r.3", "零分", "发券", "0", "", "", ""])
    rows.append(["qy.r.4", "倒序", "新客户", "3", "2026-12-12", "2026-12-01", ""])
    rows.append(["qy.r.sop-on-time", "重复", "发券", "1", "", "", ""])
    _csv(src / "激励规则.csv", rows)
    with pytest.raises(SourceInvalid) as info:
        build_content(src, tmp_path / "out")
    problems = [str(p) for p in info.value.problems]
    assert problems[0].startswith("激励规则.csv row 3, column 计分项: '成交金额' is not one of "
                                  "按时完成SOP步骤、新客户"), problems
    assert problems[1].startswith("激励规则.csv row 6, column 编号: qy.r.sop-on-time appears "
                                  "twice")
    assert problems[2].startswith("激励规则.csv row 4, column 每次积分: Input should be greater "
                                  "than or equal to 1")
    assert problems[3] == "激励规则.csv row 5: valid_to is before valid_from"
    assert len(problems) == 4 and not (tmp_path / "out").exists()


def test_a_content_file_with_a_bad_rule_is_refused(tmp_path):
    content = base_content()
    content["incentive_rules.json"] = [RULES[0] | {"measure": "sales_fen"}]
    with pytest.raises(ContentInvalid, match="incentive_rules"):
        content_bundle.read_folder(write_content(tmp_path / "c", content))
    content["incentive_rules.json"] = [RULES[0], RULES[0]]
    with pytest.raises(ContentInvalid, match="appears twice"):
        content_bundle.read_folder(write_content(tmp_path / "d", content))
