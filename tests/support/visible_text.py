"""Every piece of text a person could read in the application's visible widgets: labels,
buttons, line edits, combo boxes (all items), text edits, tool tips, window titles and the
cells of visible item views. What a screen reader or a passer-by could see."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def _has_children(model, index) -> bool:
    try:
        return model.hasChildren(index)
    except TypeError:  # table models keep hasChildren private: flat
        return False


def _view_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out: list[str] = []
    stack = [view.rootIndex()]
    while stack:
        parent = stack.pop()
        try:
            columns = model.columnCount(parent)
            tree = True
        except TypeError:  # list models keep columnCount/hasChildren private: flat, one column
            columns, tree = 1, False
        for row in range(model.rowCount(parent)):
            for col in range(columns):
                index = model.index(row, col, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        out.append(value)
                if tree and col == 0 and _has_children(model, index):
                    stack.append(index)
    return out


def visible_texts() -> list[str]:
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        if not isinstance(widget, QWidget) or not widget.isVisible():
            continue
        texts.append(widget.toolTip())
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView):
            texts += _view_texts(widget)
    return [t for t in texts if t]
