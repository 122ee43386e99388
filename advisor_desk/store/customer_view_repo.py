"""Reading customers for the list (a page of rows at a time) and for the profile."""

from __future__ import annotations

from datetime import date, tzinfo

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from advisor_desk.domain import sop
from advisor_desk.domain.clock import local_day
from advisor_desk.domain.customers import (
    CustomerProfile,
    CustomerRow,
    NamedKey,
    ProfileTag,
    PurchaseRow,
    StageChange,
    TagInfo,
    TimelineEntry,
)
from advisor_desk.store import models as m

TIMELINE_LIMIT = 200


def stages(session: Session) -> list[NamedKey]:
    return [NamedKey(k, n) for k, n in session.execute(
        select(m.Stage.key, m.Stage.name).where(~m.Stage.retired).order_by(m.Stage.sort))]


def vip_levels(session: Session) -> list[NamedKey]:
    return [NamedKey(k, n) for k, n in session.execute(
        select(m.VipLevel.key, m.VipLevel.name).where(~m.VipLevel.retired)
        .order_by(m.VipLevel.sort))]


def tags(session: Session, *, include_retired: bool = False) -> list[TagInfo]:
    q = select(m.Tag.uid, m.Tag.name, m.TagGroup.uid, m.TagGroup.name, m.TagGroup.dimension,
               m.TagGroup.exclusive, m.Tag.origin).join(
        m.TagGroup, m.TagGroup.id == m.Tag.group_id).order_by(
        m.TagGroup.sort, m.TagGroup.id, m.Tag.sort, m.Tag.id)
    if not include_retired:
        q = q.where(~m.Tag.retired, ~m.TagGroup.retired)
    return [TagInfo(*row) for row in session.execute(q)]


def rows(session: Session, ids: list[int], today: date, tz: tzinfo) -> list[CustomerRow]:
    """List rows for ``ids`` (in that order); a few queries for the whole page."""
    if not ids:
        return []
    stage_names = dict(session.execute(select(m.Stage.key, m.Stage.name)).all())
    vip_names = dict(session.execute(select(m.VipLevel.key, m.VipLevel.name)).all())
    tag_names: dict[int, list[str]] = {}
    for cid, name in session.execute(
            select(m.CustomerTag.customer_id, m.Tag.name)
            .join(m.Tag, m.Tag.id == m.CustomerTag.tag_id)
            .join(m.TagGroup, m.TagGroup.id == m.Tag.group_id)
            .where(m.CustomerTag.customer_id.in_(ids))
            .order_by(m.TagGroup.sort, m.TagGroup.id, m.Tag.sort)):
        tag_names.setdefault(cid, []).append(name)
    by_id = {}
    for c in session.execute(select(
            m.Customer.id, m.Customer.name, m.Customer.remark_name, m.Customer.salutation,
            m.Customer.stage_key, m.Customer.vip_level, m.Customer.member_class,
            m.Customer.last_contact_at, m.Customer.birth_month, m.Customer.birth_day,
            m.Customer.koc_type).where(m.Customer.id.in_(ids))):
        birthday = sop.next_birthday(c.birth_month, c.birth_day, today) \
            if c.birth_month and c.birth_day else None
        last = local_day(c.last_contact_at, tz) if c.last_contact_at else None
        by_id[c.id] = CustomerRow(
            id=c.id, name=c.name, remark_name=c.remark_name, salutation=c.salutation,
            stage=stage_names.get(c.stage_key, ""), vip=vip_names.get(c.vip_level, ""),
            member_class=c.member_class, tags=tuple(tag_names.get(c.id, ())),
            last_contact_days=(today - last).days if last else None, next_birthday=birthday,
            days_to_birthday=(birthday - today).days if birthday else None,
            koc_type=c.koc_type)
    return [by_id[i] for i in ids if i in by_id]


