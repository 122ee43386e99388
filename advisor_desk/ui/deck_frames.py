"""What each screen of a presented deck says, in the UI's language: the title screen first
(the deck, the sample customer, the keys), then one frame per slide with its speaker notes.

The slides' scripts come from ``services.training`` already filled for the sample customer;
this module only adds labels, so the presenter, the speaker notes and the page's preview show
exactly the same words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from advisor_desk.domain.training import DECK_NEW, DECK_STEPS, Deck, DeckInfo, Slide
from advisor_desk.ui import labels

# what each of the 7 sales steps is about (docs/training.md), shown on the section screens
STEP_POINTS = {
    1: QT_TRANSLATE_NOOP("DeckFrames", "Who I am, what I can do for you, the next action, a "
                         "small gift and a hook question — on day one."),
    2: QT_TRANSLATE_NOOP("DeckFrames", "Ask before you recommend: skin, routine, budget, "
                         "what they tried."),
    3: QT_TRANSLATE_NOOP("DeckFrames", "Make the need felt: the pain of doing nothing, or a "
                         "picture of life after."),
    4: QT_TRANSLATE_NOOP("DeckFrames", "One clear solution for this customer, with how to "
                         "use it."),
    5: QT_TRANSLATE_NOOP("DeckFrames", "Answer doubts with testimonials, authority and a "
                         "trial — never by arguing."),
    6: QT_TRANSLATE_NOOP("DeckFrames", "A real reason to decide now: a deadline counting "
                         "down 7, 3, 1 days."),
    7: QT_TRANSLATE_NOOP("DeckFrames", "After payment: how to use it, after-sales care, and "
                         "problems fed back to HQ."),
}


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


def _t(text: str) -> str:
    return translate("DeckFrames", text)



@dataclass(frozen=True)
class Frame:
    kind: str  # title | section | script | step
    eyebrow: str  # small line at the top: deck · step · scene
    situation_label: str
    situation: str
    script_label: str
    script: str
    badge: str  # 新 / 改 in the what's-new deck
    notes: str  # speaker notes (plain text)
    uid: str | None = None


def deck_title(info: DeckInfo) -> str:
    if info.kind == DECK_NEW:
        return translate("DeckFrames", "New or changed in the last pack")
    if info.kind == DECK_STEPS:
        return translate("DeckFrames", "The 7 sales steps and their scripts")
    return info.title


def deck_list_label(info: DeckInfo) -> str:
    n = info.slides
    count = QCoreApplication.translate("DeckFrames", "%n slide(s)", "", n)
    return f"{deck_title(info)}  ·  {count}"


def key_hints() -> str:
    return translate("DeckFrames", "Next: PgDn / → / Space · Back: PgUp / ← · "
                                   "Black screen: B · Timer: T · Leave: Esc")


def _fill(text: str, *values: object) -> str:
    for n, value in enumerate(values, 1):
        text = text.replace(f"%{n}", str(value))
    return text


def frames(deck: Deck) -> list[Frame]:
    info = deck.info
    title = deck_title(info)
    sample = _fill(translate("DeckFrames", "Sample customer: %1 (%2) — every script is "
                                           "filled for her."),
                   deck.sample_salutation, deck.sample_name)
    intro = [info.detail] if info.detail and info.kind != DECK_NEW else []
    if info.kind == DECK_NEW and info.detail:
        intro.append(_fill(translate("DeckFrames", "From the pack “%1”."), info.detail))
    out = [Frame("title", "", "", title, "", "\n".join([*intro, sample]), "",
                 "\n".join([*intro, sample, "", key_hints()]))]
    out += [_frame(title, slide, deck.sample_salutation) for slide in deck.slides]
    return out


def _frame(title: str, slide: Slide, salutation: str) -> Frame:
    if slide.kind == "section":
        number = _fill(translate("DeckFrames", "Step %1"), slide.sales_step)
        point = _t(STEP_POINTS.get(slide.sales_step or 0, ""))
        return Frame("section", title, number, step_name(slide.sales_step), "", point, "", point)
    scene = slide.scene_name if slide.scene_name != title else ""
    where = " · ".join(x for x in (title, _step_name(slide.sales_step), scene) if x)
    badge = {"new": translate("DeckFrames", "New"),
             "changed": translate("DeckFrames", "Changed")}.get(slide.change or "", "")
    script_label = _fill(translate("DeckFrames", "Script (sent to %1)"), salutation)
    notes: list[str] = []
    if slide.kind == "step":
        day = _fill(translate("DeckFrames", "Day %1"), slide.offset_days)
        label = f"{day} · {labels.channel_label(slide.channel)}".strip(" ·")
        if slide.goal:
            notes.append(_fill(translate("DeckFrames", "Goal: %1"), slide.goal))
        if slide.kit:
            notes.append(_fill(translate("DeckFrames", "Also in the kit: %1"),
                               "、".join(slide.kit)))
        if not slide.script:
            notes.append(translate("DeckFrames", "No script in this step: the advisor writes "
                                                 "in her own words."))
    elif slide.script_kind == "qa":
        label = translate("DeckFrames", "The customer asks")
        notes.append(translate("DeckFrames", "Ask someone to answer first, in their own "
                                             "words; then show the script."))
    else:
        label = translate("DeckFrames", "Situation")
        notes.append(translate("DeckFrames", "Ask the room what they would say here; then "
                                             "show the script."))
    facts = [x for x in (slide.scene_name, _step_name(slide.sales_step)) if x]
    if facts:
        notes.append(_fill(translate("DeckFrames", "Scene: %1"), " · ".join(facts)))
    if slide.keywords:
        notes.append(_fill(translate("DeckFrames", "Keywords: %1"), "、".join(slide.keywords)))
    if slide.change == "changed":
        notes.append(translate("DeckFrames", "HQ changed this script in the last pack."))
    elif slide.change == "new":
        notes.append(translate("DeckFrames", "HQ added this script in the last pack."))
    return Frame(slide.kind, where, label, slide.situation,
                 script_label if slide.script else "", slide.script, badge, "\n".join(notes),
                 slide.uid)


def step_name(step: int | None) -> str:
    """A sales step's name without its number (labels number them: "5 Handle objections")."""
    return re.sub(r"^\d+\s*", "", labels.step_label(step))


def _step_name(step: int | None) -> str:
    if not step:
        return ""
    return _fill(translate("DeckFrames", "Step %1: %2"), step, step_name(step))
