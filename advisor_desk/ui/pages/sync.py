"""同步 Sync: import HQ content packs (choose -> verify -> preview -> confirm -> backup ->
apply), the history of imported packs, the trusted HQ keys, and 导出给总部 (activity reports
for HQ, ``widgets/report_export.py``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.changes import Changes
from advisor_desk.ui.context import UiContext
from advisor_desk.ui.pages.base import Page
from advisor_desk.ui.widgets.pack_preview import PackPreview, kind_label
from advisor_desk.ui.widgets.report_export import ReportExportPanel
from advisor_desk.ui.widgets.trusted_keys import TrustedKeysPanel


class SyncPage(Page):
    key = "sync"

    def __init__(self, ui: UiContext) -> None:
        super().__init__(ui)
        self.setObjectName("syncPage")
        self.verified = None  # services.packs.VerifiedPack awaiting confirmation
        self._build()
        self.discard()  # the idle state

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        heading = QLabel(self.tr("Import HQ content"), objectName="syncHeading")
        heading.setProperty("role", "heading")
        hint = QLabel(self.tr("HQ sends scripts, materials, coupons and SOPs as a pack file "
                              "(.adpack) by USB stick, email or a shared folder."),
                      wordWrap=True)
        hint.setProperty("role", "dim")
        self.choose_button = QPushButton(self.tr("Choose pack file…"),
                                         objectName="choosePackButton")
        self.choose_button.setProperty("role", "primary")
        self.choose_button.setMinimumHeight(40)
        top = QHBoxLayout()
        texts = QVBoxLayout()
        texts.addWidget(heading)
        texts.addWidget(hint)
        self.report_button = QPushButton(self.tr("Report to HQ…"),
                                         objectName="reportToHqButton")
        self.report_button.setMinimumHeight(40)
        top.addLayout(texts, 1)
        top.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.empty = QLabel(self.tr("Choose a pack file to see what it changes before "
                                    "anything is imported."), objectName="syncEmpty",
                            alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.empty.setProperty("role", "dim")
        self.preview = PackPreview()
        self.import_button = QPushButton(self.tr("Import now"), objectName="importPackButton")
        self.import_button.setProperty("role", "primary")
        self.import_button.setMinimumHeight(40)
        self.discard_button = QPushButton(self.tr("Don't import"),
                                          objectName="discardPackButton")
        self.discard_button.setMinimumHeight(40)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.discard_button)
        actions.addWidget(self.import_button)
        preview_area = QWidget()
        box = QVBoxLayout(preview_area)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.preview, 1)
        box.addLayout(actions)
        self.stack = QStackedWidget(objectName="syncStack")
        self.stack.addWidget(self.empty)
        self.stack.addWidget(preview_area)

        self.history = QTableWidget(0, 6, objectName="packHistory")
        self.history.setHorizontalHeaderLabels([
            self.tr("Imported"), self.tr("Title"), self.tr("Version"), self.tr("Changes"),
            self.tr("Pack id"), self.tr("Signed by")])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().hide()
        self.history.setWordWrap(False)
        self.no_history = QLabel(self.tr(
            "No content pack has been imported yet. Choose the pack file HQ sent with "
            "“Choose pack file…” above."), objectName="packHistoryEmpty", wordWrap=True,
            alignment=Qt.AlignmentFlag.AlignCenter)
        self.no_history.setProperty("role", "dim")
        self.history_stack = QStackedWidget(objectName="packHistoryStack")
        self.history_stack.addWidget(self.history)
        self.history_stack.addWidget(self.no_history)
        self.keys = TrustedKeysPanel(self.ui)
        self.tabs = QTabWidget(objectName="syncTabs")
        self.tabs.addTab(self.history_stack, self.tr("Import history"))
        self.tabs.addTab(self.keys, self.tr("Trusted HQ keys"))
        self.report = ReportExportPanel(self.ui)
        self.tabs.addTab(self.report, self.tr("Report to HQ"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.report_button.clicked.connect(self.show_report)

        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, objectName="syncSplitter")
        splitter.addWidget(self.stack)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.choose_button.clicked.connect(self.choose_file)
        self.import_button.clicked.connect(self.import_current)
        self.discard_button.clicked.connect(self.discard)

    def _tab_shown(self, index: int) -> None:
        reporting = self.tabs.widget(index) is self.report
        self.stack.setVisible(not reporting)  # the report tab gets the page's height
        if reporting:
            self.report.refresh()

    def show_report(self) -> None:
        """Open the 导出给总部 tab (its preview is counted in the background)."""
        self.tabs.setCurrentWidget(self.report)

    def cares_about(self, changes: Changes) -> bool:
        return changes.packs or changes.settings

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        desk = self.ui.state.desk
        records = desk.packs.history()
        signers = {k.key_id: k.label for k in desk.trust.list_keys() if k.label}
        self.history.setRowCount(len(records))
        for row, r in enumerate(records):
            counts = r.summary or {}
            total = {k: sum(v.get(k, 0) for v in counts.values())
                     for k in ("new", "changed", "retired")}
            changed = self.tr("%1 new · %2 changed · %3 retired").replace(
                "%1", str(total["new"])).replace("%2", str(total["changed"])).replace(
                "%3", str(total["retired"]))
            detail = "\n".join(f"{kind_label(k)}: +{v.get('new', 0)} ~{v.get('changed', 0)} "
                               f"-{v.get('retired', 0)}" for k, v in counts.items()
                               if v.get("new") or v.get("changed") or v.get("retired"))
            cells = (f"{r.imported_at.astimezone():%Y-%m-%d %H:%M}", r.title, str(r.version),
                     changed, r.pack_id, signers.get(r.key_id or "", r.key_id or "—"))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3 and detail:
                    item.setToolTip(detail)
                self.history.setItem(row, col, item)
        self.history_stack.setCurrentWidget(self.history if records else self.no_history)
        self.history.resizeColumnsToContents()
        self.history.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.keys.refresh()
        if self.tabs.currentWidget() is self.report:
            self.report.refresh()

    # ------------------------------------------------------------------ import flow
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the pack file from HQ"), "",
                                              self.tr("Content pack (*.adpack);;All files (*)"))
        if name:
            self.open_pack(Path(name))

    def _phases(self) -> dict[str, str]:
        return {"verify": self.tr("Checking signature and files…"),
                "backup": self.tr("Backing up the database…"),
                "media": self.tr("Storing pictures…"),
                "apply": self.tr("Applying the content…")}

    def open_pack(self, path: Path) -> None:
        """Verify in the background, then show the preview."""
        self.discard()
        desk, labels = self.ui.state.desk, self._phases()

        def work(ctx):
            return desk.packs.verify(path, lambda d, t, p: ctx.progress(d, t, labels.get(p, "")),
                                     stage=True)

        self.choose_button.setEnabled(False)
        self.ui.tasks.run(work, title=self.tr("Checking the pack"), on_done=self._verified,
                          on_error=self._failed, modal=True)

    def _verified(self, verified) -> None:
        self.choose_button.setEnabled(True)
        self.verified = verified
        self.preview.show_pack(verified.summary, verified.diff)
        self.import_button.setEnabled(not verified.already_imported)
        self.stack.setCurrentIndex(1)
        self.splitter.setSizes([540, 200])  # the preview gets the room; history stays in view

    def _failed(self, exc: BaseException) -> None:
        self.choose_button.setEnabled(True)
        self.discard()
        self.ui.show_error(exc)

    def import_current(self) -> None:
        verified = self.verified
        if verified is None or verified.already_imported:
            return
        desk, labels = self.ui.state.desk, self._phases()

        def work(ctx):
            return desk.packs.apply(verified,
                                    lambda d, t, p: ctx.progress(d, t, labels.get(p, "")))

        self.import_button.setEnabled(False)
        self.discard_button.setEnabled(False)
        self.ui.tasks.run(work, title=self.tr("Importing the pack"), on_done=self._imported,
                          on_error=self._import_failed, modal=True, writes=True)

    def _imported(self, _result) -> None:
        title = self.verified.summary.title if self.verified else ""
        self.discard()
        self.ui.notify(self.tr("Imported: %1").replace("%1", title))
        self._mark_dirty()

    def _import_failed(self, exc: BaseException) -> None:
        from advisor_desk.domain.errors import Cancelled

        self.discard()
        if isinstance(exc, Cancelled):
            self.ui.notify(self.tr("Import cancelled; nothing was changed."))
        else:
            self.ui.show_error(exc)

    def discard(self) -> None:
        if self.verified is not None:
            self.verified.close()
            self.verified = None
        self.preview.clear()
        self.import_button.setEnabled(True)
        self.discard_button.setEnabled(True)
        self.stack.setCurrentIndex(0)
        self.splitter.setSizes([150, 590])  # nothing chosen: the history gets the room
