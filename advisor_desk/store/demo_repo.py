"""What the demo generator needs to know of the applied HQ content."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_desk.store import models as m


@dataclass(frozen=True)
class GroupTags:
    uid: str
    exclusive: bool
    tags: tuple[str, ...]


@dataclass(frozen=True)
class Vocabulary:
    stages: list[str]  # keys in journey order
    vip_levels: list[str]
    groups: list[GroupTags]


def vocabulary(session: Session) -> Vocabulary:
    stages = list(session.scalars(select(m.Stage.key).where(~m.Stage.retired)
                                  .order_by(m.Stage.sort, m.Stage.key)))
    vips = list(session.scalars(select(m.VipLevel.key).where(~m.VipLevel.retired)
                                .order_by(m.VipLevel.sort)))
    groups = []
    for g in session.scalars(select(m.TagGroup).where(~m.TagGroup.retired)
                             .order_by(m.TagGroup.sort, m.TagGroup.id)):
        tags = tuple(session.scalars(select(m.Tag.uid).where(m.Tag.group_id == g.id, ~m.Tag.retired)
                                     .order_by(m.Tag.sort, m.Tag.id)))
        if tags:
            groups.append(GroupTags(g.uid, g.exclusive, tags))
    return Vocabulary(stages, vips, groups)
