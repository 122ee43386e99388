"""Icons from ``resources/icons/*.svg``."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from advisor_desk import locate


@cache
def icon(name: str) -> QIcon:
    path = locate.resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
