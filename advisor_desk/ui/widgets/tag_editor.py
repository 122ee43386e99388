"""Tags of one customer by the four dimensions: click a chip to add or remove it (exclusive
groups keep one), or type a few characters to find a tag and press Enter."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.customers import ProfileTag, TagInfo
from advisor_desk.domain.vocabulary import TAG_DIMENSIONS
from advisor_desk.ui import labels


class TagEditor(QWidget):
    tagToggled = Signal(str, bool)  # tag uid, wanted

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagEditor")
        self.find = QLineEdit(objectName="tagFind", clearButtonEnabled=True)
        self.find.setPlaceholderText(self.tr("Type to find a tag, Enter adds it"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.find.setCompleter(completer)
        self.find.returnPressed.connect(self._add_typed)
        self._body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.find)
        layout.addLayout(self._body)
        layout.addStretch(1)
        self._chips: dict[str, QPushButton] = {}
        self._by_name: dict[str, str] = {}
        self._groups: dict[str, list[str]] = {}  # exclusive group uid -> its tag uids
        self.local = False  # True: chips only collect a choice (a dialog saves it later)

    def selected(self) -> tuple[str, ...]:
        """The checked tags (in local mode: what the user picked)."""
        return tuple(uid for uid, chip in self._chips.items() if chip.isChecked())

    def show_tags(self, vocabulary: list[TagInfo], current: tuple[ProfileTag, ...]) -> None:
        while self._body.count():
            item = self._body.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self._chips.clear()
        self._groups.clear()
        have = {t.tag.uid: t for t in current}
        known = {t.uid for t in vocabulary}
        extra = [t.tag for t in current if t.tag.uid not in known]  # retired, still on file
        by_dimension: dict[str, list[TagInfo]] = {d: [] for d in TAG_DIMENSIONS}
        for tag in [*vocabulary, *extra]:
            by_dimension.setdefault(tag.dimension, []).append(tag)
        self._by_name = {f"{t.group_name}:{t.name}": t.uid for t in vocabulary}
        self._names.setStringList(sorted(self._by_name))
        for dimension, tags in by_dimension.items():
            if not tags:
                continue
            box = QGroupBox(labels.dimension_label(dimension))
            grid = QGridLayout(box)
            groups: dict[str, list[TagInfo]] = {}
            for tag in tags:
                groups.setdefault(tag.group_uid, []).append(tag)
                if tag.exclusive:
                    self._groups.setdefault(tag.group_uid, []).append(tag.uid)
            for row, group in enumerate(groups.values()):
                title = group[0].group_name + (self.tr(" (one)") if group[0].exclusive else "")
                grid.addWidget(QLabel(title), row, 0, Qt.AlignmentFlag.AlignTop)
                chips = QHBoxLayout()
                for tag in group:
                    chips.addWidget(self._chip(tag, have.get(tag.uid)))
                chips.addStretch(1)
                grid.addLayout(chips, row, 1)
            self._body.addWidget(box)

    def _chip(self, tag: TagInfo, on_file: ProfileTag | None) -> QPushButton:
        chip = QPushButton(tag.name, objectName=f"tag_{tag.uid}", checkable=True)
        chip.setProperty("role", "chip")
        chip.setChecked(on_file is not None)
        if on_file is not None:
            who = on_file.added_by or labels.tag_source_label(on_file.source)
            chip.setToolTip(self.tr("%1 · %2 · %3").replace("%1", labels.tag_source_label(
                on_file.source)).replace("%2", who).replace("%3", on_file.added_at.strftime(
                    "%Y-%m-%d")))
        chip.toggled.connect(lambda wanted, t=tag: self._toggled(t, wanted))
        self._chips[tag.uid] = chip
        return chip

    def _toggled(self, tag: TagInfo, wanted: bool) -> None:
        if self.local and wanted:  # an exclusive group keeps one, as the store does
            for uid in self._groups.get(tag.group_uid, ()):
                if uid != tag.uid and self._chips[uid].isChecked():
                    self._chips[uid].setChecked(False)
        self.tagToggled.emit(tag.uid, wanted)

    def _add_typed(self) -> None:
        uid = self._by_name.get(self.find.text().strip())
        if uid is None:
            matches = [u for name, u in self._by_name.items()
                       if self.find.text().strip() and self.find.text().strip() in name]
            uid = matches[0] if len(matches) == 1 else None
        if uid is not None and not self._chips[uid].isChecked():
            self.find.clear()
            if self.local:
                self._chips[uid].setChecked(True)
            else:
                self.tagToggled.emit(uid, True)
