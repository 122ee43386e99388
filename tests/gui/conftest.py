"""A real main window on a real (temporary) database, attached synchronously."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture
def loaded_desk(desk, content_dir):
    desk.content.apply(desk.content.read_folder(content_dir))
    desk.demo.generate(customers=40)
    return desk


@pytest.fixture
def window(qtbot, loaded_desk, tmp_path):
    from PySide6.QtCore import QSettings

    from advisor_desk.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    w = MainWindow(loaded_desk.paths.log_file, settings)
    qtbot.addWidget(w)
    w.show_restored()
    w.attach(loaded_desk)
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def customers_page(window, qtbot):
    """The customers page, shown, with its first rows loaded."""
    from advisor_desk.ui.pages import PAGE_SPECS

    window.navigation.setCurrentRow([s.key for s in PAGE_SPECS].index("customers"))
    page = window.page("customers")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    return page


@pytest.fixture(autouse=True)
def _empty_clipboard(qapp):
    """Leave the clipboard empty after each test: Qt's offscreen clipboard still holding our
    mime data (an image, HTML) when the interpreter exits crashes it (exit 139)."""
    yield
    qapp.clipboard().clear()
