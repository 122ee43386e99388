"""设置 Settings: the store and its follow-up rules, advisor profiles, the data folder."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.changes import Changes
from advisor_desk.ui import i18n, labels
from advisor_desk.ui.context import UiContext
from advisor_desk.ui.dialogs.pin_dialog import ask_new_pin
from advisor_desk.ui.pages.base import Page
from advisor_desk.ui.widgets.backup_panel import BackupPanel


class SettingsPage(Page):
    key = "settings"

    def __init__(self, ui: UiContext) -> None:
        super().__init__(ui)
        self.setObjectName("settingsPage")
        self._build()
        ui.state.advisorChanged.connect(lambda _a: self._mark_dirty())

    def _build(self) -> None:
        self.store_name = QLineEdit(objectName="storeName")
        self.store_code = QLineEdit(objectName="storeCode")
        self.grace = QSpinBox(objectName="graceDays", minimum=0, maximum=60)
        self.gap = QSpinBox(objectName="contactGapDays", minimum=0, maximum=60)
        self.reveal = QCheckBox(self.tr("Advisors may reveal the phone numbers of their own "
                                        "customers"), objectName="advisorsMayReveal")
        for spin in (self.grace, self.gap):
            spin.setSuffix(self.tr(" days"))
        self.auto_lock = QSpinBox(objectName="autoLockMinutes", minimum=0, maximum=240)
        self.auto_lock.setSuffix(self.tr(" idle minutes"))
        self.auto_lock.setSpecialValueText(self.tr("never"))
        self.keep_days = QSpinBox(objectName="keepDailyBackups", minimum=1, maximum=60)
        self.keep_weeks = QSpinBox(objectName="keepWeeklyBackups", minimum=0, maximum=52)
        self.keep_days.setSuffix(self.tr(" days"))
        self.keep_weeks.setPrefix("+ ")
        self.keep_weeks.setSuffix(self.tr(" weeks, one a week"))
        for spin in (self.keep_days, self.keep_weeks):
            spin.setToolTip(self.tr("The newest backup of each of the last days, then the "
                                    "newest of each week before those"))
        keep = QWidget()
        keep_row = QHBoxLayout(keep)
        keep_row.setContentsMargins(0, 0, 0, 0)
        keep_row.addWidget(self.keep_days, 1)
        keep_row.addWidget(self.keep_weeks, 1)
        self.save_button = QPushButton(self.tr("Save"), objectName="saveSettingsButton")
        self.save_button.setProperty("role", "primary")
        self.manager_note = QLabel(objectName="managerNote", wordWrap=True)
        self.manager_note.setProperty("role", "dim")
        store = QGroupBox(self.tr("Store and follow-up rules"))
        form = QFormLayout(store)
        form.addRow(self.tr("Store name"), self.store_name)
        form.addRow(self.tr("Store code"), self.store_code)
        form.addRow(self.tr("A step becomes missed after"), self.grace)
        form.addRow(self.tr("Warn when contacted within"), self.gap)
        form.addRow(self.tr("Lock the screen after"), self.auto_lock)
        form.addRow(self.tr("Keep daily backups"), keep)
        form.addRow("", self.reveal)
        form.addRow(self.manager_note)
        form.addRow("", self.save_button)

        self.advisors = QListWidget(objectName="advisorList")
        self.add_advisor = QPushButton(self.tr("Add advisor…"), objectName="addAdvisorButton")
        self.toggle_role = QPushButton(self.tr("Make manager / advisor"),
                                       objectName="toggleRoleButton")
        self.toggle_active = QPushButton(self.tr("Deactivate / reactivate"),
                                         objectName="toggleActiveButton")
        self.set_pin = QPushButton(self.tr("Set PIN…"), objectName="setPinButton")
        self.clear_pin = QPushButton(self.tr("Remove PIN"), objectName="clearPinButton")
        people = QGroupBox(self.tr("Advisor profiles on this PC"))
        people_box = QVBoxLayout(people)
        people_box.addWidget(self.advisors, 1)
        grid = QGridLayout()  # two rows, so long English labels never widen the window
        for n, button in enumerate((self.add_advisor, self.set_pin, self.clear_pin,
                                    self.toggle_role, self.toggle_active)):
            grid.addWidget(button, n // 3, n % 3)
        people_box.addLayout(grid)

        self.language = QComboBox(objectName="languageChoice")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.data_label = QLabel(objectName="dataFolder", wordWrap=True,
                                 textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(self.tr("Open data folder"), objectName="openDataFolder")
        data = QGroupBox(self.tr("This PC"))
        data_form = QFormLayout(data)
        data_form.addRow(self.tr("Language (after a restart)"), self.language)
        data_form.addRow(self.tr("Data folder"), self.data_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        data_form.addRow("", buttons)

        self.backups = BackupPanel(self.ui)
        inner = QWidget(objectName="settingsContent")
        left = QVBoxLayout()
        left.addWidget(store)
        left.addWidget(data)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(people, 1)
        right.addWidget(self.backups, 1)
        columns = QHBoxLayout(inner)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea(objectName="settingsScroll", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # pages scroll down, never sideways: a sideways bar would steal the height that lets
        # both columns fit without scrolling at all
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.save_button.clicked.connect(self._save)
        self.add_advisor.clicked.connect(self._add_advisor)
        self.toggle_role.clicked.connect(self._toggle_role)
        self.toggle_active.clicked.connect(self._toggle_active)
        self.set_pin.clicked.connect(lambda: self._pin(clear=False))
        self.clear_pin.clicked.connect(lambda: self._pin(clear=True))
        self.open_folder.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.ui.state.desk.paths.data))))
        self.language.currentIndexChanged.connect(self._language)

    def cares_about(self, changes: Changes) -> bool:
        return changes.settings or changes.advisors

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        desk, me = self.ui.state.desk, self.ui.state.advisor
        store = desk.settings.get()
        self.store_name.setText(store.store_name)
        self.store_code.setText(store.store_code)
        self.grace.setValue(store.grace_days)
        self.gap.setValue(store.contact_gap_days)
        self.reveal.setChecked(store.advisors_may_reveal_phone)
        self.auto_lock.setValue(store.auto_lock_minutes)
        self.keep_days.setValue(store.backup_keep_daily)
        self.keep_weeks.setValue(store.backup_keep_weekly)
        profiles = desk.advisors.list_all()
        manager = (me is not None and me.is_manager) or not any(a.active for a in profiles)
        for widget in (self.store_name, self.store_code, self.grace, self.gap, self.reveal,
                       self.auto_lock, self.keep_days, self.keep_weeks,
                       self.save_button, self.add_advisor, self.toggle_role,
                       self.toggle_active):
            widget.setEnabled(manager)
        self.manager_note.setText("" if manager else self.tr(
            "Only a store manager can change these settings and the advisor profiles."))
        self.advisors.clear()
        for a in profiles:
            text = f"{a.name}  ·  {labels.role_label(a.role)}"
            if a.has_pin:
                text += "  ·  " + self.tr("PIN set")
            if not a.active:
                text += "  ·  " + self.tr("inactive")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, a)
            self.advisors.addItem(item)
        self.data_label.setText(str(desk.paths.data))
        self.backups.refresh()
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.blockSignals(False)

    def _selected(self):
        item = self.advisors.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    # ------------------------------------------------------------------ actions
    def _save(self) -> None:
        by = self.ui.state.session
        values = dict(store_name=self.store_name.text().strip(),
                      store_code=self.store_code.text().strip(), grace_days=self.grace.value(),
                      contact_gap_days=self.gap.value(),
                      advisors_may_reveal_phone=self.reveal.isChecked(),
                      auto_lock_minutes=self.auto_lock.value(),
                      backup_keep_daily=self.keep_days.value(),
                      backup_keep_weekly=self.keep_weeks.value())
        self.ui.ops.write(lambda desk: desk.settings.change(by, **values),
                          initiator=self.save_button,
                          success=lambda _c: self.ui.notify(self.tr("Settings saved.")),
                          failure=lambda _e: self._mark_dirty())

    def _add_advisor(self) -> None:
        from advisor_desk.ui.dialogs.ask_text import TextDialog

        advisors, by = self.ui.state.desk.advisors, self.ui.state.session
        dialog = TextDialog(self, self.tr("Add advisor"),
                            self.tr("Your colleague's name, as the team calls her"),
                            lambda name: advisors.add(name, session=by),
                            self.ui.log_file, self.tr("e.g. 陈佳怡"), ops=self.ui.ops)
        dialog.open()  # the runner applies the changes when the name is saved

    def _toggle_role(self) -> None:
        a, by = self._selected(), self.ui.state.session
        if a is not None:
            role = "advisor" if a.is_manager else "manager"
            self.ui.ops.write(lambda desk: desk.advisors.set_role(a.id, role, session=by),
                              initiator=self.toggle_role)

    def _toggle_active(self) -> None:
        a, by = self._selected(), self.ui.state.session
        if a is not None:
            self.ui.ops.write(lambda desk: desk.advisors.set_active(a.id, not a.active,
                                                                    session=by),
                              initiator=self.toggle_active)

    def _pin(self, *, clear: bool) -> None:
        a, by = self._selected() or self.ui.state.advisor, self.ui.state.session
        if a is None:
            return
        pin = None if clear else ask_new_pin(self, a.name)
        if clear or pin:
            self.ui.ops.write(lambda desk: desk.advisors.set_pin(a.id, pin, session=by),
                              initiator=self.clear_pin if clear else self.set_pin)

    def _language(self) -> None:
        self.ui.prefs.setValue("ui/language", self.language.currentData())
        self.ui.notify(self.tr("The language changes the next time Advisor Desk starts."))
