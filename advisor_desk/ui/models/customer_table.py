"""The customer list as a lazy, id-keyed table model.

It holds only the ids of the current segment (a list of ints, even for 200,000 customers)
and fetches rows a page at a time when the view asks for them, keeping a bounded cache.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from advisor_desk.domain.customers import CustomerRow

PAGE = 100
CACHE_ROWS = 3000
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DIM = QColor("#6f6a64")
Index = QModelIndex | QPersistentModelIndex


class CustomerTableModel(QAbstractTableModel):
    def __init__(self, fetch: Callable[[list[int]], list[CustomerRow]], parent=None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[int] = []
        self._rows: OrderedDict[int, CustomerRow] = OrderedDict()

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._rows.clear()
        self.endResetModel()

    def refresh_rows(self, ids: set[int] | None = None) -> None:
        """Forget cached rows (all, or these customers) so they are read again."""
        for cid in list(self._rows) if ids is None else ids:
            self._rows.pop(cid, None)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1,
                                                                self.columnCount() - 1))

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: int) -> int:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return -1

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def cached(self) -> int:
        return len(self._rows)

    def _row(self, row: int) -> CustomerRow | None:
        cid = self._ids[row]
        found = self._rows.get(cid)
        if found is not None:
            self._rows.move_to_end(cid)
            return found
        start = row - row % PAGE
        page = [i for i in self._ids[start:start + PAGE] if i not in self._rows]
        for item in self._fetch(page):
            self._rows[item.id] = item
        while len(self._rows) > CACHE_ROWS:
            self._rows.popitem(last=False)
        return self._rows.get(cid)

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 6

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Customer"), self.tr("Stage"), self.tr("Membership"),
                    self.tr("Tags"), self.tr("Last contact"), self.tr("Birthday"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(DIM) if column in (3, 4, 5) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return "、".join(row.tags) if column == 3 else None
        return self._text(row, column)

    def _text(self, row: CustomerRow, column: int) -> str:
        if column == 0:
            name = row.remark_name or row.name
            return f"{name}（{row.salutation}）" if row.salutation and \
                row.salutation not in name else name
        if column == 1:
            return row.stage
        if column == 2:
            klass = self.tr("class %1").replace("%1", row.member_class) \
                if row.member_class else ""
            parts = [p for p in (row.vip, klass) if p]
            if row.koc_type:
                parts.append("KOC")
            return " · ".join(parts)
        if column == 3:
            return " ".join(row.tags)
        if column == 4:
            if row.last_contact_days is None:
                return self.tr("never")
            if row.last_contact_days == 0:
                return self.tr("today")
            return self.tr("%n day(s) ago", "", row.last_contact_days)
        if row.next_birthday is None:
            return ""
        if row.days_to_birthday == 0:
            return self.tr("today")
        return f"{row.next_birthday.month}/{row.next_birthday.day}" + (
            self.tr(" (in %n day(s))", "", row.days_to_birthday)
            if row.days_to_birthday is not None and row.days_to_birthday <= 30 else "")
