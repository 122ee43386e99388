"""Value types of the content library (scripts & Q&A, materials, coupons)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from advisor_desk.domain import templates
from advisor_desk.domain.vocabulary import LIBRARY_KINDS

VIEWS = ("all", "favourites", "recent", "mine")  # mine: the advisor's personal scripts


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
    based_on: str | None = None
    owner_id: int | None = None
    favourite: bool = False


@dataclass(frozen=True)
class ScriptFields:
    """What an advisor writes in a personal script."""

    title: str
    body: str
    kind: str = "script"  # script | qa
    scene: str | None = None
    sales_step: int | None = None
    channel: str | None = None
    keywords: str = ""  # space separated


@dataclass(frozen=True)
class MediaFile:
    sha256: str
    mime: str
    path: Path  # absolute, under the data dir's media folder

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")


@dataclass(frozen=True)
class MaterialDetail:
    uid: str
    type: str  # text | image | link | file | moments
    title: str
    body: str
    url: str | None
    scene: str | None
    scene_name: str | None
    channel: str | None
    keywords: tuple[str, ...]
    valid_from: date | None
    valid_to: date | None
    media: tuple[MediaFile, ...]
    retired: bool
    use_count: int
    favourite: bool = False


@dataclass(frozen=True)
class CouponDetail:
    uid: str
    name: str
    type: str  # no_threshold | threshold | discount | random | campaign
    value_fen: int | None
    min_value_fen: int | None
    threshold_fen: int | None
    discount_pct: int | None
    valid_from: date | None
    valid_to: date | None
    terms: str
    message: str
    retired: bool
    use_count: int
    pool_size: int  # codes of this store's pool (0: the coupon has no pool here)
    pool_free: int  # of which not issued yet
    favourite: bool = False

    @property
    def has_pool(self) -> bool:
        return self.pool_size > 0


@dataclass(frozen=True)
class SearchFilter:
    kinds: tuple[str, ...] = LIBRARY_KINDS  # script (scripts & Q&A) | material | coupon
    types: tuple[str, ...] = ()  # narrower: script/qa, a material kind, a coupon type
    scene: str | None = None
    sales_step: int | None = None
    channel: str | None = None
    view: str = "all"  # see VIEWS
    include_expired: bool = False  # materials/coupons outside their validity window

    def facet_groups(self, advisor_id: int | None) -> tuple[tuple[str, ...], ...]:
        """The filter as facets ``name=value``: an item passes when it has at least one facet
        of every group (``item_facets`` gives an item's). Validity and the favourites/recent
        views are applied apart, because they depend on the day and on the advisor."""
        groups: list[tuple[str, ...]] = [tuple(f"kind={k}" for k in self.kinds)]
        if self.types:
            groups.append(tuple(f"type={t}" for t in self.types))
        for name, value in (("scene", self.scene), ("step", self.sales_step),
                            ("channel", self.channel)):
            if value is not None and value != "":
                groups.append((f"{name}={value}",))
        mine = f"owner={advisor_id}" if advisor_id is not None else None
        if self.view == "mine":
            groups.append((mine,) if mine else ("owner=nobody",))
        else:
            groups.append(("owner=hq", mine) if mine else ("owner=hq",))
        return tuple(groups)


def item_facets(kind: str, type_: str, *, scene: str | None, sales_step: int | None,
                channel: str | None, owner_id: int | None) -> frozenset[str]:
    facets = {"all", f"kind={kind}", f"type={type_}"}
    if owner_id is None:
        facets.add("owner=hq")
    else:
        facets.update(("personal", f"owner={owner_id}"))
    for name, value in (("scene", scene), ("step", sales_step), ("channel", channel)):
        if value is not None and value != "":
            facets.add(f"{name}={value}")
    return frozenset(facets)


def passes(groups: tuple[tuple[str, ...], ...], facets: frozenset[str]) -> bool:
    return all(facets.intersection(group) for group in groups)


def valid_on(day: date, valid_from: date | None, valid_to: date | None) -> bool:
    return (valid_from is None or valid_from <= day) and (valid_to is None or day <= valid_to)


class SearchHit(NamedTuple):
    """One result (a named tuple rather than a dataclass: search builds dozens per keystroke,
    and a frozen dataclass costs five times as much to make)."""

    kind: str  # script | material | coupon
    uid: str
    type: str
    title: str
    snippet: str
    scene: str | None
    sales_step: int | None
    channel: str | None
    origin: str  # hq | personal
    valid_from: date | None
    valid_to: date | None
    parts: int  # pictures of a material
    title_hit: bool  # every term is in the title (its characters or its initials)
    favourite: bool
    uses: int  # copies by anyone in the ranking window
    my_last_use: datetime | None
    by_initials: bool = False  # a title hit only through some term's pinyin initials
    keywords: str = ""  # the item's keywords (not shown unless only they matched)


@dataclass(frozen=True)
class SearchResult:
    terms: tuple[str, ...]
    hits: tuple[SearchHit, ...]
    more: bool  # there are more matches than the limit


@dataclass(frozen=True)
class CopyPart:
    """One clipboard payload. A moments material is a caption then its pictures, one part
    per press; everything else is one part."""

    role: str  # text | image | link | file
    text: str = ""
    html: str | None = None
    path: Path | None = None  # the picture or file


@dataclass(frozen=True)
class CopyDraft:
    """What copying an item puts on the clipboard for this customer (nothing is written)."""

    kind: str
    uid: str
    title: str
    parts: tuple[CopyPart, ...]
    missing: tuple[str, ...]  # variables with no value and no fallback: ask before copying
    issues_code: bool  # a coupon code is taken from this store's pool when it is copied
    held_code: str | None = None  # the code this customer already holds: copying re-sends it

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.parts if p.role in ("text", "link") and p.text)


@dataclass(frozen=True)
class CopyTicket:
    """What the first phase of a copy wrote — the usage event, a code newly issued — so that a
    delivery that fails can be taken back (``LibraryService.take_back``)."""

    usage_id: int | None = None
    code_id: int | None = None  # issued by this copy (a re-sent code is not returned)

    @property
    def empty(self) -> bool:
        return self.usage_id is None and self.code_id is None


@dataclass(frozen=True)
class CopyOutcome:
    part: CopyPart  # what goes (went) to the clipboard
    index: int
    total: int
    code: str | None  # the coupon code in the text (issued now, or re-sent)
    ticket: CopyTicket = CopyTicket()
    resent: bool = False  # ``code`` was issued to this customer before: the same code again

    @property
    def next_index(self) -> int | None:
        return self.index + 1 if self.index + 1 < self.total else None


@dataclass(frozen=True)
class CopyResult:
    """What was put together for the clipboard (the UI sets it and reads it back)."""

    text: str
    missing: tuple[str, ...] = ()  # variables that had no value and no fallback


SNIPPET_CHARS = 60


def one_line(template: str, values: dict[str, str | None] | None = None) -> str:
    """A template as one line of preview: fallbacks applied, other variables as 〈name〉."""
    try:
        text = templates.render(template, values or {},
                                missing_marker=lambda name: f"〈{name}〉").text
    except templates.TemplateError:
        text = template
    return " ".join(text.split())


def snippet(template: str, limit: int = SNIPPET_CHARS,
            values: dict[str, str | None] | None = None) -> str:
    head = template[: limit * 4]
    if head.rfind("{") > head.rfind("}"):  # do not cut a placeholder in half
        head = head[: head.rfind("{")]
    flat = one_line(head, values)
    return flat if len(flat) <= limit else flat[:limit] + "…"


def expiry_values(valid_to: date | None, today: date) -> dict[str, str]:
    """Template values 到期日 (the last valid day, as a chat would write it) and 剩余天数."""
    if valid_to is None:
        return {}
    day = f"{valid_to.month}月{valid_to.day}日"
    if valid_to.year != today.year:
        day = f"{valid_to.year}年{day}"
    return {"到期日": day, "剩余天数": str(max(0, (valid_to - today).days))}
