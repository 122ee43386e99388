"""The rankings table: one row per advisor in rank order, a column per measure (points only
when HQ's incentive rules apply); the current advisor's row in bold."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from advisor_desk.domain import rankings as r
from advisor_desk.domain.rankings import Standing

Index = QModelIndex | QPersistentModelIndex

# measure key -> English label (translated in context "Rankings"); "points" first when shown
MEASURE_LABELS = {
    "points": QT_TRANSLATE_NOOP("Rankings", "Points"),
    r.NEW_CUSTOMERS: QT_TRANSLATE_NOOP("Rankings", "New"),
    r.STEPS_ON_TIME: QT_TRANSLATE_NOOP("Rankings", "On time"),
    r.COMPLETION: QT_TRANSLATE_NOOP("Rankings", "Completion"),
    r.CUSTOMERS_CONTACTED: QT_TRANSLATE_NOOP("Rankings", "Contacted"),
    r.COUPONS_ISSUED: QT_TRANSLATE_NOOP("Rankings", "Coupons"),
    r.COPIES: QT_TRANSLATE_NOOP("Rankings", "Copies"),
    r.CARDS_PRACTISED: QT_TRANSLATE_NOOP("Rankings", "Cards"),
}
MEASURE_TIPS = {
    "points": QT_TRANSLATE_NOOP("Rankings", "Points from HQ's incentive rules"),
    r.NEW_CUSTOMERS: QT_TRANSLATE_NOOP("Rankings", "Customers added in the period (by owner)"),
    r.STEPS_ON_TIME: QT_TRANSLATE_NOOP("Rankings", "SOP steps done on or before their due day"),
    r.COMPLETION: QT_TRANSLATE_NOOP(
        "Rankings", "Steps due in the period that were done (a skipped step is not)"),
    r.CUSTOMERS_CONTACTED: QT_TRANSLATE_NOOP(
        "Rankings", "Different customers with a logged contact (a done step counts)"),
    r.COUPONS_ISSUED: QT_TRANSLATE_NOOP("Rankings", "Coupon codes issued to customers"),
    r.COPIES: QT_TRANSLATE_NOOP("Rankings", "Scripts, materials and coupons copied"),
    r.CARDS_PRACTISED: QT_TRANSLATE_NOOP("Rankings", "Q&A practice cards answered"),
}
MINE = QColor("#fbe3dc")


def measure_label(key: str) -> str:
    return QCoreApplication.translate("Rankings", MEASURE_LABELS[key])


def measure_tip(key: str) -> str:
    return QCoreApplication.translate("Rankings", MEASURE_TIPS[key])


def value_text(s: Standing, key: str) -> str:
    if key == r.COMPLETION:
        if s.completion_pct is None:
            return "–"
        return f"{s.completion_pct:g}%"
    value = s.value(key)
    return "–" if value is None else str(value)


class RankingTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Standing] = []
        self._keys: list[str] = []
        self._mine: int | None = None

    def set_board(self, standings: tuple[Standing, ...], with_points: bool,
                  mine: int | None) -> None:
        self.beginResetModel()
        self._rows = list(standings)
        self._keys = (["points"] if with_points else []) + list(r.MEASURES)
        self._mine = mine
        self.endResetModel()

    @property
    def keys(self) -> list[str]:
        return list(self._keys)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(self._keys)

    def standing_at(self, row: int) -> Standing | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return QCoreApplication.translate("Rankings", "Rank")
            if section == 1:
                return QCoreApplication.translate("Rankings", "Advisor")
            return measure_label(self._keys[section - 2])
        if role == Qt.ItemDataRole.ToolTipRole and section >= 2:
            return measure_tip(self._keys[section - 2])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        s = self.standing_at(index.row()) if index.isValid() else None
        if s is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(s.rank)
            if column == 1:
                return s.name
            return value_text(s, self._keys[column - 2])
        if role == Qt.ItemDataRole.ToolTipRole and column >= 2 and \
                self._keys[column - 2] == r.COMPLETION:
            return QCoreApplication.translate("Rankings", "%1 of %2 steps due").replace(
                "%1", str(s.steps_done)).replace("%2", str(s.steps_due))
        if role == Qt.ItemDataRole.TextAlignmentRole and column != 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and s.advisor_id == self._mine:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and s.advisor_id == self._mine:
            return QBrush(MINE)
        return None
