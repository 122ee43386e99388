"""Auto-lock on the shared counter PC: idle minutes on a fake clock, Ctrl+Shift+L and the
toolbar button; while locked no customer name, phone or note is readable in any visible
widget (tests/support/visible_text.py reads them all), toasts, copies and Ctrl+P do nothing
and our clipboard payload is gone; the same advisor's PIN or another profile unlocks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from sqlalchemy import select

from advisor_desk.domain.segments import SegmentFilter
from advisor_desk.store import models as m
from advisor_desk.ui import clipboard, copying
from advisor_desk.ui.pages import PAGE_SPECS
from tests.support.visible_text import visible_texts

pytestmark = pytest.mark.gui


class FakeTime:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def _secrets(desk) -> set[str]:
    """Every customer's name, remark, phone (full and masked) and notes."""
    from advisor_desk.domain.masking import mask_phone

    out: set[str] = set()
    with desk.ctx.db.read() as s:
        for name, remark, phone, notes in s.execute(select(
                m.Customer.name, m.Customer.remark_name, m.Customer.phone, m.Customer.notes)):
            out |= {name, remark, notes, phone or "", mask_phone(phone)}
    return {x for x in out if x and len(x) >= 2}


def _click(window, button, qtbot) -> None:
    """Press a button whose write runs on the writer thread (the PIN check counts wrong
    PINs in the database) and wait for its answer."""
    button.click()
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=5000)


def _leaks(secrets: set[str]) -> list[str]:
    shown = visible_texts()
    return sorted({s for s in secrets for text in shown if s in text})


@pytest.fixture
def with_customer(window, loaded_desk, customers_page, qtbot):
    cid = loaded_desk.customers.ids(SegmentFilter())[0]
    loaded_desk.customers.update(cid, __import__(
        "advisor_desk.domain.customers", fromlist=["CustomerInput"]).CustomerInput(
        notes="她女儿下个月结婚"), advisor_id=window.state.advisor_id)
    window.state.open_customer(cid)
    profile = customers_page.profile
    profile.reload()
    profile.findChild(QPushButton, "profileReveal").click()  # the full number on screen
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=5000)  # revealed on the writer
    return cid


def test_idle_minutes_lock_and_nothing_is_readable(window, loaded_desk, with_customer, qtbot):
    fake = FakeTime()
    lock = window.lock
    lock.now = fake
    lock.touch()
    secrets = _secrets(loaded_desk)
    phone = loaded_desk.customers.profile(with_customer).phone
    before = _leaks(secrets)
    assert phone in before and window.state.customer.display_name in before  # the oracle sees
    clipboard.put_text(f"王姐您好 {phone}")
    assert loaded_desk.settings.get().auto_lock_minutes == 5
    fake.t += 4 * 60 + 59
    lock.check_idle()
    assert not window.state.locked
    fake.t += 1
    lock.check_idle()
    assert window.state.locked
    assert _leaks(secrets) == []
    assert window.findChild(QLabel, "lockTitle").isVisible()
    assert QGuiApplication.clipboard().text() == ""  # our payload is gone
    window.notify("张三 13800000000")
    assert not window.toast.isVisible()
    assert copying.copy_item(window.ui, window, "script", "anything") is False
    window.pick_customer()  # Ctrl+P: nothing opens
    assert _leaks(secrets) == []
    # the same advisor (no PIN) unlocks: back where they were
    qtbot.mouseClick(window.findChild(QPushButton, "lockUnlock"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=5000)  # AdvisorService.unlock
    assert not window.state.locked
    assert window.state.customer is not None and window.state.customer.id == with_customer
    assert window.state.customer.display_name in _leaks(secrets)
    assert phone not in _leaks(secrets)  # a number shown before locking is masked again


def test_input_keeps_it_open_and_zero_means_never(window, loaded_desk, qtbot):
    fake = FakeTime()
    window.lock.now = fake
    window.lock.touch()
    fake.t += 4 * 60
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)  # someone is working
    fake.t += 4 * 60
    window.lock.check_idle()
    assert not window.state.locked
    loaded_desk.settings.change(window.state.session, auto_lock_minutes=0)
    window.state.apply(__import__("advisor_desk.domain.changes",
                                  fromlist=["Changes"]).Changes(settings=True))
    fake.t += 10 * 3600
    window.lock.check_idle()
    assert not window.state.locked


