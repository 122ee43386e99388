"""How the privacy log reads in the UI language: what happened, to whom, the details. Used by
the privacy log dialog for its table and for the XLSX it exports (same words in both)."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from advisor_desk.domain import privacy
from advisor_desk.domain.privacy import PrivacyLogEntry
from advisor_desk.ui import labels

_ACTIONS = {
    privacy.REVEAL: QT_TRANSLATE_NOOP("Privacy", "Showed a phone number"),
    privacy.EXPORT: QT_TRANSLATE_NOOP("Privacy", "Exported customers"),
    privacy.ERASE: QT_TRANSLATE_NOOP("Privacy", "Erased a customer on request"),
    privacy.READD: QT_TRANSLATE_NOOP("Privacy", "Added an erased customer again"),
    privacy.PIN_SET: QT_TRANSLATE_NOOP("Privacy", "Set a PIN"),
    privacy.PIN_CLEARED: QT_TRANSLATE_NOOP("Privacy", "Removed a PIN"),
    privacy.PIN_LOCKED: QT_TRANSLATE_NOOP("Privacy", "Too many wrong PINs"),
    privacy.ROLE: QT_TRANSLATE_NOOP("Privacy", "Changed a role"),
    privacy.ADVISOR_ADDED: QT_TRANSLATE_NOOP("Privacy", "Added an advisor profile"),
    privacy.ADVISOR_ACTIVE: QT_TRANSLATE_NOOP("Privacy", "Deactivated or reactivated a "
                                                         "profile"),
    privacy.RESTORE: QT_TRANSLATE_NOOP("Privacy", "Restored a backup"),
    privacy.LOG_EXPORT: QT_TRANSLATE_NOOP("Privacy", "Exported this log"),
}
_GROUPS = {
    "reveals": QT_TRANSLATE_NOOP("Privacy", "Phone numbers shown"),
    "exports": QT_TRANSLATE_NOOP("Privacy", "Exports"),
    "erasures": QT_TRANSLATE_NOOP("Privacy", "Erasures"),
    "pins": QT_TRANSLATE_NOOP("Privacy", "PINs"),
    "roles": QT_TRANSLATE_NOOP("Privacy", "Profiles and roles"),
    "restores": QT_TRANSLATE_NOOP("Privacy", "Restores"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("Privacy", "Time"),
    QT_TRANSLATE_NOOP("Privacy", "Who"),
    QT_TRANSLATE_NOOP("Privacy", "What"),
    QT_TRANSLATE_NOOP("Privacy", "Customer"),
    QT_TRANSLATE_NOOP("Privacy", "Phone"),
    QT_TRANSLATE_NOOP("Privacy", "Advisor concerned"),
    QT_TRANSLATE_NOOP("Privacy", "Details"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Privacy", text)


def headers() -> list[str]:
    return [_t(h) for h in HEADERS]


def action_label(action: str) -> str:
    return _t(_ACTIONS[action]) if action in _ACTIONS else action


def groups() -> list[tuple[str, str]]:
    return [(key, _t(label)) for key, label in _GROUPS.items()]


def customer_text(entry: PrivacyLogEntry) -> str:
    if entry.customer_erased:
        return QCoreApplication.translate("Privacy", "(erased customer)")
    return entry.customer


def _rows(n: int) -> str:
    return QCoreApplication.translate("Privacy", "%n row(s)", "", n)


def details(entry: PrivacyLogEntry) -> str:
    d, action = entry.detail, entry.action
    if action == privacy.EXPORT:
        phones = QCoreApplication.translate("Privacy", "full phone numbers") \
            if d.get("full_phones") else QCoreApplication.translate("Privacy", "phones masked")
        parts = [_rows(int(d.get("rows", 0))), phones]
        if d.get("format"):
            parts.append(str(d["format"]).upper())
        if d.get("filtered"):
            parts.append(QCoreApplication.translate("Privacy", "a filtered list"))
        return QCoreApplication.translate("Privacy", ", ").join(parts)
    if action == privacy.ERASE:
        text = QCoreApplication.translate("Privacy", "Reason: %1")
        return text.replace("%1", str(d["reason"])) if d.get("reason") else ""
    if action == privacy.READD:
        if d.get("source") == "import":
            return QCoreApplication.translate("Privacy", "from an import")
        return QCoreApplication.translate("Privacy", "added by hand")
    if action == privacy.PIN_LOCKED:
        n = int(d.get("failures", 0))
        return QCoreApplication.translate("Privacy", "%n wrong PIN(s) in a row", "", n)
    if action in (privacy.ROLE, privacy.ADVISOR_ADDED) and d.get("role"):
        text = QCoreApplication.translate("Privacy", "as %1")
        return text.replace("%1", labels.role_label(str(d["role"])))
    if action == privacy.ADVISOR_ACTIVE:
        if d.get("active"):
            return QCoreApplication.translate("Privacy", "reactivated")
        return QCoreApplication.translate("Privacy", "deactivated")
    if action == privacy.RESTORE:
        text = QCoreApplication.translate("Privacy", "backup %1")
        text = text.replace("%1", str(d.get("file", "")))
        if d.get("by"):
            text += "  · " + QCoreApplication.translate("Privacy", "by %1").replace(
                "%1", str(d["by"]))
        return text
    if action == privacy.LOG_EXPORT:
        return _rows(int(d.get("rows", 0)))
    return ""


def row(entry: PrivacyLogEntry, tz: tzinfo) -> list[str]:
    """One entry as the table and the XLSX show it."""
    return [entry.at.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
            entry.actor or QCoreApplication.translate("Privacy", "(automatic)"),
            action_label(entry.action), customer_text(entry), entry.phone_masked,
            entry.subject, details(entry)]
