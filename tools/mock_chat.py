"""A stand-in for the WeCom chat window, for screenshots of the sidebar beside a chat
(docs/training.md): ``python tools/mock_chat.py [WIDTH HEIGHT]`` opens a plain window at the
top-left of the screen with a conversation list and a chat. Nothing in it is real."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

CONTACTS = ["钟海燕", "罗琪", "黎雪", "廖莉", "朱芳", "杜春燕", "宋淑贞", "沁研会员福利群"]
MESSAGES = [
    ("them", "你好，上次柜台试的那个精华我回去想了想"),
    ("me", "钟姐您好！我是沁研的晓雯，您说～"),
    ("them", "东西挺好的，就是太贵了，有没有便宜点的？"),
]


def bubble(side: str, text: str) -> QWidget:
    label = QLabel(text, wordWrap=True)
    label.setMaximumWidth(420)
    colour = "#95ec69" if side == "me" else "#ffffff"
    label.setStyleSheet(f"background:{colour}; border-radius:6px; padding:8px 12px; "
                        "font-size:11pt; color:#111;")
    row = QHBoxLayout()
    if side == "me":
        row.addStretch(1)
    row.addWidget(label)
    if side != "me":
        row.addStretch(1)
    holder = QWidget()
    holder.setLayout(row)
    return holder


def main() -> int:
    app = QApplication(sys.argv[:1])
    width, height = (int(a) for a in sys.argv[1:3]) if len(sys.argv) >= 3 else (980, 698)
    window = QWidget()
    window.setWindowTitle("企业微信（示意）")
    contacts = QListWidget()
    contacts.addItems(CONTACTS)
    contacts.setCurrentRow(0)
    contacts.setFixedWidth(220)
    contacts.setStyleSheet("QListWidget { background:#2e2e2e; color:#ddd; border:none; "
                           "font-size:11pt; } QListWidget::item { padding:12px; } "
                           "QListWidget::item:selected { background:#4a4a4a; color:#fff; }")
    title = QLabel("钟海燕")
    title.setStyleSheet("font-size:13pt; font-weight:bold; padding:10px; color:#111;")
    chat = QVBoxLayout()
    chat.addWidget(title)
    for side, text in MESSAGES:
        chat.addWidget(bubble(side, text))
    chat.addStretch(1)
    typing = QTextEdit()
    typing.setFixedHeight(120)
    typing.setStyleSheet("background:#ffffff; border:none; border-top:1px solid #ddd;")
    chat.addWidget(typing)
    pane = QWidget()
    pane.setLayout(chat)
    pane.setStyleSheet("background:#f5f5f5;")
    layout = QHBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(contacts)
    layout.addWidget(pane, 1)
    window.setGeometry(0, 0, width, height)
    window.setWindowFlag(Qt.WindowType.WindowStaysOnBottomHint)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
