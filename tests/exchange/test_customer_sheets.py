"""Customer spreadsheets: encodings, header rows, column names, cell parsing, round trips."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor_desk.domain.customer_import import FIELDS, CustomerRecord
from advisor_desk.domain.errors import InvalidInput
from advisor_desk.exchange.customer_records import (
    parse_birthday,
    parse_datetime,
    parse_row,
    parse_sheet,
    parse_tags,
)
from advisor_desk.exchange.customer_sheets import (
    IGNORE,
    guess_field,
    read_sheet,
    resolve_mapping,
    write_sheet,
)
from tests.support.customer_files import (
    WECOM_HEADERS,
    WECOM_TITLE,
    wecom_rows,
    write_csv,
    write_xlsx,
)


def _records(path, mapping=None):
    sheet = read_sheet(path)
    return [r for r, _problems in parse_sheet(sheet, resolve_mapping(sheet, mapping))]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_csv_encodings_read_the_same(tmp_path, encoding):
    rows = wecom_rows(20)
    expected = _records(write_xlsx(tmp_path / "w.xlsx", WECOM_HEADERS, rows, WECOM_TITLE))
    path = write_csv(tmp_path / f"{encoding}.csv", WECOM_HEADERS, rows, encoding, WECOM_TITLE)
    assert _records(path) == expected
    assert all(isinstance(r, CustomerRecord) for r in expected)


def test_wecom_export_maps_without_asking(tmp_path):
    path = write_xlsx(tmp_path / "wecom.xlsx", WECOM_HEADERS, wecom_rows(3), WECOM_TITLE)
    sheet = read_sheet(path)
    assert sheet.header_row == 2 and sheet.rows[0][0] == 3  # Excel's row numbers
    assert sheet.unknown_headers() == []
    guessed = sheet.guessed()
    assert guessed["客户备注"] == "remark_name" and guessed["企业标签"] == "tags"
    assert guessed["添加人"] == "advisor" and guessed["外部联系人ID"] == "external_id"
    assert guessed["添加人账号"] == IGNORE and guessed["类型"] == IGNORE
    first = _records(path)[0]
    assert first.row == 3 and first.external_id == "wmEXT010000000"
    assert first.added_at == datetime(2026, 11, 1, 10, 0) and first.advisor == "林晓雯"


def test_tab_and_semicolon_delimited_csv(tmp_path):
    for delimiter in ("\t", ";"):
        path = write_csv(tmp_path / "t.csv", ["姓名", "手机号", "标签"],
                         [["王芳", "138 1234 5678", "肤质:干性|护肤诉求:美白"]],
                         delimiter=delimiter)
        (rec,) = _records(path)
        assert rec.phone == "13812345678"
        assert rec.tags == (("肤质", "干性"), ("护肤诉求", "美白"))


def test_english_headers_and_bracketed_names(tmp_path):
    assert guess_field("Phone") == "phone" and guess_field(" 手机号（选填） ") == "phone"
    assert guess_field("*姓名") == "name" and guess_field("External_ID") == "external_id"
    assert guess_field("会员卡号") is None


def test_unknown_columns_need_a_choice(tmp_path):
    path = write_csv(tmp_path / "u.csv", ["姓名", "会员卡号", "微信号"], [["王芳", "A1", "wf"]])
    sheet = read_sheet(path)
    assert sheet.unknown_headers() == ["会员卡号", "微信号"]
    with pytest.raises(InvalidInput, match="会员卡号"):
        resolve_mapping(sheet)
    mapping = resolve_mapping(sheet, {"会员卡号": "external_id", "微信号": IGNORE})
    assert mapping == {0: "name", 1: "external_id"}
    with pytest.raises(InvalidInput, match="same field"):
        resolve_mapping(sheet, {"会员卡号": "name", "微信号": IGNORE})
    with pytest.raises(InvalidInput, match="not a customer field"):
        resolve_mapping(sheet, {"会员卡号": "shoe_size", "微信号": IGNORE})


@pytest.mark.parametrize("content,message", [
    (b"", "no header row"),
    ("就是一段文字\n没有表头\n".encode(), "no header row"),
])
def test_unreadable_files_are_one_sentence(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=message):
        read_sheet(path)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(InvalidInput, match="cannot be read"):
        read_sheet(broken)
    with pytest.raises(InvalidInput, match="not a CSV or XLSX"):
        read_sheet(tmp_path / "x.pdf")


def test_bad_cells_report_their_row():
    mapping = {0: "name", 1: "phone", 2: "birthday", 3: "gender", 4: "added_at"}
    record, problems = parse_row(7, ("王芳", "12345", "1990-02-30", "妖", "昨天"), mapping)
    assert record is None
    assert [p.row for p in problems] == [7] * 4
    assert [(p.message, p.rejected) for p in problems] == [
        ("bad phone number 12345", True), ("bad birthday 1990-02-30", True),
        ("bad date 昨天", True), ("unknown gender 妖 (left out)", False)]
    _, (empty,) = parse_row(8, ("", "", "", "", ""), mapping)
    assert empty.message == "no name, remark name, phone or ID"
    record, (warning,) = parse_row(9, ("王芳", "13800000001", "", "妖", ""), mapping)
    assert record.gender is None and not warning.rejected  # imported, the gender left out


def test_masked_phone_is_no_value():
    rec, _ = parse_row(2, ("王芳", "138****5678"), {0: "name", 1: "phone"})
    assert rec.phone is None


@pytest.mark.parametrize("text,expected", [
    ("2024-03-05", datetime(2024, 3, 5)), ("2024/3/5 14:22", datetime(2024, 3, 5, 14, 22)),
    ("2024年3月5日", datetime(2024, 3, 5)), ("20240305", datetime(2024, 3, 5)),
    ("2024-03-05T14:22:10", datetime(2024, 3, 5, 14, 22, 10)), ("2024-13-05", None),
    ("hello", None),
])
def test_dates(text, expected):
    assert parse_datetime(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("1990-03-05", (1990, 3, 5)), ("03-05", (None, 3, 5)), ("3月5日", (None, 3, 5)),
    ("02-29", (None, 2, 29)), ("02-30", None), ("1850-01-01", None),
])
def test_birthdays(text, expected):
    assert parse_birthday(text) == expected


def test_tags_split_on_common_delimiters():
    assert parse_tags("肤质:干性；护肤诉求：美白, 直播间、肤质:干性\n抗老") == (
        ("肤质", "干性"), ("护肤诉求", "美白"), (None, "直播间"), (None, "抗老"))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_write_then_read_round_trip(tmp_path, suffix):
    rows = [["01ABC", "ext-1", "王芳", "芳姐", "王姐", "138****5678", "女", "1990-03-05",
             "上海", "门店", "2026-11-20 10:00", "潜在", "金卡", "B", "肤质:干性；护肤诉求:美白",
             "林晓雯", "2026-11-21", "第一行\n第二行, 有逗号"]]
    path = tmp_path / f"out{suffix}"
    write_sheet(path, list(FIELDS), rows)
    if suffix == ".csv":
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel needs the BOM
    sheet = read_sheet(path)
    assert sheet.unknown_headers() == []
    ((rec, _),) = parse_sheet(sheet, resolve_mapping(sheet))
    assert rec == CustomerRecord(
        row=2, key="01ABC", external_id="ext-1", name="王芳", remark_name="芳姐",
        salutation="王姐", phone=None, gender="F", birthday=(1990, 3, 5), region="上海",
        source_channel="门店", added_at=datetime(2026, 11, 20, 10, 0), stage="潜在", vip="金卡",
        tags=(("肤质", "干性"), ("护肤诉求", "美白")), advisor="林晓雯",
        notes="第一行\n第二行, 有逗号")


TEXT = st.text(st.characters(codec="gb18030", exclude_categories=("Cc", "Cs", "Zs", "Zl", "Zp")),
               min_size=1, max_size=12).map(str.strip).filter(bool)


@settings(max_examples=40, deadline=None)
@given(names=st.lists(TEXT, min_size=1, max_size=8), encoding=st.sampled_from(
    ["utf-8", "utf-8-sig", "gb18030"]))
def test_any_gb18030_text_survives_every_encoding(tmp_path_factory, names, encoding):
    path = tmp_path_factory.mktemp("h") / "n.csv"
    write_csv(path, ["姓名", "备注"], [[n, n] for n in names], encoding)
    records = _records(path)
    assert [r.name for r in records] == names
