"""Reading and writing the spreadsheets of a pack source folder (XLSX or CSV).

Rows are numbered as Excel shows them (header = row 1). CSV may be UTF-8 (with or without a
BOM) or GB18030/GBK, which is what Excel in China saves; we write CSV as UTF-8 with a BOM so
Excel opens it with the right characters.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from advisor_desk.exchange.source_sheets import Sheet

EXTENSIONS = (".xlsx", ".csv")


@dataclass(frozen=True)
class SourceProblem:
    file: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f" row {self.row}"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.message}"


class TableError(Exception):
    """A whole file cannot be read (carries a SourceProblem)."""

    def __init__(self, problem: SourceProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True)
class Table:
    file: str
    headers: tuple[str, ...]
    rows: tuple[tuple[int, dict[str, str]], ...]  # (Excel row number, header -> text)


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").strip()


def _rows_xlsx(path: Path) -> list[list[str]]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise TableError(SourceProblem(path.name, None, None,
                                       f"not a readable XLSX workbook ({exc})")) from None
    try:
        sheet = wb.worksheets[0]
        return [[cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        wb.close()


def _rows_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise TableError(SourceProblem(path.name, None, None,
                                       "not UTF-8 or GB18030 text"))
    try:
        head = text.split("\n", 1)[0]  # the header line decides the delimiter
        if not any(c in head for c in ",\t;"):
            head = text[:4096]
        delimiter = max(",\t;", key=head.count) if any(c in head for c in "\t;") else ","
        return [[cell_text(v) for v in row]
                for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error as exc:
        raise TableError(SourceProblem(path.name, None, None, f"not valid CSV ({exc})")) \
            from None


def raw_rows(path: Path) -> list[list[str]]:
    """Every row of the first sheet (XLSX) or of a CSV file (comma, tab or semicolon), as
    text; dates become ISO text."""
    return _rows_xlsx(path) if path.suffix.lower() == ".xlsx" else _rows_csv(path)


def read_table(path: Path) -> Table:
    raw = raw_rows(path)
    if not raw:
        return Table(path.name, (), ())
    headers = tuple(h.strip() for h in raw[0])
    rows = []
    for number, values in enumerate(raw[1:], start=2):
        if not any(v for v in values):
            continue
        row = {h: (values[i] if i < len(values) else "") for i, h in enumerate(headers) if h}
        rows.append((number, row))
    return Table(path.name, headers, tuple(rows))


def find_table(folder: Path, sheet: Sheet) -> Path | None:
    """The file of ``sheet`` in ``folder``; more than one candidate is an error."""
    found = [folder / f"{name}{ext}" for name in sheet.names for ext in EXTENSIONS
             if (folder / f"{name}{ext}").is_file()]
    if len(found) > 1:
        raise TableError(SourceProblem(found[0].name, None, None,
                                       "two files for the same sheet: "
                                       + ", ".join(p.name for p in found)))
    return found[0] if found else None


def write_table(path: Path, sheet: Sheet, rows: list[list[str]]) -> None:
    """Write ``rows`` under the sheet's headers (XLSX gets a second sheet of notes)."""
    headers = [c.header for c in sheet.columns]
    if path.suffix.lower() == ".csv":
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(headers)
            writer.writerows(rows)
        return
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet.name
    ws.append(headers)
    for row in rows:
        ws.append(row)
    bold = Font(bold=True)
    required = PatternFill("solid", fgColor="FBE3DC")
    for index, column in enumerate(sheet.columns, start=1):
        cell = ws.cell(row=1, column=index)
        cell.font = bold
        if column.required:
            cell.fill = required
        width = max(10, min(60, max((len(str(r[index - 1])) for r in rows if
                                     len(r) >= index), default=0) * 2 + 2,
                            len(column.header) * 2 + 4))
        ws.column_dimensions[cell.column_letter].width = width
    ws.freeze_panes = "A2"
    notes = wb.create_sheet("填写说明")
    notes.append(["列", "必填", "说明"])
    for column in sheet.columns:
        choices = "、".join(column.choices) if column.choices else ""
        text = "；".join(x for x in (column.help, f"可选：{choices}" if choices else "") if x)
        notes.append([column.header, "是" if column.required else "", text])
    if sheet.help:
        notes.append([])
        notes.append(["", "", sheet.help])
    for cell in notes[1]:
        cell.font = bold
    notes.column_dimensions["A"].width = 22
    notes.column_dimensions["C"].width = 90
    for row in notes.iter_rows(min_row=2):
        row[2].alignment = Alignment(wrap_text=True)
    wb.save(path)
