"""Start ``advisor-desk --hq [--db URL]``: the HQ dashboard window first, then the warehouse
opens (and migrates) in the background."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from advisor_desk import APP_NAME
from advisor_desk.paths import AppPaths
from advisor_desk.ui import i18n, theme
from advisor_desk.ui.gui import GuiOptions, _choose_platform, _install_excepthook
from advisor_desk.ui.hq_window import HqWindow

if TYPE_CHECKING:
    from advisor_desk.services.hq_dashboard import HqDashboardService


def run_hq_gui(options: GuiOptions, paths: AppPaths, *,
               open_dashboard: Callable[[], HqDashboardService],
               start_logging: Callable[[], None] | None = None) -> int:
    import os

    platform = _choose_platform(options.smoke_test)
    if platform:
        os.environ["QT_QPA_PLATFORM"] = platform
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setStyle("Fusion")
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    lang = options.lang or str(settings.value("ui/language", "zh_CN"))
    lang = lang if lang in i18n.LANGUAGES else "zh_CN"
    i18n.install(app, lang, paths.cache)
    theme.apply(app)
    window = HqWindow(paths.log_file, settings, lang)
    opened: list[HqDashboardService] = []

    def work(_ctx) -> HqDashboardService:
        dashboard = open_dashboard()
        opened.append(dashboard)
        return dashboard

    def ready(dashboard: HqDashboardService) -> None:
        page = window.attach(dashboard)
        if options.smoke_test:
            page.loaded.connect(lambda: QTimer.singleShot(0, lambda: _finish(page)))

    def failed(exc: BaseException) -> None:
        if options.smoke_test:
            print(f"advisor-desk: smoke test failed: {exc}", file=sys.stderr)
            app.exit(1)
            return
        window.show_error(exc)
        app.exit(2)

    def after_first_paint() -> None:
        if start_logging is not None:
            start_logging()
        _install_excepthook(paths.log_file)
        window.tasks.run(work, title=QCoreApplication.translate("Startup",
                                                                "Opening the warehouse"),
                         on_done=ready, on_error=failed, cancellable=False)

    window.shown.connect(after_first_paint)
    window.show_restored()
    code = app.exec()
    window.tasks.wait(10_000)
    for dashboard in opened:
        dashboard.close()
    return code


def _finish(page) -> None:
    board = page.board
    print(f"HQ smoke test OK: dashboard shown, {board.reports if board else 0} report(s)")
    QApplication.instance().exit(0 if board is not None else 1)
