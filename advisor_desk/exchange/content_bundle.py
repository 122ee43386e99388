"""Read and validate HQ content in the pack layout: ``content/*.json`` + ``media/``.

The same parser serves a plain folder (the demo content, an HQ build's output) and the entries
of a signed ``.adpack`` (which verifies hashes first and then hands the bytes here).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from advisor_desk.domain.errors import N_, ContentInvalid
from advisor_desk.exchange import content_schema as cs

MAX_JSON_BYTES = 64 * 1024 * 1024


class PackHeader(BaseModel):
    """The identity part of a pack manifest (the signed manifest adds ``files``)."""

    model_config = ConfigDict(extra="allow", frozen=True)
    format: str = "advisor-desk-pack"
    format_version: int = 1
    pack_id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]{0,79}$")
    version: int = Field(ge=1)
    title: str = Field(min_length=1, max_length=200)
    publisher: str = ""
    created_at: str = ""


@dataclass(frozen=True)
class ContentBundle:
    """Validated content of one pack version. ``media`` maps file name -> path on disk."""

    header: PackHeader
    tag_groups: tuple[cs.TagGroupIn, ...] = ()
    stages: tuple[cs.StageIn, ...] = ()
    vip_levels: tuple[cs.VipLevelIn, ...] = ()
    member_classes: tuple[cs.MemberClassIn, ...] = ()
    scenes: tuple[cs.SceneIn, ...] = ()
    scripts: tuple[cs.ScriptIn, ...] = ()
    materials: tuple[cs.MaterialIn, ...] = ()
    coupons: tuple[cs.CouponIn, ...] = ()
    playbooks: tuple[cs.PlaybookIn, ...] = ()
    daily_tasks: tuple[cs.DailyTaskIn, ...] = ()
    announcements: tuple[cs.AnnouncementIn, ...] = ()
    incentive_rules: tuple[cs.IncentiveRuleIn, ...] = ()
    coupon_codes: dict[str, cs.CouponCodesFile] = field(default_factory=dict)
    media: dict[str, Path] = field(default_factory=dict)
    manifest_sha256: str = ""  # of the exact manifest bytes (identifies this version)

    @property
    def pack_id(self) -> str:
        return self.header.pack_id

    @property
    def version(self) -> int:
        return self.header.version


_ATTR = {name: name.removesuffix(".json") for name in cs.CONTENT_FILES}


def invalid(detail: str) -> ContentInvalid:
    """HQ content errors: one translated frame around a technical detail (file, item, field)."""
    return ContentInvalid(N_("The HQ content is invalid: {detail}"), detail=detail)


def parse_json(name: str, data: bytes) -> Any:
    if len(data) > MAX_JSON_BYTES:
        raise invalid(f"{name} is too large ({len(data)} bytes).")
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise invalid(f"{name} is not UTF-8 text.") from None
    except json.JSONDecodeError as exc:
        raise invalid(f"{name} is not valid JSON: line {exc.lineno}: {exc.msg}.") from None


def _items(name: str, raw: Any, model: type[BaseModel]) -> tuple[Any, ...]:
    if not isinstance(raw, dict) or set(raw) != {"items"} or not isinstance(raw["items"], list):
        raise invalid(f'{name} must be a JSON object {{"items": [...]}}.')
    out = []
    for index, item in enumerate(raw["items"]):
        try:
            out.append(model.model_validate(item))
        except ValidationError as exc:
            raise invalid(_describe(name, index, item, exc)) from None
    return tuple(out)


def _describe(name: str, index: int, item: Any, exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ()))
    label = item.get("uid") or item.get("key") if isinstance(item, dict) else None
    who = f"item {index + 1}" + (f" ({label})" if label else "")
    field_part = f" field {where}:" if where else ""
    return f"{name}, {who},{field_part} {first.get('msg', 'invalid')}."


def build_bundle(
    header: PackHeader,
    read: Callable[[str], bytes | None],
    coupon_code_files: Iterable[str],
    media: dict[str, Path],
    manifest_sha256: str = "",
) -> ContentBundle:
    """Parse every content file through ``read(relative_path)`` (None = absent)."""
    parts: dict[str, Any] = {}
    for name, model in cs.CONTENT_FILES.items():
        data = read(f"content/{name}")
        if data is not None:
            parts[_ATTR[name]] = _items(name, parse_json(name, data), model)
    codes: dict[str, cs.CouponCodesFile] = {}
    for rel in coupon_code_files:
        data = read(rel)
        if data is None:
            continue
        try:
            parsed = cs.CouponCodesFile.model_validate(parse_json(rel, data))
        except ValidationError as exc:
            raise invalid(_describe(rel, 0, {}, exc)) from None
        if Path(rel).stem != parsed.store_code:
            raise invalid(f"{rel} holds codes of store {parsed.store_code}.")
        codes[parsed.store_code] = parsed
    bundle = ContentBundle(header=header, coupon_codes=codes, media=dict(media),
                           manifest_sha256=manifest_sha256, **parts)
    check_references(bundle)
    return bundle


def read_folder(root: Path, *, verify_media: bool = True) -> ContentBundle:
    """Read a content folder: ``manifest.json`` (or ``pack.json``) + ``content/`` + ``media/``."""
    root = Path(root)
    header_path = root / "manifest.json"
    if not header_path.is_file():
        raise invalid(f"{root} has no manifest.json; it is not a content folder.")
    header_bytes = header_path.read_bytes()
    try:
        header = PackHeader.model_validate(parse_json("manifest.json", header_bytes))
    except ValidationError as exc:
        raise invalid(_describe("manifest.json", 0, {}, exc)) from None

    def read(rel: str) -> bytes | None:
        path = root / rel
        return path.read_bytes() if path.is_file() else None

    code_dir = root / "content" / cs.COUPON_CODES_DIR
    code_files = sorted(
        f"content/{cs.COUPON_CODES_DIR}/{p.name}" for p in code_dir.glob("*.json")
    ) if code_dir.is_dir() else []
    media: dict[str, Path] = {}
    media_dir = root / "media"
    if media_dir.is_dir():
        for path in sorted(media_dir.iterdir()):
            if path.is_file():
                if verify_media and sha256_file(path) != path.name.split(".", 1)[0]:
                    raise invalid(f"media/{path.name} does not match its sha256 name.")
                media[path.name] = path
    return build_bundle(header, read, code_files, media,
                        hashlib.sha256(header_bytes).hexdigest())


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_references(bundle: ContentBundle) -> None:
    """Every uid referenced inside the bundle exists, uids are unique, media are present."""
    def unique(kind: str, keys: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        for key in keys:
            if key in seen:
                raise invalid(f"{kind}: {key} appears twice.")
            seen.add(key)
        return seen

    groups = unique("tag_groups", (g.uid for g in bundle.tag_groups))
    tags = unique("tags", (t.uid for g in bundle.tag_groups for t in g.tags))
    if groups & tags:
        raise invalid(f"tag uid used as a group uid: {sorted(groups & tags)[0]}.")
    stages = unique("stages", (s.key for s in bundle.stages))
    vips = unique("vip_levels", (v.key for v in bundle.vip_levels))
    unique("member_classes", (m.member_class for m in bundle.member_classes))
    scenes = unique("scenes", (s.key for s in bundle.scenes))
    scripts = unique("scripts", (s.uid for s in bundle.scripts))
    materials = unique("materials", (m.uid for m in bundle.materials))
    coupons = unique("coupons", (c.uid for c in bundle.coupons))
    unique("playbooks", (p.uid for p in bundle.playbooks))
    unique("daily_tasks", (d.uid for d in bundle.daily_tasks))
    unique("announcements", (a.uid for a in bundle.announcements))
    unique("incentive_rules", (r.uid for r in bundle.incentive_rules))

    def need(ok: bool, message: str) -> None:
        if not ok:
            raise invalid(message)

    for item in (*bundle.scripts, *bundle.materials):
        if item.scene is not None:
            need(item.scene in scenes, f"{item.uid}: unknown scene {item.scene}.")
    for m in bundle.materials:
        for name in m.media:
            need(name in bundle.media, f"{m.uid}: media/{name} is missing.")
    for pb in bundle.playbooks:
        a = pb.audience
        for key in (*a.stages_in, *a.stages_out):
            need(key in stages, f"playbook {pb.uid}: unknown stage {key}.")
        for uid in (*a.tags_all, *a.tags_any, *a.tags_none):
            need(uid in tags, f"playbook {pb.uid}: unknown tag {uid}.")
        for key in a.vip_levels:
            need(key in vips, f"playbook {pb.uid}: unknown VIP level {key}.")
        trig = pb.trigger.partition(":")
        if trig[0] == "stage_entered":
            need(trig[2] in stages, f"playbook {pb.uid}: unknown stage {trig[2]}.")
        if trig[0] == "tag_added":
            need(trig[2] in tags, f"playbook {pb.uid}: unknown tag {trig[2]}.")
        for n, step in enumerate(pb.steps, 1):
            where = f"playbook {pb.uid} step {n}"
            need(step.script_uid is None or step.script_uid in scripts,
                 f"{where}: unknown script {step.script_uid}.")
            need(step.material_uid is None or step.material_uid in materials,
                 f"{where}: unknown material {step.material_uid}.")
            need(step.coupon_uid is None or step.coupon_uid in coupons,
                 f"{where}: unknown coupon {step.coupon_uid}.")
    for task in bundle.daily_tasks:
        need(task.material_uid is None or task.material_uid in materials,
             f"daily task {task.uid}: unknown material {task.material_uid}.")
    for store_code, codes in bundle.coupon_codes.items():
        unique(f"coupon codes of {store_code}", (c.code for c in codes.codes))
        for c in codes.codes:
            need(c.coupon_uid in coupons,
                 f"coupon codes of {store_code}: unknown coupon {c.coupon_uid}.")
