"""Fonts and the QSS theme. CJK fonts are chosen explicitly, with fallbacks that exist on
Windows (Microsoft YaHei) and Linux (Noto Sans CJK SC / WenQuanYi)."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from advisor_desk import locate

log = logging.getLogger(__name__)

CJK_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Sans SC",
    "SimHei",
)
BASE_POINT_SIZE = 10.5


def pick_families() -> list[str]:
    available = set(QFontDatabase.families())
    chosen = [f for f in CJK_FAMILIES if f in available]
    if not chosen:
        log.warning("no known CJK font found; Chinese may show as boxes")
    return chosen


def apply(app: QApplication) -> list[str]:
    families = pick_families()
    font = QFont(app.font())
    if families:
        font.setFamilies([*families, font.family()])
    font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)
    qss = locate.resources_dir() / "theme" / "app.qss"
    if qss.is_file():  # {icons}: the icon folder (arrows, check marks), as a URL path
        icons = (locate.resources_dir() / "icons").as_posix()
        app.setStyleSheet(qss.read_text(encoding="utf-8").replace("{icons}", icons))
    return families
