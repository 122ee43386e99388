"""Queries over the content library and its usage."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from advisor_desk.domain.errors import N_, NotFound, ReadOnly
from advisor_desk.domain.ids import new_ulid
from advisor_desk.domain.library import (
    MaterialDetail,
    MediaFile,
    SceneInfo,
    ScriptDetail,
    ScriptFields,
    ScriptFilter,
    ScriptSummary,
    snippet,
)
from advisor_desk.store import journal, search_index
from advisor_desk.store import models as m


def scenes(session: Session) -> list[SceneInfo]:
    rows = session.scalars(select(m.Scene).where(~m.Scene.retired)
                           .order_by(m.Scene.sort, m.Scene.key))
    return [SceneInfo(s.key, s.name) for s in rows]


def _visible(owner_id: int | None):
    """HQ items and the given advisor's own personal items."""
    return or_(m.Script.origin == "hq", m.Script.owner_id == owner_id)


def list_scripts(session: Session, flt: ScriptFilter, *, owner_id: int | None,
                 limit: int = 5000) -> list[ScriptSummary]:
    q = select(m.Script).where(_visible(owner_id))
    if not flt.include_retired:
        q = q.where(~m.Script.retired)
    if flt.scene:
        q = q.where(m.Script.scene == flt.scene)
    if flt.sales_step:
        q = q.where(m.Script.sales_step == flt.sales_step)
    if flt.channel:
        q = q.where(m.Script.channel == flt.channel)
    if flt.kind:
        q = q.where(m.Script.kind == flt.kind)
    for term in flt.text.split():
        like = f"%{_escape_like(term)}%"
        q = q.where(or_(m.Script.title.like(like, escape="\\"),
                        m.Script.body.like(like, escape="\\"),
                        m.Script.keywords.like(like, escape="\\")))
    q = q.order_by(m.Script.sales_step.is_(None), m.Script.sales_step, m.Script.id).limit(limit)
    return [_summary(s) for s in session.scalars(q)]


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _summary(s: m.Script) -> ScriptSummary:
    return ScriptSummary(uid=s.uid, kind=s.kind, title=s.title, snippet=snippet(s.body),
                         scene=s.scene, sales_step=s.sales_step, channel=s.channel,
                         origin=s.origin)


def _scene_name(session: Session, key: str | None) -> str | None:
    return session.scalar(select(m.Scene.name).where(m.Scene.key == key)) if key else None


def get_script(session: Session, uid: str, advisor_id: int | None = None
               ) -> ScriptDetail | None:
    s = session.scalars(select(m.Script).where(m.Script.uid == uid)).first()
    if s is None:
        return None
    return ScriptDetail(uid=s.uid, kind=s.kind, title=s.title, body=s.body, scene=s.scene,
                        scene_name=_scene_name(session, s.scene), sales_step=s.sales_step,
                        channel=s.channel, keywords=tuple(s.keywords.split()), origin=s.origin,
                        retired=s.retired, use_count=usage_count(session, "script", uid),
                        based_on=s.based_on, owner_id=s.owner_id,
                        favourite=is_favourite(session, advisor_id, "script", uid))


def get_material(session: Session, uid: str, media_root: Path, advisor_id: int | None = None
                 ) -> MaterialDetail | None:
    t = session.scalars(select(m.Material).where(m.Material.uid == uid)).first()
    if t is None:
        return None
    media = session.execute(
        select(m.Media.sha256, m.Media.mime, m.Media.path)
        .join(m.MaterialMedia, m.MaterialMedia.sha256 == m.Media.sha256)
        .where(m.MaterialMedia.material_id == t.id).order_by(m.MaterialMedia.sort)).all()
    return MaterialDetail(
        uid=t.uid, type=t.kind, title=t.title, body=t.body, url=t.url, scene=t.scene,
        scene_name=_scene_name(session, t.scene), channel=t.channel,
        keywords=tuple(t.keywords.split()), valid_from=t.valid_from, valid_to=t.valid_to,
        media=tuple(MediaFile(sha, mime, media_root / path) for sha, mime, path in media),
        retired=t.retired, use_count=usage_count(session, "material", uid),
        favourite=is_favourite(session, advisor_id, "material", uid))


