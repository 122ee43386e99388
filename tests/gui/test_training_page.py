"""The Training page: a trainer reaches a full-screen deck in two actions; the presenter is
driven by keys (a clicker's too); practice cards move boxes; Today's what's-new banner."""

from __future__ import annotations

import copy
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QPushButton,
    QTabWidget,
)
from sqlalchemy import select

from advisor_desk.store import models as m
from advisor_desk.ui.pages import PAGE_SPECS
from advisor_desk.ui.widgets.slide_view import SCRIPT_MIN, SlideView, fitted
from advisor_desk.ui.windows.presenter import PresenterWindow
from tests.support.content_factory import base_content
from tests.support.ops import settle
from tests.support.packs import build_pack, make_signer

pytestmark = pytest.mark.gui


def _presenter() -> PresenterWindow | None:
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, PresenterWindow) and w.isVisible()]
    return found[0] if found else None


def _deck_row(decks: QListWidget, text: str) -> int:
    return next(r for r in range(decks.count()) if text in decks.item(r).text()
                and decks.item(r).data(Qt.ItemDataRole.UserRole))


def _open_training(window, qtbot):
    """Action 1: click 培训 in the navigation."""
    nav = window.navigation
    row = [s.key for s in PAGE_SPECS].index("training")
    rect = nav.visualItemRect(nav.item(row))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.page("training")
    assert window.stack.currentWidget() is page
    return page


def test_a_trainer_reaches_the_price_objection_deck_full_screen_in_two_actions(window, qtbot):
    page = _open_training(window, qtbot)  # action 1
    decks = page.findChild(QListWidget, "trainingDeckList")
    row = _deck_row(decks, "价格异议")
    rect = decks.visualItemRect(decks.item(row))
    # action 2, a double-click as Qt receives it: press/release, then the double click
    qtbot.mouseClick(decks.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(decks.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    presenter = _presenter()
    assert presenter is not None
    qtbot.waitUntil(lambda: presenter.isFullScreen(), timeout=5000)
    assert presenter.windowState() & Qt.WindowState.WindowFullScreen
    assert presenter.screen() is QGuiApplication.primaryScreen()  # the only screen here
    assert presenter.geometry() == presenter.screen().geometry()
    assert presenter.view.frame.kind == "title" and presenter.view.frame.situation == "价格异议"
    assert presenter.notes is None  # one screen: no speaker-notes window
    presenter.close()


def test_presenter_keys_and_clicker_keys_move_black_and_leave(window, qtbot):
    page = _open_training(window, qtbot)
    decks = page.findChild(QListWidget, "trainingDeckList")
    decks.setCurrentRow(_deck_row(decks, "价格异议"))
    qtbot.mouseClick(page.findChild(QPushButton, "trainingPresentButton"),
                     Qt.MouseButton.LeftButton)
    presenter = _presenter()
    frames = presenter.frames
    assert len(frames) == 3  # title + the two 价格异议 scripts of the test content
    seen = [presenter.index]
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_PageUp, Qt.Key.Key_Left,
                Qt.Key.Key_Space, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up,
                Qt.Key.Key_End, Qt.Key.Key_Home):
        qtbot.keyClick(presenter, key)
        seen.append(presenter.index)
    assert seen == [0, 1, 2, 1, 0, 1, 2, 2, 1, 2, 0]
    qtbot.mouseClick(presenter, Qt.MouseButton.LeftButton)  # a clicker acting as a mouse
    assert presenter.index == 1
    qtbot.mouseClick(presenter, Qt.MouseButton.RightButton)
    assert presenter.index == 0
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    script = presenter.view.frame
    assert script.situation == "话术标题2" and script.script.startswith("王姐，")
    assert not re.search(r"[{}]", script.script)
    assert page.findChild(QLabel, "trainingPreviewPosition").text() == "2 / 3"  # follows
    qtbot.keyClick(presenter, Qt.Key.Key_B)  # a clicker's black-screen button
    assert presenter.view.blank
    qtbot.keyClick(presenter, Qt.Key.Key_Period)
    assert not presenter.view.blank
    qtbot.keyClick(presenter, Qt.Key.Key_N)  # one screen: notes on the slide itself
    assert presenter.view.notes_visible and "Keywords" not in script.notes
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert _presenter() is None and page.presenter is None


def test_presenter_blanks_when_customer_data_is_hidden(window, qtbot):
    page = _open_training(window, qtbot)
    page.present()
    presenter = _presenter()
    page.set_customer_data_hidden(True)
    assert presenter.view.hidden
    image = presenter.view.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 3).name() == "#000000"
    page.set_customer_data_hidden(False)
    presenter.close()


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1366, 768)])
def test_the_longest_demo_script_stays_readable_at_projector_sizes(desk, width, height):
    """Scripts never shrink below 3 % of the screen height (32 px at 1080 lines)."""
    from advisor_desk import locate

    desk.content.apply(desk.content.read_folder(locate.demo_content_dir()))
    deck = desk.training.deck("steps")
    longest = max((s.script for s in deck.slides), key=len)
    view = SlideView()
    view.resize(width, height)
    inner = width * 0.88 - 2 * height * 0.025 - height * 0.008
    room = height * 0.93 - height * 0.45
    font, used = fitted(view.font(), longest, inner, room, height * 0.064, height * SCRIPT_MIN)
    assert font.pixelSize() >= round(height * SCRIPT_MIN)
    assert used <= room, f"the longest script ({len(longest)} characters) fits"


