"""Build HQ content from a folder of spreadsheets (docs/packs.md, "HQ builds packs").

``build_content(src, out)`` reads every sheet of ``source_sheets.SHEETS`` found in ``src``,
checks each row (reporting file, Excel row and column), resolves media by their human file
names, checks every reference between sheets, lints that the UI fonts can draw every
character, and only when nothing is wrong writes a content folder in the pack layout
(``manifest.json`` + ``content/*.json`` + ``media/<sha256>.<ext>``) that ``pack_writer``
signs. Template variables are checked by the content models themselves.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from functools import cache
from pathlib import Path
from typing import Any

from advisor_desk.domain.errors import N_, ContentInvalid, InvalidInput
from advisor_desk.exchange import content_schema as cs
from advisor_desk.exchange import font_lint
from advisor_desk.exchange.pack_manifest import PACK_ID
from advisor_desk.exchange.source_items import (
    Problems,
    Row,
    check_refs,
    lint_fonts,
    rows_of,
    schedule_text,
    trigger_text,
    unique,
    validate,
)
from advisor_desk.exchange.source_sheets import MEDIA_FOLDERS, SHEETS
from advisor_desk.exchange.source_table import (
    EXTENSIONS,
    SourceProblem,
    TableError,
    find_table,
    read_table,
)

CHINA = timezone(timedelta(hours=8))
MEDIA_EXT = ("png", "jpg", "jpeg", "gif", "webp", "pdf", "mp4")
_SIMPLE = {"stages": cs.StageIn, "vip_levels": cs.VipLevelIn,
           "member_classes": cs.MemberClassIn, "scenes": cs.SceneIn, "scripts": cs.ScriptIn,
           "coupons": cs.CouponIn, "announcements": cs.AnnouncementIn,
           "incentive_rules": cs.IncentiveRuleIn}
_KEYS = {"stages": "key", "vip_levels": "key", "member_classes": "class", "scenes": "key"}


class SourceInvalid(ContentInvalid):
    """The source folder has problems; ``problems`` lists each with file, row and column."""

    def __init__(self, problems: list[SourceProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__(N_("The source folder has {count} problem(s); nothing was built. "
                            "The first: {first}"), count=len(problems), first=str(problems[0]))


@dataclass(frozen=True)
class SourceBuild:
    folder: Path
    pack_id: str
    version: int
    counts: dict[str, int]
    warnings: tuple[str, ...]


def build_content(src: Path, out: Path, *, version: int | None = None,
                  check_fonts: bool = True) -> SourceBuild:
    src, out = Path(src), Path(out)
    if src.exists() and not src.is_dir():
        raise InvalidInput(N_("{folder} is a file, not a folder; give the source folder that "
                              "holds 包信息 and the other sheets."), folder=str(src))
    if not src.is_dir():
        raise InvalidInput(N_("The source folder {folder} does not exist."), folder=str(src))
    problems = Problems()
    warnings: list[str] = []
    rows = _read_rows(src, problems)
    header = _header(rows.get("pack", []), version, problems) if "pack" in rows else {}
    media = _media_index(src)
    items = _Items(rows, media, problems).build()
    if check_fonts:
        lint_fonts(rows, font_lint.load(), problems)  # the shipped table, not this PC's fonts
    used = {name for _row, m in items.get("materials", []) for name in m.media}
    unused = sorted(p.name for p in set(media.values()) if _stored_name(p) not in used)
    if unused:
        warnings.append(f"{len(unused)} file(s) in the media folder are not used: "
                        + ", ".join(unused[:5]))
    if problems:
        raise SourceInvalid(problems.items)
    _write(out, header, items, media)
    counts = {kind: len(v) for kind, v in items.items()}
    return SourceBuild(out, header["pack_id"], header["version"], counts, tuple(warnings))


# ---------------------------------------------------------------------- reading
def _read_rows(src: Path, problems: Problems) -> dict[str, list[Row]]:
    names = {f"{n}{ext}" for s in SHEETS for n in s.names for ext in EXTENSIONS}
    for path in sorted(src.iterdir()):
        if (path.is_file() and path.suffix.lower() in EXTENSIONS and path.name not in names
                and not path.name.startswith(("~$", "."))):
            problems.add(path.name, None, None, "not a sheet of a pack source (expected "
                         "names such as 话术.xlsx, 素材.csv; see pack template)")
    rows: dict[str, list[Row]] = {}
    for sheet in SHEETS:
        try:
            path = find_table(src, sheet)
            if path is not None:
                rows[sheet.kind] = rows_of(sheet, read_table(path), problems)
        except TableError as exc:
            problems.items.append(exc.problem)
    if "pack" not in rows:
        problems.add("包信息.xlsx", None, None, "missing: the pack's id and title go here")
    return rows


def _header(rows: list[Row], version: int | None, problems: Problems) -> dict[str, Any]:
    if len(rows) > 1:
        problems.add(rows[1].file, rows[1].number, None, "the pack sheet has one row only")
    if not rows:
        problems.add("包信息", 2, None, "one row with 包编号 and 标题 is needed")
    values = dict(rows[0].values) if rows else {}
    row = rows[0] if rows else None
    where = (row.file, row.number) if row else ("包信息.xlsx", 2)
    if values.get("pack_id") and not re.match(PACK_ID, values["pack_id"]):
        problems.add(*where, "包编号", "use lower-case letters, digits, dots and dashes, "
                     "e.g. acme.core")
    if version is not None:
        values["version"] = version
    if not isinstance(values.get("version"), int) or values["version"] < 1:
        problems.add(*where, "版本", "a version number of 1 or more is needed here or "
                     "with --version")
    expires = values.get("expires_at")
    if expires:
        try:
            values["expires_at"] = _expiry(expires)
        except ValueError:
            problems.add(*where, "过期时间", f"{expires!r} is not a date or time")
    return values


def _expiry(text: str) -> str:
    """A date means "through that day, China time"; a time without zone is China time."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        day = datetime.fromisoformat(text).date() + timedelta(days=1)
        return datetime.combine(day, time(0), CHINA).isoformat()
    moment = datetime.fromisoformat(text)
    return (moment if moment.tzinfo else moment.replace(tzinfo=CHINA)).isoformat()


