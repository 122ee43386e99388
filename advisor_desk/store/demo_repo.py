"""What the demo generator needs to know of the applied HQ content, and its bulk writes.

The generator plans a whole shop in Python and writes it here in one transaction through the
bulk paths the customer import uses (raw ``executemany``, the link tables' list triggers
suspended, lists written with the row). Its journal entries go to the write hooks like any
other write's, so the SOP engine starts the runs.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_desk.domain import membership
from advisor_desk.domain.ids import new_ulids
from advisor_desk.store import (
    bulk,
    coupons_repo,
    customer_import_repo,
    customers_repo,
    journal,
    queue_repo,
)
from advisor_desk.store import models as m
from advisor_desk.store.customer_import_repo import TAG_BITS


@dataclass(frozen=True)
class GroupTags:
    uid: str
    name: str
    exclusive: bool
    tags: tuple[str, ...]  # uids
    names: tuple[str, ...]  # the same tags' names


@dataclass(frozen=True)
class Vocabulary:
    stages: list[str]  # keys in journey order
    vip_levels: list[str]
    groups: list[GroupTags]


@dataclass
class DemoCustomer:
    """One planned customer: its columns and what happened to it."""

    values: dict  # name, remark_name, salutation, name_initials, phone, gender, birth_year,
    # birth_month, birth_day, region, source_channel, added_at, stage_key, vip_level,
    # koc_type, notes
    owner_id: int
    tags: list[tuple[str, str, datetime, int | None]] = field(default_factory=list)
    # (tag uid, source, at, added by)
    purchases: list[tuple[datetime, int, str]] = field(default_factory=list)  # at, fen, items
    contacts: list[tuple[datetime, str, str]] = field(default_factory=list)  # at, kind, note


def vocabulary(session: Session) -> Vocabulary:
    stages = list(session.scalars(select(m.Stage.key).where(~m.Stage.retired)
                                  .order_by(m.Stage.sort, m.Stage.key)))
    vips = list(session.scalars(select(m.VipLevel.key).where(~m.VipLevel.retired)
                                .order_by(m.VipLevel.sort)))
    groups = []
    for g in session.scalars(select(m.TagGroup).where(~m.TagGroup.retired)
                             .order_by(m.TagGroup.sort, m.TagGroup.id)):
        rows = session.execute(select(m.Tag.uid, m.Tag.name).where(
            m.Tag.group_id == g.id, ~m.Tag.retired).order_by(m.Tag.sort, m.Tag.id)).all()
        if rows:
            groups.append(GroupTags(g.uid, g.name, g.exclusive, tuple(r[0] for r in rows),
                                    tuple(r[1] for r in rows)))
    return Vocabulary(stages, vips, groups)


CUSTOMER_COLUMNS = ("id", "ulid", "device_id", "name", "remark_name", "salutation",
                    "name_initials", "phone", "gender", "birth_year", "birth_month", "birth_day",
                    "birthday_md", "region", "source_channel", "added_at", "stage_key",
                    "vip_level", "koc_type", "notes", "last_contact_at", "last_purchase_at",
                    "purchases_12m", "member_class", "updated_at", "tag_list", "advisor_list",
                    "tag_bits")


def _ids(values) -> str:
    return f",{','.join(map(str, values))}," if values else ","


def write_shop(session: Session, people: list[DemoCustomer], *, now: datetime,
               device_id: str) -> None:
    """Every planned customer with owner, stage, tags, purchases and contacts, in bulk."""
    if not people:
        return
    tag_ids = dict(session.execute(select(m.Tag.uid, m.Tag.id)).all())
    rules = customers_repo.thresholds(session)
    first = bulk.next_id(session, "customers")
    since = now - membership.WINDOW
    stamp = bulk.ts(now)
    rows = []
    for n, (p, ulid) in enumerate(zip(people, new_ulids(len(people), now), strict=True)):
        v, cid = p.values, first + n
        bought = [at for at, _, _ in p.purchases if at <= now]
        count = sum(1 for at in bought if at > since)
        tids = sorted({tag_ids[uid] for uid, _, _, _ in p.tags})
        md = f"{v['birth_month']:02d}{v['birth_day']:02d}" if v.get("birth_month") else None
        rows.append((cid, ulid, device_id, v["name"], v["remark_name"], v["salutation"],
                     v["name_initials"], v["phone"], v["gender"], v["birth_year"],
                     v["birth_month"], v["birth_day"], md, v["region"], v["source_channel"],
                     bulk.ts(v["added_at"]), v["stage_key"], v["vip_level"], v["koc_type"],
                     v["notes"], bulk.ts(max((at for at, _, _ in p.contacts), default=None)),
                     bulk.ts(max(bought, default=None)), count,
                     membership.member_class(count, rules), stamp, _ids(tids),
                     _ids([p.owner_id]), sum(1 << t for t in tids if t < TAG_BITS)))
    with customer_import_repo.bulk_writing(session):
        bulk.insert(session, "customers", CUSTOMER_COLUMNS, rows)
        ids = [first + n for n in range(len(people))]
        pairs = list(zip(ids, people, strict=True))
        bulk.insert(session, "customer_advisors", ("customer_id", "advisor_id", "role", "since"),
                    ((cid, p.owner_id, "owner", bulk.ts(p.values["added_at"]))
                     for cid, p in pairs))
        bulk.insert(session, "stage_history", ("customer_id", "from_key", "to_key", "at", "by"),
                    ((cid, None, p.values["stage_key"], bulk.ts(p.values["added_at"]),
                      p.owner_id) for cid, p in pairs if p.values["stage_key"]))
        bulk.insert(session, "customer_tags", ("customer_id", "tag_id", "source", "added_by",
                                               "added_at"),
                    ((cid, tag_ids[uid], source, by, bulk.ts(at)) for cid, p in pairs
                     for uid, source, at, by in p.tags))
    purchases = [(cid, p.owner_id, at, fen, items) for cid, p in pairs
                 for at, fen, items in p.purchases]
    bulk.insert(session, "purchases", ("ulid", "device_id", "customer_id", "advisor_id", "at",
                                       "amount_fen", "items", "channel"),
                ((u, device_id, cid, aid, bulk.ts(at), fen, items, "counter")
                 for u, (cid, aid, at, fen, items) in zip(
                    new_ulids(len(purchases), [x[2] for x in purchases]), purchases,
                    strict=True)))
    contacts = [(cid, p.owner_id, at, kind, note) for cid, p in pairs
                for at, kind, note in p.contacts]
    bulk.insert(session, "interactions", ("ulid", "device_id", "customer_id", "advisor_id",
                                          "at", "kind", "note"),
                ((u, device_id, cid, aid, bulk.ts(at), kind, note)
                 for u, (cid, aid, at, kind, note) in zip(
                    new_ulids(len(contacts), [x[2] for x in contacts]), contacts, strict=True)))
    # the journal, and the events the SOP engine reacts to at the end of this transaction
    for owner in sorted({p.owner_id for p in people}):  # the journal names who added them
        journal.record_each(session, kind="customer.added", device_id=device_id,
                            advisor_id=owner, notify=True,
                            items=[(cid, {"source": p.values["source_channel"]},
                                    p.values["added_at"]) for cid, p in pairs
                                   if p.owner_id == owner])
    journal.record_each(session, kind="tag.added", device_id=device_id, notify=True,
                        items=[(cid, {"tag": uid, "source": source}, at) for cid, p in pairs
                               for uid, source, at, _ in p.tags])
    journal.record_each(session, kind="purchase.recorded", device_id=device_id, notify=True,
                        items=[(cid, {"amount_fen": fen}, at)
                               for cid, _, at, fen, _ in purchases])
    _journal_by_advisor(session, "interaction.logged", device_id,
                        [(aid, cid, {"kind": kind}, at) for cid, aid, at, kind, _ in contacts])


def work_past_steps(session: Session, today: date, at: Callable[[date, int], datetime],
                    rng: random.Random, *, device_id: str, done_share: float = 0.8,
                    skip_share: float = 0.05) -> int:
    """Demo history: steps that came due before ``today`` (still open, or born missed because
    their event predates the app) were mostly done on their day (logged on the customer's
    timeline like a real "done"), a few skipped; the rest stay overdue or missed."""
    con = bulk.connection(session)
    tasks = session.execute(
        select(m.SopTask.id, m.SopTask.run_id, m.SopTask.customer_id, m.SopTask.advisor_id,
               m.SopTask.due_on, m.PlaybookStep.channel, m.PlaybookStep.title, m.SopTask.ulid)
        .join(m.PlaybookStep, m.PlaybookStep.id == m.SopTask.step_id)
        .where(m.SopTask.state.in_(("open", "missed")), m.SopTask.due_on < today)
        .order_by(m.SopTask.id)).all()
    done, skipped, contacts, outcomes = [], [], [], []
    for task_id, _run, cid, advisor, due_on, channel, title, ulid in tasks:
        roll = rng.random()
        if roll < done_share:
            when = at(due_on, rng.randint(10, 19))
            done.append((bulk.ts(when), advisor, task_id))
            contacts.append((cid, advisor, when, "moments" if channel == "moments" else "chat",
                             title, task_id))
            outcomes.append(("sop.step.done", advisor, cid, when,
                             {"task": ulid, "due": due_on.isoformat(), "on_time": True}))
        elif roll < done_share + skip_share:
            note = rng.choice(("客户出差", "客户表示最近不方便", "已在门店当面沟通"))
            skipped.append((bulk.ts(at(due_on, 12)), advisor, note, task_id))
            outcomes.append(("sop.step.skipped", advisor, cid, at(due_on, 12),
                             {"task": ulid, "reason": note}))
    con.executemany("UPDATE sop_tasks SET state = 'done', done_at = ?, done_by = ? "
                    "WHERE id = ?", done)
    con.executemany("UPDATE sop_tasks SET state = 'skipped', done_at = ?, done_by = ?, "
                    "note = ? WHERE id = ?", skipped)
    bulk.insert(session, "interactions", ("ulid", "device_id", "customer_id", "advisor_id",
                                          "at", "kind", "note", "sop_task_id"),
                ((u, device_id, cid, aid, bulk.ts(when), kind, note, tid)
                 for u, (cid, aid, when, kind, note, tid) in zip(
                    new_ulids(len(contacts), [c[2] for c in contacts]), contacts,
                    strict=True)))
    latest: dict[int, datetime] = {}
    for cid, _aid, when, *_ in contacts:
        latest[cid] = max(when, latest.get(cid, when))
    con.executemany("UPDATE customers SET last_contact_at = ? WHERE id = ? AND "
                    "(last_contact_at IS NULL OR last_contact_at < ?)",
                    [(bulk.ts(w), cid, bulk.ts(w)) for cid, w in latest.items()])
    _journal_by_advisor(session, "interaction.logged", device_id,
                        [(aid, cid, {"kind": kind}, when)
                         for cid, aid, when, kind, _, _ in contacts])
    for kind in ("sop.step.done", "sop.step.skipped"):  # the outcomes reports carry
        _journal_by_advisor(session, kind, device_id,
                            [(aid, cid, payload, when)
                             for k, aid, cid, when, payload in outcomes if k == kind])
    queue_repo.close_finished_runs(session, sorted({t[1] for t in tasks}))
    return len(done) + len(skipped)


def _journal_by_advisor(session: Session, kind: str, device_id: str,
                        entries: list[tuple[int | None, int, dict, datetime]]) -> None:
    """Journal (advisor, customer, payload, at) entries of one kind, each under its advisor
    (activity reports count per advisor)."""
    advisors = sorted({e[0] for e in entries}, key=lambda a: (a is None, a or 0))
    for advisor in advisors:
        journal.record_each(session, kind=kind, device_id=device_id, advisor_id=advisor,
                            items=[(cid, payload, at) for a, cid, payload, at in entries
                                   if a == advisor])


def recent_usage(session: Session, today: date, at: Callable[[date, int], datetime],
                 rng: random.Random, *, device_id: str, store_code: str,
                 days: int = 45) -> int:
    """Demo history for the rankings: each advisor's copies of HQ scripts and materials on
    their own customers over the last ``days`` days, and now and then a pooled coupon code
    issued (through the same writes as a real copy). Returns the number of usage events."""
    scripts = list(session.scalars(select(m.Script.uid).where(
        ~m.Script.retired, m.Script.origin == "hq").order_by(m.Script.id)))
    materials = list(session.scalars(select(m.Material.uid).where(~m.Material.retired)
                                     .order_by(m.Material.id)))
    pooled = [uid for uid in session.scalars(select(m.Coupon.uid).where(~m.Coupon.retired)
                                             .order_by(m.Coupon.id))
              if coupons_repo.has_pool(session, uid, store_code)]
    if not scripts:
        return 0
    usage: list[tuple[int, int | None, str, str, str, datetime]] = []
    for advisor_id in queue_repo.active_advisor_ids(session):
        customers = list(session.scalars(select(m.CustomerAdvisor.customer_id).where(
            m.CustomerAdvisor.advisor_id == advisor_id).order_by(m.CustomerAdvisor.customer_id)))
        diligence = rng.uniform(0.5, 1.0)  # advisors differ, so the rankings do too
        for back in range(days, 0, -1):
            day = date.fromordinal(today.toordinal() - back)
            for _ in range(rng.randint(0, round(8 * diligence))):
                kind = "script" if rng.random() < 0.7 or not materials else "material"
                uid = rng.choice(scripts if kind == "script" else materials)
                usage.append((advisor_id, rng.choice(customers) if customers else None, kind,
                              uid, "copy", at(day, rng.randint(10, 20))))
            if pooled and customers and rng.random() < 0.25 * diligence:
                when = at(day, rng.randint(10, 20))
                uid = rng.choice(pooled)
                customer = rng.choice(customers)
                coupons_repo.issue_code(session, uid, store_code, advisor_id=advisor_id,
                                        customer_id=customer, at=when, device_id=device_id)
                usage.append((advisor_id, customer, "coupon", uid, "issue", when))
    _bulk_usage(session, usage, device_id)
    return len(usage)


def _bulk_usage(session: Session, usage: list[tuple[int, int | None, str, str, str, datetime]],
                device_id: str) -> None:
    """(advisor, customer, kind, uid, action, at) uses in one executemany, journalled as
    ``item.used`` like library_repo.record_usage does for one (the ORM's flush per row cost
    the demo's start ~0.4 s)."""
    if not usage:
        return
    ulids = new_ulids(len(usage), [u[5] for u in usage])
    bulk.insert(session, "usage_events", ("ulid", "device_id", "at", "advisor_id",
                                          "customer_id", "kind", "uid", "action"),
                ((ulid, device_id, bulk.ts(at), advisor, customer, kind, uid, action)
                 for ulid, (advisor, customer, kind, uid, action, at) in zip(ulids, usage,
                                                                            strict=True)))
    _journal_by_advisor(session, "item.used", device_id,
                        [(advisor, customer, {"kind": kind, "uid": uid, "action": action}, at)
                         for advisor, customer, kind, uid, action, at in usage])
