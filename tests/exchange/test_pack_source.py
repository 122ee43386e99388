"""Building content from HQ's spreadsheets: every row problem with file, row and column."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from advisor_desk.domain.errors import InvalidInput
from advisor_desk.exchange import content_bundle, font_lint, source_export
from advisor_desk.exchange.pack_source import SourceInvalid, build_content
from advisor_desk.services.content_rows import to_rows
from tests.support.content_factory import base_content, write_content


def _csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> None:
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)


def _read(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


@pytest.fixture
def source(tmp_path) -> Path:
    out = tmp_path / "source"
    source_export.write_template(out, "csv")
    return out


def _problems(src: Path, tmp_path: Path) -> list[str]:
    with pytest.raises(SourceInvalid) as info:
        build_content(src, tmp_path / "out")
    assert not (tmp_path / "out").exists(), "nothing is written when a row is wrong"
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_the_template_builds_into_valid_content(tmp_path, fmt):
    source_export.write_template(tmp_path / "src", fmt)
    made = build_content(tmp_path / "src", tmp_path / "out")
    bundle = content_bundle.read_folder(made.folder)
    assert (made.pack_id, made.version) == ("qinyan.core", 1)
    assert bundle.scripts[0].body.startswith("{称呼|亲}")
    assert bundle.coupons[0].threshold_fen == 30000 and bundle.coupons[0].value_fen == 5000
    assert bundle.playbooks[0].trigger == "purchase"
    assert len(bundle.media) == 1 and list(bundle.materials[0].media) == list(bundle.media)


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_content_exported_to_spreadsheets_builds_back_to_the_same_content(tmp_path, fmt):
    original = content_bundle.read_folder(write_content(tmp_path / "c", base_content()))
    counts = source_export.export_source(original, tmp_path / "src", fmt)
    assert counts["scripts"] == 5 and counts["playbook_steps"] == 4
    made = build_content(tmp_path / "src", tmp_path / "out")
    rebuilt = content_bundle.read_folder(made.folder)
    assert to_rows(rebuilt, "SH001") == to_rows(original, "SH001")
    assert rebuilt.coupon_codes == original.coupon_codes


def test_row_problems_name_file_row_and_column(source, tmp_path):
    scripts = _read(source / "话术.csv")
    scripts.append(["qy.s.2", "闲聊", "第二条", "{店长}您好", "nowhere", "九", "私聊", ""])
    scripts.append(["qy.s.welcome.01", "话术", "", "重复编号", "", "", "", ""])
    _csv(source / "话术.csv", scripts)
    coupons = _read(source / "优惠券.csv")
    coupons[1][3] = "五十"  # 面额(元)
    _csv(source / "优惠券.csv", coupons)
    steps = _read(source / "SOP步骤.csv")
    steps[1][5] = "qy.s.missing"
    _csv(source / "SOP步骤.csv", steps)
    materials = _read(source / "素材.csv")
    materials[1][10] = "不存在的图.png"
    _csv(source / "素材.csv", materials)
    problems = _problems(source, tmp_path)
    expected = [
        "话术.csv row 3, column 类型: '闲聊' is not one of 话术、问答",
        "话术.csv row 3, column 销售步骤: '九' is not a whole number",
        "话术.csv row 4, column 标题: required",
        "优惠券.csv row 2, column 面额(元): '五十' is not an amount in yuan",
        "SOP步骤.csv row 2, column 话术编号: unknown script qy.s.missing",
        "素材.csv row 2, column 图片或文件: no file named 不存在的图.png in the media folder",
    ]
    for line in expected:
        assert any(p.startswith(line) for p in problems), (line, problems)


def test_model_errors_are_reported_at_their_row_and_column(source, tmp_path):
    scripts = _read(source / "话术.csv")
    scripts.append(["qy.s.2", "话术", "第二条", "{店长}您好", "welcome", "8", "私聊", ""])
    scripts.append(["qy.s.2", "话术", "第三条", "好的", "nowhere", "", "", ""])
    _csv(source / "话术.csv", scripts)
    problems = _problems(source, tmp_path)
    assert "话术.csv row 3, column 内容: unknown variable {店长}" in problems
    assert any(p.startswith("话术.csv row 3, column 销售步骤: Input should be less than or "
                            "equal to 7") for p in problems)
    assert "话术.csv row 4, column 编号: qy.s.2 appears twice (also row 3)" in problems
    assert "话术.csv row 4, column 场景: unknown scene nowhere" in problems


def test_header_problems_gbk_csv_and_unknown_files(source, tmp_path):
    rows = _read(source / "阶段.csv")
    rows[0][1] = "名字"  # a typo in a required header
    _csv(source / "阶段.csv", rows, encoding="gb18030")  # Excel in China saves GBK
    (source / "备注.csv").write_text("随便写写", "utf-8")
    problems = _problems(source, tmp_path)
    assert "阶段.csv row 1, column 名字: unknown column (expected: 编号、名称、排序、说明)" in problems
    assert "阶段.csv row 1, column 名称: this required column is missing" in problems
    assert any(p.startswith("备注.csv: not a sheet of a pack source") for p in problems)


def test_tag_groups_must_agree_and_pack_sheet_is_needed(source, tmp_path):
    tags = _read(source / "标签.csv")
    tags.append(["qy.tg.skin", "肤质", "社交", "是", "1", "qy.tag.skin.oily", "油皮", "2"])
    _csv(source / "标签.csv", tags)
    (source / "包信息.csv").unlink()
    problems = _problems(source, tmp_path)
    assert "标签.csv row 3, column 维度: differs from the first row of group qy.tg.skin" in \
        problems
    assert any(p.startswith("包信息.xlsx: missing") for p in problems)


def test_version_from_the_command_line_and_expiry_date(source, tmp_path):
    rows = _read(source / "包信息.csv")
    rows[1][3], rows[1][4] = "", "2026-12-31"
    _csv(source / "包信息.csv", rows)
    with pytest.raises(SourceInvalid, match="version number"):
        build_content(source, tmp_path / "a")
    made = build_content(source, tmp_path / "b", version=7)
    header = content_bundle.read_folder(made.folder).header
    assert header.version == 7 and header.expires_at == "2027-01-01T00:00:00+08:00"


def test_unrenderable_characters_are_reported(source, tmp_path):
    scripts = _read(source / "话术.csv")
    scripts[1][3] = "您好\U000f0001，欢迎"  # a private-use plane character no font draws
    _csv(source / "话术.csv", scripts)
    problems = _problems(source, tmp_path)
    assert any(p.startswith("话术.csv row 2, column 内容: \U000f0001 (U+F0001): no target UI "
                            "font has it") for p in problems)


def test_the_font_check_reads_the_shipped_table_not_this_machines_fonts(monkeypatch):
    """The table is the same on every machine: ordinary Chinese, ⏰ and 😊 pass (the
    emoji font of the shops has them) even where this PC has no emoji font; a character no
    target font has does not."""
    from fontTools import ttLib

    def no_fonts(*_a, **_k):
        raise AssertionError("the lint must not open this machine's fonts")

    monkeypatch.setattr(ttLib, "TTFont", no_fonts)
    monkeypatch.setattr(ttLib, "TTCollection", no_fonts)
    font_lint.load.cache_clear()
    charset = font_lint.load()
    assert charset.missing("亲，您好！沁研VC精华 30ml ¥299（限时）～ ⏰ 好的😊") == []
    assert charset.missing("\U000f0001\uE000") == ["\U000f0001", "\uE000"]
    assert charset.has_emoji_font


def test_the_coverage_table_is_regenerated_by_the_tool(tmp_path):
    """tools/font_coverage.py writes the table from font files (here a small font made on
    the spot) and keeps the fonts it was not given."""
    import json
    import shutil

    from fontTools.fontBuilder import FontBuilder

    from tools import font_coverage

    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder([".notdef", "a", "b", "c"])
    fb.setupCharacterMap({0x61: "a", 0x62: "b", 0x63: "c"})
    fb.setupGlyf({n: _empty_glyph() for n in (".notdef", "a", "b", "c")})
    fb.setupHorizontalMetrics({n: (500, 0) for n in (".notdef", "a", "b", "c")})
    fb.setupHorizontalHeader()
    fb.setupNameTable({"familyName": "Tiny Test", "styleName": "Regular"})
    fb.setupOS2()
    fb.setupPost()
    font = tmp_path / "tiny.ttf"
    fb.save(str(font))
    out = tmp_path / "coverage.json"
    shutil.copyfile(font_lint.table_path(), out)
    assert font_coverage.main([f"{font}=windows", "-o", str(out)]) == 0
    table = json.loads(out.read_text("utf-8"))
    tiny = next(f for f in table["fonts"] if f["family"] == "Tiny Test")
    assert tiny["ranges"] == [[0x61, 0x63]] and tiny["platform"] == "windows"
    assert len(table["fonts"]) == 4  # the shipped fonts are kept
    assert font_lint.load(out).has(0x62)


def _empty_glyph():
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    return TTGlyphPen(None).glyph()


def test_unused_media_and_refusing_a_non_empty_output(source, tmp_path):
    (source / "素材文件" / "没用上.jpg").write_bytes(b"\xff\xd8\xff not used")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.txt").write_text("x")
    with pytest.raises(InvalidInput, match="not empty"):
        build_content(source, tmp_path / "out")
    made = build_content(source, tmp_path / "out2")
    assert any("not used: 没用上.jpg" in w for w in made.warnings)

