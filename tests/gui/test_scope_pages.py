"""Scopes in the window: signed in as an advisor, no page shows a colleague's customer — the
customer list and its count, the profile, Ctrl+P and Today read through the services' one
rule (services/scope.py); the pages pass who is looking and filter nothing themselves. The
other windows too: the sidebar beside the chat (its Ctrl+P) and the training presenter."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from sqlalchemy import select

from advisor_desk.domain.errors import NotFound
from advisor_desk.store import models as m
from advisor_desk.ui.pages import PAGE_SPECS
from advisor_desk.ui.windows.presenter import PresenterWindow
from tests.support.ops import when_modal
from tests.support.visible_text import visible_texts

pytestmark = pytest.mark.gui


def test_an_advisor_sees_no_colleagues_customer_on_any_page(window, loaded_desk, qtbot):
    from advisor_desk.ui.dialogs.customer_picker import CustomerPicker

    staff = [a for a in loaded_desk.advisors.list() if not a.is_manager]
    me, other = staff[0], staff[1]
    with loaded_desk.ctx.db.read() as s:
        links = defaultdict(set)
        for cid, aid in s.execute(select(m.CustomerAdvisor.customer_id,
                                         m.CustomerAdvisor.advisor_id)):
            links[cid].add(aid)
        names = dict(s.execute(select(m.Customer.id, m.Customer.name)).all())
    theirs = {names[c] for c, who in links.items() if me.id not in who}
    mine = {names[c] for c, who in links.items() if me.id in who}
    secret = theirs - mine  # names only colleagues' customers have
    assert secret
    picker = window.findChild(QComboBox, "advisorPicker")
    picker.setCurrentIndex(picker.findData(me.id))
    assert window.state.advisor.id == me.id
    shown: list[str] = []
    for key in ("customers", "today"):
        window.navigation.setCurrentRow([s.key for s in PAGE_SPECS].index(key))
        page = window.page(key)
        if key == "customers":
            qtbot.waitUntil(lambda page=page: page.model.rowCount() > 0, timeout=5000)
            listed = {page.model.id_at(r) for r in range(page.model.rowCount())}
            assert listed and all(not links[c] or me.id in links[c] for c in listed)
        qtbot.wait(50)
        shown += visible_texts()
    dialog = CustomerPicker(window, window.state)
    qtbot.addWidget(dialog)
    dialog.show()
    for name in sorted(secret)[:5]:  # typing a colleague's customer's name finds nothing
        dialog.search.setText(name)
        qtbot.wait(400)
        shown += [t for t in visible_texts() if t != name]  # not what we typed ourselves
    dialog.close()
    tried = ["page: customers", "page: today", "Ctrl+P (main window)"]
    window.toggle_sidebar()  # the narrow window beside the chat, with its own Ctrl+P
    sidebar = window.sidebar_switch.sidebar
    qtbot.waitUntil(sidebar.isVisible, timeout=5000)
    typed: list[str] = []

    def type_secrets(picker) -> None:
        for name in sorted(secret)[:5]:
            picker.search.setText(name)
            qtbot.wait(400)
            typed.append(name)
            shown.extend(t for t in visible_texts() if t != name)
        picker.reject()

    when_modal("customerPicker", type_secrets)
    sidebar.pick_customer()  # Ctrl+P in the sidebar: the picker is modal
    assert typed == sorted(secret)[:5]
    shown += visible_texts()
    window.toggle_sidebar()
    tried += ["sidebar", "Ctrl+P (sidebar)"]
    window.navigation.setCurrentRow([s.key for s in PAGE_SPECS].index("training"))
    training = window.page("training")  # the presenter on the projector: a deck full screen
    decks = training.decks
    decks.setCurrentRow(next(r for r in range(decks.count())
                             if decks.item(r).data(Qt.ItemDataRole.UserRole)))
    shown += visible_texts()  # the page's preview and its practice tab's card
    training.present()
    presenter = next(w for w in QApplication.topLevelWidgets()
                     if isinstance(w, PresenterWindow) and w.isVisible())
    for _ in range(min(len(presenter.frames), 12)):
        shown += visible_texts()
        presenter.go(presenter.index + 1)
    presenter.close()
    tried += ["presenter"]
    print("\nwindow entry points tried:", ", ".join(tried))
    leaked = sorted({n for n in secret for text in shown if n in text})
    assert leaked == []
    colleague = next(c for c, who in links.items() if who == {other.id})
    with pytest.raises(NotFound):  # the profile by id (a stale link, a crafted call)
        window.state.open_customer(colleague)
