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

    def answer(left: int = 400) -> None:
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "errorDialog"
                    and w.isVisible()), None)
        if box is None and left:
            QTimer.singleShot(50, lambda: answer(left - 1))
            return
        if box is None:  # 20 s and no dialog: close what is up and fail, never hang
            modal = QApplication.activeModalWidget()
            seen.append(f"no errorDialog; modal {modal and modal.objectName()!r}")
            if modal is not None:
                modal.close()
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
def test_an_empty_database_offers_its_backups_without_a_command_to_type(tmp_path, lang,
                                                                        expected):
    """The window's start-up dialog lists the backups and has a Restore button, so its
    sentence names the file and what is wrong, not the command line's `advisor-desk restore`.
    The window starts in a process of its own, as a user starts it (tests/support/
    startup_dialog.py)."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    from advisor_desk.app import main

    data = tmp_path / "shop"
    assert main(["--data-dir", str(data), "setup", "--store", "店", "--code", "SH9",
                 "--manager", "王店长"]) == 0
    assert main(["--data-dir", str(data), "backup"]) == 0
    paths = AppPaths.under(data)
    for side in data.glob("advisor_desk.db*"):
        side.unlink()
    paths.database.write_bytes(b"")  # what the careless admin did
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        done = subprocess.run([sys.executable, "-m", "tests.support.startup_dialog", str(data),
                               lang], cwd=root, env=env, capture_output=True, text=True,
                              timeout=100, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as stuck:
        pytest.fail(f"the window did not end: {stuck.stderr and stuck.stderr[-3000:]}")
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    seen = result["seen"]
    assert result["code"] == 2, result
    assert any(expected in text and str(paths.database) in text for text in seen), result
    assert not any("advisor-desk restore" in text for text in seen), seen
    assert paths.database.read_bytes() == b""  # quitting changed nothing
