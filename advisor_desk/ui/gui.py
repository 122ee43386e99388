"""Start the desktop app: QApplication, translations, theme, the window first, then the
database opens in the background (the first paint never waits for SQLAlchemy or Alembic)."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from advisor_desk import APP_NAME
from advisor_desk.domain.changes import Changes
from advisor_desk.domain.errors import DatabaseCorrupt, DeskError
from advisor_desk.paths import AppPaths
from advisor_desk.ui import i18n, theme
from advisor_desk.ui.main_window import MainWindow
from advisor_desk.ui.single_instance import InstanceGuard

if TYPE_CHECKING:
    from advisor_desk.services.desk import Desk

log = logging.getLogger(__name__)
# set by the start-up benchmark: "shown" quits as soon as the window has been shown and
# painted; "ready" once the database is open and the first page shows its data. Either way the
# wall-clock instant (time.time()) is printed first as "reached <seconds>".
QUIT_WHEN = "ADVISOR_DESK_QUIT_WHEN"


@dataclass(frozen=True)
class GuiOptions:
    lang: str | None = None  # None: this PC's saved choice, else zh_CN
    demo: bool = False
    smoke_test: bool = False


def _choose_platform(smoke_test: bool) -> str | None:
    """Offscreen for the smoke test (and any run without a display); None if Qt decides."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    no_display = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if smoke_test or (no_display and os.environ.get(QUIT_WHEN)):
        return "offscreen"
    if no_display:
        raise SystemExit("advisor-desk: no display found (DISPLAY is not set); "
                         "use --smoke-test for a headless check")
    return None


def run_gui(options: GuiOptions, paths: AppPaths, *, open_desk: Callable[[], Desk],
            prepare: Callable[[Desk], None] | None = None,
            start_logging: Callable[[], None] | None = None,
            startup_problem: DeskError | None = None) -> int:
    """Show the window first; logging, the excepthook and the database follow right after the
    first paint (they cost ~20 ms of imports that the window does not need). A data folder
    that cannot be used (``startup_problem``) is said in a dialog instead, exit code 2."""
    platform = _choose_platform(options.smoke_test)
    if platform:
        os.environ["QT_QPA_PLATFORM"] = platform
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setStyle("Fusion")
    if startup_problem is not None:
        return _refuse_to_start(app, options, startup_problem)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    lang = options.lang or str(settings.value("ui/language", "zh_CN"))
    # a throw-away demo folder would compile the catalogue on every start: keep the compiled
    # catalogue (not data) in this user's cache folder instead
    cache = AppPaths.resolve().cache if options.demo else paths.cache
    i18n.install(app, lang if lang in i18n.LANGUAGES else "zh_CN", cache)
    guard = InstanceGuard(paths.data)
    if not guard.acquire():
        holder = guard.holder()
        if holder is not None and holder.program != "app":
            print(f"advisor-desk: the data folder is busy ({holder.program}, process "
                  f"{holder.pid}); try again when it has finished.", file=sys.stderr)
            return 2
        raised = guard.ask_first_to_raise()
        print("advisor-desk: Advisor Desk is already open for this data folder"
              + ("; brought it to the front." if raised else "."), file=sys.stderr)
        return 0
    theme.apply(app)
    window = MainWindow(paths.log_file, settings, demo=options.demo)
    opened: list[Desk] = []

    def reopen() -> Desk:  # after a restore from the window
        desk = open_desk()
        opened.append(desk)
        return desk

    window.open_desk = reopen
    window.folder_lock = guard.folder_lock  # kept through a restore from the window

    def work(ctx) -> Desk:
        desk = open_desk()
        opened.append(desk)
        if prepare is not None:
            ctx.progress(1, 2, QCoreApplication.translate("Startup", "Loading demo data…"))
            prepare(desk)
        desk.maintenance.daily_backup()
        return desk

    def ready(desk: Desk) -> None:
        window.attach(desk)
        if prepare is None and not options.smoke_test and desk.setup.is_new():
            window.first_run()  # a new shop: store, you, HQ's content
        if desk.sop.sweep_due():
            # the daily SOP sweep runs beside the writer thread, not on it: it commits in
            # short batches, so a click of the advisor waits at most one batch, not the sweep
            window.tasks.run(lambda ctx: desk.sop.sweep(progress=ctx.progress),
                             title=QCoreApplication.translate("Startup", "Preparing today's list"),
                             on_done=lambda _r: window.state.apply(Changes(tasks=True)),
                             cancellable=True)
        if os.environ.get(QUIT_WHEN) == "ready":
            page = window.current_page()
            if page is not None and hasattr(page, "task_count"):  # what the user sees
                print(f"{page.key} rows {page.task_count()}", flush=True)
            QTimer.singleShot(0, lambda: _benchmark_quit(app))
        if options.smoke_test:
            QTimer.singleShot(0, lambda: _finish_smoke_test(window))

    def failed(exc: BaseException) -> None:
        if options.smoke_test:
            print(f"advisor-desk: smoke test failed: {exc}", file=sys.stderr)
            app.exit(1)
            return
        if isinstance(exc, DatabaseCorrupt):  # offer the backups instead of a dead end
            from advisor_desk.ui import errors, restore

            restore.offer_at_startup(window, paths,
                                     errors.describe_for_restore(exc, paths.log_file),
                                     reopen, ready, lambda: app.exit(2),
                                     holding=guard.folder_lock)
            return
        window.show_error(exc)
        app.exit(2)

    def after_first_paint() -> None:
        if start_logging is not None:
            start_logging()
        guard.serve(window)
        _install_excepthook(paths.log_file)
        window.tasks.run(work, title=QCoreApplication.translate("Startup", "Opening the database"),
                         on_done=ready, on_error=failed, cancellable=False)

    if os.environ.get(QUIT_WHEN) == "shown":
        window.shown.connect(lambda: QTimer.singleShot(0, lambda: _benchmark_quit(app)))
    else:
        window.shown.connect(lambda: QTimer.singleShot(0, after_first_paint))
    window.show_restored()
    code = app.exec()
    window.tasks.wait(10_000)
    window.ops.writer.stop(5.0)
    guard.release()
    for desk in opened:
        desk.close()
    return code


