"""QtCharts is imported only with the page that draws charts (start-up budget): the main
window and every other page never pull it in."""

from __future__ import annotations

import os
import subprocess
import sys

from advisor_desk.ui.pages import PAGE_SPECS

CHARTED = {"rankings"}


def test_qtcharts_loads_only_with_the_charted_pages():
    others = [s.module for s in PAGE_SPECS if s.key not in CHARTED]
    code = (
        "import sys, importlib\n"
        "import advisor_desk.app, advisor_desk.ui.main_window, advisor_desk.ui.gui\n"
        f"for name in {others!r}: importlib.import_module(name)\n"
        "assert 'PySide6.QtCharts' not in sys.modules, 'QtCharts imported too early'\n"
        "import advisor_desk.ui.pages.rankings\n"
        "assert 'PySide6.QtCharts' in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
