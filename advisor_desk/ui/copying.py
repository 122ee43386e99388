"""The one copy path of the UI: render an item for the current customer, ask once for a
missing value, put it on the clipboard, read it back, log the usage, confirm briefly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from advisor_desk.ui import clipboard
from advisor_desk.ui.context import UiContext
from advisor_desk.ui.dialogs.fill_variables import ask_values


def copy_item(ui: UiContext, parent: QWidget, kind: str, uid: str,
              customer_id: int | None = None) -> bool:
    """Copy one library item (``kind`` script) for ``customer_id`` (default: the current
    customer). True when it reached the clipboard and was logged."""
    state = ui.state
    library = state.desk.library
    customer = customer_id if customer_id is not None else state.customer_id
    try:
        result = library.render_script(uid, advisor_id=state.advisor_id, customer_id=customer)
        if result.missing:
            answers = ask_values(parent, result.missing)
            if answers is None:
                return False
            result = library.render_script(uid, advisor_id=state.advisor_id,
                                           customer_id=customer, answers=answers)
            if result.missing:
                return False
        if not clipboard.put_text(result.text):
            ui.notify(QCoreApplication.translate(
                "Copying", "The clipboard is busy (another program holds it). Please try again."))
            return False
        changes = library.record_copy(kind, uid, advisor_id=state.advisor_id,
                                      customer_id=customer)
    except Exception as exc:
        ui.show_error(exc)
        return False
    ui.notify(QCoreApplication.translate("Copying", "Copied. Paste it into the chat (Ctrl+V)."))
    state.apply(changes)
    return True
