"""A real main window on a real (temporary) database, attached synchronously."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture
def loaded_desk(desk, content_dir):
    desk.content.apply(desk.content.read_folder(content_dir))
    desk.demo.generate(customers=40)
    return desk


def _main_window(qtbot, desk, settings_file):
    """A main window attached to ``desk`` (synchronously), shown."""
    from PySide6.QtCore import QSettings

    from advisor_desk.ui.main_window import MainWindow

    w = MainWindow(desk.paths.log_file, QSettings(str(settings_file), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show_restored()
    w.attach(desk)
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot, loaded_desk, tmp_path):
    return _main_window(qtbot, loaded_desk, tmp_path / "window.ini")


@pytest.fixture
def new_shop(qtbot, paths, clock, tmp_path):
    """The app on an empty data folder, as ``advisor-desk`` opens it the first time."""
    from advisor_desk.services.desk import open_desk

    desk = open_desk(paths, clock)
    yield _main_window(qtbot, desk, tmp_path / "w.ini"), desk
    desk.close()


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


@pytest.fixture
def lang(request, qapp, tmp_path_factory):
    """The UI language (parametrised indirectly) with the app's fonts and theme, as a user
    sees it; everything is put back afterwards."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from advisor_desk.ui import i18n, theme

    font, sheet, locale = qapp.font(), qapp.styleSheet(), QLocale()
    installed = i18n.install(qapp, request.param, tmp_path_factory.mktemp("i18n"))
    theme.apply(qapp)
    yield request.param
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    QLocale.setDefault(locale)


@pytest.fixture
def demo_desk(desk):
    """The real demo: HQ content from resources/demo and a small generated shop."""
    desk.demo.load(customers=40)
    return desk


@pytest.fixture
def fit_window(lang, qtbot, demo_desk, tmp_path):
    """A main window on the demo, at 1366×698, in ``lang``."""
    from PySide6.QtCore import QSettings

    from advisor_desk.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    w = MainWindow(demo_desk.paths.log_file, settings)
    qtbot.addWidget(w)
    w.resize(1366, 698)
    w.show()
    w.attach(demo_desk)
    qtbot.waitExposed(w)
    return w
