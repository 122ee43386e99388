"""Fixed vocabularies of the domain (keys are stored; the UI translates their labels)."""

from __future__ import annotations

# The 7 steps of the 1-to-1 consultative sale (docs/training.md).
SALES_STEPS: dict[int, str] = {
    1: "value break-in",
    2: "discover needs",
    3: "amplify the need",
    4: "present the solution",
    5: "handle objections",
    6: "urgency and offer",
    7: "deliver value after payment",
}

CHANNELS: tuple[str, ...] = ("chat", "group", "moments")
TAG_DIMENSIONS: tuple[str, ...] = ("social", "consumption", "behaviour", "tier")
TAG_SOURCES: tuple[str, ...] = ("manual", "import", "event", "rule")
SCRIPT_KINDS: tuple[str, ...] = ("script", "qa")
MATERIAL_KINDS: tuple[str, ...] = ("text", "image", "link", "file", "moments")
COUPON_TYPES: tuple[str, ...] = ("no_threshold", "threshold", "discount", "random", "campaign")
MEMBER_CLASSES: tuple[str, ...] = ("A", "B", "C", "D")
INTERACTION_KINDS: tuple[str, ...] = ("chat", "call", "visit", "moments", "gift", "other")
KOC_TYPES: tuple[str, ...] = ("creator", "sharer", "co_creator")
ADVISOR_ROLES: tuple[str, ...] = ("advisor", "manager")
USAGE_ACTIONS: tuple[str, ...] = ("copy", "send", "issue")
LIBRARY_KINDS: tuple[str, ...] = ("script", "material", "coupon")