def _refuse_to_start(app: QApplication, options: GuiOptions, problem: DeskError) -> int:
    """The data folder is unusable: one translated sentence in a dialog, nothing written
    (translations compile into a throw-away folder; the data folder may be read-only)."""
    import tempfile

    from advisor_desk.ui import errors

    theme.apply(app)
    with tempfile.TemporaryDirectory(prefix="advisor-desk-") as cache:
        installed = i18n.install(app, options.lang if options.lang in i18n.LANGUAGES
                                 else "zh_CN", Path(cache))
        print(f"advisor-desk: {problem}", file=sys.stderr)
        if not options.smoke_test:
            errors.show_error(None, problem, Path(cache))
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
    return 2


def _benchmark_quit(app: QApplication) -> None:
    """Print the instant the benchmark waits for, then quit (start-up benchmark only)."""
    import time

    print(f"reached {time.time():.6f} cpu {time.process_time():.3f}", flush=True)
    app.quit()


def _install_excepthook(log_file) -> None:
    """Unexpected exceptions on the GUI thread: logged with traceback, shown as a dialog."""

    def hook(exc_type, exc, tb) -> None:
        from advisor_desk.ui import errors

        errors.report_unexpected(exc_type, exc, tb, log_file)

    sys.excepthook = hook


def _finish_smoke_test(window: MainWindow) -> None:
    page = window.page("scripts")
    rows = page.model.rowCount()  # type: ignore[attr-defined]
    if rows == 0:
        print("advisor-desk: smoke test failed: the scripts page is empty", file=sys.stderr)
        QApplication.instance().exit(1)
        return
    print(f"smoke test OK: main window shown, {rows} scripts listed")
    QApplication.instance().exit(0)