def test_shortcut_locks_and_the_pin_or_another_profile_unlocks(window, loaded_desk, qtbot):
    boss = window.state.advisor
    staff = next(a for a in loaded_desk.advisors.list() if not a.is_manager)
    loaded_desk.advisors.set_pin(boss.id, "1357", session=loaded_desk.advisors.unlock(boss.id))
    loaded_desk.advisors.set_pin(staff.id, "2468", session=loaded_desk.advisors.unlock(staff.id))
    session = window.state.session
    assert loaded_desk.advisors.is_unlocked(session)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert window.state.locked
    # the manager's session ended with the lock: manager-only operations are refused in
    # services until the PIN is given again (issue 15's authorisation)
    assert window.state.session is None and not loaded_desk.advisors.is_unlocked(session)
    pin = window.findChild(QLineEdit, "lockPin")
    unlock = window.findChild(QPushButton, "lockUnlock")
    hint = window.findChild(QLabel, "lockHint")
    assert pin.isVisible()
    pin.setText("0000")
    _click(window, unlock, qtbot)
    assert window.state.locked and hint.isVisible()
    pin.setText("1357")
    _click(window, unlock, qtbot)
    assert not window.state.locked and window.state.advisor.id == boss.id
    assert loaded_desk.advisors.is_unlocked(window.state.session)  # a new session
    # the toolbar button locks too; another profile with its own PIN takes the counter
    window.findChild(QPushButton, "lockButton").click()
    assert window.state.locked
    profiles = window.findChild(QComboBox, "lockProfile")
    profiles.setCurrentIndex(profiles.findText(staff.name))
    pin.setText("1357")  # the manager's PIN is not the advisor's
    _click(window, unlock, qtbot)
    assert window.state.locked
    pin.setText("2468")
    _click(window, unlock, qtbot)
    assert not window.state.locked
    assert window.state.advisor.id == staff.id and window.state.customer is None


def test_wrong_pins_on_the_lock_screen_wait(window, loaded_desk, qtbot):
    boss = window.state.advisor
    loaded_desk.advisors.set_pin(boss.id, "1357", session=loaded_desk.advisors.unlock(boss.id))
    window.lock.lock()
    pin = window.findChild(QLineEdit, "lockPin")
    unlock = window.findChild(QPushButton, "lockUnlock")
    for _ in range(5):
        pin.setText("0000")
        _click(window, unlock, qtbot)
    assert not unlock.isEnabled() and not pin.isEnabled()
    assert "30" in window.findChild(QLabel, "lockHint").text()
    assert window.state.locked


def test_the_sidebar_and_other_windows_hide_while_locked(window, loaded_desk, with_customer,
                                                         qtbot):
    from PySide6.QtWidgets import QWidget

    secrets = _secrets(loaded_desk)
    window.navigation.setCurrentRow([s.key for s in PAGE_SPECS].index("training"))
    training = window.page("training")
    training.decks.setCurrentRow(next(r for r in range(training.decks.count())
                                      if training.decks.item(r).data(Qt.ItemDataRole.UserRole)))
    training.present()  # the real presenter, on the projector
    presenter = training.presenter
    qtbot.waitUntil(presenter.isVisible, timeout=5000)
    other = QWidget()  # any other window of ours, titled with the customer's name
    other.setWindowTitle(window.state.customer.display_name)
    qtbot.addWidget(other)
    other.show()
    window.toggle_sidebar()  # the narrow window beside the chat, current customer in it
    sidebar = window.sidebar_switch.sidebar
    qtbot.waitUntil(sidebar.isVisible, timeout=5000)
    assert _leaks(secrets)  # the sidebar shows the customer before locking
    window.lock.lock()
    assert not sidebar.isVisible() and not other.isVisible() and window.isVisible()
    assert not presenter.isVisible()
    assert _leaks(secrets) == []
    _click(window, window.findChild(QPushButton, "lockUnlock"), qtbot)
    assert not window.state.locked and other.isVisible() and presenter.isVisible()
    presenter.close()


def test_the_sidebar_locks_at_once_with_its_button_and_the_shortcut(window, loaded_desk,
                                                                    with_customer, qtbot):
    """Beside the chat the main window is hidden: the sidebar has the lock button and
    Ctrl+Shift+L too; locking turns it back into the full window, which shows the lock."""
    secrets = _secrets(loaded_desk)
    for how in ("button", "keys"):
        window.toggle_sidebar()
        sidebar = window.sidebar_switch.sidebar
        qtbot.waitUntil(sidebar.isVisible, timeout=5000)
        assert not window.isVisible() and _leaks(secrets)
        if how == "button":
            sidebar.findChild(QPushButton, "sidebarLock").click()
        else:
            sidebar.activateWindow()
            qtbot.waitUntil(sidebar.isActiveWindow, timeout=5000)
            qtbot.keyClick(sidebar, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
                           | Qt.KeyboardModifier.ShiftModifier)
        assert window.state.locked, how
        assert window.isVisible() and not sidebar.isVisible()
        assert window.findChild(QLineEdit, "lockPin") is not None
        assert _leaks(secrets) == []
        _click(window, window.findChild(QPushButton, "lockUnlock"), qtbot)  # no PIN set
        assert not window.state.locked
        window.state.set_customer(loaded_desk.customers.card(with_customer))
