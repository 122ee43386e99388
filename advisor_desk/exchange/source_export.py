"""The other direction: HQ content -> a spreadsheet source folder, and the starter template.

``export_source(bundle, out)`` writes every kind of a content bundle as the sheets HQ edits
(Chinese labels for choices, yuan for money, human file names for media), so existing content
(the demo brand, or a pack line HQ wants to continue) can be edited in Excel and built again.
``write_template(out)`` writes the sheets with one example row each and an example picture;
it builds into a valid pack as it is.
"""

from __future__ import annotations

import base64
import re
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

from advisor_desk.domain.errors import N_, InvalidInput
from advisor_desk.exchange.content_bundle import ContentBundle
from advisor_desk.exchange.source_sheets import MEDIA_FOLDERS, SHEETS, Column
from advisor_desk.exchange.source_table import write_table

MEDIA_FOLDER = MEDIA_FOLDERS[0]
EXAMPLE_PICTURE = "示例海报.png"
# a 1x1 PNG: the template's example picture
PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5E"
    "rkJggg==")
_TRIGGERS = {"added": "添加好友", "purchase": "购买", "birthday": "生日",
             "stage_entered": "进入阶段", "tag_added": "打标签", "dormant": "沉睡", "date": "日期"}
_SCHEDULES = {"daily": "每天", "weekly": "每周", "dates": "日期"}


def _cell(column: Column, value: Any) -> str:
    if value is None or value == [] or value == "":
        return ""
    if column.kind == "yuan":
        text = format(Decimal(value) / 100, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    if column.kind == "bool":
        return "是" if value else "否"
    if column.kind == "list":
        return "、".join(str(v) for v in value)
    if column.kind == "choice" and column.choices:
        return next((label for label, v in column.choices.items() if v == value), str(value))
    return str(value)


def _prepare(out: Path) -> None:
    if out.exists() and any(out.iterdir()):
        raise InvalidInput(N_("The folder {folder} is not empty."), folder=str(out))
    (out / MEDIA_FOLDER).mkdir(parents=True, exist_ok=True)


def _write_sheets(out: Path, data: dict[str, list[dict[str, Any]]], fmt: str) -> None:
    for sheet in SHEETS:
        if sheet.kind not in data:
            continue
        rows = [[_cell(c, values.get(c.key)) for c in sheet.columns]
                for values in data[sheet.kind]]
        write_table(out / f"{sheet.name}.{fmt}", sheet, rows)


def _human_name(title: str, index: int, count: int, ext: str, taken: set[str]) -> str:
    base = re.sub(r'[\\/:*?"<>|\s]+', "_", title).strip("._") or "素材"
    base = base[:40] + (f"-{index + 1}" if count > 1 else "")
    name, n = f"{base}.{ext}", 2
    while name.lower() in taken:
        name, n = f"{base}({n}).{ext}", n + 1
    taken.add(name.lower())
    return name


def export_source(bundle: ContentBundle, out: Path, fmt: str = "xlsx") -> dict[str, int]:
    """Write ``bundle`` as a source folder; returns the row count per sheet."""
    out = Path(out)
    _prepare(out)
    b = bundle
    h = b.header
    data: dict[str, list[dict[str, Any]]] = {"pack": [{
        "pack_id": h.pack_id, "title": h.title, "publisher": h.publisher,
        "version": h.version, "expires_at": getattr(h, "expires_at", None),
        "min_app_version": getattr(h, "min_app_version", None)}]}
    data["tags"] = [{"group_uid": g.uid, "group_name": g.name, "dimension": g.dimension,
                     "exclusive": g.exclusive, "group_sort": g.sort, "uid": t.uid,
                     "name": t.name, "sort": t.sort} for g in b.tag_groups for t in g.tags]
    for kind in ("stages", "vip_levels", "scenes", "scripts", "coupons", "announcements",
                 "incentive_rules"):
        data[kind] = [i.model_dump(mode="json") for i in getattr(b, kind)]
    data["member_classes"] = [i.model_dump(mode="json", by_alias=True)
                              for i in b.member_classes]
    taken: set[str] = set()
    data["materials"] = []
    for m in b.materials:
        names = []
        for index, stored in enumerate(m.media):
            human = _human_name(m.title, index, len(m.media), stored.rsplit(".", 1)[1], taken)
            shutil.copyfile(b.media[stored], out / MEDIA_FOLDER / human)
            names.append(human)
        data["materials"].append(m.model_dump(mode="json") | {"media": names})
    data["coupon_codes"] = [{"store_code": store, "coupon_uid": c.coupon_uid, "code": c.code}
                            for store, codes in sorted(b.coupon_codes.items())
                            for c in codes.codes]
    data["playbooks"], data["playbook_steps"] = [], []
    for p in b.playbooks:
        kind, sep, arg = p.trigger.partition(":")
        data["playbooks"].append(p.model_dump(mode="json", exclude={"steps", "audience"})
                                 | p.audience.model_dump()
                                 | {"trigger": _TRIGGERS.get(kind, kind) + sep + arg})
        data["playbook_steps"] += [s.model_dump(mode="json") | {"playbook_uid": p.uid}
                                   for s in p.steps]
    data["daily_tasks"] = []
    for d in b.daily_tasks:
        kind, sep, arg = d.schedule.partition(":")
        data["daily_tasks"].append(d.model_dump(mode="json")
                                   | {"schedule": _SCHEDULES.get(kind, kind) + sep + arg})
    _write_sheets(out, data, fmt)
    return {kind: len(rows) for kind, rows in data.items()}


def write_template(out: Path, fmt: str = "xlsx") -> list[Path]:
    """Every sheet with its headers and one example row, plus the example picture."""
    out = Path(out)
    _prepare(out)
    for sheet in SHEETS:
        write_table(out / f"{sheet.name}.{fmt}", sheet, [[c.example for c in sheet.columns]])
    (out / MEDIA_FOLDER / EXAMPLE_PICTURE).write_bytes(PNG_1PX)
    return sorted(out.rglob("*.*"))