def test_practice_card_front_reveal_and_box_moves(window, loaded_desk, qtbot):
    page = _open_training(window, qtbot)
    tabs = page.findChild(QTabWidget, "trainingTabs")
    tabs.setCurrentIndex(1)
    card = page.practice.card
    count = page.findChild(QLabel, "practiceCount")
    assert "5" in count.text()
    first = card.card
    assert first is not None and not card.is_revealed
    assert not page.findChild(QLabel, "cardScript").isVisible()
    assert page.findChild(QPushButton, "revealButton").isVisible()
    qtbot.keyClick(card, Qt.Key.Key_Space)  # reveal
    script = page.findChild(QLabel, "cardScript")
    assert script.isVisible() and script.text().startswith("王姐，")
    qtbot.keyClick(card, Qt.Key.Key_2)  # 会了
    settle(window, qtbot)  # saved on the writer thread, then the next card
    qtbot.mouseClick(page.findChild(QPushButton, "revealButton"), Qt.MouseButton.LeftButton)
    second = card.card
    qtbot.mouseClick(page.findChild(QPushButton, "againButton"), Qt.MouseButton.LeftButton)
    settle(window, qtbot)
    advisor = window.state.advisor_id
    with loaded_desk.ctx.db.read() as s:
        boxes = {r.script_uid: r.box for r in s.scalars(
            select(m.PracticeCard).where(m.PracticeCard.advisor_id == advisor))}
    assert boxes == {first.uid: 2, second.uid: 1}
    assert "3" in count.text()
    assert "2" in page.findChild(QLabel, "practiceScore").text()


