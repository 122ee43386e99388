"""Spreadsheet rows -> validated content items, every problem tied to file, row and column.

Cells are converted by their column's kind (whole numbers, amounts in yuan -> fen, dates,
yes/no, lists, Chinese choice labels), then each item goes through the same pydantic model the
shops use (``content_schema``), so a template variable HQ mistyped, a coupon missing its
threshold or a moments post with ten pictures is reported at its row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import BaseModel, ValidationError

from advisor_desk.exchange.font_lint import FontCharset
from advisor_desk.exchange.source_sheets import YES_NO, Column, Sheet
from advisor_desk.exchange.source_table import SourceProblem, Table

_LIST_SPLIT = re.compile(r"[、,，;；\n]+")
_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$")
TRIGGER_ALIASES = {"添加好友": "added", "加好友": "added", "购买": "purchase", "购买后": "purchase",
                   "生日": "birthday", "进入阶段": "stage_entered", "打标签": "tag_added",
                   "沉睡": "dormant", "日期": "date"}
SCHEDULE_ALIASES = {"每天": "daily", "每日": "daily", "每周": "weekly", "日期": "dates"}


@dataclass
class Problems:
    items: list[SourceProblem] = field(default_factory=list)

    def add(self, file: str, row: int | None, column: str | None, message: str) -> None:
        self.items.append(SourceProblem(file, row, column, message))

    def __bool__(self) -> bool:
        return bool(self.items)


@dataclass(frozen=True)
class Row:
    file: str
    number: int
    values: dict[str, Any]  # column key -> converted value (blank cells absent)
    sheet: Sheet

    def header(self, key: str) -> str | None:
        return next((c.header for c in self.sheet.columns if c.key == key), None)


def convert(column: Column, text: str) -> Any:
    kind = column.kind
    if kind == "int":
        if not re.fullmatch(r"-?\d+", text):
            raise ValueError(f"{text!r} is not a whole number")
        return int(text)
    if kind == "yuan":
        try:
            fen = Decimal(text.replace(",", "").replace("¥", "").replace("元", "")) * 100
        except InvalidOperation:
            raise ValueError(f"{text!r} is not an amount in yuan") from None
        if fen != fen.to_integral_value():
            raise ValueError(f"{text!r} has more than two decimals")
        return int(fen)
    if kind == "date":
        m = _DATE.match(text)
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except (AttributeError, ValueError):
            raise ValueError(f"{text!r} is not a date (YYYY-MM-DD)") from None
    if kind == "bool":
        if text.lower() not in YES_NO:
            raise ValueError(f"{text!r} is not 是 or 否")
        return YES_NO[text.lower()]
    if kind == "list":
        return [part.strip() for part in _LIST_SPLIT.split(text) if part.strip()]
    if kind == "choice":
        choices = column.choices or {}
        if text in choices:
            return choices[text]
        if text in choices.values():
            return text
        raise ValueError(f"{text!r} is not one of {'、'.join(choices)}")
    return text


def rows_of(sheet: Sheet, table: Table, problems: Problems) -> list[Row]:
    """Check the header row, then convert every row (rows with problems are dropped)."""
    known = {c.header for c in sheet.columns}
    for header in table.headers:
        if header and header not in known:
            problems.add(table.file, 1, header, "unknown column (expected: "
                         + "、".join(c.header for c in sheet.columns) + ")")
    for column in sheet.columns:
        if column.required and column.header not in table.headers:
            problems.add(table.file, 1, column.header, "this required column is missing")
    out = []
    for number, cells in table.rows:
        values: dict[str, Any] = {}
        ok = True
        for column in sheet.columns:
            text = cells.get(column.header, "")
            if not text:
                if column.required:
                    problems.add(table.file, number, column.header, "required")
                    ok = False
                continue
            try:
                values[column.key] = convert(column, text)
            except ValueError as exc:
                problems.add(table.file, number, column.header, str(exc))
                ok = False
        if ok:
            out.append(Row(table.file, number, values, sheet))
    return out


def validate(model: type[BaseModel], data: dict[str, Any], row: Row, problems: Problems,
             keymap: dict[str, str] | None = None) -> Any | None:
    """``model.model_validate(data)``; each error reported at the row (and column)."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            loc = err.get("loc") or ()
            key = str(loc[0]) if loc else None
            if key is not None and keymap:
                key = keymap.get(key, key)
            message = str(err.get("msg", "invalid")).removeprefix("Value error, ")
            problems.add(row.file, row.number, row.header(key) if key else None, message)
        return None


def unique(rows: list[Row], key: str, problems: Problems) -> None:
    seen: dict[Any, int] = {}
    for row in rows:
        value = row.values.get(key)
        if value is None:
            continue
        if value in seen:
            problems.add(row.file, row.number, row.header(key),
                         f"{value} appears twice (also row {seen[value]})")
        else:
            seen[value] = row.number


def trigger_text(text: str) -> str:
    head, sep, arg = text.replace("：", ":").partition(":")
    head = TRIGGER_ALIASES.get(head.strip(), head.strip())
    return f"{head}:{arg.strip()}" if sep else head


def schedule_text(text: str) -> str:
    head, sep, arg = text.replace("：", ":").partition(":")
    head = SCHEDULE_ALIASES.get(head.strip(), head.strip())
    arg = re.sub(r"[，、\s]+", ",", arg.strip())
    return f"{head}:{arg}" if sep else head


def check_refs(rows: list[Row], key: str, known: set[str], what: str,
               problems: Problems) -> None:
    """Every value of ``key`` (a text or a list) is in ``known``."""
    for row in rows:
        value = row.values.get(key)
        for item in (value if isinstance(value, list) else [value] if value else []):
            if item not in known:
                problems.add(row.file, row.number, row.header(key), f"unknown {what} {item}")


def lint_fonts(rows: dict[str, list[Row]], charset: FontCharset,
                problems: Problems) -> None:
    """Every text cell is drawable by the UI fonts (reported per cell)."""
    for kind_rows in rows.values():
        for row in kind_rows:
            for key, value in row.values.items():
                texts = value if isinstance(value, list) else [value]
                bad = [ch for t in texts if isinstance(t, str) for ch in charset.missing(t)]
                if bad:
                    shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in dict.fromkeys(bad))
                    problems.add(row.file, row.number, row.header(key),
                                 f"{shown}: no target UI font has it ({charset.font}); it "
                                 "would show as an empty box")
