"""A plain table written to XLSX (a header row in bold, frozen; text cells), atomically: the
file appears complete or not at all."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from pathlib import Path


def write_xlsx(path: Path, title: str, headers: Sequence[str], rows: Iterable[Sequence[object]],
               widths: Sequence[int] = ()) -> None:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet(title[:31])
    ws.freeze_panes = "A2"
    for index, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(index + 1)].width = width
    bold = Font(bold=True)
    head = []
    for header in headers:
        cell = WriteOnlyCell(ws, value=header)
        cell.font = bold
        head.append(cell)
    ws.append(head)
    for row in rows:
        ws.append(list(row))
    tmp = path.with_name(path.name + ".part")
    try:
        wb.save(tmp)
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(Exception):
            ws.close()  # ends openpyxl's row writer, which would complain at exit
        raise
    finally:
        tmp.unlink(missing_ok=True)
