"""Run in a child process: start the window on a data folder whose database cannot be
opened, answer its start-up restore dialog with Quit, print what it said as JSON.

    python -m tests.support.startup_dialog DATA_DIR LANG

A child process starts the app as a user does (nothing left over from other tests: hooks,
translators, windows), and if it ever hangs the test kills it and shows where it stood (the
stack dump after 60 s) instead of stalling the whole suite.
"""

from __future__ import annotations

import faulthandler
import json
import sys
from pathlib import Path

WAIT_S = 60


def main(data: Path, lang: str) -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    from advisor_desk.paths import AppPaths
    from advisor_desk.services.desk import open_desk
    from advisor_desk.ui.gui import GuiOptions, run_gui

    QApplication([sys.argv[0]])  # before the timer below; run_gui uses this one
    paths = AppPaths.under(data)
    seen: list[str] = []
    modal_seen: list[str] = []

    def answer(left: int = WAIT_S * 20) -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if w.objectName() == "startupRestoreDialog" and w.isVisible()), None)
        if dialog is None:
            modal = QApplication.activeModalWidget()
            if modal is not None and modal.objectName() not in modal_seen:
                modal_seen.append(modal.objectName())
            if left:
                QTimer.singleShot(50, lambda: answer(left - 1))
            else:  # no dialog: end with what was up instead of hanging
                QApplication.exit(3)
            return
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()  # Quit

    QTimer.singleShot(50, answer)
    code = run_gui(GuiOptions(lang=lang), paths, open_desk=lambda: open_desk(paths))
    return {"code": code, "seen": seen, "modals": modal_seen}


if __name__ == "__main__":
    faulthandler.dump_traceback_later(WAIT_S + 30, exit=True)
    print(json.dumps(main(Path(sys.argv[1]), sys.argv[2]), ensure_ascii=False), flush=True)