def record_usage(session: Session, *, kind: str, uid: str, action: str, advisor_id: int | None,
                 customer_id: int | None, at: datetime, device_id: str) -> int:
    """Log one use; returns its id (a copy whose delivery fails removes it again)."""
    event = m.UsageEvent(ulid=new_ulid(at), device_id=device_id, at=at, advisor_id=advisor_id,
                         customer_id=customer_id, kind=kind, uid=uid, action=action)
    session.add(event)
    # the journal entry is what an activity report carries (docs/reports.md)
    journal.record(session, kind="item.used", at=at, device_id=device_id,
                   advisor_id=advisor_id, customer_id=customer_id,
                   payload={"kind": kind, "uid": uid, "action": action})
    session.flush()
    return event.id


def remove_usage(session: Session, usage_id: int, *, at: datetime, device_id: str) -> None:
    """A use whose delivery failed: the row goes; the journal, append-only, says so
    (``item.returned`` after its ``item.used``)."""
    event = session.get(m.UsageEvent, usage_id)
    if event is None:
        return
    journal.record(session, kind="item.returned", at=at, device_id=device_id,
                   advisor_id=event.advisor_id, customer_id=event.customer_id,
                   payload={"kind": event.kind, "uid": event.uid, "action": event.action})
    session.delete(event)


def usage_count(session: Session, kind: str, uid: str) -> int:
    return session.scalar(select(func.count()).select_from(m.UsageEvent).where(
        m.UsageEvent.kind == kind, m.UsageEvent.uid == uid)) or 0


# ---------------------------------------------------------------- favourites
def is_favourite(session: Session, advisor_id: int | None, kind: str, uid: str) -> bool:
    if advisor_id is None:
        return False
    return session.get(m.Favourite, (advisor_id, kind, uid)) is not None


def set_favourite(session: Session, advisor_id: int, kind: str, uid: str, on: bool,
                  at: datetime) -> bool:
    """Add or remove a favourite; False when it was already so."""
    row = session.get(m.Favourite, (advisor_id, kind, uid))
    if (row is not None) == on:
        return False
    if on:
        session.add(m.Favourite(advisor_id=advisor_id, kind=kind, uid=uid, added_at=at))
    else:
        session.delete(row)
    search_index.bump(session)  # rankings and the favourites view depend on it
    return True


# ---------------------------------------------------------------- personal scripts
def add_personal(session: Session, fields: ScriptFields, *, owner_id: int,
                 based_on: str | None, at: datetime, device_id: str) -> str:
    uid = f"personal.{new_ulid(at).lower()}"
    session.add(m.Script(uid=uid, origin="personal", based_on=based_on, owner_id=owner_id,
                         device_id=device_id, pack=None, retired=False, created_at=at,
                         updated_at=at, **vars(fields)))
    search_index.reindex(session, "script", [uid])
    return uid


def _own(session: Session, uid: str, owner_id: int) -> m.Script:
    s = session.scalars(select(m.Script).where(m.Script.uid == uid)).first()
    if s is None:
        raise NotFound(N_("This script no longer exists."))
    if s.origin == "hq":
        raise ReadOnly(N_("HQ scripts cannot be changed here; make your own copy and edit "
                          "that."))
    if s.owner_id != owner_id:
        raise ReadOnly(N_("This is another advisor's personal script."))
    return s


def update_personal(session: Session, uid: str, fields: ScriptFields, *, owner_id: int,
                    at: datetime) -> None:
    s = _own(session, uid, owner_id)
    for key, value in vars(fields).items():
        setattr(s, key, value)
    s.updated_at = at
    search_index.reindex(session, "script", [uid])


def delete_personal(session: Session, uid: str, *, owner_id: int) -> None:
    """Delete a personal script (usage history keeps its uid); favourites of it go too."""
    s = _own(session, uid, owner_id)
    search_index.forget(session, "script", [s.id])
    session.execute(delete(m.Favourite).where(m.Favourite.kind == "script",
                                              m.Favourite.uid == uid))
    session.delete(s)
