"""Editing a customer: fields, tags, KOC, phone reveals, erasure. Every write is journaled
in the caller's transaction (the SOP engine and the reports read the journal)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from advisor_desk.domain import privacy, sop
from advisor_desk.domain.customers import CustomerInput
from advisor_desk.domain.errors import N_, InvalidInput, NotFound
from advisor_desk.domain.pinyin import name_initials
from advisor_desk.store import journal, privacy_repo
from advisor_desk.store import models as m

EDITABLE = ("name", "remark_name", "salutation", "phone", "gender", "region",
            "source_channel", "notes", "koc_type")


def _customer(session: Session, customer_id: int) -> m.Customer:
    c = session.get(m.Customer, customer_id)
    if c is None or c.deleted_at is not None:
        raise NotFound(N_("This customer no longer exists."))
    return c


def update(session: Session, customer_id: int, change: CustomerInput, *, by: int | None,
           at: datetime, device_id: str) -> list[str]:
    """Apply the non-None fields of ``change``; returns the names of fields that changed."""
    c = _customer(session, customer_id)
    changed = []
    for name in EDITABLE:
        value = getattr(change, name)
        if name in change.clear:
            value = "" if name not in ("phone", "gender", "koc_type") else None
        if value is None and name not in change.clear:
            continue
        if getattr(c, name) != value:
            setattr(c, name, value)
            changed.append(name)
    if change.birthday is not None or "birthday" in change.clear:
        year, month, day = change.birthday if change.birthday else (None, None, None)
        if (c.birth_year, c.birth_month, c.birth_day) != (year, month, day):
            c.birth_year, c.birth_month, c.birth_day = year, month, day
            c.birthday_md = f"{month:02d}{day:02d}" if month and day else None
            changed.append("birthday")
    if "name" in changed or "remark_name" in changed:
        c.name_initials = name_initials(c.name or c.remark_name)
    if c.phone:
        clash = session.scalar(select(m.Customer.id).where(
            m.Customer.phone == c.phone, m.Customer.id != c.id, m.Customer.deleted_at.is_(None)))
        if clash is not None and "phone" in changed:
            raise InvalidInput(N_("Another customer already has this phone number."))
    if changed:
        c.updated_at = at
        journal.record(session, kind="customer.updated", at=at, device_id=device_id,
                       advisor_id=by, customer_id=c.id, payload={"fields": changed})
    return changed


def remove_tag(session: Session, customer_id: int, tag_uid: str, *, by: int | None,
               at: datetime, device_id: str) -> bool:
    _customer(session, customer_id)
    tag_id = session.scalar(select(m.Tag.id).where(m.Tag.uid == tag_uid))
    if tag_id is None:
        return False
    gone = session.execute(delete(m.CustomerTag).where(
        m.CustomerTag.customer_id == customer_id, m.CustomerTag.tag_id == tag_id)).rowcount
    if gone:
        journal.record(session, kind="tag.removed", at=at, device_id=device_id, advisor_id=by,
                       customer_id=customer_id, payload={"tag": tag_uid})
    return bool(gone)


def record_reveal(session: Session, customer_id: int, *, advisor_id: int, at: datetime,
                  device_id: str) -> str:
    c = _customer(session, customer_id)
    if not c.phone:
        raise InvalidInput(N_("This customer has no phone number."))
    session.add(m.PhoneReveal(advisor_id=advisor_id, customer_id=customer_id, at=at))
    journal.record(session, kind="phone.revealed", at=at, device_id=device_id,
                   advisor_id=advisor_id, customer_id=customer_id, payload={})
    privacy_repo.record(session, at=at, actor_id=advisor_id, action=privacy.REVEAL,
                        customer_id=customer_id)
    return c.phone


def is_owner(session: Session, customer_id: int, advisor_id: int) -> bool:
    return session.get(m.CustomerAdvisor, (customer_id, advisor_id)) is not None


def erase(session: Session, customer_id: int, *, by: int | None, at: datetime,
          device_id: str, reason: str) -> None:
    """Erase on request (PIPL): name, phone, notes, birthday and every free text about the
    customer go, and their tags, advisor links and open follow-ups; the row stays as an
    anonymous count (stage, VIP level, member class, purchase amounts, contact dates). A
    tombstone of hashed phone and external id lets a later import recognise them."""
    c = _customer(session, customer_id)
    privacy_repo.add_tombstone(session, customer_id=c.id, phone=c.phone,
                               external_id=c.external_id, at=at, by=by)
    c.name, c.remark_name, c.salutation, c.name_initials = "", "", "", ""
    c.phone, c.external_id, c.notes, c.region, c.gender = None, None, "", "", None
    c.birth_year = c.birth_month = c.birth_day = None
    c.koc_type = None
    c.birthday_md, c.deleted_at, c.updated_at = None, at, at
    session.execute(delete(m.CustomerTag).where(m.CustomerTag.customer_id == c.id))
    session.execute(delete(m.CustomerAdvisor).where(m.CustomerAdvisor.customer_id == c.id))
    session.execute(delete(m.PhoneReveal).where(m.PhoneReveal.customer_id == c.id))
    session.execute(sql_update(m.Interaction).where(m.Interaction.customer_id == c.id)
                    .values(note=""))
    session.execute(sql_update(m.Purchase).where(m.Purchase.customer_id == c.id).values(items=""))
    session.execute(sql_update(m.SopTask).where(m.SopTask.customer_id == c.id).values(note=""))
    session.execute(sql_update(m.SopTask).where(m.SopTask.customer_id == c.id,
                                            m.SopTask.state.in_(sop.OPEN_STATES))
                    .values(state="skipped", done_at=at, done_by=None))
    session.execute(sql_update(m.SopRun).where(m.SopRun.customer_id == c.id,
                                           m.SopRun.state == "running").values(state="stopped"))
    journal.record(session, kind="customer.deleted", at=at, device_id=device_id,
                   advisor_id=by, customer_id=c.id, payload={})
    privacy_repo.record(session, at=at, actor_id=by, action=privacy.ERASE, customer_id=c.id,
                        detail={"reason": reason})
