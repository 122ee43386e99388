"""The one copy path of the UI: render an item for the current customer, ask once for a
missing value, issue + log on the writer thread, put it on the clipboard (read back) outside
any transaction — taking the code and the use back if the clipboard refuses —, confirm briefly.

A moments material is its caption and then its pictures, one part per press: the next press
on the same item (for the same customer) copies the next part. ``next_part`` tells pages and
the palette which part that is, so they can show it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from advisor_desk.domain.errors import ClipboardBusy
from advisor_desk.domain.library import CopyOutcome, CopyPart
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
              customer_id: int | None = None, *, initiator: QWidget | None = None,
              new_code: bool = False,
              on_copied: Callable[[CopyOutcome], None] | None = None) -> bool:
    """Copy the next part of one library item for ``customer_id`` (default: the current
    customer) in two phases: the writer issues the code and logs the use (``ui.ops``), then
    the clipboard gets the part here on the GUI thread, outside any transaction; if the
    clipboard refuses it, the code goes back to the pool and the use is removed. A pooled
    coupon re-sends the code this customer already holds unless ``new_code``.

    Returns False when nothing was started (a value asked for was not given, or the same
    control's previous copy is still running); ``on_copied(outcome)`` runs once the part is
    on the clipboard."""
    state = ui.state
    if state.locked:  # a locked counter PC copies nothing
        return False
    library = state.desk.library
    customer = customer_id if customer_id is not None else state.customer_id
    advisor = state.advisor_id
    progress = _state_progress(state)
    key = (kind, uid, customer)
    index = progress.next_index.get(key, 0)
    answers = progress.answers.get(key, {}) if index else {}
    if index == 0:
        draft = library.draft(kind, uid, advisor_id=advisor, customer_id=customer)
        if draft.missing:
            asked = ask_values(parent, draft.missing)
            if asked is None:
                return False
            answers = asked

    def delivered(result: tuple[CopyOutcome, object]) -> None:
        outcome = result[0]
        if not clipboard.put(clipboard.of(outcome.part)):
            ui.ops.write(lambda desk: desk.library.take_back(outcome.ticket),
                         success=lambda _changes: ui.show_error(ClipboardBusy()))
            return
        if outcome.next_index is None:
            progress.next_index.pop(key, None)
            progress.answers.pop(key, None)
        else:
            progress.next_index[key] = outcome.next_index
            progress.answers[key] = answers
        ui.notify(_confirmation(outcome))
        if on_copied is not None:
            on_copied(outcome)

    return ui.ops.write(
        lambda desk: desk.library.prepare_copy(kind, uid, index=index, advisor_id=advisor,
                                               customer_id=customer, answers=answers,
                                               new_code=new_code),
        initiator=initiator, success=delivered)


def _confirmation(outcome: CopyOutcome) -> str:
    index, total, part, code = outcome.index, outcome.total, outcome.part, outcome.code
    if code and outcome.resent:
        text = QCoreApplication.translate(
            "Copying", "Copied with coupon code %1, the code this customer already has. "
            "Paste it into the chat (Ctrl+V).")
        return text.replace("%1", code)
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
