"""What every page gets from the main window: shared state, the operation runner (every write),
the task runner (long work with progress), feedback."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from advisor_desk.ui.operations import OperationRunner
from advisor_desk.ui.state import DeskState
from advisor_desk.ui.tasks import TaskRunner


@dataclass
class UiContext:
    state: DeskState
    tasks: TaskRunner
    log_file: Path
    notify: Callable[[str], None]  # a brief, unobtrusive confirmation
    show_error: Callable[[BaseException], None]
    prefs: QSettings  # this PC's UI preferences (window geometry, language)
    ops: OperationRunner  # every write: ui.ops.write(lambda desk: ..., initiator=button)
