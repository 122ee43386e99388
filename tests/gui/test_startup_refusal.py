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
