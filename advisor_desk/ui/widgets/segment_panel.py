"""The filter panel of the customer list: builds a SegmentFilter (the same filter a saved
segment, an export and a playbook audience use)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.customers import NamedKey, TagInfo
from advisor_desk.domain.segments import SegmentFilter
from advisor_desk.domain.vocabulary import MEMBER_CLASSES

DEBOUNCE_MS = 250
# a check-list item's room besides its text: the theme's 16 px indicator with its border
# (resources/theme/app.qss) and the margins around it; Qt's own size hint assumes Fusion's
# smaller indicator, which cut every stage name to "…"
CHECK_ROOM = 44
TAG_MODES = ("all", "any", "none")


class SegmentPanel(QWidget):
    filterChanged = Signal(object)  # SegmentFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentPanel")
        self._loading = False
        self.search = QLineEdit(objectName="customerListSearch", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Name, remark, initials or phone tail"))
        self.stages = self._checklist("stageFilter")
        self.stage_exclude = QCheckBox(self.tr("Exclude these stages"),
                                       objectName="stageExclude")
        self.tag_mode = QComboBox(objectName="tagMode")
        self.tag_mode.addItem(self.tr("Has all groups (any tag within a group)"), "all")
        self.tag_mode.addItem(self.tr("Has any of them"), "any")
        self.tag_mode.addItem(self.tr("Has none of them"), "none")
        self.tags = QTreeWidget(objectName="tagFilter")
        self.tags.setHeaderHidden(True)
        self.tags.setMinimumHeight(220)
        self.vips = self._checklist("vipFilter")
        self.classes: dict[str, QCheckBox] = {}
        class_row = QHBoxLayout()
        for cls in MEMBER_CLASSES:
            box = QCheckBox(cls, objectName=f"class{cls}")
            box.toggled.connect(self._changed)
            self.classes[cls] = box
            class_row.addWidget(box)
        self.dormant, self.dormant_days = self._days(self.tr("No purchase for"), 180,
                                                     "dormantFilter")
        self.birthday, self.birthday_days = self._days(self.tr("Birthday within"), 7,
                                                       "birthdayFilter")
        self.added, self.added_days = self._days(self.tr("Added within"), 30, "addedFilter")
        self.clear_button = QPushButton(self.tr("Clear filters"), objectName="clearFilters")

        who = QGroupBox(self.tr("Journey stage"))
        box = QVBoxLayout(who)
        box.addWidget(self.stages)
        box.addWidget(self.stage_exclude)
        tags = QGroupBox(self.tr("Tags"))
        box = QVBoxLayout(tags)
        box.addWidget(self.tag_mode)
        box.addWidget(self.tags)
        member = QGroupBox(self.tr("Membership"))
        box = QVBoxLayout(member)
        box.addWidget(self.vips)
        box.addLayout(class_row)
        when = QGroupBox(self.tr("Time"))
        grid = QGridLayout(when)
        for row, (check, spin) in enumerate(((self.dormant, self.dormant_days),
                                             (self.birthday, self.birthday_days),
                                             (self.added, self.added_days))):
            grid.addWidget(check, row, 0)
            grid.addWidget(spin, row, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, who, tags, member, when, self.clear_button):
            layout.addWidget(widget)
        layout.addStretch(1)

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.filterChanged.emit(self.current()))
        self.search.textChanged.connect(self._changed)
        self.stage_exclude.toggled.connect(self._changed)
        self.tag_mode.currentIndexChanged.connect(self._changed)
        self.tags.itemChanged.connect(self._changed)
        self.clear_button.clicked.connect(self.clear)

    def _checklist(self, name: str) -> QListWidget:
        widget = QListWidget(objectName=name)  # check boxes flowing in rows, all visible
        widget.setFlow(QListView.Flow.LeftToRight)
        widget.setWrapping(True)
        widget.setResizeMode(QListView.ResizeMode.Adjust)
        widget.setSpacing(2)
        widget.itemChanged.connect(self._changed)
        return widget

    def _days(self, label: str, value: int, name: str) -> tuple[QCheckBox, QSpinBox]:
        check = QCheckBox(label, objectName=name)
        spin = QSpinBox(objectName=f"{name}Days", minimum=0, maximum=3650, value=value)
        spin.setSuffix(self.tr(" days"))
        check.toggled.connect(self._changed)
        spin.valueChanged.connect(lambda _v: check.isChecked() and self._changed())
        return check, spin

    def _changed(self, *_args) -> None:
        if not self._loading:
            self._debounce.start()

    # ------------------------------------------------------------------ vocabulary
    def set_vocabulary(self, stages: list[NamedKey], vips: list[NamedKey],
                       tags: list[TagInfo]) -> None:
        current = self.current()
        self._loading = True
        for widget, items in ((self.stages, stages), (self.vips, vips)):
            widget.clear()
            metrics = widget.fontMetrics()
            row = max(metrics.height() + 6, 24)
            rows = 3 if len(items) > 4 else 2  # a brand's 5-7 stages wrap to three rows
            widget.setFixedHeight(rows * (row + 2 * widget.spacing()) + 2 * widget.frameWidth()
                                  + 4)
            for item in items:
                entry = QListWidgetItem(item.name)
                entry.setSizeHint(QSize(metrics.horizontalAdvance(item.name) + CHECK_ROOM, row))
                entry.setData(Qt.ItemDataRole.UserRole, item.key)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
                widget.addItem(entry)
        self.tags.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for tag in tags:
            parent = groups.get(tag.group_uid)
            if parent is None:
                parent = QTreeWidgetItem(self.tags, [tag.group_name])
                parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                groups[tag.group_uid] = parent
            item = QTreeWidgetItem(parent, [tag.name])
            item.setData(0, Qt.ItemDataRole.UserRole, tag.uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
        self.tags.expandAll()
        self._loading = False
        self.load(current)

    # ------------------------------------------------------------------ filter <-> widgets
    def current(self) -> SegmentFilter:
        stages = tuple(self._checked(self.stages))
        tags = tuple(self._checked_tags())
        mode = self.tag_mode.currentData()
        return SegmentFilter(
            stages_in=() if self.stage_exclude.isChecked() else stages,
            stages_out=stages if self.stage_exclude.isChecked() else (),
            tags_all=tags if mode == "all" else (), tags_any=tags if mode == "any" else (),
            tags_none=tags if mode == "none" else (), vip_levels=tuple(self._checked(self.vips)),
            member_classes=tuple(c for c, box in self.classes.items() if box.isChecked()),
            dormant_days=self.dormant_days.value() if self.dormant.isChecked() else None,
            birthday_within_days=self.birthday_days.value() if self.birthday.isChecked()
            else None,
            added_within_days=self.added_days.value() if self.added.isChecked() else None,
            text=self.search.text().strip())

    def load(self, flt: SegmentFilter) -> None:
        """Show a saved filter (a filter that uses more than one tag mode shows the first)."""
        self._loading = True
        self.search.setText(flt.text)
        stages = set(flt.stages_out or flt.stages_in)
        self.stage_exclude.setChecked(bool(flt.stages_out))
        self._check(self.stages, stages)
        self._check(self.vips, set(flt.vip_levels))
        mode, tags = next(((m, t) for m, t in (("all", flt.tags_all), ("any", flt.tags_any),
                                              ("none", flt.tags_none)) if t), ("all", ()))
        self.tag_mode.setCurrentIndex(TAG_MODES.index(mode))
        for item in self._tag_items():
            item.setCheckState(0, Qt.CheckState.Checked
                               if item.data(0, Qt.ItemDataRole.UserRole) in tags
                               else Qt.CheckState.Unchecked)
        for cls, box in self.classes.items():
            box.setChecked(cls in flt.member_classes)
        for check, spin, value in ((self.dormant, self.dormant_days, flt.dormant_days),
                                   (self.birthday, self.birthday_days,
                                    flt.birthday_within_days),
                                   (self.added, self.added_days, flt.added_within_days)):
            check.setChecked(value is not None)
            if value is not None:
                spin.setValue(value)
        self._loading = False
        self.filterChanged.emit(self.current())

    def clear(self) -> None:
        self.load(SegmentFilter())

    @staticmethod
    def _checked(widget: QListWidget) -> list[str]:
        return [widget.item(n).data(Qt.ItemDataRole.UserRole) for n in range(widget.count())
                if widget.item(n).checkState() == Qt.CheckState.Checked]

    @staticmethod
    def _check(widget: QListWidget, keys: set[str]) -> None:
        for n in range(widget.count()):
            item = widget.item(n)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in keys else Qt.CheckState.Unchecked)

    def _tag_items(self) -> list[QTreeWidgetItem]:
        items = []
        for g in range(self.tags.topLevelItemCount()):
            group = self.tags.topLevelItem(g)
            items += [group.child(n) for n in range(group.childCount())]
        return items

    def _checked_tags(self) -> list[str]:
        return [i.data(0, Qt.ItemDataRole.UserRole) for i in self._tag_items()
                if i.checkState(0) == Qt.CheckState.Checked]
