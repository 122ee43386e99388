"""Scripts & Q&A as a list model keyed by uid."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from advisor_desk.domain.library import ScriptSummary
from advisor_desk.ui import labels

UID_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
META_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


class ScriptListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ScriptSummary] = []
        self._scene_names: dict[str, str] = {}

    def set_rows(self, rows: list[ScriptSummary], scene_names: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._scene_names = dict(scene_names)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def uid_at(self, row: int) -> str | None:
        return self._rows[row].uid if 0 <= row < len(self._rows) else None

    def row_of(self, uid: str) -> int:
        for n, item in enumerate(self._rows):
            if item.uid == uid:
                return n
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.title
        if role == UID_ROLE:
            return item.uid
        if role == SNIPPET_ROLE:
            return item.snippet
        if role == META_ROLE:
            parts = [labels.script_kind_label(item.kind)]
            if item.sales_step:
                parts.append(labels.step_label(item.sales_step))
            if item.scene:
                parts.append(self._scene_names.get(item.scene, item.scene))
            if item.origin == "personal":
                parts.append(self.tr("Mine"))
            return " · ".join(parts)
        return None
