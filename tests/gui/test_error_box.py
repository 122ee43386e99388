"""The error dialog (ui/errors.py) shows its whole sentence: a long unbroken path wraps and
every line shows, the icon sits beside the text, and a short sentence is not in a sliver."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from advisor_desk.domain.errors import N_, DeskError
from advisor_desk.ui.errors import error_box

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("lang", ["zh_CN", "en"], indirect=True)
@pytest.mark.parametrize("text", [
    "The warehouse postgresql+psycopg://nobody@127.0.0.1:1/none could not be opened.",
    "已保存。",
    "无法写入文件夹 /srv/shop（它是只读的，或这个用户账户没有权限），所以顾问工作台无法保存任何内容。"
    "请给这个账户写入该文件夹的权限，或选择另一个数据文件夹。",
])
def test_the_whole_sentence_shows(lang, qtbot, tmp_path, text):
    box = error_box(None, DeskError(N_(text)), tmp_path / "log.txt")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    label = box.findChild(QLabel, "qt_msgbox_label")
    icon = box.findChild(QLabel, "qt_msgboxex_icon_label")
    assert label.text() == text
    assert label.height() >= label.heightForWidth(label.width())  # no line cut off
    assert icon.width() <= 80 and label.x() - icon.geometry().right() <= 40  # side by side
    assert box.width() >= 360
    box.close()
