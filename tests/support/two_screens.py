"""Run in a child process on Qt's offscreen platform with two screens (a laptop and a
projector): open the Training page, present the first deck, report where things went.

    QT_QPA_PLATFORM=offscreen:configfile=SCREENS.json python -m tests.support.two_screens DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SCREENS = {"screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1},
    {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1},
]}


def main(folder: Path) -> dict:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from advisor_desk.domain.clock import FixedClock
    from advisor_desk.paths import AppPaths
    from advisor_desk.services.desk import open_desk
    from advisor_desk.ui.main_window import MainWindow
    from tests.conftest import TODAY
    from tests.support.content_factory import base_content, write_content

    app = QApplication([])
    desk = open_desk(AppPaths.under(folder / "data").ensure(), FixedClock.at_local(TODAY, 10))
    desk.content.apply(desk.content.read_folder(write_content(folder / "c", base_content())))
    desk.advisors.add("林晓雯", role="manager")
    window = MainWindow(desk.paths.log_file, QSettings(str(folder / "w.ini"),
                                                       QSettings.Format.IniFormat))
    window.show_restored()
    window.attach(desk)
    window.state.request_page("training")
    page = window.page("training")
    chosen = page.chosen_screen().name()
    page.present()
    presenter = page.presenter
    app.processEvents()
    notes = presenter.notes
    QTest.keyClick(notes, Qt.Key.Key_PageDown)  # keys typed on the notes screen drive the deck
    result = {"picker": chosen, "slides_on": presenter.screen().name(),
              "slides_geometry": presenter.geometry().getRect(),
              "notes_on": notes.screen().name(), "notes_visible": notes.isVisible(),
              "index_after_key": presenter.index,
              "notes_heading": notes.heading.text(),
              "slide_heading": presenter.view.frame.situation}
    presenter.close()
    app.processEvents()
    result["notes_closed"] = page.presenter is None

    # the sidebar remembers its screen: docked left on the projector, it comes back there
    window.ui.prefs.setValue("sidebar/screen", "projector")
    window.ui.prefs.setValue("sidebar/side", "left")
    switch = window.sidebar_switch
    switch.to_sidebar()
    app.processEvents()
    sidebar = switch.sidebar
    result["sidebar_on"] = sidebar.screen().name()
    result["sidebar_frame"] = sidebar.frameGeometry().getRect()
    switch.dock("right")
    switch.to_full()
    result["remembered"] = [window.ui.prefs.value(k) for k in ("sidebar/screen", "sidebar/side")]
    switch.to_sidebar()
    app.processEvents()
    result["sidebar_again"] = switch.sidebar.frameGeometry().getRect()
    switch.to_full()
    window.close()
    desk.close()
    return result


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1])), ensure_ascii=False))