def test_whats_new_banner_until_the_advisor_has_seen_each_script(desk, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from advisor_desk.ui.main_window import MainWindow

    hq = make_signer(tmp_path / "keys")
    desk.trust.add(hq.public_file, ("test.",))
    v1 = base_content()
    desk.packs.import_file(build_pack(tmp_path, hq, v1, version=1))
    desk.advisors.add("林晓雯", role="manager")
    desk.clock.advance(minutes=5)
    v2 = copy.deepcopy(v1)
    v2["scripts.json"][0]["body"] = "{称呼|亲}，改过的第1条。"
    v2["scripts.json"].append({"uid": "t.s.new", "kind": "script", "title": "新话术",
                               "body": "{称呼|亲}，新的。", "scene": "welcome"})
    desk.packs.import_file(build_pack(tmp_path, hq, v2, version=2))
    w = MainWindow(desk.paths.log_file, QSettings(str(tmp_path / "w.ini"),
                                                  QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show_restored()
    w.attach(desk)
    w.navigation.setCurrentRow(0)
    banner = w.page("today").findChild(QPushButton, "whatsNewBanner")
    assert banner.isVisible() and "2" in banner.text()
    qtbot.mouseClick(banner, Qt.MouseButton.LeftButton)
    page = w.page("training")
    assert w.stack.currentWidget() is page and page.tabs.currentWidget() is page.practice
    card = page.practice.card
    assert card.card.change in ("new", "changed")
    qtbot.keyClick(card, Qt.Key.Key_Space)  # looked at one: one left
    settle(w, qtbot)
    w.navigation.setCurrentRow(0)
    assert banner.isVisible() and "1" in banner.text()
    w.navigation.setCurrentRow([s.key for s in PAGE_SPECS].index("training"))
    qtbot.keyClick(card, Qt.Key.Key_1)
    settle(w, qtbot)
    qtbot.keyClick(card, Qt.Key.Key_Space)
    qtbot.keyClick(card, Qt.Key.Key_2)
    settle(w, qtbot)
    assert page.practice.card.card is None
    w.navigation.setCurrentRow(0)
    assert not banner.isVisible()


def test_with_a_projector_slides_go_there_and_notes_stay_on_the_first_screen(tmp_path):
    """Two screens (Qt's offscreen platform, configured in a child process); the sidebar
    docked on the second screen comes back there."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    from tests.support.two_screens import SCREENS

    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), "utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-m", "tests.support.two_screens", str(tmp_path)],
                          cwd=root, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["picker"] == "projector"  # chosen by default when one is connected
    assert result["slides_on"] == "projector"
    assert tuple(result["slides_geometry"]) == (1366, 0, 1920, 1080)
    assert result["notes_on"] == "laptop" and result["notes_visible"]
    assert result["index_after_key"] == 1
    assert result["notes_heading"] == result["slide_heading"] != ""
    assert result["notes_closed"]
    # the sidebar on the second screen: docked there, remembered there
    assert result["sidebar_on"] == "projector"
    assert tuple(result["sidebar_frame"]) == (1366, 0, 380, 1080)
    assert result["remembered"] == ["projector", "right"]
    assert tuple(result["sidebar_again"]) == (1366 + 1920 - 380, 0, 380, 1080)


@pytest.mark.parametrize("lang", ["zh_CN", "en"], indirect=True)
def test_at_1366x698_deck_names_read_whole_and_the_practice_header_keeps_off_the_frame(
        lang, fit_window, qtbot):
    """The deck list is not cut ("The 7 sales steps and their scripts · 1…" in English),
    and the practice tab's count and buttons sit inside its frame, not on its border."""
    window = fit_window
    window.navigation.setCurrentRow([s.key for s in PAGE_SPECS].index("training"))
    page = window.page("training")
    settle(window, qtbot)
    decks = page.findChild(QListWidget, "trainingDeckList")
    metrics = decks.fontMetrics()
    room = decks.viewport().width() - 8  # the item's own padding
    cut = [decks.item(r).text().strip() for r in range(decks.count())
           if metrics.horizontalAdvance(decks.item(r).text()) > room]
    assert not cut, f"[{lang}] cut in a {room}px list: {cut}"

    tabs = page.findChild(QTabWidget, "trainingTabs")
    tabs.setCurrentWidget(page.practice)
    settle(window, qtbot)
    pane = page.practice.contentsRect()
    shown = [w for w in (page.practice.count, page.practice.daily_button,
                         page.practice.news_button) if w.isVisible()]
    assert page.practice.count in shown
    for widget in shown:
        name, box = widget.objectName(), widget.geometry()
        assert box.left() >= pane.left() + 8 and box.right() <= pane.right() - 8, \
            f"[{lang}] {name} at {box} touches the frame {pane}"


def test_the_screen_picker_names_monitors_not_device_names(window, qtbot):
    """Windows calls a screen \\\\.\\DISPLAY2: the picker shows the monitor's model (or
    "Screen"), its number and size."""
    page = _open_training(window, qtbot)

    class Fake:
        def __init__(self, model: str) -> None:
            self._model = model

        def name(self) -> str:
            return "\\\\.\\DISPLAY2"

        def model(self) -> str:
            return self._model

        def geometry(self):
            from PySide6.QtCore import QRect
            return QRect(1366, 0, 1920, 1080)

    assert page.screen_label(2, Fake("DELL P2419H"), False) == "2: DELL P2419H 1920×1080"
    label = page.screen_label(1, Fake(""), True)
    assert "DISPLAY" not in label and label.startswith("1: ") and "1920×1080" in label
    combo = page.findChild(QComboBox, "trainingScreen")
    primary = QGuiApplication.primaryScreen()
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert shown and not [t for t in shown if primary.name() and primary.name() in t]
