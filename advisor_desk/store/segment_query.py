"""A segment filter (domain/segments.py) as SQL: which customers are in it, how many.

The same filter is the customer list's filter panel, a saved segment, an export and a
playbook's audience. ``domain.segments.matches`` defines the meaning for one customer; the
tests check this SQL against it on random data.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta, tzinfo

from sqlalchemy import Integer, Text, and_, false, func, literal_column, not_, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from advisor_desk.domain.segments import SegmentFilter
from advisor_desk.store import models as m

C = m.Customer
LIST_INDEX = "ix_customers_list"  # db/versions/0003: (deleted_at, last_contact_at, id, ...)
# ",3,9,14,": the customer's tag ids / advisor ids, kept by triggers (db/versions/0003; not
# mapped on the model: nothing but these triggers writes them)
TAG_LIST = literal_column("customers.tag_list", Text)
ADVISOR_LIST = literal_column("customers.advisor_list", Text)
TAG_BITS = literal_column("customers.tag_bits", Integer)  # bit n: tag id n (n < 63)
BITS = 63


def plain(column):
    """``+column``: the same value, but SQLite will not use an index on it. Every filter
    column is in ``ix_customers_list``; keeping the other indexes out of the plan makes each
    filter one walk of that covering index in list order (no sort, no table lookups),
    whatever the statistics say."""
    return UnaryExpression(column, operator=custom_op("+"), type_=column.type)


def _start_of(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(), tz)


def _has_any(column, ids) -> object:
    """``column`` (``,3,9,14,``, kept by triggers: db/versions/0003) holds one of ``ids``."""
    text = plain(column)
    return or_(false(), *(func.instr(text, f",{i},") > 0 for i in ids))


def _has_any_tag(ids) -> object:
    """The customer has one of the tags ``ids``: one AND on ``tag_bits`` for ids below 63
    (any number of them), ``instr`` on ``tag_list`` for the others."""
    mask = sum(1 << i for i in set(ids) if 0 <= i < BITS)
    terms = [plain(TAG_BITS).op("&")(mask) != 0] if mask else []
    return or_(false(), *terms, _has_any(TAG_LIST, [i for i in ids if not 0 <= i < BITS]))


def _tag_ids(session: Session, uids) -> list[int]:
    return list(session.scalars(select(m.Tag.id).where(m.Tag.uid.in_(list(uids)))))


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
               advisor_id: int | None = None, by_id: bool = False) -> list:
    """WHERE terms for live customers in the segment, cheapest first (SQLite tests them in
    this order and stops at the first false one). ``by_id``: the caller also restricts the
    ids (a few hundred at a time), so no term may steer the planner to the list index."""
    where = [(plain(C.deleted_at) if by_id else C.deleted_at).is_(None)]
    if flt.stages_in:
        where.append(plain(C.stage_key).in_(flt.stages_in))
    if flt.stages_out:
        stage = plain(C.stage_key)
        where.append(or_(stage.is_(None), stage.not_in(flt.stages_out)))
    if flt.vip_levels:
        where.append(plain(C.vip_level).in_(flt.vip_levels))
    if flt.member_classes:
        where.append(plain(C.member_class).in_(flt.member_classes))
    if flt.dormant_days is not None:  # no purchase on or after today - N + 1 (or never)
        cutoff = _start_of(today - timedelta(days=flt.dormant_days - 1), tz)
        last = plain(C.last_purchase_at)
        where.append(or_(last.is_(None), last < cutoff))
    if flt.added_within_days is not None:
        where.append(plain(C.added_at) >= _start_of(
            today - timedelta(days=flt.added_within_days), tz))
    if flt.birthday_within_days is not None:
        where.append(plain(C.birthday_md).in_(
            sorted(birthday_days(today, flt.birthday_within_days))))
    if advisor_id is not None:  # the scope rule (services/scope.py): own and unassigned
        where.append(or_(_has_any(ADVISOR_LIST, [int(advisor_id)]),
                         plain(ADVISOR_LIST) == ","))
    if flt.tags_all:
        groups: dict[str, list[int]] = {uid: [] for uid in flt.tags_all}
        for uid, tag_id, group in session.execute(
                select(m.Tag.uid, m.Tag.id, m.TagGroup.uid).join(
                    m.TagGroup, m.TagGroup.id == m.Tag.group_id).where(
                    m.Tag.uid.in_(flt.tags_all))):
            del groups[uid]  # a known tag joins its group; an unknown one stays alone
            groups.setdefault(group, []).append(tag_id)
        where += [_has_any_tag(ids) for ids in groups.values()]
    if flt.tags_any:
        where.append(_has_any_tag(_tag_ids(session, flt.tags_any)))
    if flt.tags_none:
        where.append(not_(_has_any_tag(_tag_ids(session, flt.tags_none))))
    text = flt.text.strip()
    if text:  # instr/substr: no LIKE pattern to escape, and case-sensitive like the domain
        options = [func.instr(plain(C.name), text) > 0,
                   func.instr(plain(C.remark_name), text) > 0,
                   func.instr(plain(C.name_initials), text.lower()) == 1]
        if text.isdigit():
            options.append(func.substr(plain(C.phone), -len(text)) == text)
        where.append(or_(*options))
    return where


def ids_and_count(session: Session, flt: SegmentFilter, *, today: date, tz: tzinfo,
                  advisor_id: int | None = None, order: str = "recent") -> tuple[list[int], int]:
    """Ids in list order — ``recent`` (last contact, newest first; the index order),
    ``name`` or ``added`` — and how many.

    The ids come back as ONE JSON array built by SQLite from the ordered subquery (an
    aggregate reads a subquery's rows in its ORDER BY order; tests/store/test_segment_query.py
    checks it): fetching 200,000 one-column rows costs ~3x more in the driver than one
    ``json.loads``."""
    ordering = {
        # NULL sorts first in SQLite, so DESC puts the never contacted last: the index order
        "recent": (C.last_contact_at.desc(), C.id.desc()),
        "name": (C.name, C.id),
        "added": (C.added_at.desc(), C.id.desc()),
    }[order]
    inner = select(C.id).where(and_(*conditions(session, flt, today=today, tz=tz,
                                                advisor_id=advisor_id))).order_by(*ordering)
    listed = inner.subquery()
    packed, total = session.execute(select(func.json_group_array(listed.c.id),
                                           func.count())).one()
    return json.loads(packed), total


def customer_ids(session: Session, flt: SegmentFilter, *, today: date, tz: tzinfo,
                 advisor_id: int | None = None, order: str = "recent") -> list[int]:
    """Ids in list order (see ``ids_and_count``)."""
    return ids_and_count(session, flt, today=today, tz=tz, advisor_id=advisor_id,
                         order=order)[0]


def count(session: Session, flt: SegmentFilter, *, today: date, tz: tzinfo,
          advisor_id: int | None = None) -> int:
    q = select(func.count()).select_from(C).where(
        and_(*conditions(session, flt, today=today, tz=tz, advisor_id=advisor_id)))
    return session.scalar(q) or 0
