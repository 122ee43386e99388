"""A data folder that cannot be used stops the GUI with one translated sentence in a dialog
(exit code 2), before any window or file is made."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from advisor_desk.domain.errors import N_, StorageProblem
from advisor_desk.paths import AppPaths
from advisor_desk.ui.gui import GuiOptions, run_gui

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("lang", "expected"), [
    ("zh_CN", "无法写入文件夹 /srv/shop（它是只读的"),
    ("en", "The folder /srv/shop cannot be written (it is read-only"),
])
def test_an_unusable_data_folder_is_one_dialog(qapp, tmp_path, lang, expected, capsys):
    problem = StorageProblem(N_("The folder {path} cannot be written (it is read-only, or this "
                                "user account has no permission), so Advisor Desk cannot save "
                                "anything. Give this account write permission to the folder or "
                                "choose another data folder."), path="/srv/shop")
    seen: list[str] = []

    def answer() -> None:
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "errorDialog"
                    and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(50, answer)
            return
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(50, answer)
    paths = AppPaths.under(tmp_path / "never-made")

    def must_not_open():
        raise AssertionError("the database must not be opened")

    font, sheet, style = qapp.font(), qapp.styleSheet(), qapp.style().name()
    try:
        code = run_gui(GuiOptions(lang=lang), paths, open_desk=must_not_open,
                       startup_problem=problem)
    finally:  # run_gui themes the application; later tests expect it as it was
        qapp.setFont(font)
        qapp.setStyleSheet(sheet)
        qapp.setStyle(style)
    assert code == 2
    assert len(seen) == 1 and seen[0].startswith(expected), seen
    assert not (tmp_path / "never-made").exists()
    assert "cannot be written" in capsys.readouterr().err


@pytest.mark.parametrize(("lang", "expected"), [
    ("zh_CN", "是空的（0 字节），门店的数据不在里面。"),
    ("en", "is empty (0 bytes), so the shop's data is not in it."),
])
def test_an_empty_database_offers_its_backups_without_a_command_to_type(qapp, tmp_path,
                                                                        lang, expected):
    """The window's start-up dialog lists the backups and has a Restore button, so its
    sentence names the file and what is wrong, not the command line's `advisor-desk restore`."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QLabel

    from advisor_desk.app import main
    from advisor_desk.services.desk import open_desk

    data = tmp_path / "shop"
    assert main(["--data-dir", str(data), "setup", "--store", "店", "--code", "SH9",
                 "--manager", "王店长"]) == 0
    assert main(["--data-dir", str(data), "backup"]) == 0
    paths = AppPaths.under(data)
    for side in data.glob("advisor_desk.db*"):
        side.unlink()
    paths.database.write_bytes(b"")  # what the careless admin did
    seen: list[str] = []

    def answer(left: int = 400) -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if w.objectName() == "startupRestoreDialog" and w.isVisible()), None)
        if dialog is None and left:
            QTimer.singleShot(50, lambda: answer(left - 1))
            return
        if dialog is None:  # 20 s and no dialog: fail with what is up instead of hanging
            modal = QApplication.activeModalWidget()
            seen.append(f"no startupRestoreDialog; modal {modal and modal.objectName()!r}: "
                        + " | ".join(label.text() for label in (
                            modal.findChildren(QLabel) if modal else ())))
            if modal is not None:
                modal.reject()
            for widget in QApplication.topLevelWidgets():
                widget.close()
            QApplication.exit(3)
            return
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()  # Quit

    QTimer.singleShot(50, answer)
    font, sheet, style = qapp.font(), qapp.styleSheet(), qapp.style().name()
    try:
        code = run_gui(GuiOptions(lang=lang), paths, open_desk=lambda: open_desk(paths))
    finally:
        for translator in qapp.findChildren(QTranslator):  # a real run ends the process
            QApplication.removeTranslator(translator)
        for widget in QApplication.topLevelWidgets():
            widget.close()
        qapp.setFont(font)
        qapp.setStyleSheet(sheet)
        qapp.setStyle(style)
    assert code == 2
    assert any(expected in text and str(paths.database) in text for text in seen), seen
    assert not any("advisor-desk restore" in text for text in seen), seen
    assert paths.database.read_bytes() == b""  # quitting changed nothing
