"""What a verified pack is and what importing it would change: new / changed / retired per
kind, with titles (at most ``MAX_TITLES`` per group, so a first import of 10,000 items stays
light)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from advisor_desk.domain.content import ContentDiff
from advisor_desk.domain.packs import PackSummary, last_valid_day

MAX_TITLES = 200
KIND_LABELS = {
    "tag_groups": QT_TRANSLATE_NOOP("PackPreview", "Tag groups"),
    "tags": QT_TRANSLATE_NOOP("PackPreview", "Tags"),
    "stages": QT_TRANSLATE_NOOP("PackPreview", "Journey stages"),
    "vip_levels": QT_TRANSLATE_NOOP("PackPreview", "VIP levels"),
    "member_classes": QT_TRANSLATE_NOOP("PackPreview", "Member classes"),
    "scenes": QT_TRANSLATE_NOOP("PackPreview", "Scenes"),
    "scripts": QT_TRANSLATE_NOOP("PackPreview", "Scripts & Q&A"),
    "materials": QT_TRANSLATE_NOOP("PackPreview", "Materials"),
    "coupons": QT_TRANSLATE_NOOP("PackPreview", "Coupons"),
    "coupon_codes": QT_TRANSLATE_NOOP("PackPreview", "Coupon codes for this store"),
    "playbooks": QT_TRANSLATE_NOOP("PackPreview", "SOP playbooks"),
    "daily_tasks": QT_TRANSLATE_NOOP("PackPreview", "Daily tasks"),
    "announcements": QT_TRANSLATE_NOOP("PackPreview", "Announcements"),
    "incentive_rules": QT_TRANSLATE_NOOP("PackPreview", "Incentive rules"),
}
COLOURS = {"new": "#2e7d4f", "changed": "#9a6700", "retired": "#b3261e"}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("PackPreview", KIND_LABELS.get(kind, kind))


class PackPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packPreview")
        self.title = QLabel(objectName="packTitle", wordWrap=True)
        self.title.setProperty("role", "heading")
        self.meta = QLabel(objectName="packMeta", wordWrap=True)
        self.meta.setProperty("role", "dim")
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel(objectName="packSummary", wordWrap=True)
        self.tree = QTreeWidget(objectName="packDiffTree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setColumnCount(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def show_pack(self, summary: PackSummary, diff: ContentDiff | None) -> None:
        self.title.setText(self.tr("%1 · version %2").replace("%1", summary.title)
                           .replace("%2", str(summary.version)))
        signer = summary.key_label or summary.key_id
        parts = [self.tr("Pack %1").replace("%1", summary.pack_id),
                 self.tr("from %1").replace("%1", summary.publisher) if summary.publisher
                 else "",
                 self.tr("made %1").replace("%1", f"{summary.created_at.astimezone():%Y-%m-%d}"),
                 self.tr("signed by %1 (verified)").replace("%1", signer)]
        if summary.expires_at is not None:
            parts.append(self.tr("valid until %1").replace(
                "%1", f"{last_valid_day(summary.expires_at):%Y-%m-%d}"))
        self.meta.setText(" · ".join(p for p in parts if p))
        self.tree.clear()
        if summary.already_imported or diff is None:
            self.summary.setText(self.tr("This version is already imported. Nothing to do."))
            return
        if diff.empty:
            self.summary.setText(self.tr("Nothing changes: this shop already has exactly this "
                                         "content."))
            return
        totals = {key: sum(len(getattr(k, key)) for k in diff.kinds)
                  for key in ("new", "changed", "retired")}
        self.summary.setText(self.tr(
            "Importing: %1 new, %2 changed, %3 retired. Retired items disappear from search; "
            "their history stays. The database is backed up first.")
            .replace("%1", str(totals["new"])).replace("%2", str(totals["changed"]))
            .replace("%3", str(totals["retired"])))
        for kind in diff.kinds:
            if kind.empty:
                continue
            counts = self.tr("%1 new · %2 changed · %3 retired").replace(
                "%1", str(len(kind.new))).replace("%2", str(len(kind.changed))).replace(
                "%3", str(len(kind.retired)))
            top = QTreeWidgetItem(self.tree, [f"{kind_label(kind.kind)}    {counts}"])
            font = QFont(top.font(0))
            font.setBold(True)
            top.setFont(0, font)
            top.setData(0, Qt.ItemDataRole.UserRole, kind.kind)
            for key, label in (("new", self.tr("New")), ("changed", self.tr("Changed")),
                               ("retired", self.tr("Retired"))):
                self._group(top, key, label, getattr(kind, key))
            top.setExpanded(True)

    def _group(self, parent: QTreeWidgetItem, key: str, label: str,
               titles: tuple[str, ...]) -> None:
        if not titles:
            return
        group = QTreeWidgetItem(parent, [f"{label} ({len(titles)})"])
        group.setForeground(0, QBrush(QColor(COLOURS[key])))
        group.setData(0, Qt.ItemDataRole.UserRole, key)
        for title in titles[:MAX_TITLES]:
            QTreeWidgetItem(group, [title])
        if len(titles) > MAX_TITLES:
            QTreeWidgetItem(group, [self.tr("… and %1 more").replace(
                "%1", str(len(titles) - MAX_TITLES))])
        group.setExpanded(len(titles) <= 50)

    def clear(self) -> None:
        self.title.clear()
        self.meta.clear()
        self.summary.clear()
        self.tree.clear()
