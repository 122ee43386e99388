"""Where Advisor Desk keeps its files. Nothing is created at import time.

Precedence: ``--data-dir DIR`` (everything under DIR) > portable mode (a file named
``portable`` beside the executable keeps everything in ``AdvisorDeskData`` next to it) > the
platform's user folders (platformdirs).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from advisor_desk import APP_AUTHOR, APP_NAME

PORTABLE_MARKER = "portable"
PORTABLE_FOLDER = "AdvisorDeskData"
DB_FILE = "advisor_desk.db"


@dataclass(frozen=True)
class AppPaths:
    data: Path
    config: Path
    logs: Path
    backups: Path
    media: Path
    cache: Path
    mode: str  # "custom" | "portable" | "user"

    @property
    def database(self) -> Path:
        return self.data / DB_FILE

    @property
    def log_file(self) -> Path:
        return self.logs / "advisor-desk.log"

    @property
    def settings_file(self) -> Path:
        """QSettings (window geometry only) as an INI file inside our own folders."""
        return self.config / "window.ini"

    @classmethod
    def under(cls, root: Path, mode: str = "custom") -> AppPaths:
        root = Path(root).expanduser().resolve()
        return cls(data=root, config=root / "config", logs=root / "logs",
                   backups=root / "backups", media=root / "media", cache=root / "cache",
                   mode=mode)

    @classmethod
    def resolve(cls, data_dir: Path | str | None = None, *,
                executable_dir: Path | None = None) -> AppPaths:
        if data_dir:
            return cls.under(Path(data_dir))
        exe_dir = executable_dir or _executable_dir()
        if exe_dir is not None and (exe_dir / PORTABLE_MARKER).is_file():
            return cls.under(exe_dir / PORTABLE_FOLDER, mode="portable")
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
        data = Path(dirs.user_data_dir)
        return cls(data=data, config=Path(dirs.user_config_dir), logs=Path(dirs.user_log_dir),
                   backups=data / "backups", media=data / "media",
                   cache=Path(dirs.user_cache_dir), mode="user")

    def ensure(self) -> AppPaths:
        for folder in (self.data, self.config, self.logs, self.backups, self.media, self.cache):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def _executable_dir() -> Path | None:
    """The folder of a frozen (PyInstaller) executable; None when running from Python."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None
