"""Customer spreadsheets (CSV in UTF-8, UTF-8 with BOM or GB18030/GBK; XLSX): find the header
row, map columns to fields by their Chinese or English names, and write exports.

A WeCom customer export (企业微信 客户列表) has a title line above its header and columns we
do not keep (添加人账号, 所属部门 ...): the header row is found by its known names and those
columns are skipped without asking.
"""

from __future__ import annotations

import contextlib
import csv
import re
from dataclasses import dataclass
from pathlib import Path

from advisor_desk.domain.errors import N_, InvalidInput
from advisor_desk.exchange.source_table import TableError, raw_rows

MAX_ROWS = 500_000
HEADER_SEARCH_ROWS = 10
IGNORE = ""  # a column mapped to nothing

# Column names by field; compared after _norm() (lower case, no spaces, no "*").
ALIASES: dict[str, tuple[str, ...]] = {
    "key": ("客户编号", "customer_no", "customer_id", "key"),
    "external_id": ("外部联系人ID", "外部联系人", "external_userid", "external_id", "externalid",
                    "unionid"),
    "name": ("客户名称", "姓名", "客户姓名", "名称", "昵称", "微信昵称", "客户昵称", "name"),
    "remark_name": ("备注名", "客户备注", "备注", "备注名称", "remark", "remark_name"),
    "salutation": ("称呼", "salutation"),
    "phone": ("手机号", "手机", "手机号码", "电话", "联系电话", "备注手机号", "phone", "mobile",
              "tel"),
    "gender": ("性别", "gender", "sex"),
    "birthday": ("生日", "出生日期", "birthday", "birth_date"),
    "region": ("地区", "地址", "城市", "所在地区", "region", "city"),
    "source_channel": ("来源", "添加渠道", "来源渠道", "渠道", "添加方式", "客户来源", "source",
                       "source_channel"),
    "added_at": ("添加时间", "添加日期", "加好友时间", "added_at", "added"),
    "stage": ("阶段", "客户阶段", "旅程阶段", "stage"),
    "vip": ("VIP", "vip等级", "会员级别", "vip_level"),
    "member_class": ("会员等级", "会员分层", "member_class"),
    "tags": ("标签", "企业标签", "客户标签", "tags", "tag"),
    "advisor": ("顾问", "添加人", "所属员工", "跟进人", "负责人", "advisor", "owner"),
    "last_contact": ("最近联系", "最近联系时间", "last_contact"),
    "notes": ("描述", "备注说明", "备注信息", "说明", "notes", "note", "description"),
}
UNMAPPED = N_("Choose what the column {column} holds, or skip it.")
PROBLEM_HEADER = "问题"  # the column a problem report adds (skipped when it is imported again)
# Columns of common exports that we know and deliberately do not keep.
KNOWN_IGNORED: frozenset[str] = frozenset({
    "序号", "添加人账号", "添加人id", "所属部门", "类型", "客户类型", "备注企业", "企业名称",
    "个人标签", "状态", "流失状态", "删除状态", "no", "#", "unionid类型",
    PROBLEM_HEADER,
})
# Headers that exports write (the first alias of each field).
EXPORT_HEADERS = {f: names[0] for f, names in ALIASES.items()}


def _flat(header: str) -> str:
    return re.sub(r"[\s*＊]", "", header).lower()


def _norm(header: str) -> str:
    text = _flat(header)
    return re.sub(r"[(（].*?[)）]$", "", text) or text  # 手机号(选填) -> 手机号


_BY_NAME = {_flat(name): f for f, names in ALIASES.items() for name in names}


def guess_field(header: str) -> str | None:
    """The field a header names, IGNORE for known columns we skip, None when unknown."""
    key = _norm(header)
    if key in _BY_NAME:
        return _BY_NAME[key]
    full = _flat(header)
    if full in _BY_NAME:
        return _BY_NAME[full]
    if key in KNOWN_IGNORED or full in KNOWN_IGNORED:
        return IGNORE
    return None


@dataclass(frozen=True)
class CustomerSheet:
    file: str
    header_row: int  # 1-based row number of the header, as Excel shows it
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (row number, cells)

    def guessed(self) -> dict[str, str | None]:
        """Header -> field (IGNORE to skip, None when the user must choose)."""
        return {h: guess_field(h) for h in self.headers if h}

    def unknown_headers(self) -> list[str]:
        return [h for h, f in self.guessed().items() if f is None]


def _header_row(raw: list[list[str]]) -> int:
    best, best_hits = 0, 0
    for index, row in enumerate(raw[:HEADER_SEARCH_ROWS]):
        hits = sum(1 for cell in row if cell and guess_field(cell))
        if hits > best_hits:
            best, best_hits = index, hits
    return best


