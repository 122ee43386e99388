"""Every active filter as a removable chip above the results ("我的 ×", "场景：新客 ×"), so a
search that finds nothing can never be explained by a filter nobody sees."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

Chip = tuple[str, Callable[[], None]]  # what is shown, how to remove it


class FilterChips(QWidget):
    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}Chips")
        self._prefix = prefix
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._title = QLabel(self.tr("Filters:"))
        self._title.setProperty("role", "dim")
        self.chips: list[QToolButton] = []
        self._labels: list[str] = []
        self.hide()

    def set_chips(self, chips: list[Chip]) -> None:
        labels = [text for text, _ in chips]
        if labels == self._labels:  # per keystroke: nothing to rebuild
            for chip, (_, remove) in zip(self.chips, chips, strict=True):
                chip.clicked.disconnect()
                chip.clicked.connect(remove)
            return
        self._labels = labels
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None and widget is not self._title:
                widget.deleteLater()
        self.chips = []
        if not chips:
            self.hide()
            return
        self._layout.addWidget(self._title)
        for n, (text, remove) in enumerate(chips):
            chip = QToolButton(objectName=f"{self._prefix}Chip{n}")
            chip.setText(f"{text}  ×")
            chip.setToolTip(self.tr("Remove this filter"))
            chip.setProperty("role", "chip")
            chip.setStyleSheet("QToolButton{border:1px solid #e0b9a8;border-radius:11px;"
                               "padding:2px 10px;background:#fdf0ea;}"
                               "QToolButton:hover{background:#fbe3dc;}")
            chip.clicked.connect(remove)
            self._layout.addWidget(chip)
            self.chips.append(chip)
        self._layout.addStretch(1)
        self.show()
