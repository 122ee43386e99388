"""Queries over the content library and its usage."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from advisor_desk.domain import templates
from advisor_desk.domain.ids import new_ulid
from advisor_desk.domain.library import SceneInfo, ScriptDetail, ScriptFilter, ScriptSummary
from advisor_desk.store import models as m

SNIPPET_CHARS = 60


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


def preview_text(body: str) -> str:
    """A one-line preview: fallbacks applied, variables without one shown as 〈name〉."""
    try:
        text = templates.render(body, {}, missing_marker=lambda name: f"〈{name}〉").text
    except templates.TemplateError:
        text = body
    return " ".join(text.split())


def _summary(s: m.Script) -> ScriptSummary:
    flat = preview_text(s.body)
    snippet = flat if len(flat) <= SNIPPET_CHARS else flat[:SNIPPET_CHARS] + "…"
    return ScriptSummary(uid=s.uid, kind=s.kind, title=s.title, snippet=snippet, scene=s.scene,
                         sales_step=s.sales_step, channel=s.channel, origin=s.origin)


def get_script(session: Session, uid: str) -> ScriptDetail | None:
    s = session.scalars(select(m.Script).where(m.Script.uid == uid)).first()
    if s is None:
        return None
    scene_name = session.scalar(select(m.Scene.name).where(m.Scene.key == s.scene)) \
        if s.scene else None
    uses = session.scalar(select(func.count()).select_from(m.UsageEvent).where(
        m.UsageEvent.kind == "script", m.UsageEvent.uid == uid)) or 0
    return ScriptDetail(uid=s.uid, kind=s.kind, title=s.title, body=s.body, scene=s.scene,
                        scene_name=scene_name, sales_step=s.sales_step, channel=s.channel,
                        keywords=tuple(s.keywords.split()), origin=s.origin, retired=s.retired,
                        use_count=uses)


def record_usage(session: Session, *, kind: str, uid: str, action: str, advisor_id: int | None,
                 customer_id: int | None, at: datetime, device_id: str) -> None:
    session.add(m.UsageEvent(ulid=new_ulid(at), device_id=device_id, at=at,
                             advisor_id=advisor_id, customer_id=customer_id, kind=kind, uid=uid,
                             action=action))


def usage_count(session: Session, kind: str, uid: str) -> int:
    return session.scalar(select(func.count()).select_from(m.UsageEvent).where(
        m.UsageEvent.kind == kind, m.UsageEvent.uid == uid)) or 0
