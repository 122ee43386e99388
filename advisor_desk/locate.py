"""Find the shipped data folders (``db/``, ``resources/``) wherever the app runs from.

- PyInstaller bundle: beside the bundle's modules (``sys._MEIPASS``);
- installed wheel: ``advisor_desk/_data/`` (the wheel build maps the top-level folders there);
- source checkout or editable install: the repository's top level.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle))
    candidates += [_PACKAGE / "_data", _PACKAGE.parent]
    for root in candidates:
        if (root / "db" / "env.py").is_file() and (root / "resources").is_dir():
            return root
    raise FileNotFoundError(
        "Advisor Desk's db/ and resources/ folders were not found; the installation is broken."
    )


def db_dir() -> Path:
    """The Alembic environment (``env.py`` + ``versions/``)."""
    return data_root() / "db"


def resources_dir() -> Path:
    return data_root() / "resources"


def demo_content_dir() -> Path:
    return resources_dir() / "demo"
