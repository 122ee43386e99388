"""Inline validation: the field is marked and its sentence shown beside it; the dialog stays
open and keeps everything typed. The theme draws ``[invalid="true"]`` fields with a red
border."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def mark(field: QWidget | None, label: QLabel, text: str) -> None:
    """Show ``text`` in ``label`` and mark ``field`` (focused, its text selected)."""
    label.setText(text)
    label.show()
    if field is not None:
        field.setProperty("invalid", True)
        _restyle(field)
        field.setFocus()
        select_all = getattr(field, "selectAll", None)
        if callable(select_all):
            select_all()


def clear(label: QLabel, *fields: QWidget) -> None:
    label.clear()
    label.hide()
    for field in fields:
        if field.property("invalid"):
            field.setProperty("invalid", False)
            _restyle(field)


def error_label(name: str) -> QLabel:
    """The sentence under a form (hidden until there is one)."""
    label = QLabel(objectName=name, wordWrap=True)
    label.setProperty("role", "fieldError")
    label.hide()
    return label
