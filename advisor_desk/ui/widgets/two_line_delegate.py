"""A list row with a bold title, a grey snippet line and a small meta line; the characters a
search matched are painted on a highlight (``highlight_role``: spans of title and snippet)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

PAD_X, PAD_Y, GAP = 12, 8, 3
SELECTED_BG = QColor("#fbe3dc")
ACCENT = QColor("#e07a5f")
MATCH_BG = QColor("#ffe08a")  # matched characters (search highlight)


class TwoLineDelegate(QStyledItemDelegate):
    def __init__(self, snippet_role: int, meta_role: int, parent=None,
                 highlight_role: int | None = None) -> None:
        super().__init__(parent)
        self._snippet_role = snippet_role
        self._meta_role = meta_role
        self._highlight_role = highlight_role

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
        spans = (index.data(self._highlight_role) if self._highlight_role is not None
                 else None) or ((), ())
        y = rect.top()
        for text, font, color, marks in (
            (index.data(Qt.ItemDataRole.DisplayRole) or "", title_font, main, spans[0]),
            (index.data(self._snippet_role) or "", body_font, dim, spans[1]),
            (index.data(self._meta_role) or "", meta_font, dim, ()),
        ):
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(color)
            line = QRect(rect.left(), y, rect.width(), metrics.height())
            shown = metrics.elidedText(str(text), Qt.TextElideMode.ElideRight, rect.width())
            for start, end in marks:
                self._mark(painter, metrics, line, shown, start, end)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             shown)
            y += metrics.height() + GAP
        painter.restore()

    @staticmethod
    def _mark(painter: QPainter, metrics: QFontMetrics, line: QRect, shown: str, start: int,
              end: int) -> None:
        """A highlight behind characters ``start:end`` of the (elided) line."""
        visible = len(shown) - (1 if shown.endswith("…") else 0)
        end = min(end, visible)
        if start >= end:
            return
        left = metrics.horizontalAdvance(shown[:start])
        width = metrics.horizontalAdvance(shown[start:end])
        painter.fillRect(QRect(line.left() + left, line.top(), width, line.height()), MATCH_BG)
