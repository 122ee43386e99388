"""The list of backups: when, why, how big, how many customers (counted in the background,
since each count opens a file)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from advisor_desk.domain.backups import BackupInfo, BackupSummary
from advisor_desk.domain.errors import DeskError

if TYPE_CHECKING:
    from datetime import tzinfo

    from advisor_desk.ui.tasks import TaskRunner

_REASONS = {
    "daily": QT_TRANSLATE_NOOP("BackupTable", "Daily (automatic)"),
    "import": QT_TRANSLATE_NOOP("BackupTable", "Before an import"),
    "migrate": QT_TRANSLATE_NOOP("BackupTable", "Before an update"),
    "manual": QT_TRANSLATE_NOOP("BackupTable", "Made by hand"),
    "restore": QT_TRANSLATE_NOOP("BackupTable", "Before a restore"),
}


def reason_label(reason: str) -> str:
    return QCoreApplication.translate("BackupTable", _REASONS[reason]) \
        if reason in _REASONS else reason


def size_label(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, size // 1024)} KB"


def when_label(info: BackupInfo, tz: tzinfo) -> str:
    return info.at.astimezone(tz).strftime("%Y-%m-%d %H:%M") if info.at else info.path.name


class BackupTable(QTableWidget):
    """Newest first; the selected backup is ``selected()``."""

    def __init__(self, object_name: str = "backupTable") -> None:
        super().__init__(0, 4)
        self.setObjectName(object_name)
        self.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size"),
                                        self.tr("Customers")])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._backups: list[BackupInfo] = []
        self._counts: dict[tuple[Path, int], str] = {}  # (path, size) -> shown count
        self._generation = 0

    def show_backups(self, backups: list[BackupInfo], tz: tzinfo, tasks: TaskRunner,
                     summary: Callable[[Path], BackupSummary]) -> None:
        """Fill the table; customer counts arrive from a background task."""
        self._backups = backups
        self._generation += 1
        self.setRowCount(len(backups))
        for row, info in enumerate(backups):
            cells = (when_label(info, tz), reason_label(info.reason), size_label(info.size),
                     self._counts.get((info.path, info.size), "…"))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, col, item)
        if backups and self.currentRow() < 0:
            self.selectRow(0)
        missing = [b for b in backups if (b.path, b.size) not in self._counts]
        if missing:
            generation = self._generation
            damaged = self.tr("damaged")

            def count(ctx) -> dict[tuple[Path, int], str]:
                found = {}
                for n, info in enumerate(missing):
                    ctx.progress(n, len(missing))
                    try:
                        found[(info.path, info.size)] = str(summary(info.path).customers)
                    except (DeskError, OSError):
                        found[(info.path, info.size)] = damaged
                return found

            tasks.run(count, title=self.tr("Counting the customers in each backup"),
                      on_done=lambda found: self._counted(generation, found),
                      on_error=lambda _exc: None)

    def _counted(self, generation: int, found: dict[tuple[Path, int], str]) -> None:
        self._counts.update(found)
        if generation != self._generation:
            return
        for row, info in enumerate(self._backups):
            text = self._counts.get((info.path, info.size))
            if text is not None and self.item(row, 3) is not None:
                self.item(row, 3).setText(text)

    def selected(self) -> BackupInfo | None:
        row = self.currentRow()
        return self._backups[row] if 0 <= row < len(self._backups) else None
