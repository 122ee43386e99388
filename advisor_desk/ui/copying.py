"""The one copy path of the UI: render an item for the current customer, ask once for a
missing value, put it on the clipboard (read back), log the usage, confirm briefly.

A moments material is its caption and then its pictures, one part per press: the next press
on the same item (for the same customer) copies the next part. ``next_part`` tells pages and
the palette which part that is, so they can show it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from advisor_desk.domain.library import CopyPart
from advisor_desk.ui import clipboard
from advisor_desk.ui.context import UiContext
from advisor_desk.ui.dialogs.fill_variables import ask_values
from advisor_desk.ui.state import DeskState


@dataclass
class _Progress:
    """Where a multi-part copy stands, per window: (kind, uid, customer) -> next part."""

    next_index: dict[tuple, int] = field(default_factory=dict)
    answers: dict[tuple, dict[str, str]] = field(default_factory=dict)


_progress: WeakKeyDictionary[DeskState, _Progress] = WeakKeyDictionary()


def _state_progress(state: DeskState) -> _Progress:
    if state not in _progress:
        _progress[state] = _Progress()
    return _progress[state]


def next_part(state: DeskState, kind: str, uid: str, customer_id: int | None = None) -> int:
    """The index of the part the next press copies (0: start from the beginning)."""
    customer = customer_id if customer_id is not None else state.customer_id
    return _state_progress(state).next_index.get((kind, uid, customer), 0)


def part_label(part: CopyPart) -> str:
    labels = {"text": QCoreApplication.translate("Copying", "text"),
              "link": QCoreApplication.translate("Copying", "link"),
              "image": QCoreApplication.translate("Copying", "picture"),
              "file": QCoreApplication.translate("Copying", "file")}
    return labels.get(part.role, part.role)


def copy_item(ui: UiContext, parent: QWidget, kind: str, uid: str,
              customer_id: int | None = None) -> bool:
    """Copy the next part of one library item for ``customer_id`` (default: the current
    customer). True when it reached the clipboard and was logged."""
    state = ui.state
    if state.locked:  # a locked counter PC copies nothing
        return False
    library = state.desk.library
    customer = customer_id if customer_id is not None else state.customer_id
    progress = _state_progress(state)
    key = (kind, uid, customer)
    index = progress.next_index.get(key, 0)
    try:
        answers = progress.answers.get(key, {}) if index else {}
        if index == 0:
            draft = library.draft(kind, uid, advisor_id=state.advisor_id, customer_id=customer)
            if draft.missing:
                asked = ask_values(parent, draft.missing)
                if asked is None:
                    return False
                answers = asked
        outcome, changes = library.copy(
            kind, uid, index=index, advisor_id=state.advisor_id, customer_id=customer,
            answers=answers, deliver=lambda part: clipboard.put(clipboard.of(part)))
    except Exception as exc:
        ui.show_error(exc)
        return False
    if outcome.next_index is None:
        progress.next_index.pop(key, None)
        progress.answers.pop(key, None)
    else:
        progress.next_index[key] = outcome.next_index
        progress.answers[key] = answers
    ui.notify(_confirmation(outcome.index, outcome.total, outcome.part, outcome.code))
    state.apply(changes)
    return True


def _confirmation(index: int, total: int, part: CopyPart, code: str | None) -> str:
    if code:
        text = QCoreApplication.translate(
            "Copying", "Copied with coupon code %1. Paste it into the chat (Ctrl+V).")
        return text.replace("%1", code)
    if total == 1:
        return QCoreApplication.translate("Copying", "Copied. Paste it into the chat (Ctrl+V).")
    if index + 1 == total:
        text = QCoreApplication.translate(
            "Copying", "Last part (%1 of %2, %3) copied. Paste it into the chat.")
    else:
        text = QCoreApplication.translate(
            "Copying", "Part %1 of %2 copied (%3). Paste it, then copy again for the next part.")
    return text.replace("%1", str(index + 1)).replace("%2", str(total)).replace(
        "%3", part_label(part))