def read_sheet(path: Path) -> CustomerSheet:
    """Read a customer file; raises InvalidInput with one sentence when it cannot."""
    if path.suffix.lower() not in (".csv", ".xlsx", ".txt"):
        raise InvalidInput(N_("{file} is not a CSV or XLSX file."), file=path.name)
    if path.is_dir():
        raise InvalidInput(N_("{file} is a folder; choose the customer file (CSV or XLSX) "
                              "inside it."), file=str(path))
    if not path.is_file():
        raise InvalidInput(N_("{file} does not exist."), file=str(path))
    try:
        raw = raw_rows(path)
    except TableError as exc:  # the reader's words are for engineers: say what to do
        if path.suffix.lower() == ".xlsx":
            raise InvalidInput(N_("{file} cannot be read as an Excel workbook: it may be "
                                  "damaged or another kind of file. Open it in Excel, save it "
                                  "again as .xlsx and try once more."), file=path.name,
                               reason=exc.problem.message) from None
        raise InvalidInput(N_("{file} cannot be read as a table of text: in Excel choose "
                              "Save As › “CSV UTF-8” (or .xlsx) and try once more."),
                           file=path.name, reason=exc.problem.message) from None
    if len(raw) > MAX_ROWS + HEADER_SEARCH_ROWS:
        raise InvalidInput(N_("{file} has more than {n} rows; split it into smaller files."),
                           file=path.name, n=MAX_ROWS)
    start = _header_row(raw)
    if not raw or not any(guess_field(c) for c in raw[start] if c):
        raise InvalidInput(N_("{file} has no header row with customer columns (such as "
                              "客户名称, 手机号 or 标签)."), file=path.name)
    headers = tuple(h.strip() for h in raw[start])
    rows = tuple((number, tuple(cells)) for number, cells in
                 enumerate(raw[start + 1:], start=start + 2) if any(c for c in cells))
    return CustomerSheet(path.name, start + 1, headers, rows)


def resolve_mapping(sheet: CustomerSheet, chosen: dict[str, str] | None = None
                    ) -> dict[int, str]:
    """Column index -> field. ``chosen`` (header -> field or IGNORE) settles unknown headers;
    a field mapped twice or an unknown field is refused."""
    chosen = chosen or {}
    out: dict[int, str] = {}
    used: dict[str, str] = {}
    for index, header in enumerate(sheet.headers):
        if not header:
            continue
        field = chosen.get(header, guess_field(header))
        if field is None:
            raise InvalidInput(N_("Choose what the column {column} holds, or skip it."),
                               column=header)  # == UNMAPPED (the CLI answers it with --map)
        if field == IGNORE:
            continue
        if field not in ALIASES:
            raise InvalidInput(N_("{field} is not a customer field."), field=field)
        if field in used:
            raise InvalidInput(N_("The columns {a} and {b} both hold the same field; skip "
                                  "one of them."), a=used[field], b=header)
        used[field] = header
        out[index] = field
    if not {"name", "remark_name", "key", "external_id", "phone"} & set(out.values()):
        raise InvalidInput(N_("The file needs a column with the customer's name, remark "
                              "name, phone or ID."))
    return out


def write_sheet(path: Path, fields: list[str], rows: list[list[str]]) -> None:
    """An export: CSV as UTF-8 with a BOM (Excel opens it right) or XLSX."""
    headers = [EXPORT_HEADERS[f] for f in fields]
    tmp = path.with_name(path.name + ".part")
    try:
        _write(tmp, path.suffix.lower(), fields, headers, rows)
        tmp.replace(path)
    except BaseException:  # read-only folder, full disk: no half-written file stays
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _write(tmp: Path, suffix: str, fields: list[str], headers: list[str],
           rows: list[list[str]]) -> None:
    if suffix == ".csv":
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(headers)
            writer.writerows(rows)
    else:
        import openpyxl
        from openpyxl.styles import Font

        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet("客户")
        ws.freeze_panes = "A2"
        for index, field in enumerate(fields):
            width = 30 if field in ("tags", "notes") else 14
            ws.column_dimensions[openpyxl.utils.get_column_letter(index + 1)].width = width
        bold = Font(bold=True)
        from openpyxl.cell import WriteOnlyCell

        head = []
        for header in headers:
            cell = WriteOnlyCell(ws, value=header)
            cell.font = bold
            head.append(cell)
        ws.append(head)
        for row in rows:
            ws.append(row)
        try:
            wb.save(tmp)
        except BaseException:
            with contextlib.suppress(Exception):
                ws.close()  # ends openpyxl's row writer, which would complain at exit
            raise


def write_problem_report(path: Path, headers: list[str], rows: list[tuple[list[str], str]]
                         ) -> None:
    """An import's problem report: the rows as they were read, in the file's own columns, and
    what is wrong in a last column 问题. Every cell is written as text, so phone numbers and
    dates come back exactly as they were when the fixed file is imported."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill

    if path.suffix.lower() != ".xlsx":
        raise InvalidInput(N_("The problem report is an .xlsx file, not {file}."),
                           file=path.name)
    if path.is_dir():
        raise InvalidInput(N_("{file} is a folder; give a file name for the problem report."),
                           file=str(path))
    if not path.parent.is_dir():
        raise InvalidInput(N_("The folder {folder} does not exist; choose another place for "
                              "the problem report."), folder=str(path.parent))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "问题行"
    ws.append([*headers, PROBLEM_HEADER])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    width = len(headers)
    for cells, problem in rows:
        ws.append([*(cells + [""] * width)[:width], problem])
    last = openpyxl.utils.get_column_letter(width + 1)
    ws.column_dimensions[last].width = 48
    for cell in ws[last][1:]:
        cell.fill = PatternFill("solid", fgColor="FFF2CC")
    for column in range(1, width + 1):
        for cell in ws[openpyxl.utils.get_column_letter(column)][1:]:
            cell.number_format = "@"  # text: Excel must not turn a phone into 1.38E+10
    ws.freeze_panes = "A2"
    tmp = path.with_name(path.name + ".part")
    try:  # an OSError (read-only folder, full disk) gets its sentence from the front end
        wb.save(tmp)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