def profile(session: Session, customer_id: int) -> CustomerProfile | None:
    c = session.get(m.Customer, customer_id)
    if c is None or c.deleted_at is not None:
        return None
    names = dict(session.execute(select(m.Advisor.id, m.Advisor.name)).all())
    stage_names = dict(session.execute(select(m.Stage.key, m.Stage.name)).all())
    vip = session.scalar(select(m.VipLevel.name).where(m.VipLevel.key == c.vip_level)) \
        if c.vip_level else None
    advisors = tuple(names.get(a, "") for a in session.scalars(
        select(m.CustomerAdvisor.advisor_id).where(m.CustomerAdvisor.customer_id == c.id)
        .order_by(m.CustomerAdvisor.role.desc(), m.CustomerAdvisor.since)))
    by_uid = {t.uid: t for t in tags(session, include_retired=True)}
    profile_tags = tuple(
        ProfileTag(by_uid[uid], source, names.get(by, "") if by else "", at)
        for uid, source, by, at in session.execute(
            select(m.Tag.uid, m.CustomerTag.source, m.CustomerTag.added_by,
                   m.CustomerTag.added_at).join(m.Tag, m.Tag.id == m.CustomerTag.tag_id)
            .where(m.CustomerTag.customer_id == c.id)) if uid in by_uid)
    history = tuple(
        StageChange(stage_names.get(f, f or ""), stage_names.get(t, t or ""), at,
                    names.get(by, "") if by else "")
        for f, t, at, by in session.execute(
            select(m.StageHistory.from_key, m.StageHistory.to_key, m.StageHistory.at,
                   m.StageHistory.by).where(m.StageHistory.customer_id == c.id)
            .order_by(m.StageHistory.at.desc(), m.StageHistory.id.desc())))
    purchases = tuple(PurchaseRow(p.at, p.amount_fen, p.items, p.channel) for p in session.scalars(
        select(m.Purchase).where(m.Purchase.customer_id == c.id).order_by(m.Purchase.at.desc())))
    timeline = tuple(
        TimelineEntry(i.at, i.kind, i.note, names.get(i.advisor_id, "") if i.advisor_id else "",
                      i.sop_task_id is not None)
        for i in session.scalars(select(m.Interaction).where(m.Interaction.customer_id == c.id)
                                 .order_by(m.Interaction.at.desc()).limit(TIMELINE_LIMIT)))
    birthday = (c.birth_year, c.birth_month, c.birth_day) if c.birth_month and c.birth_day \
        else None
    return CustomerProfile(
        id=c.id, name=c.name, remark_name=c.remark_name, salutation=c.salutation,
        phone=c.phone, gender=c.gender, birthday=birthday, region=c.region,
        source_channel=c.source_channel, added_at=c.added_at, advisors=advisors,
        stage_key=c.stage_key, stage=stage_names.get(c.stage_key, "") if c.stage_key else "",
        vip_level=c.vip_level, vip=vip or "", member_class=c.member_class,
        purchases_12m=c.purchases_12m, last_purchase_at=c.last_purchase_at,
        last_contact_at=c.last_contact_at, koc_type=c.koc_type, notes=c.notes,
        external_id=c.external_id, tags=profile_tags, stage_history=history,
        purchases=purchases, timeline=timeline)


def next_steps(session: Session, ids: list[int]) -> dict[int, date]:
    """Each customer's earliest open SOP step (a snoozed one counts from its new date)."""
    if not ids:
        return {}
    t = m.SopTask
    when = case((t.state == "snoozed", func.coalesce(t.snooze_until, t.due_on)),
                else_=t.due_on)
    rows = session.execute(select(t.customer_id, func.min(when))
                           .where(t.customer_id.in_(ids), t.state.in_(("open", "snoozed")))
                           .group_by(t.customer_id))
    return {cid: day if isinstance(day, date) else date.fromisoformat(day)
            for cid, day in rows if day is not None}


def visible(session: Session, customer_id: int, advisor_id: int | None) -> bool:
    """The scope rule for one customer (services/scope.py): a live customer the advisor is
    linked to, or nobody is; ``advisor_id`` None: the store sees every live customer."""
    row = session.execute(select(m.Customer.advisor_list, m.Customer.deleted_at)
                          .where(m.Customer.id == customer_id)).first()
    if row is None or row.deleted_at is not None:
        return False
    return advisor_id is None or row.advisor_list == "," or \
        f",{advisor_id}," in row.advisor_list


def visible_ids(session: Session, ids: list[int], advisor_id: int | None) -> list[int]:
    """``ids`` (in order) that ``advisor_id`` may see."""
    if advisor_id is None or not ids:
        return ids
    allowed = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for cid, links in session.execute(select(m.Customer.id, m.Customer.advisor_list)
                                          .where(m.Customer.id.in_(chunk))):
            if links == "," or f",{advisor_id}," in links:
                allowed.add(cid)
    return [i for i in ids if i in allowed]
