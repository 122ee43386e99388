"""Bulk reads and writes of a customer import (tens of thousands of rows in one transaction).

Writes go through Core ``insert``/``update`` executemany, not the ORM unit of work: 100,000
customers with their tags and journal entries apply in seconds, and the journal entries are
handed to the write hooks (the SOP engine) like any other write's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisor_desk.domain.customer_import import Snapshot
from advisor_desk.domain.ids import new_ulid, new_ulids
from advisor_desk.store import bulk, journal
from advisor_desk.store import models as m

CHUNK = 500
LOCAL_GROUP = "导入标签"  # group of tags created by an import that names no group


@dataclass(frozen=True)
class TagEntry:
    id: int
    uid: str
    name: str
    group_id: int
    group_name: str
    exclusive: bool


@dataclass(frozen=True)
class NewCustomerRow:
    id: int
    values: dict  # customer columns
    owner_id: int | None
    tag_ids: tuple[int, ...]


def _chunks(values: list, size: int = CHUNK) -> Iterator[list]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def fingerprint(session: Session) -> tuple:
    """Changes whenever anything an import plan depends on may have changed: every customer
    write is journaled; the vocabulary (tags, stages, VIP levels, advisors) is counted."""
    return tuple(bulk.connection(session).execute(
        "SELECT (SELECT max(seq) FROM events), (SELECT count(*) FROM customers), "
        "(SELECT max(id) FROM tags), (SELECT count(*) FROM tags WHERE retired), "
        "(SELECT count(*) FROM tag_groups WHERE retired), (SELECT count(*) FROM stages), "
        "(SELECT count(*) FROM vip_levels), (SELECT group_concat(id || name || active) "
        "FROM advisors)").fetchone())


def tags(session: Session) -> list[TagEntry]:
    rows = session.execute(select(m.Tag.id, m.Tag.uid, m.Tag.name, m.TagGroup.id,
                                  m.TagGroup.name, m.TagGroup.exclusive)
                           .join(m.TagGroup, m.TagGroup.id == m.Tag.group_id)
                           .where(m.Tag.retired.is_(False), m.TagGroup.retired.is_(False))
                           .order_by(m.TagGroup.sort, m.Tag.sort, m.Tag.id))
    return [TagEntry(*row) for row in rows]


def stages(session: Session) -> list[tuple[str, str]]:
    return list(session.execute(select(m.Stage.key, m.Stage.name).order_by(m.Stage.sort)))


def vip_levels(session: Session) -> list[tuple[str, str]]:
    return list(session.execute(select(m.VipLevel.key, m.VipLevel.name)))


def advisors(session: Session) -> dict[str, int]:
    return {name: aid for aid, name in session.execute(
        select(m.Advisor.id, m.Advisor.name).where(m.Advisor.active.is_(True)))}


def match_keys(session: Session) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """(customer number, external id, phone) -> id for every live customer."""
    by_key, by_ext, by_phone = {}, {}, {}
    for cid, ulid, ext, phone in session.execute(select(
            m.Customer.id, m.Customer.ulid, m.Customer.external_id, m.Customer.phone)
            .where(m.Customer.deleted_at.is_(None))):
        by_key[ulid] = cid
        if ext:
            by_ext[ext] = cid
        if phone:
            by_phone[phone] = cid
    return by_key, by_ext, by_phone


def taken_external_ids(session: Session) -> dict[str, int]:
    """External ids of erased customers too (the column is unique)."""
    return dict(session.execute(select(m.Customer.external_id, m.Customer.id)
                                .where(m.Customer.external_id.is_not(None))).all())


def snapshots(session: Session, ids: Iterable[int]) -> dict[int, Snapshot]:
    wanted = sorted(set(ids))
    tag_ids: dict[int, set[int]] = {}
    out: dict[int, Snapshot] = {}
    C = m.Customer
    for chunk in _chunks(wanted):
        for cid, tid in session.execute(select(m.CustomerTag.customer_id, m.CustomerTag.tag_id)
                                        .where(m.CustomerTag.customer_id.in_(chunk))):
            tag_ids.setdefault(cid, set()).add(tid)
        for r in session.execute(select(
                C.id, C.external_id, C.name, C.remark_name, C.salutation, C.phone, C.gender,
                C.birth_year, C.birth_month, C.birth_day, C.region, C.source_channel, C.notes,
                C.stage_key, C.vip_level).where(C.id.in_(chunk))):
            birthday = (r.birth_year, r.birth_month, r.birth_day) \
                if r.birth_month and r.birth_day else None
            out[r.id] = Snapshot(
                id=r.id, external_id=r.external_id, name=r.name, remark_name=r.remark_name,
                salutation=r.salutation, phone=r.phone, gender=r.gender, birthday=birthday,
                region=r.region, source_channel=r.source_channel, notes=r.notes,
                stage_key=r.stage_key, vip_level=r.vip_level,
                tag_ids=frozenset(tag_ids.get(r.id, ())))
    return out


def create_local_tags(session: Session, pairs: Iterable[tuple[str | None, str]],
                      at: datetime) -> None:
    """Local tags (origin ``local``) for names the shop's vocabulary lacks; a named group
    that does not exist is created too."""
    groups = {name: gid for gid, name in session.execute(
        select(m.TagGroup.id, m.TagGroup.name).where(m.TagGroup.retired.is_(False)))}
    next_sort = (session.scalar(select(func.max(m.TagGroup.sort))) or 0) + 1
    for group_name, tag_name in sorted(set(pairs), key=lambda p: (p[0] or "", p[1])):
        group_name = group_name or LOCAL_GROUP
        if group_name not in groups:
            group = m.TagGroup(uid=f"local.group.{new_ulid(at).lower()}", name=group_name[:60],
                               dimension="behaviour", exclusive=False, sort=next_sort,
                               origin="local")
            session.add(group)
            session.flush()
            groups[group_name] = group.id
            next_sort += 1
        session.add(m.Tag(uid=f"local.tag.{new_ulid(at).lower()}", group_id=groups[group_name],
                          name=tag_name[:20], sort=999, origin="local"))
    session.flush()


@contextmanager
def bulk_writing(session: Session) -> Iterator[None]:
    """Context for the apply: a large page cache, and the link tables' list triggers
    (migration 0003) suspended — the import writes ``tag_list``, ``tag_bits`` and
    ``advisor_list`` with each row itself (``insert_customers``, ``update_customers``)."""
    with bulk.large_cache(session), bulk.triggers_suspended(
            session, ("customer_tags", "customer_advisors")):
        yield


def next_customer_id(session: Session) -> int:
    return bulk.next_id(session, "customers")


CUSTOMER_COLUMNS = ("id", "ulid", "device_id", "external_id", "name", "remark_name",
                    "salutation", "name_initials", "phone", "gender", "birth_year", "birth_month",
                    "birth_day", "birthday_md", "region", "source_channel", "added_at",
                    "stage_key", "vip_level", "notes", "purchases_12m", "updated_at",
                    "tag_list", "advisor_list", "tag_bits")
TAG_BITS = 63  # migration 0003: tag ids below this have a bit in customers.tag_bits


def _id_list(ids) -> str:
    return f",{','.join(map(str, ids))}," if ids else ","


def insert_customers(session: Session, rows: list[NewCustomerRow], *, at: datetime,
                     device_id: str, by: int | None) -> None:
    """New customers with their owner, first stage, tags and journal entries."""
    if not rows:
        return
    ulids = new_ulids(len(rows), at)
    stamp = bulk.ts(at)
    added = [bulk.ts(r.values["added_at"]) for r in rows]
    bulk.insert(session, "customers", CUSTOMER_COLUMNS, (
        (r.id, u, device_id, v["external_id"], v["name"], v["remark_name"], v["salutation"],
         v["name_initials"], v["phone"], v["gender"], v["birth_year"], v["birth_month"],
         v["birth_day"], v["birthday_md"], v["region"], v["source_channel"],
         when, v["stage_key"], v["vip_level"], v["notes"], 0, stamp,
         # the lists are written with the row: bulk_writing suspends the link triggers
         _id_list(r.tag_ids), _id_list([r.owner_id] if r.owner_id is not None else ()),
         sum(1 << t for t in set(r.tag_ids) if t < TAG_BITS))
        for r, u, when in zip(rows, ulids, added, strict=True) for v in (r.values,)))
    bulk.insert(session, "customer_advisors", ("customer_id", "advisor_id", "role", "since"),
                ((r.id, r.owner_id, "owner", when) for r, when in zip(rows, added, strict=True)
                 if r.owner_id is not None))
    bulk.insert(session, "stage_history", ("customer_id", "from_key", "to_key", "at", "by"),
                ((r.id, None, r.values["stage_key"], stamp, by) for r in rows
                 if r.values.get("stage_key")))
    _add_tag_links(session, [(r.id, r.tag_ids) for r in rows], at=at, by=by)
    journal.announce(session, kind="customer.added", advisor_id=by,
                     items=[(r.id, {"source": "import"}, r.values["added_at"]) for r in rows])
    _announce_tags(session, [(r.id, r.tag_ids) for r in rows], at=at, by=by)


def update_customers(session: Session, changes: list[tuple[int, dict, tuple[int, ...]]], *,
                     tags_now: dict[int, frozenset[int]],
                     exclusive_siblings: dict[int, tuple[int, ...]], at: datetime,
                     device_id: str, by: int | None) -> None:
    """(customer id, changed columns, tag ids to add) for matched customers; ``tags_now``:
    their tag ids before the import."""
    columns = [(cid, values) for cid, values, _ in changes if values]
    con = bulk.connection(session)
    by_shape: dict[tuple[str, ...], list[tuple]] = {}
    lists: dict[int, dict] = {}  # the tag list after the import, written with the row
    for cid, _values, tag_ids in changes:
        if tag_ids:
            drop = {s for t in tag_ids for s in exclusive_siblings.get(t, ())}
            final = sorted((tags_now.get(cid, frozenset()) - drop) | set(tag_ids))
            lists[cid] = {"tag_list": _id_list(final),
                          "tag_bits": sum(1 << t for t in final if t < TAG_BITS)}
    for cid, values, _tags in changes:
        cols = {**_columns(values), **lists.get(cid, {})}
        if not cols:
            continue
        shape = tuple(sorted(cols))
        by_shape.setdefault(shape, []).append((*(cols[k] for k in shape), cid))
    stamp = bulk.ts(at)
    for shape, params in by_shape.items():
        sets = ", ".join(f"{k} = ?" for k in shape)
        con.executemany(f"UPDATE customers SET {sets}, updated_at = '{stamp}' WHERE id = ?",
                        params)
    bulk.insert(session, "stage_history", ("customer_id", "from_key", "to_key", "at", "by"),
                ((cid, values.get("_from_stage"), values["stage_key"], stamp, by)
                 for cid, values in columns if "stage_key" in values))
    tagged = [(cid, tag_ids) for cid, _, tag_ids in changes if tag_ids]
    drops = [(cid, s) for cid, tag_ids in tagged
             for s in {s for t in tag_ids for s in exclusive_siblings.get(t, ())}]
    con.executemany("DELETE FROM customer_tags WHERE customer_id = ? AND tag_id = ?", drops)
    _add_tag_links(session, tagged, at=at, by=by)
    stage_events = [(cid, {"from": values.get("_from_stage"), "to": values["stage_key"]}, at)
                    for cid, values in columns if "stage_key" in values]
    journal.announce(session, kind="stage.changed", advisor_id=by, items=stage_events)
    _announce_tags(session, tagged, at=at, by=by)


def record_import(session: Session, *, file: str, new: list[NewCustomerRow],
                  updated: int, tags_added: int, at: datetime, device_id: str,
                  by: int | None) -> None:
    """The journal's one entry for an import (reports count from it: customers added per
    owner, tags assigned); the per-customer entries went to the write hooks only."""
    owners: dict[str, int] = {}
    for r in new:
        key = str(r.owner_id) if r.owner_id is not None else "none"
        owners[key] = owners.get(key, 0) + 1
    journal.record(session, kind="customers.imported", at=at, device_id=device_id,
                   advisor_id=by, payload={"file": file, "new": len(new), "updated": updated,
                                           "new_by_owner": owners, "tags_added": tags_added})


def _columns(values: dict) -> dict:
    """A row's changes as customer columns (a birthday is four columns; ``_`` keys are
    bookkeeping, not columns)."""
    out = {k: v for k, v in values.items() if k[0] != "_" and k != "birthday"}
    if "birthday" in values:
        year, month, day = values["birthday"]
        out.update(birth_year=year, birth_month=month, birth_day=day,
                   birthday_md=f"{month:02d}{day:02d}")
    return out


def _add_tag_links(session: Session, pairs: list[tuple[int, tuple[int, ...]]], *,
                   at: datetime, by: int | None) -> None:
    stamp = bulk.ts(at)
    bulk.insert(session, "customer_tags", ("customer_id", "tag_id", "source", "added_by",
                                           "added_at"),
                ((cid, tid, "import", by, stamp) for cid, tag_ids in pairs for tid in tag_ids))


def _announce_tags(session: Session, pairs: list[tuple[int, tuple[int, ...]]], *,
                   at: datetime, by: int | None) -> None:
    """One ``tag.added`` entry per customer listing every tag uid the import added."""
    pairs = [(cid, tids) for cid, tids in pairs if tids]
    if not pairs:
        return
    uid_of = dict(session.execute(select(m.Tag.id, m.Tag.uid)).all())
    journal.announce(session, kind="tag.added", advisor_id=by,
                     items=[(cid, {"tags": [uid_of[t] for t in tids], "source": "import"}, at)
                            for cid, tids in pairs])
