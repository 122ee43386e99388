"""Every page and every dialog fits a 1366×698 window (a 1366×768 shop PC after the taskbar),
in Chinese and in English, with the app's fonts and theme.

Pages come from PAGE_SPECS and dialogs from the dialog catalogue, so a page or dialog added
later is measured without touching this file; a QDialog subclass missing from the catalogue
fails ``test_every_dialog_class_is_in_the_catalogue``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from advisor_desk.ui.dialogs.catalog import DIALOG_SPECS
from advisor_desk.ui.pages import PAGE_SPECS

pytestmark = pytest.mark.gui

WIDTH, HEIGHT = 1366, 698
DIALOGS = Path(__file__).resolve().parents[2] / "advisor_desk" / "ui" / "dialogs"


def _too_big(size, width=WIDTH, height=HEIGHT) -> bool:
    return size.width() > width or size.height() > height


def _settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(10)


def _views(window, qtbot):
    """(name, widget) of every page, and the customer profile inside the Customers page."""
    for row, spec in enumerate(PAGE_SPECS):
        window.navigation.setCurrentRow(row)
        _settle(qtbot)
        page = window.page(spec.key)
        yield spec.key, page
        if spec.key == "customers":
            qtbot.waitUntil(lambda page=page: page.model.rowCount() > 0, timeout=5000)
            page.open_profile(page.model.id_at(0))
            _settle(qtbot)
            yield "customers/profile", page
            page.show_list()


@pytest.mark.parametrize("lang", ["zh_CN", "en"], indirect=True)
def test_every_page_fits(lang, fit_window, qtbot):
    window = fit_window
    problems = []
    for name, page in _views(window, qtbot):
        needed = page.minimumSizeHint()
        chrome = window.size() - window.stack.size()
        room = window.size().__class__(WIDTH, HEIGHT) - chrome
        if needed.width() > room.width() or needed.height() > room.height():
            problems.append(f"{name} needs {needed.width()}×{needed.height()}, the window "
                            f"leaves it {room.width()}×{room.height()}")
        if _too_big(window.minimumSizeHint()) or _too_big(window.size()):
            problems.append(f"after {name} the window needs {window.minimumSizeHint()} and "
                            f"is {window.size()}")
    assert not problems, f"[{lang}] " + "; ".join(problems)


@pytest.mark.parametrize("lang", ["zh_CN", "en"], indirect=True)
def test_every_dialog_fits(lang, fit_window, qtbot):
    window = fit_window
    problems = []
    for spec in DIALOG_SPECS:
        dialog = spec.sample(window)
        dialog.show()
        _settle(qtbot)
        for what, size in (("minimum", dialog.minimumSizeHint()), ("natural", dialog.sizeHint()),
                           ("shown", dialog.frameGeometry().size())):
            if _too_big(size):
                problems.append(f"{spec.key}: {what} {size.width()}×{size.height()}")
        dialog.close()
        dialog.deleteLater()
        _settle(qtbot)
    assert not problems, f"[{lang}] " + "; ".join(problems)


def _dialog_classes() -> set[str]:
    found = set()
    for path in DIALOGS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    isinstance(b, ast.Name) and b.id in ("QDialog", "QWizard", "QMessageBox")
                    for b in node.bases):
                found.add(node.name)
    return found


def test_every_dialog_class_is_in_the_catalogue():
    covered = {spec.class_name for spec in DIALOG_SPECS}
    assert _dialog_classes() - covered == set(), \
        "add these dialogs to advisor_desk/ui/dialogs/catalog.py"
    assert len({spec.key for spec in DIALOG_SPECS}) == len(DIALOG_SPECS)
