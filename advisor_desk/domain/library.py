"""Value types of the content library (scripts & Q&A, materials, coupons)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SceneInfo:
    key: str
    name: str


@dataclass(frozen=True)
class ScriptFilter:
    scene: str | None = None
    sales_step: int | None = None
    channel: str | None = None
    kind: str | None = None  # script | qa
    text: str = ""  # a plain substring filter until the search engine lands
    include_retired: bool = False


@dataclass(frozen=True)
class ScriptSummary:
    uid: str
    kind: str
    title: str
    snippet: str
    scene: str | None
    sales_step: int | None
    channel: str | None
    origin: str


@dataclass(frozen=True)
class ScriptDetail:
    uid: str
    kind: str
    title: str
    body: str
    scene: str | None
    scene_name: str | None
    sales_step: int | None
    channel: str | None
    keywords: tuple[str, ...]
    origin: str
    retired: bool
    use_count: int


@dataclass(frozen=True)
class CopyResult:
    """What was put together for the clipboard (the UI sets it and reads it back)."""

    text: str
    missing: tuple[str, ...] = ()  # variables that had no value and no fallback
