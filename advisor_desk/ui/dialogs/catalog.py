"""Every dialog of the app, with a way to build it on sample data.

The fit test (tests/gui/test_fit.py) opens each one at 1366×698 in zh_CN and English and fails
when it needs more room; tools/screenshots.py photographs each. A test also fails when a
``QDialog`` subclass in ``ui/dialogs`` is missing here, so a new dialog is covered as soon as it
exists. ``sample(window)`` gets an attached main window (demo data, an advisor chosen) and
returns the dialog, not yet shown; it must not block (no ``exec``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from advisor_desk.ui.main_window import MainWindow


@dataclass(frozen=True)
class DialogSpec:
    key: str  # also the screenshot's name
    class_name: str  # the QDialog subclass this entry covers
    sample: Callable[[MainWindow], QDialog]


def _today(window: MainWindow) -> date:
    return window.state.desk.clock.today()


def _add_customer(window: MainWindow) -> QDialog:
    from advisor_desk.ui.dialogs.customer_quick import AddCustomerDialog

    customers = window.state.desk.customers
    return AddCustomerDialog(window, customers.stages(), customers.tags())


def _contact(window: MainWindow) -> QDialog:
    from advisor_desk.ui.dialogs.customer_quick import ContactDialog

    return ContactDialog(window, "王晓燕")


def _purchase(window: MainWindow) -> QDialog:
    from advisor_desk.ui.dialogs.customer_quick import PurchaseDialog

    return PurchaseDialog(window, "王晓燕")


def _import(window: MainWindow) -> QDialog:
    from advisor_desk.ui.dialogs.customer_import import CustomerImportDialog

    return CustomerImportDialog(window, window.ui, None)


def _picker(window: MainWindow) -> QDialog:
    from advisor_desk.ui.dialogs.customer_picker import CustomerPicker

    return CustomerPicker(window, window.state)


def _edit_script(window: MainWindow) -> QDialog:
    from advisor_desk.ui.dialogs.edit_script import EditScriptDialog

    return EditScriptDialog(window, window.ui, None)


def _fill_variables(window: MainWindow) -> QDialog:
    from advisor_desk.ui.dialogs.fill_variables import FillVariablesDialog

    return FillVariablesDialog(window, ("产品名", "活动日期"))


def _pin(window: MainWindow) -> QDialog:
    from advisor_desk.ui.dialogs.pin_dialog import new_pin_dialog

    return new_pin_dialog(window, "林晓雯")


def _quick_copy(window: MainWindow) -> QDialog:
    from advisor_desk.ui.dialogs.quick_copy import QuickCopy

    return QuickCopy(window, window.ui)


def _skip(window: MainWindow) -> QDialog:
    from advisor_desk.ui.dialogs.step_dialogs import SkipDialog

    return SkipDialog(window)


def _snooze(window: MainWindow) -> QDialog:
    from advisor_desk.ui.dialogs.step_dialogs import SnoozeDialog

    return SnoozeDialog(window, _today(window))


def _leave(window: MainWindow) -> QDialog:
    from advisor_desk.ui.dialogs.step_dialogs import LeaveDialog

    return LeaveDialog(window, _today(window))


def _trust_key(window: MainWindow) -> QDialog:
    from advisor_desk.ui.dialogs.trust_key import TrustKeyDialog

    return TrustKeyDialog(window, "qinyan-hq-2026-5f3a9c1e", "沁研总部")


def _welcome(window: MainWindow) -> QDialog:
    from advisor_desk.ui.dialogs.welcome import WelcomeDialog

    return WelcomeDialog(window, window.ui)


def _confirm_done(window: MainWindow) -> QDialog:
    from advisor_desk.ui.dialogs.confirm_done import ConfirmDoneDialog

    return ConfirmDoneDialog(window, "第1天：到货使用指导", "王姐（王晓燕）")


def _error(window: MainWindow) -> QDialog:
    from advisor_desk.domain.errors import N_, InvalidInput
    from advisor_desk.ui.errors import error_box

    return error_box(window, InvalidInput(N_("The store code cannot be empty.")),
                     window.state.desk.paths.log_file)


def _ask_text(window: MainWindow) -> QDialog:
    from PySide6.QtCore import QCoreApplication

    from advisor_desk.ui.dialogs.ask_text import TextDialog

    def settings_text(text: str) -> str:  # the Settings page's own strings
        return QCoreApplication.translate("SettingsPage", text)

    return TextDialog(window, settings_text("Add advisor"),
                      settings_text("Your colleague's name, as the team calls her"),
                      lambda name: None, placeholder=settings_text("e.g. 陈佳怡"))


def _export_phones(window: MainWindow) -> QDialog:
    from advisor_desk.ui.dialogs.customer_export import full_phones_box

    return full_phones_box(window)[0]


def _erase_customer(window: MainWindow) -> QDialog:
    from advisor_desk.ui.dialogs.erase_customer import EraseCustomerDialog

    return EraseCustomerDialog(window, "王晓燕（王姐）")


def _privacy_log(window: MainWindow) -> QDialog:
    from advisor_desk.ui.dialogs.privacy_log import PrivacyLogDialog

    return PrivacyLogDialog(window, window.ui)


def _restore(window: MainWindow) -> QDialog:
    from datetime import UTC, datetime
    from pathlib import Path

    from advisor_desk.domain.backups import BackupInfo, BackupSummary, RestorePreview
    from advisor_desk.ui.restore import RestoreDialog

    made = datetime(2026, 12, 5, 8, 0, tzinfo=UTC)
    preview = RestorePreview(
        BackupInfo(Path("advisor_desk-20261205-080000-000000-manual.db"), "manual", 2_900_000,
                   made), BackupSummary("0013", 300, 505, 948, 3), 299)
    return RestoreDialog(window, preview, window.state.desk.clock.tz)


def _startup_restore(window: MainWindow) -> QDialog:
    from advisor_desk.domain.errors import N_, DatabaseCorrupt
    from advisor_desk.ui.errors import describe
    from advisor_desk.ui.restore import StartupRestoreDialog

    paths = window.state.desk.paths  # the sentence store/migrations.py gives without backups
    problem = DatabaseCorrupt(N_("The database {path} is damaged (it failed its integrity "
                                 "check) and no backup was found. Keep a copy of it for a "
                                 "technician; to start with a new, empty database, move it "
                                 "away."), path=str(paths.database))
    return StartupRestoreDialog(window, paths, describe(problem, paths.log_file), window.tasks)


DIALOG_SPECS: tuple[DialogSpec, ...] = (
    DialogSpec("welcome", "WelcomeDialog", _welcome),
    DialogSpec("add-customer", "AddCustomerDialog", _add_customer),
    DialogSpec("log-contact", "ContactDialog", _contact),
    DialogSpec("record-purchase", "PurchaseDialog", _purchase),
    DialogSpec("customer-import", "CustomerImportDialog", _import),
    DialogSpec("customer-picker", "CustomerPicker", _picker),
    DialogSpec("export-phones", "QMessageBox", _export_phones),
    DialogSpec("edit-script", "EditScriptDialog", _edit_script),
    DialogSpec("fill-variables", "FillVariablesDialog", _fill_variables),
    DialogSpec("pin", "PinDialog", _pin),
    DialogSpec("quick-copy", "QuickCopy", _quick_copy),
    DialogSpec("skip-step", "SkipDialog", _skip),
    DialogSpec("snooze-step", "SnoozeDialog", _snooze),
    DialogSpec("leave", "LeaveDialog", _leave),
    DialogSpec("confirm-done", "ConfirmDoneDialog", _confirm_done),
    DialogSpec("ask-text", "TextDialog", _ask_text),
    DialogSpec("trust-key", "TrustKeyDialog", _trust_key),
    DialogSpec("error", "QMessageBox", _error),
    DialogSpec("erase-customer", "EraseCustomerDialog", _erase_customer),
    DialogSpec("privacy-log", "PrivacyLogDialog", _privacy_log),
    DialogSpec("restore-backup", "RestoreDialog", _restore),
    DialogSpec("startup-restore", "StartupRestoreDialog", _startup_restore),
)
