"""Coupons and this store's code pools: issuing takes the next free code in the caller's write
transaction (``BEGIN IMMEDIATE``), so two windows or processes never issue the same code."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisor_desk.domain.errors import N_, PoolExhausted
from advisor_desk.domain.library import CouponDetail
from advisor_desk.store import journal, library_repo
from advisor_desk.store import models as m


def _pool(session: Session, coupon_id: int, store_code: str) -> tuple[int, int]:
    c = m.CouponCode
    total, free = session.execute(
        select(func.count(), func.count().filter(c.issued_at.is_(None)))
        .where(c.coupon_id == coupon_id, c.store_code == store_code)).one()
    return total or 0, free or 0


def get_coupon(session: Session, uid: str, store_code: str, advisor_id: int | None = None
               ) -> CouponDetail | None:
    c = session.scalars(select(m.Coupon).where(m.Coupon.uid == uid)).first()
    if c is None:
        return None
    total, free = _pool(session, c.id, store_code)
    return CouponDetail(
        uid=c.uid, name=c.name, type=c.type, value_fen=c.value_fen,
        min_value_fen=c.min_value_fen, threshold_fen=c.threshold_fen,
        discount_pct=c.discount_pct, valid_from=c.valid_from, valid_to=c.valid_to,
        terms=c.terms, message=c.message, retired=c.retired,
        use_count=library_repo.usage_count(session, "coupon", uid), pool_size=total,
        pool_free=free, favourite=library_repo.is_favourite(session, advisor_id, "coupon", uid))


def held_code(session: Session, uid: str, store_code: str, customer_id: int
              ) -> tuple[int, str] | None:
    """(id, code) of the code of this store's pool issued to ``customer_id`` last, if any."""
    row = session.execute(
        select(m.CouponCode.id, m.CouponCode.code)
        .join(m.Coupon, m.Coupon.id == m.CouponCode.coupon_id)
        .where(m.Coupon.uid == uid, m.CouponCode.store_code == store_code,
               m.CouponCode.issued_to == customer_id, m.CouponCode.issued_at.is_not(None))
        .order_by(m.CouponCode.issued_at.desc(), m.CouponCode.id.desc()).limit(1)).first()
    return (row.id, row.code) if row else None


def issue_code(session: Session, uid: str, store_code: str, *, advisor_id: int | None,
               customer_id: int | None, at: datetime, device_id: str) -> tuple[int, str]:
    """Mark the next free code of this store's pool issued and journal it; (id, code). The
    caller's transaction also logs the usage event (one transaction, docs/library.md)."""
    coupon = session.scalars(select(m.Coupon).where(m.Coupon.uid == uid)).one()
    code = session.scalars(
        select(m.CouponCode)
        .where(m.CouponCode.coupon_id == coupon.id, m.CouponCode.store_code == store_code,
               m.CouponCode.issued_at.is_(None))
        .order_by(m.CouponCode.id).limit(1)).first()
    if code is None:
        raise PoolExhausted(
            N_("No codes are left for the coupon {name} at this store (the pool is "
               "exhausted). Nothing was copied; ask HQ for more codes."), name=coupon.name)
    code.issued_at = at
    code.issued_to = customer_id
    code.issued_by = advisor_id
    journal.record(session, kind="coupon.issued", at=at, device_id=device_id,
                   advisor_id=advisor_id, customer_id=customer_id,
                   payload={"coupon": uid, "code": code.code})
    session.flush()
    return code.id, code.code


def return_code(session: Session, code_id: int, *, at: datetime, device_id: str) -> None:
    """A code issued by a copy that never reached the clipboard goes back to the pool; the
    journal keeps both facts (``coupon.issued`` then ``coupon.returned``: it is append-only)."""
    code = session.get(m.CouponCode, code_id)
    if code is None or code.issued_at is None:
        return
    coupon_uid = session.scalar(select(m.Coupon.uid).where(m.Coupon.id == code.coupon_id))
    journal.record(session, kind="coupon.returned", at=at, device_id=device_id,
                   advisor_id=code.issued_by, customer_id=code.issued_to,
                   payload={"coupon": coupon_uid, "code": code.code})
    code.issued_at = None
    code.issued_to = None
    code.issued_by = None


def has_pool(session: Session, uid: str, store_code: str) -> bool:
    coupon_id = session.scalar(select(m.Coupon.id).where(m.Coupon.uid == uid))
    return coupon_id is not None and _pool(session, coupon_id, store_code)[0] > 0
