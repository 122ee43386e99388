"""One customer at a glance: who they are, the next SOP step, tags by dimension, history."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.birthdays import format_birthday, parse_birthday
from advisor_desk.domain.changes import Changes
from advisor_desk.domain.customers import CustomerInput, CustomerProfile
from advisor_desk.domain.errors import NotFound
from advisor_desk.ui import icons, labels
from advisor_desk.ui.context import UiContext
from advisor_desk.ui.dialogs.customer_quick import ContactDialog, PurchaseDialog
from advisor_desk.ui.widgets.tag_editor import TagEditor

if TYPE_CHECKING:
    from advisor_desk.services.desk import Desk


class CustomerProfileView(QWidget):
    backRequested = Signal()

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerProfile")
        self.ui = ui
        self._id: int | None = None
        self._erasing: int | None = None  # erased on request from here, on the writer
        self._profile: CustomerProfile | None = None
        self._task_id: int | None = None
        self.back = QPushButton(self.tr("← Customer list"), objectName="profileBack")
        self.name = QLabel(objectName="profileName")
        self.name.setProperty("role", "heading")
        self.phone = QLabel(objectName="profilePhone")
        self.reveal = QPushButton(self.tr("Show number"), objectName="profileReveal")
        self.stage = QComboBox(objectName="profileStage")
        self.member = QLabel(objectName="profileMember")
        self.facts = QLabel(objectName="profileFacts", wordWrap=True)
        self.facts.setProperty("role", "dim")
        self.contact = QPushButton(self.tr("Log contact  Ctrl+L"), objectName="profileContact")
        self.purchase = QPushButton(self.tr("Record purchase"), objectName="profilePurchase")
        head = QHBoxLayout()
        head.addWidget(self.back)
        head.addWidget(self.name)
        head.addWidget(self.phone)
        head.addWidget(self.reveal)
        head.addStretch(1)
        head.addWidget(QLabel(self.tr("Stage")))
        head.addWidget(self.stage)
        head.addWidget(self.contact)
        head.addWidget(self.purchase)

        self.card = QFrame(objectName="nextStepCard")
        self.card_title = QLabel(objectName="nextStepTitle", wordWrap=True)
        self.card_detail = QLabel(objectName="nextStepDetail", wordWrap=True)
        self.card_detail.setProperty("role", "dim")
        self.card_note = QLineEdit(objectName="nextStepNote")
        self.card_note.setPlaceholderText(self.tr("Note (optional)"))
        self.card_done = QPushButton(self.tr("Done"), objectName="nextStepDone")
        card = QVBoxLayout(self.card)
        card.addWidget(self.card_title)
        card.addWidget(self.card_detail)
        row = QHBoxLayout()
        row.addWidget(self.card_note, 1)
        row.addWidget(self.card_done)
        card.addLayout(row)

        self.tags = TagEditor()
        self.timeline = QListWidget(objectName="profileTimeline")
        self.purchases = QTableWidget(0, 3, objectName="profilePurchases")
        self.purchases.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Amount"),
                                                  self.tr("Items")])
        self.purchases.horizontalHeader().setStretchLastSection(True)
        self.history = QListWidget(objectName="profileStageHistory")
        self.details = self._details_form()
        self.tabs = QTabWidget(objectName="profileTabs")
        tag_scroll = QScrollArea(objectName="tagScroll", widgetResizable=True)
        tag_scroll.setWidget(self.tags)
        self.tabs.addTab(tag_scroll, self.tr("Tags"))
        self.tabs.addTab(self.timeline, self.tr("Contacts"))
        self.tabs.addTab(self.purchases, self.tr("Purchases"))
        self.tabs.addTab(self.history, self.tr("Stage history"))
        details_scroll = QScrollArea(objectName="detailsScroll", widgetResizable=True)
        details_scroll.setWidget(self.details)
        self.tabs.addTab(details_scroll, self.tr("Details"))

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        info = QHBoxLayout()
        info.addWidget(self.member)
        info.addWidget(self.facts, 1)
        layout.addLayout(info)
        layout.addWidget(self.card)
        layout.addWidget(self.tabs, 1)

        self.back.clicked.connect(self.backRequested)
        self.reveal.clicked.connect(self._reveal)
        self.stage.activated.connect(self._stage_chosen)
        self.contact.clicked.connect(self.log_contact)
        self.purchase.clicked.connect(self._purchase)
        self.card_done.clicked.connect(self._done)
        self.card_note.returnPressed.connect(self._done)
        self.tags.tagToggled.connect(self._tag)
        ui.state.lockChanged.connect(self._locked)

    def _details_form(self) -> QWidget:
        widget = QWidget()
        self.edit_name = QLineEdit(objectName="editName")
        self.edit_remark = QLineEdit(objectName="editRemark")
        self.edit_salutation = QLineEdit(objectName="editSalutation")
        self.edit_region = QLineEdit(objectName="editRegion")
        self.edit_birthday = QLineEdit(objectName="editBirthday")
        self.edit_birthday.setPlaceholderText(self.tr("e.g. 03-07 or 1988-03-07"))
        self.edit_koc = QComboBox(objectName="editKoc")
        self.edit_koc.addItem(self.tr("(not a KOC)"), None)
        for key, label in labels.koc_types():
            self.edit_koc.addItem(label, key)
        self.edit_notes = QPlainTextEdit(objectName="editNotes")
        self.save = QPushButton(self.tr("Save details"), objectName="saveDetails")
        self.erase = QPushButton(self.tr("Erase on request…"), objectName="eraseCustomer")
        self.erase.setToolTip(self.tr("Store managers: delete this customer's personal data "
                                      "when they ask for it"))
        form = QFormLayout(widget)
        form.addRow(self.tr("Name"), self.edit_name)
        form.addRow(self.tr("Remark name"), self.edit_remark)
        form.addRow(self.tr("Form of address"), self.edit_salutation)
        form.addRow(self.tr("Birthday"), self.edit_birthday)
        form.addRow(self.tr("Region"), self.edit_region)
        form.addRow(self.tr("KOC"), self.edit_koc)
        form.addRow(self.tr("Notes"), self.edit_notes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addStretch(1)
        buttons.addWidget(self.erase)
        form.addRow("", buttons)
        self.save.clicked.connect(self._save_details)
        self.erase.clicked.connect(self._erase)
        return widget

    # ------------------------------------------------------------------ showing
    def show_customer(self, customer_id: int) -> None:
        self._id = customer_id
        self.reload()

    def reload(self) -> None:
        if self._id is None:
            return
        desk = self.ui.state.desk
        try:
            p = desk.customers.profile(self._id, viewer=self.ui.state.advisor)
        except NotFound as exc:  # deleted meanwhile (another window, an import), or erased
            if self._id == self._erasing:  # erased from here: erased() says so
                self._id, self._profile = None, None
                return
            self.ui.show_error(exc)
            self.backRequested.emit()
            return
        self._profile = p
        title = p.display_name + (f"（{p.salutation}）" if p.salutation else "")
        self.name.setText(title)
        self.phone.setText(p.phone_masked or self.tr("no phone"))
        self.reveal.setVisible(bool(p.phone))
        self.stage.clear()
        self.stage.addItem(self.tr("(none)"), None)
        for s in desk.customers.stages():
            self.stage.addItem(s.name, s.key)
        self.stage.setCurrentIndex(max(0, self.stage.findData(p.stage_key)))
        member = [x for x in (p.vip, self.tr("class %1").replace("%1", p.member_class)
                              if p.member_class else "", labels.koc_label(p.koc_type)) if x]
        self.member.setText(" · ".join(member) or self.tr("Not a member yet"))
        self.facts.setText(self.tr("Source %1 · added %2 · advisor %3 · purchases in 12 "
                                   "months: %4").replace("%1", p.source_channel or "-")
                           .replace("%2", p.added_at.strftime("%Y-%m-%d"))
                           .replace("%3", "、".join(p.advisors) or "-")
                           .replace("%4", str(p.purchases_12m)))
        self._show_next_step()
        self.tags.show_tags(desk.customers.tags(), p.tags)
        self._fill_timeline(p)
        self.purchases.setRowCount(len(p.purchases))
        for row, item in enumerate(p.purchases):
            for col, text in enumerate((item.at.astimezone(desk.clock.tz).strftime("%Y-%m-%d"),
                                        labels.price(item.amount_fen), item.items)):
                self.purchases.setItem(row, col, QTableWidgetItem(text))
        if not p.purchases:
            self.purchases.setRowCount(1)
            self.purchases.setSpan(0, 0, 1, 3)
            self.purchases.setItem(0, 0, QTableWidgetItem(self.tr(
                "No purchases yet: “Record purchase” adds one, and the follow-ups after a "
                "purchase start.")))
        else:
            self.purchases.clearSpans()
        self.history.clear()
        for h in p.stage_history:
            self.history.addItem(f"{h.at.astimezone(desk.clock.tz):%Y-%m-%d}  "
                                 f"{h.from_name or '—'} → {h.to_name or '—'}"
                                 + (f"  ({h.by})" if h.by else ""))
        if not p.stage_history:
            self.history.addItem(self.tr("No stage recorded yet: choose one under “Stage”."))
        self.edit_name.setText(p.name)
        self.edit_remark.setText(p.remark_name)
        self.edit_salutation.setText(p.salutation)
        self.edit_region.setText(p.region)
        self.edit_notes.setPlainText(p.notes)
        self.edit_koc.setCurrentIndex(max(0, self.edit_koc.findData(p.koc_type)))
        self.edit_birthday.setText(format_birthday(p.birthday))
        me = self.ui.state.advisor
        self.erase.setVisible(me is not None and me.is_manager)

    def _fill_timeline(self, p: CustomerProfile) -> None:
        """Newest first: the day (with the year), the kind as an icon and a word, who."""
        tz = self.ui.state.desk.clock.tz
        self.timeline.clear()
        self.timeline.setIconSize(QSize(20, 20))
        for t in p.timeline:
            at = t.at.astimezone(tz)
            head = f"{labels.long_date(at.date())}  {at:%H:%M}  ·  " \
                   f"{labels.contact_kind_label(t.kind)}"
            if t.advisor:
                head += f"  ·  {t.advisor}"
            if t.from_sop:
                head += "  ·  " + self.tr("follow-up step")
            item = QListWidgetItem(icons.icon("contact-sop" if t.from_sop
                                              else f"contact-{t.kind}"),
                                   head + (f"\n{t.note}" if t.note else ""))
            item.setToolTip(t.note)
            self.timeline.addItem(item)
        if not p.timeline:
            self.timeline.addItem(self.tr("No contacts logged yet: Ctrl+L logs one."))

    def _show_next_step(self) -> None:
        step = self.ui.state.desk.tasks.next_step(self._id, viewer=self.ui.state.advisor)
        self._task_id = step.task_id if step else None
        self.card_done.setEnabled(step is not None)
        self.card_note.setEnabled(step is not None)
        if step is None:
            self.card_title.setText(self.tr("Next step: nothing planned"))
            self.card_detail.setText(self.tr("No follow-up is due for this customer."))
            return
        due = labels.long_date(step.effective_due)
        self.card_title.setText(self.tr("Next step: %1").replace("%1", step.step_title))
        kit = " → ".join(labels.kit_part_label(k) for k, _ in step.kit.parts)
        self.card_detail.setText(
            self.tr("Due %1 · %2 · %3").replace("%1", due).replace(
                "%2", f"{step.playbook_name}（{labels.trigger_label(step.trigger)}）").replace(
                "%3", step.goal or "") + (("\n" + self.tr("Kit: %1").replace("%1", kit))
                                          if kit else ""))

    # ------------------------------------------------------------------ actions
    def _write(self, op: Callable[[Desk], Changes], initiator: QWidget | None = None,
               success: Callable[[Changes], None] | None = None) -> None:
        """One write through the operation runner; the profile shows the stored state again
        afterwards, whether it worked or not (a refused change un-ticks its chip)."""
        def done(changes: Changes) -> None:
            self.reload()
            if success is not None:
                success(changes)

        self.ui.ops.write(op, initiator=initiator, success=done,
                          failure=lambda _e: self.reload())

    def _tag(self, uid: str, wanted: bool) -> None:
        cid, me = self._id, self.ui.state.advisor_id
        self._write(lambda desk: (desk.customers.add_tag if wanted else
                                  desk.customers.remove_tag)(cid, uid, advisor_id=me))

    def _stage_chosen(self, _index: int) -> None:
        key = self.stage.currentData()
        if key and self._profile and key != self._profile.stage_key:
            cid, me = self._id, self.ui.state.advisor_id
            self._write(lambda desk: desk.customers.set_stage(cid, key, advisor_id=me),
                        self.stage)

    def log_contact(self) -> None:
        if self._profile is None:
            return
        dialog = ContactDialog(self, self._profile.display_name)
        if dialog.exec():
            cid, me = self._id, self.ui.state.advisor_id
            kind, note = dialog.kind.currentData(), dialog.note.text()
            self._write(lambda desk: desk.customers.log_interaction(cid, kind, note,
                                                                    advisor_id=me),
                        self.contact)

    def _purchase(self) -> None:
        if self._profile is None:
            return
        dialog = PurchaseDialog(self, self._profile.display_name)
        if dialog.exec():
            cid, me = self._id, self.ui.state.advisor_id
            amount, items = dialog.amount_fen(), dialog.items.text()
            self._write(lambda desk: desk.customers.record_purchase(cid, amount, items,
                                                                    advisor_id=me),
                        self.purchase)

    def _done(self) -> None:
        if self._task_id is not None:
            task_id, me, note = self._task_id, self.ui.state.advisor_id, self.card_note.text()
            self.card_note.clear()
            self._write(lambda desk: desk.tasks.mark_done(task_id, me, note), self.card_done)

    def _reveal(self) -> None:
        cid, session = self._id, self.ui.state.session
        self.ui.ops.write(lambda desk: desk.customers.reveal_phone(cid, session=session),
                          initiator=self.reveal, success=self.phone.setText)

    def _locked(self, locked: bool) -> None:
        """A number shown on purpose is masked again once the counter PC locks."""
        if locked and self._profile is not None:
            self.phone.setText(self._profile.phone_masked or self.tr("no phone"))

    def _erase(self) -> None:
        from advisor_desk.ui.dialogs.erase_customer import EraseCustomerDialog

        if self._profile is None:
            return
        dialog = EraseCustomerDialog(self, self._profile.display_name)
        if not dialog.exec():
            return
        cid, session, reason = self._id, self.ui.state.session, dialog.reason_text()

        def erased(_changes) -> None:  # the runner applied the changes (reload saw it gone)
            self._erasing = None
            if self._id == cid:
                self._id, self._profile = None, None
            self.ui.notify(self.tr("The customer's personal data was erased."))
            self.backRequested.emit()

        def failed(_exc) -> None:
            self._erasing = None

        self._erasing = cid
        self.ui.ops.write(lambda desk: desk.customers.erase(cid, session=session,
                                                            reason=reason),
                          initiator=self.erase, success=erased, failure=failed)

    def _save_details(self) -> None:
        try:
            birthday = parse_birthday(self.edit_birthday.text())
        except ValueError:
            self.ui.notify(self.tr("The birthday is not a date, e.g. 03-07 or 1988-03-07."))
            return
        clear = ["koc_type"] if self.edit_koc.currentData() is None else []
        if birthday is None:
            clear.append("birthday")
        change = CustomerInput(
            name=self.edit_name.text().strip(), remark_name=self.edit_remark.text().strip(),
            salutation=self.edit_salutation.text().strip(),
            region=self.edit_region.text().strip(), notes=self.edit_notes.toPlainText(),
            koc_type=self.edit_koc.currentData(), birthday=birthday, clear=tuple(clear))
        cid, me = self._id, self.ui.state.advisor_id
        self._write(lambda desk: desk.customers.update(cid, change, advisor_id=me), self.save,
                    success=lambda _c: self.ui.notify(self.tr("Saved.")))
