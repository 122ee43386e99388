"""Writing HQ's tables as an XLSX workbook (one sheet per table) or as CSV files (UTF-8 with
BOM, what Excel in China opens without mojibake). Written to ``*.part`` and renamed."""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from advisor_desk.domain.reports import Table

_BAD_SHEET = str.maketrans({c: "_" for c in "[]:*?/\\"})


def write_xlsx(out: Path, tables: Sequence[Table]) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    book = Workbook(write_only=True)
    bold = Font(bold=True)
    for table in tables:
        sheet = book.create_sheet(table.title.translate(_BAD_SHEET)[:31])
        widths = [max(6, min(40, _width(col) + 2)) for col in table.columns]
        for row in table.rows[:200]:
            for i, value in enumerate(row):
                widths[i] = max(widths[i], min(40, _width(str(value)) + 2))
        for i, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = width
        sheet.freeze_panes = "A2"
        header = []
        for col in table.columns:
            cell = WriteOnlyCell(sheet, value=col)
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for row in table.rows:
            sheet.append(list(row))
    tmp = out.with_name(out.name + ".part")
    try:
        book.save(tmp)
        os.replace(tmp, out)
    except BaseException:
        for sheet in book.worksheets:  # end openpyxl's row writers, which complain at exit
            with contextlib.suppress(Exception):
                sheet.close()
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return out


def write_csv(folder: Path, tables: Sequence[Table]) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables:
        path = folder / f"{table.name}.csv"
        tmp = path.with_name(path.name + ".part")
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(table.columns)
            writer.writerows(table.rows)
        os.replace(tmp, path)
        written.append(path)
    return written


def _width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
