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
_TRIGGERS = {
    "added": QT_TRANSLATE_NOOP("Labels", "new friend"),
    "purchase": QT_TRANSLATE_NOOP("Labels", "after a purchase"),
    "stage_entered": QT_TRANSLATE_NOOP("Labels", "entered a stage"),
    "tag_added": QT_TRANSLATE_NOOP("Labels", "tag added"),
    "birthday": QT_TRANSLATE_NOOP("Labels", "birthday"),
    "dormant": QT_TRANSLATE_NOOP("Labels", "dormant"),
    "date": QT_TRANSLATE_NOOP("Labels", "campaign"),
}
_DIMENSIONS = {
    "social": QT_TRANSLATE_NOOP("Labels", "Social"),
    "consumption": QT_TRANSLATE_NOOP("Labels", "Consumption"),
    "behaviour": QT_TRANSLATE_NOOP("Labels", "Behaviour"),
    "tier": QT_TRANSLATE_NOOP("Labels", "Layer"),
}
_TAG_SOURCES = {
    "manual": QT_TRANSLATE_NOOP("Labels", "added by hand"),
    "import": QT_TRANSLATE_NOOP("Labels", "imported"),
    "event": QT_TRANSLATE_NOOP("Labels", "from an event"),
    "rule": QT_TRANSLATE_NOOP("Labels", "by a rule"),
}
_CONTACT_KINDS = {
    "chat": QT_TRANSLATE_NOOP("Labels", "Chat"),
    "call": QT_TRANSLATE_NOOP("Labels", "Call"),
    "visit": QT_TRANSLATE_NOOP("Labels", "Visit"),
    "moments": QT_TRANSLATE_NOOP("Labels", "Moments"),
    "gift": QT_TRANSLATE_NOOP("Labels", "Gift"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
_KIT_PARTS = {
    "script": QT_TRANSLATE_NOOP("Labels", "Script"),
    "material": QT_TRANSLATE_NOOP("Labels", "Material"),
    "coupon": QT_TRANSLATE_NOOP("Labels", "Coupon"),
}
_KOC_TYPES = {
    "creator": QT_TRANSLATE_NOOP("Labels", "Content creator"),
    "sharer": QT_TRANSLATE_NOOP("Labels", "Experience sharer"),
    "co_creator": QT_TRANSLATE_NOOP("Labels", "Co-creator"),
}
_WEEKDAYS = (QT_TRANSLATE_NOOP("Labels", "Mon"), QT_TRANSLATE_NOOP("Labels", "Tue"),
             QT_TRANSLATE_NOOP("Labels", "Wed"), QT_TRANSLATE_NOOP("Labels", "Thu"),
             QT_TRANSLATE_NOOP("Labels", "Fri"), QT_TRANSLATE_NOOP("Labels", "Sat"),
             QT_TRANSLATE_NOOP("Labels", "Sun"))
_ROLES = {
    "advisor": QT_TRANSLATE_NOOP("Labels", "Advisor"),
    "manager": QT_TRANSLATE_NOOP("Labels", "Store manager"),
}

_CUSTOMER_FIELDS = {
    "key": QT_TRANSLATE_NOOP("Labels", "Customer number"),
    "external_id": QT_TRANSLATE_NOOP("Labels", "External contact ID"),
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "remark_name": QT_TRANSLATE_NOOP("Labels", "Remark name"),
    "salutation": QT_TRANSLATE_NOOP("Labels", "Form of address"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "gender": QT_TRANSLATE_NOOP("Labels", "Gender"),
    "birthday": QT_TRANSLATE_NOOP("Labels", "Birthday"),
    "region": QT_TRANSLATE_NOOP("Labels", "Region"),
    "source_channel": QT_TRANSLATE_NOOP("Labels", "Source"),
    "added_at": QT_TRANSLATE_NOOP("Labels", "Added on"),
    "stage": QT_TRANSLATE_NOOP("Labels", "Journey stage"),
    "vip": QT_TRANSLATE_NOOP("Labels", "VIP level"),
    "member_class": QT_TRANSLATE_NOOP("Labels", "Member class"),
    "tags": QT_TRANSLATE_NOOP("Labels", "Tags"),
    "advisor": QT_TRANSLATE_NOOP("Labels", "Advisor"),
    "last_contact": QT_TRANSLATE_NOOP("Labels", "Last contact"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


QT_TRANSLATE_NOOP("Labels", "%1 (%2 days)")


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


def trigger_label(trigger: str) -> str:
    """``purchase`` -> 购买后; ``dormant:730`` -> 沉睡 730天 (the why of a queue row)."""
    kind, _, arg = trigger.partition(":")
    label = _t(_TRIGGERS[kind]) if kind in _TRIGGERS else kind
    if kind in ("dormant",) and arg:
        return _t("%1 (%2 days)").replace("%1", label).replace("%2", arg)
    if kind == "date" and arg:
        return f"{label} {arg}"
    return label


def short_date(day) -> str:
    """11/27 Thu"""
    return f"{day.month}/{day.day} {_t(_WEEKDAYS[day.weekday()])}"


def long_date(day) -> str:
    """2026-11-24 Tue"""
    return f"{day.isoformat()} {_t(_WEEKDAYS[day.weekday()])}"


def dimension_label(dimension: str) -> str:
    return _t(_DIMENSIONS[dimension]) if dimension in _DIMENSIONS else dimension


def tag_source_label(source: str) -> str:
    return _t(_TAG_SOURCES[source]) if source in _TAG_SOURCES else source


def contact_kind_label(kind: str) -> str:
    return _t(_CONTACT_KINDS[kind]) if kind in _CONTACT_KINDS else kind


def contact_kinds() -> list[tuple[str, str]]:
    return [(k, contact_kind_label(k)) for k in _CONTACT_KINDS]


def koc_label(kind: str | None) -> str:
    return _t(_KOC_TYPES[kind]) if kind in _KOC_TYPES else ""


def koc_types() -> list[tuple[str, str]]:
    return [(k, koc_label(k)) for k in _KOC_TYPES]


def kit_part_label(kind: str) -> str:
    return _t(_KIT_PARTS[kind]) if kind in _KIT_PARTS else kind
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


def chat_date(day: date) -> str:
    """A date as a chat would write it (zh_CN: 11月30日)."""
    pattern = QCoreApplication.translate("Labels", "MMM d")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def validity_label(start: date | None, end: date | None, today: date) -> str:
    if start is not None and today < start:
        return _fmt(QCoreApplication.translate("Labels", "from %1"), chat_date(start))
    if end is None:
        return ""
    if today > end:
        return _fmt(QCoreApplication.translate("Labels", "expired %1"), chat_date(end))
    days = (end - today).days
    if days == 0:
        return QCoreApplication.translate("Labels", "last day today")
    left = QCoreApplication.translate("Labels", "until %1, %n day(s) left", "", days)
    return _fmt(left, chat_date(end))


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


def price(fen: int) -> str:
    """¥580 / ¥49.90"""
    return "¥" + money(fen)


def customer_fields() -> list[tuple[str, str]]:
    """Fields a spreadsheet column can be imported into (computed ones are left out)."""
    return [(k, _t(v)) for k, v in _CUSTOMER_FIELDS.items()
            if k not in ("member_class", "last_contact")]
