"""The Today queue as a two-level tree model: groups (overdue / today / coming days) with
their task rows. Rows are read from the service's tuples on demand (no item per row), so a
campaign day with thousands of steps stays cheap."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from advisor_desk.domain.tasks import TaskRow, TodayQueue
from advisor_desk.ui import labels

TASK_ROLE = Qt.ItemDataRole.UserRole + 1
GROUPS = ("overdue", "today", "soon")
COLUMNS = 5  # customer, step, why, due, last contact
WARN = QColor("#b5462f")
TAG_COLOURS = ("#fde2d6", "#dcefe4", "#e3e8f8", "#f8ecc9", "#eadcf3", "#d9eef2")


def short_name(playbook: str, limit: int = 6) -> str:
    """A playbook's name as a short tag: 购后关怀（1/7/14/28天） -> 购后关怀."""
    for bracket in ("（", "(", "：", ":"):
        playbook = playbook.split(bracket, 1)[0]
    playbook = playbook.strip()
    return playbook if len(playbook) <= limit else playbook[:limit - 1] + "…"


def tag_colour(playbook: str) -> QColor:
    """The same playbook always gets the same soft colour."""
    import zlib

    return QColor(TAG_COLOURS[zlib.crc32(playbook.encode()) % len(TAG_COLOURS)])
Index = QModelIndex | QPersistentModelIndex


class TaskQueueModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._groups: dict[str, tuple[TaskRow, ...]] = {g: () for g in GROUPS}
        self._counts: dict[str, int] = {}
        self._today = date.today()

    def set_queue(self, queue: TodayQueue) -> None:
        self.beginResetModel()
        self._groups = {"overdue": queue.overdue, "today": queue.today, "soon": queue.soon}
        self._counts = {g: queue.count(g) for g in GROUPS}
        self._today = queue.on
        self.endResetModel()

    def task_at(self, index: Index) -> TaskRow | None:
        if not index.isValid() or not index.internalId():
            return None
        rows = self._groups[GROUPS[index.internalId() - 1]]
        return rows[index.row()] if index.row() < len(rows) else None

    def first_task_index(self) -> QModelIndex:
        for n, group in enumerate(GROUPS):
            if self._groups[group]:
                return self.index(0, 0, self.index(n, 0))
        return QModelIndex()

    def index_of(self, task_id: int) -> QModelIndex:
        for n, group in enumerate(GROUPS):
            for row, task in enumerate(self._groups[group]):
                if task.task_id == task_id:
                    return self.index(row, 0, self.index(n, 0))
        return QModelIndex()

    # ------------------------------------------------------------------ structure
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not parent.isValid():
            return self.createIndex(row, column, 0) if 0 <= row < len(GROUPS) else QModelIndex()
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(GROUPS)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[GROUPS[parent.row()]])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Customer"), self.tr("Step"), self.tr("Why"), self.tr("Due"),
                    self.tr("Last contact"))[section]
        return None

    # ------------------------------------------------------------------ data
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index, role)
        task = self.task_at(index)
        if task is None:
            return None
        if role == TASK_ROLE:
            return task.task_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(task, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 2:
            return QBrush(tag_colour(task.playbook_name))
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == 3 and task.bucket == "overdue":
                return QBrush(WARN)
            if index.column() == 4 and task.contact_warning:
                return QBrush(WARN)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 2):
            return f"{task.step_title}\n{task.playbook_name} · " \
                f"{labels.trigger_label(task.trigger)}"
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4 and task.contact_warning:
            return self.tr("Contacted recently: think twice before messaging again, "
                           "over-contact is what customers complain about most.")
        return None

    def _group_data(self, index: Index, role: int):
        if index.column() != 0:
            return None
        group = GROUPS[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = {"overdue": self.tr("Overdue"), "today": self.tr("Today"),
                    "soon": self.tr("Coming days")}[group]
            shown, total = len(self._groups[group]), self._counts.get(group, 0)
            if total > shown:
                return self.tr("%1  (%2, the first %3 shown)").replace("%1", name).replace(
                    "%2", str(total)).replace("%3", str(shown))
            return f"{name}  ({total})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and group == "overdue" and \
                self._groups[group]:
            return QBrush(WARN)
        return None

    def _cell(self, task: TaskRow, column: int) -> str:
        if column == 0:  # the panel shows the form of address too
            return task.customer_name
        if column == 1:
            return task.step_title
        if column == 2:  # the playbook as a short tag; the panel shows the full why
            return short_name(task.playbook_name)
        if column == 3:
            days = (self._today - task.effective_due).days
            if days > 0:
                return self.tr("%n day(s) late", "", days)
            if days == 0:
                return self.tr("today")
            return labels.short_date(task.effective_due)
        if task.days_since_contact is None:
            text = self.tr("never")
        elif task.days_since_contact == 0:
            text = self.tr("today")
        else:
            text = self.tr("%n day(s) ago", "", task.days_since_contact)
        return ("⚠ " + text) if task.contact_warning else text
