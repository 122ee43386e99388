"""Queries for training: deck sources, practice boxes, what's new and who has seen it."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from advisor_desk.domain.practice import CardState
from advisor_desk.store import models as m

PRACTICE_EVENT = "practice.answered"


class ScriptRow(NamedTuple):
    uid: str
    kind: str
    title: str
    body: str
    scene: str | None
    scene_name: str | None
    sales_step: int | None
    channel: str | None
    keywords: str


class StepRow(NamedTuple):
    sort: int
    offset_days: int
    title: str
    goal: str
    channel: str
    script: ScriptRow | None
    material_title: str | None
    coupon_name: str | None


_SCRIPT_COLUMNS = (m.Script.uid, m.Script.kind, m.Script.title, m.Script.body, m.Script.scene,
                   m.Scene.name, m.Script.sales_step, m.Script.channel, m.Script.keywords)


def _scripts(where, order=None) -> select:
    q = select(*_SCRIPT_COLUMNS).outerjoin(m.Scene, m.Scene.key == m.Script.scene).where(
        ~m.Script.retired, *where)
    return q.order_by(*(order or (m.Script.sales_step.is_(None), m.Script.sales_step,
                                  m.Script.id)))


def hq_scripts(session: Session, *, scene: str | None = None,
               with_step: bool = False) -> list[ScriptRow]:
    where = [m.Script.origin == "hq"]
    if scene is not None:
        where.append(m.Script.scene == scene)
    if with_step:
        where.append(m.Script.sales_step.is_not(None))
    return [ScriptRow(*r) for r in session.execute(_scripts(where))]


def scripts_by_uid(session: Session, uids: list[str]) -> dict[str, ScriptRow]:
    if not uids:
        return {}
    return {r[0]: ScriptRow(*r) for r in session.execute(_scripts([m.Script.uid.in_(uids)]))}


def practice_scripts(session: Session, owner_id: int | None) -> list[ScriptRow]:
    """Scripts that may be practice cards: HQ and this advisor's own, library order (the
    domain decides which are cards)."""
    visible = or_(m.Script.origin == "hq", m.Script.owner_id == owner_id)
    return [ScriptRow(*r) for r in session.execute(_scripts([visible]))]


def scene_counts(session: Session) -> list[tuple[str, str, int]]:
    """(key, name, HQ scripts) of every live scene that has scripts, in scene order."""
    q = (select(m.Scene.key, m.Scene.name, func.count(m.Script.id))
         .join(m.Script, and_(m.Script.scene == m.Scene.key, ~m.Script.retired,
                              m.Script.origin == "hq"))
         .where(~m.Scene.retired).group_by(m.Scene.key).order_by(m.Scene.sort, m.Scene.key))
    return [tuple(r) for r in session.execute(q)]


def playbooks(session: Session) -> list[tuple[str, str, str, int]]:
    """(uid, name, description, steps) of every active playbook version."""
    q = (select(m.Playbook.uid, m.Playbook.name, m.Playbook.description,
                func.count(m.PlaybookStep.id))
         .join(m.PlaybookStep, m.PlaybookStep.playbook_id == m.Playbook.id)
         .where(m.Playbook.active).group_by(m.Playbook.id).order_by(m.Playbook.id))
    return [tuple(r) for r in session.execute(q)]


def playbook_steps(session: Session, uid: str) -> tuple[str, str, list[StepRow]] | None:
    pb = session.scalars(select(m.Playbook).where(m.Playbook.uid == uid, m.Playbook.active)
                         .order_by(m.Playbook.version.desc())).first()
    if pb is None:
        return None
    steps = session.scalars(select(m.PlaybookStep).where(m.PlaybookStep.playbook_id == pb.id)
                            .order_by(m.PlaybookStep.sort)).all()
    scripts = scripts_by_uid(session, [s.script_uid for s in steps if s.script_uid])
    materials = dict(session.execute(select(m.Material.uid, m.Material.title).where(
        m.Material.uid.in_([s.material_uid for s in steps if s.material_uid]))).all())
    coupons = dict(session.execute(select(m.Coupon.uid, m.Coupon.name).where(
        m.Coupon.uid.in_([s.coupon_uid for s in steps if s.coupon_uid]))).all())
    rows = [StepRow(s.sort, s.offset_days, s.title, s.goal, s.channel,
                    scripts.get(s.script_uid or ""), materials.get(s.material_uid or ""),
                    coupons.get(s.coupon_uid or "")) for s in steps]
    return pb.name, pb.description, rows


# ---------------------------------------------------------------------- practice boxes
def card_states(session: Session, advisor_id: int) -> dict[str, CardState]:
    rows = session.scalars(select(m.PracticeCard).where(m.PracticeCard.advisor_id == advisor_id))
    return {r.script_uid: CardState(r.script_uid, r.box, r.due_on, r.introduced_on, r.answers,
                                    r.known) for r in rows}


def card_state(session: Session, advisor_id: int, uid: str) -> CardState | None:
    r = session.get(m.PracticeCard, (advisor_id, uid))
    return None if r is None else CardState(r.script_uid, r.box, r.due_on, r.introduced_on,
                                            r.answers, r.known)


def save_state(session: Session, advisor_id: int, state: CardState, at: datetime) -> None:
    row = session.get(m.PracticeCard, (advisor_id, state.uid))
    if row is None:
        row = m.PracticeCard(advisor_id=advisor_id, script_uid=state.uid)
        session.add(row)
    row.box, row.due_on, row.introduced_on = state.box, state.due_on, state.introduced_on
    row.answers, row.known, row.last_at = state.answers, state.known, at


def answers_since(session: Session, advisor_id: int, since: datetime) -> tuple[int, int]:
    """(answers, of which 会了) journalled for this advisor since ``since``."""
    payloads = session.scalars(select(m.Event.payload).where(
        m.Event.kind == PRACTICE_EVENT, m.Event.advisor_id == advisor_id, m.Event.at >= since))
    answered = known = 0
    for payload in payloads:
        answered += 1
        known += bool((payload or {}).get("knew"))
    return answered, known


# ---------------------------------------------------------------------- what's new
def had_earlier_version(session: Session, pack_id: str, version: int) -> bool:
    return session.scalar(select(func.count()).select_from(m.Pack).where(
        m.Pack.pack_id == pack_id, m.Pack.version < version)) > 0


def record_news(session: Session, *, pack_id: str, version: int, new: tuple[str, ...],
                changed: tuple[str, ...], at: datetime) -> int:
    rows = [m.ContentNews(pack_id=pack_id, version=version, script_uid=uid, change=change,
                          at=at)
            for change, uids in (("new", new), ("changed", changed)) for uid in uids]
    session.add_all(rows)
    return len(rows)


def _live_news():
    return (select(m.ContentNews.id, m.ContentNews.script_uid, m.ContentNews.change,
                   m.ContentNews.pack_id, m.ContentNews.version)
            .join(m.Script, and_(m.Script.uid == m.ContentNews.script_uid, ~m.Script.retired)))


def unseen_news(session: Session, advisor_id: int) -> list[tuple[int, str, str]]:
    """(news id, script uid, change) this advisor has not seen, recorded after the advisor's
    profile was made (a new hire learns everything anyway), oldest first."""
    created = session.scalar(select(m.Advisor.created_at).where(m.Advisor.id == advisor_id))
    if created is None:
        return []
    seen = select(m.ContentNewsSeen.news_id).where(m.ContentNewsSeen.advisor_id == advisor_id)
    q = _live_news().where(m.ContentNews.at >= created, m.ContentNews.id.not_in(seen)) \
        .order_by(m.ContentNews.id)
    return [(r[0], r[1], r[2]) for r in session.execute(q)]


def last_news(session: Session) -> tuple[str, int, list[tuple[str, str]]] | None:
    """(pack id, version, [(script uid, change)]) of the latest pack that brought news."""
    last = session.execute(select(m.ContentNews.pack_id, m.ContentNews.version)
                           .order_by(m.ContentNews.id.desc()).limit(1)).first()
    if last is None:
        return None
    q = _live_news().where(m.ContentNews.pack_id == last[0], m.ContentNews.version == last[1]) \
        .order_by(m.ContentNews.id)
    return last[0], last[1], [(r[1], r[2]) for r in session.execute(q)]


def pack_title(session: Session, pack_id: str, version: int) -> str:
    return session.scalar(select(m.Pack.title).where(m.Pack.pack_id == pack_id,
                                                     m.Pack.version == version)) or ""


def mark_seen(session: Session, advisor_id: int, uids: list[str], at: datetime) -> int:
    """Every unseen news row of these scripts is now seen by this advisor."""
    wanted = set(uids)
    fresh = [news_id for news_id, uid, _ in unseen_news(session, advisor_id) if uid in wanted]
    session.add_all(m.ContentNewsSeen(advisor_id=advisor_id, news_id=n, at=at) for n in fresh)
    return len(fresh)

