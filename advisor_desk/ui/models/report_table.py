"""A table of HQ's workbook (``domain.reports.Table``) in a view: numbers right-aligned,
rates (keys ending in ``completion``) as percentages, everything else as written."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from advisor_desk.domain.reports import Table

Index = QModelIndex | QPersistentModelIndex
RATE_KEYS = ("completion",)


def cell_text(value, key: str) -> str:
    if value is None:
        return ""
    if key in RATE_KEYS and isinstance(value, float):
        return f"{value * 100:.1f}%"
    return str(value)


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table: Table | None = None

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (self.table is not None and orientation == Qt.Orientation.Horizontal
                and role == Qt.ItemDataRole.DisplayRole):
            return self.table.columns[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if self.table is None or not index.isValid():
            return None
        value = self.table.rows[index.row()][index.column()]
        key = self.table.keys[index.column()] if self.table.keys else ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(value, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
