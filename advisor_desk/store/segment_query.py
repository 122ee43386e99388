"""A segment filter (domain/segments.py) as SQL: which customers are in it, how many.

The same filter is the customer list's filter panel, a saved segment, an export and a
playbook's audience. ``domain.segments.matches`` defines the meaning for one customer; the
tests check this SQL against it on random data.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from advisor_desk.domain.segments import SegmentFilter
from advisor_desk.store import models as m

C = m.Customer


def _start_of(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(), tz)


def _with_tags(uids) -> Select:
    return select(m.CustomerTag.customer_id).join(m.Tag, m.Tag.id == m.CustomerTag.tag_id) \
        .where(m.Tag.uid.in_(list(uids)))


def birthday_days(today: date, within: int) -> set[str]:
    """MMDD strings whose next birthday is within ``within`` days (29 Feb is celebrated on
    28 Feb in common years, so it joins that day)."""
    days: set[str] = set()
    for offset in range(min(within, 366) + 1):
        day = today + timedelta(days=offset)
        days.add(day.strftime("%m%d"))
        if day.month == 2 and day.day == 28 and not _leap(day.year):
            days.add("0229")
    return days


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def conditions(session: Session, flt: SegmentFilter, *, today: date, tz: tzinfo,
               advisor_id: int | None = None) -> list:
    where = [C.deleted_at.is_(None)]
    if advisor_id is not None:
        where.append(C.id.in_(select(m.CustomerAdvisor.customer_id).where(
            m.CustomerAdvisor.advisor_id == advisor_id)))
    if flt.stages_in:
        where.append(C.stage_key.in_(flt.stages_in))
    if flt.stages_out:
        where.append(or_(C.stage_key.is_(None), C.stage_key.not_in(flt.stages_out)))
    if flt.tags_all:
        group_of = dict(session.execute(select(m.Tag.uid, m.TagGroup.uid).join(
            m.TagGroup, m.TagGroup.id == m.Tag.group_id).where(
            m.Tag.uid.in_(flt.tags_all))).all())
        groups: dict[str, list[str]] = {}
        for uid in flt.tags_all:
            groups.setdefault(group_of.get(uid, uid), []).append(uid)
        where += [C.id.in_(_with_tags(uids)) for uids in groups.values()]
    if flt.tags_any:
        where.append(C.id.in_(_with_tags(flt.tags_any)))
    if flt.tags_none:
        where.append(C.id.not_in(_with_tags(flt.tags_none)))
    if flt.vip_levels:
        where.append(C.vip_level.in_(flt.vip_levels))
    if flt.member_classes:
        where.append(C.member_class.in_(flt.member_classes))
    if flt.dormant_days is not None:  # no purchase on or after today - N + 1 (or never)
        cutoff = _start_of(today - timedelta(days=flt.dormant_days - 1), tz)
        where.append(or_(C.last_purchase_at.is_(None), C.last_purchase_at < cutoff))
    if flt.added_within_days is not None:
        where.append(C.added_at >= _start_of(today - timedelta(days=flt.added_within_days), tz))
    if flt.birthday_within_days is not None:
        where.append(C.birthday_md.in_(sorted(birthday_days(today, flt.birthday_within_days))))
    text = flt.text.strip()
    if text:
        options = [func.instr(C.name, text) > 0, func.instr(C.remark_name, text) > 0,
                   C.name_initials.startswith(text.lower(), autoescape=True)]
        if text.isdigit():
            options.append(C.phone.endswith(text, autoescape=True))
        where.append(or_(*options))
    return where


def customer_ids(session: Session, flt: SegmentFilter, *, today: date, tz: tzinfo,
                 advisor_id: int | None = None, order: str = "recent") -> list[int]:
    """Ids in list order: ``recent`` (last contact, newest first), ``name``, ``added``."""
    ordering = {
        "recent": (C.last_contact_at.is_(None), C.last_contact_at.desc(), C.id.desc()),
        "name": (C.name, C.id),
        "added": (C.added_at.desc(), C.id.desc()),
    }[order]
    q = select(C.id).where(and_(*conditions(session, flt, today=today, tz=tz,
                                            advisor_id=advisor_id))).order_by(*ordering)
    return list(session.scalars(q))


def count(session: Session, flt: SegmentFilter, *, today: date, tz: tzinfo,
          advisor_id: int | None = None) -> int:
    q = select(func.count()).select_from(C).where(
        and_(*conditions(session, flt, today=today, tz=tz, advisor_id=advisor_id)))
    return session.scalar(q) or 0
