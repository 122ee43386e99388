"""培训 Training: present a deck full screen (a playbook step by step, the 7 sales steps, a
scene, what the last pack changed) and practise Q&A and objection scripts as cards.

A trainer reaches a full-screen deck in two actions: open this page, double-click the deck
(or select it and press Enter or F5).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.changes import Changes
from advisor_desk.domain.errors import DeskError
from advisor_desk.domain.training import DECK_NEW, DECK_PLAYBOOK, DECK_SCENE, DECK_STEPS
from advisor_desk.ui import deck_frames
from advisor_desk.ui.context import UiContext
from advisor_desk.ui.deck_frames import Frame
from advisor_desk.ui.pages.base import Page
from advisor_desk.ui.widgets.empty_state import EmptyState
from advisor_desk.ui.widgets.practice_panel import PracticePanel
from advisor_desk.ui.widgets.slide_view import SlideView
from advisor_desk.ui.windows.presenter import PresenterWindow

KEY_ROLE = Qt.ItemDataRole.UserRole
DECK_LIST_MIN, DECK_LIST_MAX = 290, 420  # px: the deck list between these, as its names need
GROUPS = ((DECK_NEW, QT_TRANSLATE_NOOP("TrainingPage", "What HQ changed")),
          (DECK_STEPS, QT_TRANSLATE_NOOP("TrainingPage", "The 7-step sale")),
          (DECK_PLAYBOOK, QT_TRANSLATE_NOOP("TrainingPage", "Playbooks, step by step")),
          (DECK_SCENE, QT_TRANSLATE_NOOP("TrainingPage", "Scenes")))


class TrainingPage(Page):
    key = "training"

    def __init__(self, ui: UiContext) -> None:
        super().__init__(ui)
        self.setObjectName("trainingPage")
        self._frames: list[Frame] = []
        self._frame_index = 0
        self._deck_key: str | None = None
        self.presenter: PresenterWindow | None = None
        self.tabs = QTabWidget(objectName="trainingTabs")
        self.empty = EmptyState("trainingEmpty")  # no HQ content: the next step is its pack
        self.empty.show_state(
            self.tr("No training content yet"),
            self.tr("Decks and practice cards are made from HQ's scripts, which come with "
                    "HQ's pack. Import it on the Sync page."),
            [(self.tr("Import HQ's pack…"), "trainingImportPack",
              lambda: ui.state.pageRequested.emit("sync"))])
        self.present_stack = QStackedWidget(objectName="trainingPresentStack")
        self.present_stack.addWidget(self._build_present())
        self.present_stack.addWidget(self.empty)
        self.tabs.addTab(self.present_stack, self.tr("Present"))
        self.practice = PracticePanel(ui)
        self.tabs.addTab(self.practice, self.tr("Practise"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        ui.state.advisorChanged.connect(lambda _a: self._mark_dirty())

    def _build_present(self) -> QWidget:
        self.decks = QListWidget(objectName="trainingDeckList")
        self.decks.setMinimumWidth(DECK_LIST_MIN)
        self.decks.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.decks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.decks.setWordWrap(False)
        self.decks.currentItemChanged.connect(lambda item, _prev: self._preview_deck(item))
        self.decks.itemActivated.connect(lambda _item: self.present())
        self.preview = SlideView()
        self.preview.setObjectName("trainingPreview")
        self.preview.keep_aspect()
        self.back_button = QPushButton("◀", objectName="trainingPreviewBack")
        self.next_button = QPushButton("▶", objectName="trainingPreviewNext")
        self.position = QLabel(objectName="trainingPreviewPosition")
        self.back_button.clicked.connect(lambda: self._preview_at(self._frame_index - 1))
        self.next_button.clicked.connect(lambda: self._preview_at(self._frame_index + 1))
        self.notes = QLabel(objectName="trainingNotes", wordWrap=True)
        self.notes.setProperty("role", "dim")
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.screen_picker = QComboBox(objectName="trainingScreen")
        self.screen_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.screen_picker.setToolTip(self.tr("Where the slides go: a projector or a second "
                                              "monitor when one is connected"))
        self.present_button = QPushButton(self.tr("Present full screen  (F5)"),
                                          objectName="trainingPresentButton")
        self.present_button.setProperty("role", "primary")
        self.present_button.setMinimumHeight(44)
        self.present_button.clicked.connect(self.present)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addWidget(self.position)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        nav.addWidget(QLabel(self.tr("Screen:")))
        nav.addWidget(self.screen_picker)
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.preview)
        box.addLayout(nav)
        box.addWidget(self.notes, 1)
        box.addWidget(self.present_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="trainingSplitter")
        splitter.addWidget(self.decks)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.present,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return splitter

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_search)

    def focus_search(self) -> None:
        """The deck list (Enter or F5 presents the selected deck at once), or the card."""
        if self.tabs.currentWidget() is self.practice:
            self.practice.card.setFocus()
        else:
            self.decks.setFocus()

    def cares_about(self, changes: Changes) -> bool:
        return changes.library or changes.packs or changes.advisors or changes.settings

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        self._fill_screens()
        keep = self._deck_key
        try:
            infos = self.ui.state.desk.training.decks()
        except DeskError as exc:
            self.ui.show_error(exc)
            infos = []
        self.decks.blockSignals(True)
        self.decks.clear()
        for kind, label in GROUPS:
            group = [i for i in infos if i.kind == kind]
            if not group:
                continue
            header = QListWidgetItem(self.tr(label))
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setForeground(QColor("#c8553d"))
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
            self.decks.addItem(header)
            for info in group:
                item = QListWidgetItem("   " + deck_frames.deck_list_label(info))
                item.setData(KEY_ROLE, info.key)
                self.decks.addItem(item)
        self.decks.blockSignals(False)
        self.present_stack.setCurrentIndex(0 if infos else 1)
        self._fit_deck_list()
        rows = [r for r in range(self.decks.count()) if self.decks.item(r).data(KEY_ROLE)]
        row = next((r for r in rows if self.decks.item(r).data(KEY_ROLE) == keep),
                   rows[0] if rows else -1)
        if row >= 0:
            self.decks.setCurrentRow(row)
            self._preview_deck(self.decks.item(row))
        else:
            self._preview_deck(None)
        if self.tabs.currentWidget() is self.practice:
            self.practice.refresh()

    def _fit_deck_list(self) -> None:
        """Wide enough that every deck name reads whole (English ones are longer), within
        reason: the slide preview keeps most of a 1366 px window."""
        metrics = self.decks.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.decks.item(r).text())
                      for r in range(self.decks.count())), default=0)
        extra = self.decks.verticalScrollBar().sizeHint().width() + 2 * self.decks.frameWidth()
        self.decks.setMinimumWidth(max(DECK_LIST_MIN, min(widest + extra + 16, DECK_LIST_MAX)))

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.practice and self.ui.state.is_ready:
            self.practice.refresh()

    def _fill_screens(self) -> None:
        screens = QGuiApplication.screens()
        current = self.screen_picker.currentData() or self.ui.prefs.value("training/screen")
        primary = QGuiApplication.primaryScreen()
        self.screen_picker.clear()
        for n, screen in enumerate(screens, 1):
            self.screen_picker.addItem(self.screen_label(n, screen, screen is primary),
                                       screen.name())
        names = [s.name() for s in screens]
        if current in names:
            self.screen_picker.setCurrentIndex(names.index(current))
        else:  # a projector or second monitor when there is one
            others = [n for n, s in enumerate(screens) if s is not primary]
            self.screen_picker.setCurrentIndex(others[0] if others else 0)
        self.screen_picker.setEnabled(len(screens) > 1)

    def screen_label(self, n: int, screen: QScreen, primary: bool) -> str:
        """The monitor's model, number and size ("2: DELL P2419H 1920×1080"), never the
        system's device name (a Windows screen is called \\\\.\\DISPLAY2)."""
        size = screen.geometry()
        model = screen.model().strip() or self.tr("Screen")
        text = f"{n}: {model} {size.width()}×{size.height()}"
        return text + self.tr(" (main)") if primary else text

    def chosen_screen(self) -> QScreen:
        name = self.screen_picker.currentData()
        found = [s for s in QGuiApplication.screens() if s.name() == name]
        return found[0] if found else QGuiApplication.primaryScreen()

    def _preview_deck(self, item: QListWidgetItem | None) -> None:
        key = item.data(KEY_ROLE) if item is not None else None
        self._deck_key = key
        self._frames = []
        if key:
            state = self.ui.state
            try:
                deck = state.desk.training.deck(key, advisor_id=state.advisor_id)
            except DeskError as exc:
                self.ui.show_error(exc)
            else:
                self._frames = deck_frames.frames(deck)
        self.present_button.setEnabled(bool(self._frames))
        self._preview_at(0)

    def _preview_at(self, index: int) -> None:
        if not self._frames:
            self.preview.show_frame(None)
            self.position.clear()
            self.notes.setText(self.tr("No training decks yet. They come with HQ content: "
                                       "import a pack on the Sync page."))
            for button in (self.back_button, self.next_button):
                button.setEnabled(False)
            return
        index = max(0, min(index, len(self._frames) - 1))
        self._frame_index = index
        frame = self._frames[index]
        counter = f"{index + 1} / {len(self._frames)}"
        self.preview.show_frame(frame, counter,
                                deck_frames.key_hints() if frame.kind == "title" else "")
        self.position.setText(counter)
        self.notes.setText(frame.notes)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < len(self._frames))

    # ------------------------------------------------------------------ presenting
    def present(self) -> None:
        """The chosen deck full screen on the chosen screen, from the previewed slide."""
        if not self._frames:
            return
        if self.presenter is not None:
            self.presenter.close()
        self.ui.prefs.setValue("training/screen", self.screen_picker.currentData())
        self.presenter = PresenterWindow(self._frames, self.chosen_screen(), self._frame_index)
        self.presenter.slideShown.connect(self._slide_shown)
        self.presenter.closed.connect(self._presenter_closed)
        self.presenter.present()
        self._slide_shown(self.presenter.index)

    def _slide_shown(self, index: int) -> None:
        self._preview_at(index)
        frame = self._frames[index] if index < len(self._frames) else None
        if self._deck_key == DECK_NEW and frame is not None and frame.uid:
            me, uid = self.ui.state.advisor_id, frame.uid
            self.ui.ops.write(lambda desk: desk.training.mark_seen(me, [uid]))

    def _presenter_closed(self) -> None:
        self.presenter = None
        self.decks.setFocus()

    def open_request(self, what: str) -> None:
        """Another page asks for something here: "whats_new" (Today's banner) practises
        what HQ changed."""
        if what == "whats_new":
            self.tabs.setCurrentWidget(self.practice)
            self.practice.start_whats_new()

    def set_customer_data_hidden(self, hidden: bool) -> None:
        if self.presenter is not None:
            self.presenter.set_customer_data_hidden(hidden)
        self.practice.set_customer_data_hidden(hidden)
