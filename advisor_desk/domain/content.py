"""Value types describing what applying HQ content does (the import preview)."""

from __future__ import annotations

from dataclasses import dataclass, field

# kind key -> English label (the UI translates); order is the preview's order
CONTENT_KINDS: dict[str, str] = {
    "tag_groups": "tag groups",
    "tags": "tags",
    "stages": "journey stages",
    "vip_levels": "VIP levels",
    "member_classes": "member classes",
    "scenes": "scenes",
    "scripts": "scripts & Q&A",
    "materials": "materials",
    "coupons": "coupons",
    "coupon_codes": "coupon codes",
    "playbooks": "playbooks",
    "daily_tasks": "daily tasks",
    "announcements": "announcements",
    "incentive_rules": "incentive rules",
}


@dataclass(frozen=True)
class KindDiff:
    kind: str
    new: tuple[str, ...] = ()  # titles
    changed: tuple[str, ...] = ()
    retired: tuple[str, ...] = ()
    unchanged: int = 0

    @property
    def empty(self) -> bool:
        return not (self.new or self.changed or self.retired)


@dataclass(frozen=True)
class ContentDiff:
    pack_id: str
    version: int
    title: str
    kinds: tuple[KindDiff, ...]

    @property
    def empty(self) -> bool:
        return all(k.empty for k in self.kinds)

    def kind(self, kind: str) -> KindDiff:
        for k in self.kinds:
            if k.kind == kind:
                return k
        return KindDiff(kind)

    def counts(self) -> dict[str, dict[str, int]]:
        return {
            k.kind: {"new": len(k.new), "changed": len(k.changed), "retired": len(k.retired),
                     "unchanged": k.unchanged}
            for k in self.kinds
        }


@dataclass(frozen=True)
class ApplyResult:
    diff: ContentDiff
    already_applied: bool = False


Values = dict[str, object]


@dataclass(frozen=True)
class ContentRows:
    """One pack version flattened to column values per kind, keyed by uid (or key).

    Built by the services from a validated bundle; written by the store. Keeping this plain
    lets the store stay ignorant of file formats.
    """

    pack_id: str
    version: int
    title: str
    tag_groups: dict[str, Values]
    tags: dict[str, Values]  # values carry "group_uid"
    stages: dict[str, Values]
    vip_levels: dict[str, Values]
    member_classes: dict[str, Values]
    scenes: dict[str, Values]
    scripts: dict[str, Values]
    materials: dict[str, Values]
    material_media: dict[str, list[str]]  # material uid -> sha256 of each picture, in order
    coupons: dict[str, Values]
    coupon_codes: frozenset[tuple[str, str]]  # (coupon uid, code) of this store's pool
    playbooks: dict[str, Values]  # values carry "steps" (list of dicts) and "content_sha"
    daily_tasks: dict[str, Values]
    announcements: dict[str, Values]
    incentive_rules: dict[str, Values] = field(default_factory=dict)
