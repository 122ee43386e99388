"""Translated labels for the domain's fixed vocabularies (keys stay in the data)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

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


# ---------------------------------------------------------------- library items
_MATERIAL_KINDS = {
    "text": QT_TRANSLATE_NOOP("Labels", "Text"),
    "image": QT_TRANSLATE_NOOP("Labels", "Picture"),
    "link": QT_TRANSLATE_NOOP("Labels", "Link"),
    "file": QT_TRANSLATE_NOOP("Labels", "File"),
    "moments": QT_TRANSLATE_NOOP("Labels", "Moments post"),
}
_COUPON_TYPES = {
    "no_threshold": QT_TRANSLATE_NOOP("Labels", "No minimum spend"),
    "threshold": QT_TRANSLATE_NOOP("Labels", "Spend and save"),
    "discount": QT_TRANSLATE_NOOP("Labels", "Discount"),
    "random": QT_TRANSLATE_NOOP("Labels", "Random amount"),
    "campaign": QT_TRANSLATE_NOOP("Labels", "Campaign"),
}


def material_kind_label(kind: str) -> str:
    return _t(_MATERIAL_KINDS.get(kind, kind))


def material_kinds() -> list[tuple[str, str]]:
    return [(key, material_kind_label(key)) for key in _MATERIAL_KINDS]


def coupon_type_label(kind: str) -> str:
    return _t(_COUPON_TYPES.get(kind, kind))


def coupon_types() -> list[tuple[str, str]]:
    return [(key, coupon_type_label(key)) for key in _COUPON_TYPES]


def item_type_label(kind: str, type_: str) -> str:
    if kind == "script":
        return script_kind_label(type_)
    if kind == "material":
        return material_kind_label(type_)
    return coupon_type_label(type_)


def _fmt(text: str, *args: object) -> str:
    for n, arg in enumerate(args, start=1):
        text = text.replace(f"%{n}", str(arg))
    return text


def short_date(day: date) -> str:
    """A date as a chat would write it (zh_CN: 11月30日)."""
    pattern = QCoreApplication.translate("Labels", "MMM d")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def validity_label(start: date | None, end: date | None, today: date) -> str:
    if start is not None and today < start:
        return _fmt(QCoreApplication.translate("Labels", "from %1"), short_date(start))
    if end is None:
        return ""
    if today > end:
        return _fmt(QCoreApplication.translate("Labels", "expired %1"), short_date(end))
    days = (end - today).days
    if days == 0:
        return QCoreApplication.translate("Labels", "last day today")
    left = QCoreApplication.translate("Labels", "until %1, %n day(s) left", "", days)
    return _fmt(left, short_date(end))


def money(fen: int | None) -> str:
    if fen is None:
        return ""
    return f"{fen // 100}" if fen % 100 == 0 else f"{fen / 100:.2f}"


def coupon_rule(type_: str, value_fen: int | None, min_value_fen: int | None,
                threshold_fen: int | None, discount_pct: int | None) -> str:
    """What the coupon gives, in the words of the counter (满300减50, 8.8折...)."""
    if type_ == "threshold" and value_fen is not None and threshold_fen is not None:
        text = QCoreApplication.translate("Labels", "%1 off orders over %2 yuan")
        return _fmt(text, money(value_fen), money(threshold_fen))
    if type_ == "no_threshold" and value_fen is not None:
        text = QCoreApplication.translate("Labels", "%1 yuan off, no minimum")
        return _fmt(text, money(value_fen))
    if type_ == "discount" and discount_pct is not None:
        zhe = f"{discount_pct / 10:g}"  # 88 -> 8.8 (折: tenths of the price paid)
        text = QCoreApplication.translate("Labels", "pay %1% of the price (%2 zhe)")
        return _fmt(text, discount_pct, zhe)
    if type_ == "random" and value_fen is not None:
        text = QCoreApplication.translate("Labels", "%1 to %2 yuan off")
        return _fmt(text, money(min_value_fen or 0), money(value_fen))
    return coupon_type_label(type_)