def _media_index(src: Path) -> dict[str, Path]:
    """Human file name (relative to the media folder, and lower-cased) -> file."""
    index: dict[str, Path] = {}
    for name in MEDIA_FOLDERS:
        folder = src / name
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file() and not path.name.startswith("."):
                    rel = path.relative_to(folder).as_posix()
                    index.setdefault(rel, path)
                    index.setdefault(rel.lower(), path)
    return index


def _stored_name(path: Path) -> str:
    """``<sha256>.<ext>``: the name a media file has inside a pack."""
    stat = path.stat()
    return _hashed(str(path), stat.st_size, stat.st_mtime_ns)


@cache
def _hashed(path: str, _size: int, _mtime: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    ext = Path(path).suffix.lower().lstrip(".")
    return f"{digest.hexdigest()}.{'jpg' if ext == 'jpeg' else ext}"


# ---------------------------------------------------------------------- items
class _Items:
    def __init__(self, rows: dict[str, list[Row]], media: dict[str, Path],
                 problems: Problems) -> None:
        self.rows, self.media, self.p = rows, media, problems
        self.out: dict[str, list[tuple[Row, Any]]] = {}

    def build(self) -> dict[str, list[tuple[Row, Any]]]:
        r = self.rows
        for kind, model in _SIMPLE.items():
            unique(r.get(kind, []), _KEYS.get(kind, "uid"), self.p)
            self.out[kind] = self._each(kind, model)
        self._materials()
        self._tags()
        self._playbooks()
        unique(r.get("daily_tasks", []), "uid", self.p)
        self.out["daily_tasks"] = self._each("daily_tasks", cs.DailyTaskIn, fix={
            "schedule": schedule_text})
        self._codes()
        self._references()
        return {k: v for k, v in self.out.items() if k in r or
                (k == "tag_groups" and "tags" in r)}

    def _each(self, kind: str, model: type, fix: dict | None = None) -> list:
        out = []
        for row in self.rows.get(kind, []):
            data = dict(row.values)
            for key, fn in (fix or {}).items():
                if key in data:
                    data[key] = fn(data[key])
            item = validate(model, data, row, self.p)
            if item is not None:
                out.append((row, item))
        return out

    def _materials(self) -> None:
        rows = self.rows.get("materials", [])
        unique(rows, "uid", self.p)
        out = []
        for row in rows:
            data = dict(row.values)
            names = []
            for human in data.get("media", []):
                path = self.media.get(human) or self.media.get(human.lower())
                if path is None:
                    self.p.add(row.file, row.number, row.header("media"),
                               f"no file named {human} in the media folder (素材文件/)")
                elif path.suffix.lower().lstrip(".") not in MEDIA_EXT:
                    self.p.add(row.file, row.number, row.header("media"),
                               f"{human}: only {', '.join(MEDIA_EXT)} files can be shipped")
                else:
                    names.append(_stored_name(path))
            data["media"] = names
            item = validate(cs.MaterialIn, data, row, self.p)
            if item is not None:
                out.append((row, item))
        self.out["materials"] = out

    def _tags(self) -> None:
        rows = self.rows.get("tags", [])
        unique(rows, "uid", self.p)
        groups: dict[str, list[Row]] = {}
        for row in rows:
            groups.setdefault(row.values["group_uid"], []).append(row)
        out = []
        for uid, members in groups.items():
            first = members[0].values
            tags = [t for t in (validate(cs.TagIn, {k: v for k, v in m.values.items()
                                                    if k in ("uid", "name", "sort")}, m, self.p)
                                for m in members) if t is not None]
            data = {"uid": uid, "name": first["group_name"], "tags": tags,
                    "dimension": first.get("dimension"), "exclusive": first.get("exclusive"),
                    "sort": first.get("group_sort")}
            for key in ("group_name", "dimension", "exclusive", "group_sort"):
                for m in members[1:]:
                    if key in m.values and m.values[key] != first.get(key):
                        self.p.add(m.file, m.number, m.header(key),
                                   f"differs from the first row of group {uid}")
            data = {k: v for k, v in data.items() if v is not None}
            group = validate(cs.TagGroupIn, data, members[0], self.p, keymap={
                "uid": "group_uid", "name": "group_name", "sort": "group_sort"})
            if group is not None and len(tags) == len(members):
                out.append((members[0], group))
        self.out["tag_groups"] = out

    def _playbooks(self) -> None:
        rows = self.rows.get("playbooks", [])
        unique(rows, "uid", self.p)
        steps: dict[str, list[tuple[Row, Any]]] = {}
        for row in self.rows.get("playbook_steps", []):
            data = {k: v for k, v in row.values.items() if k != "playbook_uid"}
            step = validate(cs.PlaybookStepIn, data, row, self.p)
            if step is not None:
                steps.setdefault(row.values["playbook_uid"], []).append((row, step))
        audience_keys = tuple(cs.AudienceIn.model_fields)
        out = []
        for row in rows:
            v = row.values
            own = steps.get(v["uid"], [])
            if not own:
                self.p.add(row.file, row.number, row.header("uid"),
                           f"playbook {v['uid']} has no steps in SOP步骤")
                continue
            data = {k: v[k] for k in ("uid", "name", "description") if k in v}
            data["trigger"] = trigger_text(v["trigger"])
            data["audience"] = {k: v[k] for k in audience_keys if k in v}
            data["steps"] = [s for _r, s in own]
            item = validate(cs.PlaybookIn, data, row, self.p)
            if item is not None:
                out.append((row, item))
        known = {r.values["uid"] for r in rows}
        for uid, own in steps.items():
            if uid not in known:
                for step_row, _s in own:
                    self.p.add(step_row.file, step_row.number, step_row.header("playbook_uid"),
                               f"unknown playbook {uid}")
        self.out["playbooks"] = out

    def _codes(self) -> None:
        seen: dict[tuple[str, str], int] = {}
        out = []
        for row in self.rows.get("coupon_codes", []):
            v = row.values
            key = (v["store_code"], v["code"])
            if key in seen:
                self.p.add(row.file, row.number, row.header("code"),
                           f"{v['code']} appears twice for store {v['store_code']} "
                           f"(also row {seen[key]})")
                continue
            seen[key] = row.number
            item = validate(cs.CouponCodeIn, {"coupon_uid": v["coupon_uid"], "code": v["code"]},
                            row, self.p)
            store_ok = re.fullmatch(r"[A-Za-z0-9_-]{1,20}", v["store_code"])
            if not store_ok:
                self.p.add(row.file, row.number, row.header("store_code"),
                           "a store code has letters, digits, _ or - (e.g. SH001)")
            if item is not None and store_ok:
                out.append((row, item))
        self.out["coupon_codes"] = out

    def _references(self) -> None:
        def keys(kind: str, attr: str = "uid") -> set[str]:
            return {r.values[attr] for r in self.rows.get(kind, []) if attr in r.values}

        r, p = self.rows, self.p
        scenes, stages, vips = keys("scenes", "key"), keys("stages", "key"), keys("vip_levels",
                                                                                   "key")
        tags = keys("tags")
        check_refs(r.get("scripts", []) + r.get("materials", []), "scene", scenes, "scene", p)
        steps = r.get("playbook_steps", [])
        check_refs(steps, "script_uid", keys("scripts"), "script", p)
        check_refs(steps, "material_uid", keys("materials"), "material", p)
        check_refs(steps, "coupon_uid", keys("coupons"), "coupon", p)
        check_refs(r.get("daily_tasks", []), "material_uid", keys("materials"), "material", p)
        check_refs(r.get("coupon_codes", []), "coupon_uid", keys("coupons"), "coupon", p)
        books = r.get("playbooks", [])
        for key in ("stages_in", "stages_out"):
            check_refs(books, key, stages, "stage", p)
        for key in ("tags_all", "tags_any", "tags_none"):
            check_refs(books, key, tags, "tag", p)
        check_refs(books, "vip_levels", vips, "VIP level", p)
        for row in books:
            kind, _sep, arg = trigger_text(row.values["trigger"]).partition(":")
            known = {"stage_entered": (stages, "stage"), "tag_added": (tags, "tag")}.get(kind)
            if known and arg not in known[0]:
                p.add(row.file, row.number, row.header("trigger"), f"unknown {known[1]} {arg}")


# ---------------------------------------------------------------------- writing
def _write(out: Path, header: dict[str, Any], items: dict[str, list[tuple[Row, Any]]],
           media: dict[str, Path]) -> None:
    if out.exists() and any(out.iterdir()):
        raise InvalidInput(N_("The folder {folder} is not empty."), folder=str(out))
    (out / "content" / cs.COUPON_CODES_DIR).mkdir(parents=True, exist_ok=True)
    (out / "media").mkdir(exist_ok=True)
    manifest = {"format": "advisor-desk-pack", "format_version": 1,
                **{k: v for k, v in header.items() if v not in (None, "")}}
    _dump(out / "manifest.json", manifest)
    for kind, pairs in items.items():
        if kind == "coupon_codes":
            continue
        _dump(out / "content" / f"{kind}.json",
              {"items": [m.model_dump(mode="json", by_alias=True, exclude_none=True)
                         for _row, m in pairs]})
    stores: dict[str, list[dict]] = {}
    for row, code in items.get("coupon_codes", []):
        stores.setdefault(row.values["store_code"], []).append(code.model_dump(mode="json"))
    for store, codes in stores.items():
        _dump(out / "content" / cs.COUPON_CODES_DIR / f"{store}.json",
              {"store_code": store, "codes": codes})
    wanted = {name for _row, m in items.get("materials", []) for name in m.media}
    for path in dict.fromkeys(media.values()):
        name = _stored_name(path)
        if name in wanted and not (out / "media" / name).exists():
            shutil.copyfile(path, out / "media" / name)


def _dump(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")

