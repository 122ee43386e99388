"""Screenshots of search highlights: the Scripts page and the Ctrl+K palette on the demo, at
1366×698, as the app draws them (docs/library.md).

    python tools/search_screenshots.py OUT_DIR [--lang zh_CN|en] [--query fss] [--palette mb]

Files: ``search-highlight-scripts[-en].png`` and ``search-highlight-palette[-en].png``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.screenshots import _save, demo_desk, make_window, save_window, settle


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    parser.add_argument("--query", default="fss")
    parser.add_argument("--palette", default="mb")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QLineEdit

    from advisor_desk.ui.dialogs.quick_copy import QuickCopy
    from advisor_desk.ui.pages import PAGE_SPECS

    _app, tmp, desk = demo_desk(args.lang, "advisor-desk-search-shots-")
    suffix = "" if args.lang == "zh_CN" else "-en"
    window = make_window(desk, tmp / "demo")
    window.navigation.setCurrentRow([s.key for s in PAGE_SPECS].index("scripts"))
    search = window.findChild(QLineEdit, "scriptSearch")
    search.setText(args.query)
    settle(1.0)
    save_window(window, args.out / f"search-highlight-scripts{suffix}.png")

    palette = QuickCopy(window, window.ui)
    palette.show()
    palette.search.setText(args.palette)
    settle(1.0)
    picture = window.grab()
    from PySide6.QtGui import QColor, QPainter

    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
    box = palette.grab()
    painter.drawPixmap((picture.width() - box.width()) // 2, 60, box)
    painter.end()
    _save(picture, args.out / f"search-highlight-palette{suffix}.png")
    palette.close()
    window.close()
    desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
