"""First run: a new shop starts in three steps — the store (name and code), you (the first
profile, the store manager, PIN optional) and HQ's content (their pack file, or the demo
content to try things out). Every step checks its fields in place; nothing typed is lost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from advisor_desk.domain.errors import N_, DeskError, InvalidInput
from advisor_desk.services.setup import NewStore
from advisor_desk.ui import validation
from advisor_desk.ui.context import UiContext
from advisor_desk.ui.errors import describe

STEPS = 3


def _title(text: str) -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setProperty("role", "heading")
    return label


def _hint(text: str) -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setProperty("role", "dim")
    return label


class WelcomeDialog(QDialog):
    """``choice`` after it is accepted: "demo", "pack" (``pack_path``) or "later"."""

    def __init__(self, parent: QWidget | None, ui: UiContext) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Advisor Desk"))
        self.setMinimumWidth(560)
        self.ui = ui
        self.choice: str | None = None
        self.pack_path: Path | None = None
        self.steps_label = QLabel(objectName="welcomeSteps")
        self.pages = QStackedWidget(objectName="welcomePages")
        self.pages.addWidget(self._store_step())
        self.pages.addWidget(self._you_step())
        self.pages.addWidget(self._content_step())
        self.error = validation.error_label("welcomeError")
        self.back_button = QPushButton(self.tr("Back"), objectName="welcomeBack")
        self.next_button = QPushButton(self.tr("Next"), objectName="welcomeNext")
        self.next_button.setProperty("role", "primary")
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self._show_step(0)

    # ------------------------------------------------------------------ steps
    def _store_step(self) -> QWidget:
        page = QWidget()
        self.store_name = QLineEdit(objectName="welcomeStoreName")
        self.store_name.setPlaceholderText(self.tr("e.g. 沁研 静安嘉里中心专柜"))
        self.store_code = QLineEdit(objectName="welcomeStoreCode")
        self.store_code.setPlaceholderText(self.tr("e.g. SH001"))
        form = QFormLayout()
        form.addRow(self.tr("Store name"), self.store_name)
        form.addRow(self.tr("Store code"), self.store_code)
        box = QVBoxLayout(page)
        box.addWidget(_title(self.tr("Your store")))
        box.addWidget(_hint(self.tr("The name is shown on this PC. The code is the one HQ gave "
                                    "your counter: coupon codes and reports go by it.")))
        box.addLayout(form)
        box.addStretch(1)
        return page

    def _you_step(self) -> QWidget:
        page = QWidget()
        self.manager_name = QLineEdit(objectName="welcomeManagerName")
        self.manager_name.setPlaceholderText(self.tr("e.g. 林晓雯"))
        self.pin = QLineEdit(objectName="welcomePin", echoMode=QLineEdit.EchoMode.Password,
                             maxLength=8)
        self.pin.setPlaceholderText(self.tr("optional, 4 to 8 digits"))
        self.pin_again = QLineEdit(objectName="welcomePinAgain", maxLength=8,
                                   echoMode=QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.manager_name)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        box = QVBoxLayout(page)
        box.addWidget(_title(self.tr("You")))
        box.addWidget(_hint(self.tr("You become the store manager on this PC: you add your "
                                    "colleagues later in Settings. A PIN keeps others on a "
                                    "shared counter PC out of your profile.")))
        box.addLayout(form)
        box.addStretch(1)
        return page

    def _content_step(self) -> QWidget:
        page = QWidget()
        self.pack_button = QPushButton(self.tr("Choose HQ's pack file…"),
                                       objectName="welcomePack")
        self.pack_button.setProperty("role", "primary")
        self.pack_button.setMinimumHeight(44)
        self.demo_button = QPushButton(self.tr("Try the demo content"),
                                       objectName="welcomeDemo")
        self.demo_button.setMinimumHeight(44)
        self.later_button = QPushButton(self.tr("Start empty; I will import HQ's pack later"),
                                        objectName="welcomeLater")
        self.later_button.setProperty("role", "link")
        box = QVBoxLayout(page)
        box.addWidget(_title(self.tr("HQ's content")))
        box.addWidget(_hint(self.tr("Scripts, materials, coupons and follow-up plans come from "
                                    "HQ as a pack file (.adpack), by USB stick, email or a "
                                    "shared folder.")))
        box.addWidget(self.pack_button)
        box.addWidget(_hint(self.tr("No pack yet? The demo content of the skincare brand 沁研 "
                                    "with 300 sample customers shows how a working day looks. "
                                    "Use a new data folder for real work afterwards.")))
        box.addWidget(self.demo_button)
        box.addStretch(1)
        box.addWidget(self.later_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.pack_button.clicked.connect(self._choose_pack)
        self.demo_button.clicked.connect(lambda: self.finish("demo"))
        self.later_button.clicked.connect(lambda: self.finish("later"))
        return page

    def _show_step(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        names = (self.tr("Store"), self.tr("You"), self.tr("HQ's content"))
        shown = [f"<b>{n + 1} {name}</b>" if n == index else f"{n + 1} {name}"
                 for n, name in enumerate(names)]
        self.steps_label.setText("  ›  ".join(shown))
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(index < STEPS - 1)
        validation.clear(self.error, *self._fields())
        first = (self.store_name, self.manager_name, self.pack_button)[index]
        first.setFocus()

    def _fields(self) -> tuple[QWidget, ...]:
        return (self.store_name, self.store_code, self.manager_name, self.pin, self.pin_again)

    def go_back(self) -> None:
        self._show_step(max(0, self.pages.currentIndex() - 1))

    def go_next(self) -> None:
        """Check this step's fields; move on only when they are right."""
        step = self.pages.currentIndex()
        validation.clear(self.error, *self._fields())
        setup = self.ui.state.desk.setup
        try:
            if step == 0:
                setup.check_store(self.store_name.text(), self.store_code.text())
            elif step == 1:
                self._check_you()
        except DeskError as exc:
            self._problem(exc)
            return
        self._show_step(min(step + 1, STEPS - 1))

    def _check_you(self) -> None:
        self.ui.state.desk.setup.check_manager(self.manager_name.text(), self.pin.text())
        if self.pin.text() != self.pin_again.text():
            raise InvalidInput(N_("The two PINs differ."), field="pin_again")

    def _problem(self, exc: DeskError) -> None:
        """Show the sentence under the form, on the step of the field it is about."""
        fields = {"store_name": (0, self.store_name), "store_code": (0, self.store_code),
                  "manager": (1, self.manager_name), "pin": (1, self.pin),
                  "pin_again": (1, self.pin_again)}
        step, field = fields.get(exc.params.get("field"), (self.pages.currentIndex(), None))
        if step != self.pages.currentIndex():
            self._show_step(step)
        validation.mark(field, self.error, describe(exc, self.ui.log_file))

    # ------------------------------------------------------------------ finishing
    def _choose_pack(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose HQ's pack file"), "",
                                              self.tr("Advisor Desk packs (*.adpack)"))
        if name:
            self.pack_path = Path(name)
            self.finish("pack")

    def new_store(self) -> NewStore:
        return NewStore(self.store_name.text(), self.store_code.text(),
                        self.manager_name.text(), self.pin.text() or None)

    def finish(self, choice: str) -> None:
        """Set the shop up (and load the demo) in the background; stay open on a problem."""
        try:
            self._check_you()
        except DeskError as exc:
            self._problem(exc)
            return
        desk, new = self.ui.state.desk, self.new_store()

        def work(ctx):
            manager, changes = desk.setup.start(new)
            # who just chose the PIN is not asked for it again: their session, unlocked
            session = desk.advisors.unlock(manager.id, new.pin or None)
            if choice == "demo":
                ctx.progress(1, 2, QCoreApplication.translate("WelcomeDialog",
                                                              "Loading the demo content…"))
                changes = changes | desk.demo.load(keep_store=True)[1]
            return manager, session, changes

        for button in (self.pack_button, self.demo_button, self.later_button, self.back_button):
            button.setEnabled(False)
        self.choice = choice
        self.ui.tasks.run(work, title=self.tr("Setting up your store"), on_done=self._done,
                          on_error=self._failed, modal=True, writes=True)

    def _done(self, result) -> None:
        manager, session, _changes = result  # the task runner applied the changes
        self.ui.prefs.setValue("window/advisor", manager.id)
        self.ui.state.set_advisor(manager, session)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        for button in (self.pack_button, self.demo_button, self.later_button, self.back_button):
            button.setEnabled(True)
        self.choice = None
        if isinstance(exc, DeskError):
            self._problem(exc)
        else:
            self.ui.show_error(exc)
