"""Training: decks of slides for presenter mode, practice cards, what's new (pure types).

Scripts shown to a room are filled with a *sample* customer (王姐), never a real one, and never
show a raw ``{placeholder}``: ``fill_sample`` renders every variable with a sample value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from advisor_desk.domain import templates
from advisor_desk.domain.library import expiry_values

# deck kinds; a deck key is "<kind>" or "<kind>:<arg>"
DECK_NEW = "new"  # new or changed scripts of the last pack that brought any
DECK_STEPS = "steps"  # the 7 sales steps with their scripts
DECK_SCENE = "scene"  # scene:<scene key>
DECK_PLAYBOOK = "playbook"  # playbook:<playbook uid>

SAMPLE_SALUTATION = "王姐"
SAMPLE_NAME = "王晓燕"
SAMPLE_ADVISOR = "小林"  # when no advisor is chosen
SAMPLE_CODE = "QY-2026-0888"
SAMPLE_DAYS_LEFT = 7
_BRACES = re.compile(r"[{}]")


def sample_values(*, advisor: str | None, store: str | None, today: date) -> dict[str, str]:
    """A value for every template variable, as for the sample customer 王姐."""
    values = {"称呼": SAMPLE_SALUTATION, "姓名": SAMPLE_NAME,
              "顾问": advisor or SAMPLE_ADVISOR, "门店": store or "", "券名": "专柜礼券",
              "券码": SAMPLE_CODE}
    values.update(expiry_values(today + timedelta(days=SAMPLE_DAYS_LEFT), today))
    return values


def fill_sample(template: str, values: dict[str, str]) -> str:
    """A template filled for a room: fallbacks where a value is empty, the variable's plain
    name where there is neither, and never a brace (a malformed template shows its text)."""
    try:
        text = templates.render(template, values, missing_marker=lambda name: name).text
    except templates.TemplateError:
        text = template
    return _BRACES.sub("", text)


def is_practice_card(kind: str, scene: str | None, sales_step: int | None) -> bool:
    """Q&A and objection scripts are practice cards (objections: step 5 or an objection_*
    scene)."""
    return kind == "qa" or sales_step == 5 or (scene or "").startswith("objection")


def deck_key(kind: str, arg: str | None = None) -> str:
    return f"{kind}:{arg}" if arg else kind


def split_deck_key(key: str) -> tuple[str, str | None]:
    kind, _, arg = key.partition(":")
    return kind, arg or None


@dataclass(frozen=True)
class DeckInfo:
    key: str
    kind: str  # new | steps | scene | playbook
    title: str  # the HQ name of a scene or playbook; "" for new/steps (the UI names them)
    slides: int  # content slides (without the title slide)
    detail: str = ""  # a playbook's description; the pack's title for "new"


@dataclass(frozen=True)
class Slide:
    """One content slide: the customer's situation, then the script (filled for 王姐)."""

    kind: str  # section | script | step
    situation: str  # a Q&A's question, a script's title, a step's title, a section's name
    script: str = ""  # the text as it would be sent, filled for the sample customer
    uid: str | None = None  # the script's uid
    script_kind: str | None = None  # script | qa
    sales_step: int | None = None
    scene_name: str | None = None
    keywords: tuple[str, ...] = ()
    goal: str = ""  # a playbook step's goal (speaker notes)
    offset_days: int | None = None  # a playbook step's day
    channel: str | None = None
    kit: tuple[str, ...] = ()  # a step's material and coupon titles
    change: str | None = None  # new | changed (what's-new deck)


@dataclass(frozen=True)
class Deck:
    info: DeckInfo
    slides: tuple[Slide, ...]
    sample_salutation: str = SAMPLE_SALUTATION
    sample_name: str = SAMPLE_NAME


@dataclass(frozen=True)
class Card:
    """A practice card: the situation on the front, the script on the back."""

    uid: str
    kind: str  # script | qa
    situation: str
    script: str  # filled for the sample customer
    scene_name: str | None
    sales_step: int | None
    box: int | None  # None: a new card
    change: str | None = None  # new | changed, when it comes from what's new


@dataclass(frozen=True)
class PracticeQueue:
    on: date
    cards: tuple[Card, ...]
    due: int  # cards due again
    new: int  # new cards for today

    def __len__(self) -> int:
        return len(self.cards)


@dataclass(frozen=True)
class WhatsNew:
    """New and changed scripts this advisor has not looked at yet."""

    unseen: tuple[str, ...]  # script uids, pack order
    pack_title: str  # the latest pack that brought news ("" when none ever did)
    pack_version: int | None

    @property
    def count(self) -> int:
        return len(self.unseen)
