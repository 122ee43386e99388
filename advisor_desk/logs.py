"""Logging to a rotating file in the logs dir. Logs never hold phone numbers, names or message
text: log ids and counts only."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def setup_logging(log_file: Path, *, level: int = logging.INFO) -> bool:
    """Log to ``log_file``; False (and no file logging) when it cannot be written, so a
    read-only or broken logs folder never stops the app with a traceback."""
    logging.raiseExceptions = False  # a full disk later must not print tracebacks on stderr
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_advisor_desk", False):
            root.removeHandler(handler)
            handler.close()
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return False
    handler.setFormatter(logging.Formatter(FORMAT))
    handler._advisor_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return True
