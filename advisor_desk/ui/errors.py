"""Readable errors: a DeskError shows its (translated) sentence; anything else is a bug,
logged with its traceback (here, before the dialog says so), and the user is told where the
details are."""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from advisor_desk.domain.errors import Cancelled, DatabaseCorrupt, DeskError

log = logging.getLogger(__name__)


def translate_template(template: str, params: dict) -> str:
    """A domain sentence (marked with N_) in the UI language, its parameters filled in."""
    translated = QCoreApplication.translate("DeskError", template)
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


def as_desk_error(exc: BaseException) -> DeskError | None:
    """The sentence for ``exc``: itself, or the environment fault behind it (a read-only
    file, a full disk); None for a bug."""
    from advisor_desk.services.data_folder import explain

    return explain(exc)


def describe(exc: BaseException, log_file: Path) -> str:
    known = as_desk_error(exc)
    if known is not None:
        return translate_template(known.template, known.params)
    return QCoreApplication.translate(
        "Errors", "Something went wrong. The details were saved to {log}. Your data was not "
        "changed by this error.").format(log=log_file)


def describe_for_restore(exc: DatabaseCorrupt, log_file: Path) -> str:
    """The start-up restore dialog's sentence: the window's own when the error has one (the
    dialog lists the backups; the command line's sentence names a command to type)."""
    if exc.in_window is not None:
        return translate_template(exc.in_window, exc.params)
    return describe(exc, log_file)


def log_unexpected(exc: BaseException, what: str = "unexpected error") -> None:
    """Log a bug with its traceback, once per exception (several handlers may see it)."""
    if isinstance(exc, DeskError) or getattr(exc, "_advisor_desk_logged", False):
        return
    log.error(what, exc_info=(type(exc), exc, exc.__traceback__))
    with contextlib.suppress(AttributeError):  # __slots__: logging twice is harmless
        exc._advisor_desk_logged = True  # type: ignore[attr-defined]


def show_error(parent: QWidget | None, exc: BaseException, log_file: Path) -> None:
    """The one way the window reports a failure: a DeskError's sentence, or — for anything
    else — the traceback into the log first, then a dialog naming the log file."""
    if isinstance(exc, Cancelled):
        return
    log_unexpected(exc)
    error_box(parent, exc, log_file).exec()


def error_box(parent: QWidget | None, exc: BaseException, log_file: Path) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("errorDialog")
    box.setIcon(QMessageBox.Icon.Warning if as_desk_error(exc) is not None
                else QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Advisor Desk"))
    box.setText(describe(exc, log_file))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    # at least ~360 px wide, so a short sentence does not sit in a sliver; a width on the
    # labels (a style sheet's min-width) would also widen the icon's label and break
    # QMessageBox's own sizing of the wrapped text
    grid = box.layout()
    if isinstance(grid, QGridLayout):
        grid.addItem(QSpacerItem(360, 0, QSizePolicy.Policy.Minimum,
                                 QSizePolicy.Policy.Minimum),
                     grid.rowCount(), 0, 1, grid.columnCount())
    return box


def report_unexpected(exc_type, exc, tb, log_file: Path) -> None:
    """The GUI's excepthook: log with traceback, then show a readable dialog."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc is not None and exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    log_unexpected(exc)
    if QApplication.instance() is not None:
        show_error(QApplication.activeWindow(), exc, log_file)
