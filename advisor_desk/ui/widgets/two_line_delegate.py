"""A list row with a bold title, a grey snippet line and a small meta line."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

PAD_X, PAD_Y, GAP = 12, 8, 3
SELECTED_BG = QColor("#fbe3dc")
ACCENT = QColor("#e07a5f")


class TwoLineDelegate(QStyledItemDelegate):
    def __init__(self, snippet_role: int, meta_role: int, parent=None) -> None:
        super().__init__(parent)
        self._snippet_role = snippet_role
        self._meta_role = meta_role

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        body = QFont(option.font)
        meta = QFont(option.font)
        meta.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        return title, body, meta

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        title, body, meta = self._fonts(option)
        height = (QFontMetrics(title).height() + QFontMetrics(body).height()
                  + QFontMetrics(meta).height() + 2 * GAP + 2 * PAD_Y)
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        painter.save()
        style = option.widget.style() if option.widget else None
        option.text = ""
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        option.state &= ~QStyle.StateFlag.State_Selected
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        if selected:  # a soft highlight keeps dark text readable
            painter.fillRect(option.rect, SELECTED_BG)
            painter.fillRect(option.rect.adjusted(0, 0, -option.rect.width() + 4, 0), ACCENT)
        palette = option.palette
        main = palette.color(QPalette.ColorRole.Text)
        dim = palette.color(QPalette.ColorRole.PlaceholderText)
        title_font, body_font, meta_font = self._fonts(option)
        rect: QRect = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        y = rect.top()
        for text, font, color in (
            (index.data(Qt.ItemDataRole.DisplayRole) or "", title_font, main),
            (index.data(self._snippet_role) or "", body_font, dim),
            (index.data(self._meta_role) or "", meta_font, dim),
        ):
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(color)
            line = QRect(rect.left(), y, rect.width(), metrics.height())
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(str(text), Qt.TextElideMode.ElideRight,
                                                rect.width()))
            y += metrics.height() + GAP
        painter.restore()
