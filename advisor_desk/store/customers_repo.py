"""Customer writes that keep the denormalised columns current in the same transaction, and
the small reads the shell needs. Every write also appends to the event journal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from advisor_desk.domain import membership
from advisor_desk.domain.errors import N_, InvalidInput, NotFound
from advisor_desk.domain.ids import new_ulid
from advisor_desk.domain.people import CustomerCard
from advisor_desk.store import journal
from advisor_desk.store import models as m


@dataclass(frozen=True)
class NewCustomer:
    name: str
    salutation: str = ""
    remark_name: str = ""
    name_initials: str = ""
    phone: str | None = None
    gender: str | None = None
    birthday: tuple[int | None, int, int] | None = None  # (year or None, month, day)
    region: str = ""
    source_channel: str = ""
    external_id: str | None = None
    stage_key: str | None = None
    vip_level: str | None = None
    koc_type: str | None = None
    notes: str = ""


def card(c: m.Customer) -> CustomerCard:
    return CustomerCard(id=c.id, name=c.name, remark_name=c.remark_name,
                        salutation=c.salutation, phone=c.phone, stage_key=c.stage_key,
                        vip_level=c.vip_level, member_class=c.member_class)


def get_card(session: Session, customer_id: int) -> CustomerCard | None:
    c = session.get(m.Customer, customer_id)
    return card(c) if c is not None and c.deleted_at is None else None


def find_by_phone(session: Session, phone: str) -> int | None:
    return session.scalar(select(m.Customer.id).where(
        m.Customer.phone == phone, m.Customer.deleted_at.is_(None)))


def create(session: Session, new: NewCustomer, *, owner_id: int | None, at: datetime,
           device_id: str, by: int | None) -> int:
    md = None
    year = month = day = None
    if new.birthday is not None:
        year, month, day = new.birthday
        md = f"{month:02d}{day:02d}"
    c = m.Customer(
        ulid=new_ulid(at), device_id=device_id, external_id=new.external_id, name=new.name,
        remark_name=new.remark_name, salutation=new.salutation, name_initials=new.name_initials,
        phone=new.phone, gender=new.gender, birth_year=year, birth_month=month, birth_day=day,
        birthday_md=md, region=new.region, source_channel=new.source_channel, added_at=at,
        stage_key=new.stage_key, vip_level=new.vip_level, koc_type=new.koc_type,
        notes=new.notes, purchases_12m=0,
        updated_at=at)
    session.add(c)
    session.flush()
    if owner_id is not None:
        session.add(m.CustomerAdvisor(customer_id=c.id, advisor_id=owner_id, role="owner",
                                      since=at))
    if new.stage_key:
        session.add(m.StageHistory(customer_id=c.id, from_key=None, to_key=new.stage_key, at=at,
                                   by=by))
    journal.record(session, kind="customer.added", at=at, device_id=device_id, advisor_id=by,
                   customer_id=c.id, payload={"source": new.source_channel})
    return c.id


def _customer(session: Session, customer_id: int) -> m.Customer:
    c = session.get(m.Customer, customer_id)
    if c is None or c.deleted_at is not None:
        raise NotFound(N_("This customer no longer exists."))
    return c


def add_tag(session: Session, customer_id: int, tag_uid: str, *, source: str, by: int | None,
            at: datetime, device_id: str) -> bool:
    """Add a tag (an exclusive group keeps only this one). False if it was already there."""
    tag = session.scalars(select(m.Tag).where(m.Tag.uid == tag_uid)).first()
    if tag is None or tag.retired:
        raise InvalidInput(N_("Unknown tag {tag}."), tag=tag_uid)
    _customer(session, customer_id)
    if session.get(m.CustomerTag, (customer_id, tag.id)) is not None:
        return False
    group = session.get(m.TagGroup, tag.group_id)
    if group is not None and group.exclusive:
        siblings = select(m.Tag.id).where(m.Tag.group_id == group.id, m.Tag.id != tag.id)
        session.execute(delete(m.CustomerTag).where(m.CustomerTag.customer_id == customer_id,
                                                    m.CustomerTag.tag_id.in_(siblings)))
    session.add(m.CustomerTag(customer_id=customer_id, tag_id=tag.id, source=source,
                              added_by=by, added_at=at))
    journal.record(session, kind="tag.added", at=at, device_id=device_id, advisor_id=by,
                   customer_id=customer_id, payload={"tag": tag_uid, "source": source})
    return True


def thresholds(session: Session) -> dict[str, int]:
    return dict(session.execute(select(m.MemberClassRule.member_class,
                                       m.MemberClassRule.min_purchases_12m)).all())


def record_purchase(session: Session, customer_id: int, *, at: datetime, amount_fen: int,
                    items: str, advisor_id: int | None, now: datetime, device_id: str,
                    channel: str = "counter") -> int:
    if amount_fen < 0:
        raise InvalidInput(N_("A purchase amount cannot be negative."))
    c = _customer(session, customer_id)
    p = m.Purchase(ulid=new_ulid(at), device_id=device_id, customer_id=customer_id,
                   advisor_id=advisor_id, at=at, amount_fen=amount_fen, items=items,
                   channel=channel)
    session.add(p)
    session.flush()
    refresh_purchase_stats(session, c, now)
    journal.record(session, kind="purchase.recorded", at=at, device_id=device_id,
                   advisor_id=advisor_id, customer_id=customer_id,
                   payload={"amount_fen": amount_fen})
    return p.id


def refresh_purchase_stats(session: Session, c: m.Customer, now: datetime,
                           rules: dict[str, int] | None = None) -> None:
    since = now - membership.WINDOW
    count, last = session.execute(
        select(func.count(m.Purchase.id).filter(m.Purchase.at > since), func.max(m.Purchase.at))
        .where(m.Purchase.customer_id == c.id, m.Purchase.at <= now)).one()
    c.purchases_12m = count or 0
    c.last_purchase_at = last.replace(tzinfo=now.tzinfo) if last and last.tzinfo is None else last
    c.member_class = membership.member_class(c.purchases_12m, rules or thresholds(session))
    c.updated_at = now


def record_interaction(session: Session, customer_id: int, *, at: datetime, kind: str,
                       note: str, advisor_id: int | None, device_id: str,
                       sop_task_id: int | None = None) -> int:
    c = _customer(session, customer_id)
    i = m.Interaction(ulid=new_ulid(at), device_id=device_id, customer_id=customer_id,
                      advisor_id=advisor_id, at=at, kind=kind, note=note,
                      sop_task_id=sop_task_id)
    session.add(i)
    if c.last_contact_at is None or at > c.last_contact_at:
        c.last_contact_at = at
    session.flush()
    journal.record(session, kind="interaction.logged", at=at, device_id=device_id,
                   advisor_id=advisor_id, customer_id=customer_id, payload={"kind": kind})
    return i.id


def set_stage(session: Session, customer_id: int, stage_key: str, *, by: int | None,
              at: datetime, device_id: str) -> bool:
    c = _customer(session, customer_id)
    if session.get(m.Stage, stage_key) is None:
        raise InvalidInput(N_("Unknown journey stage {stage}."), stage=stage_key)
    if c.stage_key == stage_key:
        return False
    session.add(m.StageHistory(customer_id=c.id, from_key=c.stage_key, to_key=stage_key, at=at,
                               by=by))
    journal.record(session, kind="stage.changed", at=at, device_id=device_id, advisor_id=by,
                   customer_id=c.id, payload={"from": c.stage_key, "to": stage_key})
    c.stage_key = stage_key
    c.updated_at = at
    return True


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(m.Customer)
                          .where(m.Customer.deleted_at.is_(None))) or 0

