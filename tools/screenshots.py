"""Screenshots of every page and dialog at 1366×698, as the app draws them (fonts, theme).

    python tools/screenshots.py OUT_DIR --lang zh_CN [--only KEY ...]

Runs on Qt's offscreen platform on a throw-away demo data folder: pages come from PAGE_SPECS
(plus the customer profile, and Today on a new shop before and after the first-run steps),
dialogs from advisor_desk/ui/dialogs/catalog.py, each drawn over the dimmed window as it opens.
Files: ``page-<key>-<lang>.png`` and ``dialog-<key>-<lang>.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WIDTH, HEIGHT = 1366, 698


def settle(seconds: float = 0.4) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def make_window(desk, data: Path):
    from PySide6.QtCore import QSettings

    from advisor_desk.ui.main_window import MainWindow

    settings = QSettings(str(data / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(desk.paths.log_file, settings, demo=bool(desk.settings.get().demo))
    window.resize(WIDTH, HEIGHT)
    window.show()
    window.attach(desk)
    settle(0.6)
    return window


def demo_desk(lang: str, prefix: str):
    """What the screenshot tools start with: the QApplication in ``lang`` with the app's theme,
    a throw-away folder and a desk on the demo in it: (app, folder, desk)."""
    from PySide6.QtWidgets import QApplication

    from advisor_desk.paths import AppPaths
    from advisor_desk.services.desk import open_desk
    from advisor_desk.ui import i18n, theme

    app = QApplication([sys.argv[0]])
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    i18n.install(app, lang, tmp / "cache")
    theme.apply(app)
    desk = open_desk(AppPaths.under(tmp / "demo").ensure())
    desk.demo.load()
    return app, tmp, desk


def _save(picture, out: Path) -> None:
    """PNG, made ~3x smaller with a 256-colour palette when ImageMagick is there."""
    import shutil
    import subprocess

    picture.save(str(out))
    convert = shutil.which("convert")
    if convert:
        subprocess.run([convert, str(out), "-strip", "-dither", "None", "-colors", "256",
                        f"PNG8:{out}"], check=False, capture_output=True)
    print(out)


def save_window(window, out: Path) -> None:
    _save(window.grab(), out)


def save_dialog(window, dialog, out: Path) -> None:
    from PySide6.QtGui import QColor, QPainter

    dialog.show()
    settle(0.5)
    picture = window.grab()
    box = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
    x = max(0, (picture.width() - box.width()) // 2)
    y = max(0, (picture.height() - box.height()) // 2)
    painter.drawPixmap(x, y, box)
    painter.end()
    _save(picture, out)
    dialog.close()
    dialog.deleteLater()
    settle(0.1)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from advisor_desk.paths import AppPaths
    from advisor_desk.services.desk import open_desk
    from advisor_desk.ui import i18n, theme
    from advisor_desk.ui.dialogs.catalog import DIALOG_SPECS
    from advisor_desk.ui.pages import PAGE_SPECS

    app = QApplication([sys.argv[0]])
    tmp = Path(tempfile.mkdtemp(prefix="advisor-desk-shots-"))
    i18n.install(app, args.lang, tmp / "cache")
    theme.apply(app)
    wanted = set(args.only) if args.only else None
    suffix = f"-{args.lang}.png"

    def want(key: str) -> bool:
        return wanted is None or key in wanted

    if want("first-run") or want("today-new"):
        paths = AppPaths.under(tmp / "empty").ensure()
        desk = open_desk(paths)
        window = make_window(desk, tmp / "empty")
        if want("today-new"):
            save_window(window, args.out / f"page-today-new{suffix}")
        if want("first-run"):
            from advisor_desk.ui.dialogs.welcome import WelcomeDialog

            dialog = WelcomeDialog(window, window.ui)
            save_dialog(window, dialog, args.out / f"dialog-first-run-1{suffix}")
            dialog = WelcomeDialog(window, window.ui)
            dialog.store_name.setText("沁研 静安嘉里中心专柜")
            dialog.store_code.setText("SH001")
            dialog.go_next()
            save_dialog(window, dialog, args.out / f"dialog-first-run-2{suffix}")
            dialog = WelcomeDialog(window, window.ui)
            dialog.store_name.setText("沁研 静安嘉里中心专柜")
            dialog.store_code.setText("SH001")
            dialog.go_next()
            dialog.manager_name.setText("林晓雯")
            dialog.go_next()
            save_dialog(window, dialog, args.out / f"dialog-first-run-3{suffix}")
        window.close()
        desk.close()

    paths = AppPaths.under(tmp / "demo").ensure()
    desk = open_desk(paths)
    desk.demo.load()
    window = make_window(desk, tmp / "demo")
    for row, spec in enumerate(PAGE_SPECS):
        if not want(spec.key) and not (spec.key == "customers" and want("customer-profile")):
            continue
        window.navigation.setCurrentRow(row)
        settle(0.8)
        if want(spec.key):
            save_window(window, args.out / f"page-{spec.key}{suffix}")
        if spec.key == "customers" and want("customer-profile"):
            page = window.page("customers")
            page.choose(page.model.id_at(0))
            settle(0.5)
            save_window(window, args.out / f"page-customer-profile{suffix}")
            page.show_list()
    window.navigation.setCurrentRow(0)
    settle(0.3)
    for spec in DIALOG_SPECS:
        if want(spec.key):
            save_dialog(window, spec.sample(window), args.out / f"dialog-{spec.key}{suffix}")
    window.close()
    desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
