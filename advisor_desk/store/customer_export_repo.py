"""Reading customers for an export: every column a spreadsheet shows, a chunk at a time."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_desk.store import models as m

CHUNK = 500


def rows(session: Session, ids: list[int]) -> Iterator[dict]:
    """Customer columns plus ``stage`` / ``vip`` names, ``tags`` as (group, tag) names and
    ``advisors`` names, in the order of ``ids``."""
    C = m.Customer
    stages = dict(session.execute(select(m.Stage.key, m.Stage.name)).all())
    vips = dict(session.execute(select(m.VipLevel.key, m.VipLevel.name)).all())
    names = dict(session.execute(select(m.Advisor.id, m.Advisor.name)).all())
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        tags: dict[int, list[tuple[str, str]]] = {}
        for cid, group, tag in session.execute(
                select(m.CustomerTag.customer_id, m.TagGroup.name, m.Tag.name)
                .join(m.Tag, m.Tag.id == m.CustomerTag.tag_id)
                .join(m.TagGroup, m.TagGroup.id == m.Tag.group_id)
                .where(m.CustomerTag.customer_id.in_(chunk))
                .order_by(m.TagGroup.sort, m.Tag.sort, m.Tag.id)):
            tags.setdefault(cid, []).append((group, tag))
        owners: dict[int, list[str]] = {}
        for cid, aid in session.execute(
                select(m.CustomerAdvisor.customer_id, m.CustomerAdvisor.advisor_id)
                .where(m.CustomerAdvisor.customer_id.in_(chunk))
                .order_by(m.CustomerAdvisor.since)):
            owners.setdefault(cid, []).append(names.get(aid, ""))
        found = {r.id: r for r in session.execute(select(
            C.id, C.ulid, C.external_id, C.name, C.remark_name, C.salutation, C.phone, C.gender,
            C.birth_year, C.birth_month, C.birth_day, C.region, C.source_channel, C.added_at,
            C.stage_key, C.vip_level, C.member_class, C.last_contact_at, C.notes)
            .where(C.id.in_(chunk), C.deleted_at.is_(None)))}
        for cid in chunk:
            r = found.get(cid)
            if r is None:
                continue
            yield dict(r._mapping, stage=stages.get(r.stage_key, "") if r.stage_key else "",
                       vip=vips.get(r.vip_level, "") if r.vip_level else "",
                       tags=tags.get(cid, []), advisors=owners.get(cid, []))
