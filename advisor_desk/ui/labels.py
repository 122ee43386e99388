"""Translated labels for the domain's fixed vocabularies (keys stay in the data)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_STEPS = {
    1: QT_TRANSLATE_NOOP("Labels", "1 Value break-in"),
    2: QT_TRANSLATE_NOOP("Labels", "2 Discover needs"),
    3: QT_TRANSLATE_NOOP("Labels", "3 Amplify the need"),
    4: QT_TRANSLATE_NOOP("Labels", "4 Present the solution"),
    5: QT_TRANSLATE_NOOP("Labels", "5 Handle objections"),
    6: QT_TRANSLATE_NOOP("Labels", "6 Urgency and offer"),
    7: QT_TRANSLATE_NOOP("Labels", "7 Value after payment"),
}
_CHANNELS = {
    "chat": QT_TRANSLATE_NOOP("Labels", "1-to-1 chat"),
    "group": QT_TRANSLATE_NOOP("Labels", "Group"),
    "moments": QT_TRANSLATE_NOOP("Labels", "Moments"),
}
_SCRIPT_KINDS = {
    "script": QT_TRANSLATE_NOOP("Labels", "Script"),
    "qa": QT_TRANSLATE_NOOP("Labels", "Q&A"),
}
_ROLES = {
    "advisor": QT_TRANSLATE_NOOP("Labels", "Advisor"),
    "manager": QT_TRANSLATE_NOOP("Labels", "Store manager"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def step_label(step: int | None) -> str:
    return _t(_STEPS[step]) if step in _STEPS else ""


def channel_label(channel: str | None) -> str:
    return _t(_CHANNELS[channel]) if channel in _CHANNELS else ""


def script_kind_label(kind: str) -> str:
    return _t(_SCRIPT_KINDS.get(kind, kind))


def role_label(role: str) -> str:
    return _t(_ROLES.get(role, role))


def sales_steps() -> list[tuple[int, str]]:
    return [(n, step_label(n)) for n in _STEPS]


def channels() -> list[tuple[str, str]]:
    return [(key, channel_label(key)) for key in _CHANNELS]
