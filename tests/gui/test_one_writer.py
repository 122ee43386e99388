"""Issue 15: every write of the window on one writer thread. Another process holding SQLite's
write lock for 12 s (longer than the busy timeout) never freezes the window and never becomes
the user's error; a clipboard that refuses the payload gives the code back; a bug in a page
action reaches the log with its traceback before the user is told where the log is."""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from itertools import pairwise

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListView, QPushButton, QTreeView
from sqlalchemy import select

from advisor_desk.domain.errors import InvalidInput
from advisor_desk.store import models as m
from advisor_desk.ui.pages import PAGE_SPECS
from tests.support.content_factory import library_content, write_content
from tests.support.ops import settle, when_modal

pytestmark = pytest.mark.gui
HOLD_S = 12
HOLDER = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")  # holds the write lock, changes nothing (what another
print("locked", flush=True)     # process changes is the next test's subject)
time.sleep(float(sys.argv[2]))
c.execute("COMMIT")
"""


@pytest.fixture
def loaded_desk(desk, tmp_path):
    content = library_content()
    content["playbooks.json"] = [
        {"uid": "t.p.kit", "name": "购后关怀", "trigger": "purchase",
         "steps": [{"offset_days": 1, "title": "第1天回访", "script_uid": "t.s.001"}]}]
    desk.content.apply(desk.content.read_folder(write_content(tmp_path / "c", content)))
    desk.demo.generate(customers=40)
    return desk


def _show(window, key: str):
    window.navigation.setCurrentRow([s.key for s in PAGE_SPECS].index(key))
    return window.page(key)


def _select(window, kind: str, uid: str) -> None:
    view = window.findChild(QListView, f"{kind}List")
    view.setCurrentIndex(view.model().index(view.model().row_of(uid)))


def _open_task(window, desk):
    """Today with a step selected (the shop's manager, who sees an open step)."""
    with desk.ctx.db.read() as s:
        task = s.execute(select(m.SopTask.id, m.SopTask.advisor_id)
                         .where(m.SopTask.state == "open").order_by(m.SopTask.due_on)).first()
    window.state.set_advisor(desk.advisors.get(task.advisor_id))
    page = _show(window, "today")
    page.refresh()
    index = page.model.index_of(task.id)
    window.findChild(QTreeView, "todayQueue").setCurrentIndex(index)
    assert page.panel.task.task_id == task.id
    return task.id


def test_a_12_s_lock_held_by_another_process_queues_the_writes_and_never_freezes(
        window, loaded_desk, qtbot):
    desk = loaded_desk
    customer = desk.customers.find("")[0]
    task_id = _open_task(window, desk)
    window.state.set_customer(customer)
    for key in ("scripts", "coupons"):  # built before the clock starts (first show)
        _show(window, key)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(desk.paths.database),
                               str(HOLD_S)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        locked_at = time.monotonic()
        beats: list[float] = []
        freed: list[float] = []  # when the other process let go of the lock

        def beat() -> None:
            beats.append(time.perf_counter())
            if not freed and holder.poll() is not None:
                freed.append(beats[-1])

        heart = QTimer(interval=10)
        heart.timeout.connect(beat)
        heart.start()
        try:
            _show(window, "scripts")
            _select(window, "script", "t.s.003")
            star = window.findChild(QPushButton, "scriptFavouriteButton")
            qtbot.mouseClick(star, Qt.MouseButton.LeftButton)
            _show(window, "coupons")
            _select(window, "coupon", "t.c.pool")
            copy = window.findChild(QPushButton, "couponCopyButton")
            qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
            _show(window, "today")
            qtbot.mouseClick(window.findChild(QPushButton, "doneButton"),
                             Qt.MouseButton.LeftButton)
            status = window.findChild(QLabel, "writeStatus")
            qtbot.waitUntil(lambda: "another program" in status.text()
                            or "另一个程序" in status.text(), timeout=3000)
            done = window.findChild(QPushButton, "doneButton")
            for button in (star, copy, done):  # busy on the control after ~150 ms
                qtbot.waitUntil(lambda b=button: b.property("busy") is True, timeout=2000)
                assert not button.isEnabled()
            assert window.ops.busy and holder.poll() is None  # still waiting, still held
            settle(window, qtbot, timeout=(HOLD_S + 10) * 1000)
            waited = time.monotonic() - locked_at
        finally:
            heart.stop()
    finally:
        holder.wait(30)
        holder.stdout.close()
    assert waited >= HOLD_S - 1  # every action completed only after the lock was freed
    # while the lock is held the GUI thread never waits; once it is freed, the three writes
    # complete and the pages they touched refresh (ordinary page work, reported and bounded)
    held = [b for b in beats if b <= freed[0]]
    gaps = [b - a for a, b in pairwise(held)]
    after = [b - a for a, b in pairwise([b for b in beats if b >= freed[0]])] or [0.0]
    worst = max(range(len(gaps)), key=gaps.__getitem__)
    print(f"\nlock held {HOLD_S} s: waited {waited:.1f} s, {len(held)} heartbeats while held, "
          f"largest gap {gaps[worst] * 1000:.0f} ms; after it was freed (three writes complete "
          f"and refresh their pages) {max(after) * 1000:.0f} ms")
    # waiting on the lock would be a gap of seconds (the busy timeout is 10 s); the bounds
    # leave room for a loaded CI machine (here: largest gap ~20 ms, ~95 beats a second)
    assert len(held) > HOLD_S * 20 and gaps[worst] <= 0.25, (
        f"{gaps[worst] * 1000:.0f} ms gap {held[worst] - held[0]:.2f} s into {waited:.1f} s")
    assert max(after) <= 1.0  # a page refresh, not a freeze
    assert status.isHidden() and star.isEnabled() and not star.property("busy")
    assert desk.library.script("t.s.003", window.state.advisor_id).favourite  # nothing lost
    code = desk.library.draft("coupon", "t.c.pool", advisor_id=None,
                              customer_id=customer.id).held_code
    assert code and code in QApplication.clipboard().text()
    with desk.ctx.db.read() as s:
        assert s.scalar(select(m.SopTask.state).where(m.SopTask.id == task_id)) == "done"


def test_a_clipboard_that_refuses_the_payload_returns_the_code_to_the_pool(
        window, loaded_desk, qtbot, monkeypatch):
    from advisor_desk.ui import clipboard, errors

    shown: list[BaseException] = []
    monkeypatch.setattr(errors, "show_error", lambda _p, exc, _log: shown.append(exc))
    monkeypatch.setattr(clipboard, "_arrived", lambda _payload: False)  # never reads back
    customer = loaded_desk.customers.find("")[0]
    window.state.set_customer(customer)
    _show(window, "coupons")
    _select(window, "coupon", "t.c.pool")
    qtbot.mouseClick(window.findChild(QPushButton, "couponCopyButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    settle(window, qtbot)
    assert "holding the clipboard" in str(shown[0])
    coupon = loaded_desk.library.coupon("t.c.pool")
    assert coupon.pool_free == coupon.pool_size == 5 and coupon.use_count == 0
    with loaded_desk.ctx.db.read() as s:
        kinds = s.scalars(select(m.Event.kind).where(m.Event.kind.like("coupon.%"))
                          .order_by(m.Event.seq)).all()
        issued = s.scalar(select(m.CouponCode.id).where(m.CouponCode.issued_at.is_not(None)))
    assert kinds == ["coupon.issued", "coupon.returned"] and issued is None
    assert loaded_desk.library.draft("coupon", "t.c.pool", advisor_id=None,
                                     customer_id=customer.id).held_code is None


@pytest.fixture
def log_file(loaded_desk):
    from advisor_desk.logs import setup_logging

    setup_logging(loaded_desk.paths.log_file)
    yield loaded_desk.paths.log_file
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_advisor_desk", False)]:
        root.removeHandler(handler)
        handler.close()


def test_an_exception_in_a_page_action_is_logged_with_its_traceback(window, loaded_desk,
                                                                    qtbot, monkeypatch, log_file):
    def broken(*_args, **_kwargs):
        raise RuntimeError("favourite store exploded")

    monkeypatch.setattr(loaded_desk.library, "set_favourite", broken)
    told: list[str] = []
    when_modal("errorDialog", lambda box: (told.append(box.text()), box.accept()))
    _show(window, "scripts")
    _select(window, "script", "t.s.001")
    qtbot.mouseClick(window.findChild(QPushButton, "scriptFavouriteButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    settle(window, qtbot)
    logged = log_file.read_text("utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "RuntimeError: favourite store exploded" in logged and "in broken" in logged
    assert str(log_file) in told[0]  # the user is told where the details are
    assert "favourite store exploded" not in told[0]  # never the exception's own text


def test_a_failed_save_in_the_profile_does_not_say_saved(window, loaded_desk, qtbot,
                                                         monkeypatch, customers_page):
    def refuse(*_args, **_kwargs):
        raise InvalidInput("The name is too long.")

    monkeypatch.setattr(loaded_desk.customers, "update", refuse)
    told: list[str] = []
    when_modal("errorDialog", lambda box: (told.append(box.text()), box.accept()))
    notes: list[str] = []
    monkeypatch.setattr(window.ui, "notify", notes.append)
    customers_page.open_profile(customers_page.model.id_at(0))
    window.findChild(QLineEdit, "editName").setText("新名字")
    qtbot.mouseClick(window.findChild(QPushButton, "saveDetails"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    settle(window, qtbot)
    assert told == ["The name is too long."] and notes == []


def test_the_shared_state_does_not_swallow_a_bug(window, loaded_desk, monkeypatch):
    from advisor_desk.domain.changes import Changes

    customer = loaded_desk.customers.find("")[0]
    window.state.set_customer(customer)

    def broken(_cid, **_who):  # viewer=: issue 19's scope
        raise RuntimeError("card query broke")

    monkeypatch.setattr(loaded_desk.customers, "card", broken)
    with pytest.raises(RuntimeError, match="card query broke"):
        window.state.apply(Changes(customers=frozenset({customer.id})))


def test_a_customer_added_by_the_cli_appears_in_the_open_window_within_5_s(
        window, loaded_desk, customers_page, qtbot, tmp_path):
    import os

    from tests.support.customer_files import write_csv

    before = customers_page.model.rowCount()
    sheet = write_csv(tmp_path / "one.csv", ["姓名", "手机号", "称呼"],
                      [["柜台新客", "13912345678", "新姐"]])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "advisor_desk.app", "--data-dir", str(loaded_desk.paths.data),
         "customers", "import", str(sheet), "--yes"], env=env, capture_output=True, text=True,
        timeout=120)
    assert result.returncode == 0, result.stderr
    done = time.monotonic()
    qtbot.waitUntil(lambda: customers_page.model.rowCount() == before + 1, timeout=5000)
    assert time.monotonic() - done <= 5
    names = {customers_page.model.data(customers_page.model.index(r, 0))
             for r in range(customers_page.model.rowCount())}
    assert any("柜台新客" in (n or "") for n in names)


def test_what_another_process_changed_is_all_that_is_announced(window, loaded_desk, qtbot):
    """A setting changed by another process refreshes what shows settings, not the advisor
    list or the library; a trusted key changes the packs; our own writes are not news."""
    import sqlite3

    seen = []
    window.state.changed.connect(seen.append)
    window.ops.poll()
    settle(window, qtbot)
    seen.clear()
    window.ops.write(lambda desk: desk.library.set_favourite(
        "script", "t.s.002", True, advisor_id=window.state.advisor_id))
    settle(window, qtbot)
    window.ops.poll()
    settle(window, qtbot)
    assert len(seen) == 1 and seen[0].library  # only our own write's changes
    with sqlite3.connect(loaded_desk.paths.database) as conn:  # another process
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('grace_days', '9')")
    seen.clear()
    window.ops.poll()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen[0].settings and not (seen[0].advisors or seen[0].library or seen[0].tags
                                     or seen[0].all_customers or seen[0].customers)


def test_a_write_queued_behind_an_import_says_it_waits_for_the_import(window, loaded_desk,
                                                                      qtbot, monkeypatch):
    """While a long write of this window runs (an import, on the writer thread), a click
    queues behind it: its control turns busy and the status bar names what it waits for —
    no failure, no "database is locked" — and it completes when the import is done."""
    import threading

    from advisor_desk.domain.changes import Changes

    release = threading.Event()
    imported: list[bool] = []

    def long_import(_ctx):  # stands for a customer import holding the writer for seconds
        release.wait(20)
        return Changes()

    from advisor_desk.ui import errors

    told: list[BaseException] = []  # (no modal watcher: one left waiting would answer the
    monkeypatch.setattr(errors, "show_error",  # next tests' dialogs)
                        lambda _parent, exc, _log: told.append(exc))
    _show(window, "scripts")
    _select(window, "script", "t.s.003")
    window.tasks.run(long_import, title="Importing customers", writes=True,
                     on_done=lambda _r: imported.append(True))
    star = window.findChild(QPushButton, "scriptFavouriteButton")
    qtbot.mouseClick(star, Qt.MouseButton.LeftButton)
    status = window.findChild(QLabel, "writeStatus")
    qtbot.waitUntil(lambda: "Importing customers" in status.text(), timeout=3000)
    assert status.isVisible() and ("to finish" in status.text() or "完成" in status.text())
    assert star.property("busy") is True and not star.isEnabled()
    assert not loaded_desk.library.script("t.s.003", window.state.advisor_id).favourite
    release.set()
    settle(window, qtbot)
    assert imported == [True] and told == []
    assert status.isHidden() and star.isEnabled() and not star.property("busy")
    assert loaded_desk.library.script("t.s.003", window.state.advisor_id).favourite
