"""Cells of a customer sheet -> ``CustomerRecord`` values, or the row's problems.

Dates come as Excel writes them in China (2024-03-05, 2024/3/5, 2024年3月5日, 20240305,
with or without a time); birthdays may have no year (03-05, 3月5日). Tags are ``组:标签``
pairs (or bare tag names) separated by ; ， 、 | or new lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime

from advisor_desk.domain.customer_import import MAX_TEXT, CustomerRecord, RowProblem
from advisor_desk.domain.errors import N_
from advisor_desk.domain.phones import PhoneError, is_masked, normalize_phone
from advisor_desk.exchange.customer_sheets import CustomerSheet

_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                   r"(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*$")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
_MONTH_DAY = re.compile(r"^\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_TAG_SPLIT = re.compile(r"[;；,，、|｜\n]+")
_GROUP_SPLIT = re.compile(r"[:：/]")
GENDERS = {"女": "F", "女士": "F", "f": "F", "female": "F", "男": "M", "男士": "M",
           "先生": "M", "m": "M", "male": "M", "未知": None, "unknown": None, "0": None}


def parse_datetime(text: str) -> datetime | None:
    """A wall-clock date/time; None when the text is not one."""
    found = _DATE.match(text) or _COMPACT.match(text)
    if not found:
        return None
    parts = [int(p) if p else 0 for p in found.groups()]
    parts += [0] * (6 - len(parts))
    try:
        return datetime(*parts[:6])
    except ValueError:
        return None


def parse_birthday(text: str) -> tuple[int | None, int, int] | None:
    when = parse_datetime(text)
    if when is not None:
        if not 1900 <= when.year <= date.today().year:
            return None
        return when.year, when.month, when.day
    found = _MONTH_DAY.match(text)
    if not found:
        return None
    month, day = int(found.group(1)), int(found.group(2))
    try:
        date(2000, month, day)  # a leap year: 29 February is a birthday
    except ValueError:
        return None
    return None, month, day


def parse_tags(text: str) -> tuple[tuple[str | None, str], ...]:
    out: list[tuple[str | None, str]] = []
    for token in _TAG_SPLIT.split(text):
        token = token.strip()
        if not token:
            continue
        parts = _GROUP_SPLIT.split(token, maxsplit=1)
        pair = (parts[0].strip() or None, parts[1].strip()) if len(parts) == 2 \
            else (None, token)
        if pair[1] and pair not in out:
            out.append(pair)
    return tuple(out)


def _text(value: str, field: str, row: int, problems: list[RowProblem]) -> str | None:
    value = value.strip()
    if not value:
        return None
    limit = MAX_TEXT.get(field)
    if limit and len(value) > limit:
        problems.append(RowProblem(row, N_("{column} is longer than {n} characters"),
                                   {"column": field, "n": limit}))
        return None
    return value


def parse_row(row: int, cells: tuple[str, ...], mapping: dict[int, str]
              ) -> tuple[CustomerRecord | None, list[RowProblem]]:
    """The row's record (None when it is rejected) and its problems (rejections, or warnings
    about a value left out)."""
    values: dict[str, object] = {}
    problems: list[RowProblem] = []
    warnings: list[RowProblem] = []
    for index, field in mapping.items():
        raw = cells[index].strip() if index < len(cells) else ""
        if not raw:
            continue
        if field == "phone":
            if is_masked(raw):
                continue  # an export's masked number: keep what the shop has
            try:
                values["phone"] = normalize_phone(raw)
            except PhoneError:
                problems.append(RowProblem(row, N_("bad phone number {value}"),
                                           {"value": raw}))
        elif field == "gender":
            if raw.lower() not in GENDERS:
                warnings.append(RowProblem(row, N_("unknown gender {value} (left out)"),
                                           {"value": raw}, rejected=False))
            elif GENDERS[raw.lower()]:
                values["gender"] = GENDERS[raw.lower()]
        elif field == "birthday":
            birthday = parse_birthday(raw)
            if birthday is None:
                problems.append(RowProblem(row, N_("bad birthday {value}"), {"value": raw}))
            values["birthday"] = birthday
        elif field == "added_at":
            when = parse_datetime(raw)
            if when is None:
                problems.append(RowProblem(row, N_("bad date {value}"), {"value": raw}))
            values["added_at"] = when
        elif field == "tags":
            values["tags"] = parse_tags(raw)
        elif field in ("member_class", "last_contact"):
            continue  # computed by the shop; exported for people only
        elif field in ("key", "stage", "vip", "advisor"):
            values[field] = raw
        else:
            values[field] = _text(raw, field, row, problems)
    if not problems and not any(values.get(f) for f in (
            "name", "remark_name", "key", "external_id", "phone")):
        problems.append(RowProblem(row, N_("no name, remark name, phone or ID")))
    if problems:
        return None, problems + warnings
    return CustomerRecord(row=row, **values), warnings  # type: ignore[arg-type]


def parse_sheet(sheet: CustomerSheet, mapping: dict[int, str]
                ) -> Iterator[tuple[CustomerRecord | None, list[RowProblem]]]:
    for number, cells in sheet.rows:
        yield parse_row(number, cells, mapping)
