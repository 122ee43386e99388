"""The one code path that writes HQ content (a pack version) into the database.

``sync(session, rows, ...)`` computes the diff per kind (new / changed / retired with titles)
and, unless ``dry_run``, applies it in the caller's transaction: upsert by ``uid`` (or key),
retire what the same pack line no longer lists, add a playbook version when a playbook changed.
Shop data (customers, personal scripts, favourites, usage, tags a shop assigned) is never
touched. Media files must already be stored (``media_store.store_media``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from advisor_desk.domain.content import ContentDiff, ContentRows, KindDiff
from advisor_desk.domain.errors import N_, ContentInvalid
from advisor_desk.store import models as m
from advisor_desk.store import search_index


@dataclass
class Touched:
    """uids whose searchable text changed, per library kind (for the search index)."""

    scripts: set[str] = field(default_factory=set)
    materials: set[str] = field(default_factory=set)
    coupons: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class SyncOutcome:
    diff: ContentDiff
    touched: Touched
    # keys new and changed per kind, in pack order (what's new: ``training_repo``)
    keys: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)


def sync(session: Session, rows: ContentRows, *, store_code: str, now: datetime,
         dry_run: bool) -> SyncOutcome:
    w = _Writer(session, rows.pack_id, store_code, now, dry_run)
    kinds = [
        w.keyed(m.TagGroup, "uid", rows.tag_groups, "tag_groups"),
        w.tags(rows),
        w.keyed(m.Stage, "key", rows.stages, "stages"),
        w.keyed(m.VipLevel, "key", rows.vip_levels, "vip_levels"),
        w.keyed(m.MemberClassRule, "member_class", rows.member_classes, "member_classes",
                retire="delete"),
        w.keyed(m.Scene, "key", rows.scenes, "scenes"),
        w.keyed(m.Script, "uid", rows.scripts, "scripts", touched=w.touched.scripts),
        w.materials(rows),
        w.keyed(m.Coupon, "uid", rows.coupons, "coupons", touched=w.touched.coupons,
                title_attr="name"),
        w.coupon_codes(rows.coupon_codes),
        w.playbooks(rows),
        w.keyed(m.DailyTask, "uid", rows.daily_tasks, "daily_tasks", retire="inactive"),
        w.keyed(m.Announcement, "uid", rows.announcements, "announcements"),
        w.keyed(m.IncentiveRule, "uid", rows.incentive_rules, "incentive_rules"),
    ]
    if not dry_run:
        session.flush()
        for kind, uids in (("script", w.touched.scripts), ("material", w.touched.materials),
                           ("coupon", w.touched.coupons)):
            search_index.reindex(session, kind, sorted(uids))  # same transaction: never stale
    diff = ContentDiff(rows.pack_id, rows.version, rows.title, tuple(kinds))
    return SyncOutcome(diff, w.touched, w.keys)


class _Writer:
    def __init__(self, session: Session, pack_id: str, store_code: str, now: datetime,
                 dry_run: bool) -> None:
        self.s = session
        self.pack = pack_id
        self.store_code = store_code
        self.now = now
        self.dry = dry_run
        self.touched = Touched()
        self.keys: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def keyed(
        self,
        model: type,
        key_attr: str,
        rows: dict[str, dict[str, Any]],
        kind: str,
        *,
        retire: str = "flag",  # flag: retired=True; inactive: active=False; delete
        touched: set[str] | None = None,
        title_attr: str | None = None,
        extra_changed: Callable[[Any, str], bool] | None = None,
        after_write: Callable[[Any, str], None] | None = None,
    ) -> KindDiff:
        key_col = getattr(model, key_attr)
        existing = {
            getattr(obj, key_attr): obj
            for obj in self.s.scalars(select(model).where(
                key_col.in_(list(rows)) | (model.pack == self.pack)))
        }
        title_attr = title_attr or ("title" if hasattr(model, "title") else "name")
        live = {"flag": ("retired", False), "inactive": ("active", True)}.get(retire)
        new, changed, retired_titles, unchanged = [], [], [], 0
        new_keys, changed_keys = [], []
        created: list[tuple[Any, str]] = []  # new rows whose after_write waits for their ids
        inserts: list[dict[str, Any]] = []  # new rows nothing else needs: one bulk INSERT
        for key, values in rows.items():
            values = {**values, "pack": self.pack}
            if live:
                values[live[0]] = live[1]
            obj = existing.get(key)
            if obj is None:
                new.append(values.get(title_attr, key))
                new_keys.append(key)
                if not self.dry and after_write is None:
                    inserts.append({key_attr: key, **values})
                elif not self.dry:
                    obj = model(**{key_attr: key}, **values)
                    self.s.add(obj)
                    created.append((obj, key))
                if touched is not None:
                    touched.add(key)
                continue
            if getattr(obj, "origin", "hq") not in ("hq", None):
                raise ContentInvalid(N_("{kind}: {key} is already used by a shop's own item."),
                                     kind=kind, key=key)
            differs = any(getattr(obj, k) != v for k, v in values.items())
            if extra_changed is not None and extra_changed(obj, key):
                differs = True
            if not differs:
                unchanged += 1
                continue
            changed.append(values.get(title_attr, key))
            changed_keys.append(key)
            if touched is not None:
                touched.add(key)
            if not self.dry:
                for k, v in values.items():
                    setattr(obj, k, v)
                if after_write:
                    after_write(obj, key)
        if inserts:  # SQLAlchemy's ORM bulk INSERT: no object per row (9,000 scripts: ~1 s)
            self.s.execute(insert(model), inserts)
        if created:  # one flush gives every new row its id (not one flush per row)
            self.s.flush()
            for obj, key in created:
                after_write(obj, key)
        for key, obj in existing.items():
            if key in rows or obj.pack != self.pack:
                continue
            if live and getattr(obj, live[0]) != live[1]:
                continue  # already retired
            retired_titles.append(getattr(obj, title_attr, key))
            if touched is not None:
                touched.add(key)
            if self.dry:
                continue
            if retire == "delete":
                self.s.delete(obj)
            elif live:
                setattr(obj, live[0], not live[1])
        self.keys[kind] = (tuple(new_keys), tuple(changed_keys))
        return KindDiff(kind, tuple(new), tuple(changed), tuple(retired_titles), unchanged)

    def tags(self, rows: ContentRows) -> KindDiff:
        group_uids = {v["group_uid"] for v in rows.tags.values()}
        group_ids = dict(self.s.execute(select(m.TagGroup.uid, m.TagGroup.id).where(
            m.TagGroup.uid.in_(group_uids))).all())
        values = {}
        for uid, tag in rows.tags.items():
            # a group that is new in this version has no id yet in a dry run: -1 marks it
            values[uid] = {k: v for k, v in tag.items() if k != "group_uid"} | {
                "group_id": group_ids.get(tag["group_uid"], -1)}
        return self.keyed(m.Tag, "uid", values, "tags", title_attr="name")

    def materials(self, rows: ContentRows) -> KindDiff:
        media_of = rows.material_media
        known = set(self.s.scalars(select(m.Material.uid).where(
            m.Material.uid.in_(list(rows.materials)) | (m.Material.pack == self.pack))))

        def media_changed(obj: m.Material, uid: str) -> bool:
            stored = list(self.s.scalars(
                select(m.MaterialMedia.sha256).where(m.MaterialMedia.material_id == obj.id)
                .order_by(m.MaterialMedia.sort)))
            return stored != media_of[uid]

        def write_media(obj: m.Material, uid: str) -> None:
            if uid in known:  # a new material has no pictures to drop (and no query to flush)
                self.s.execute(delete(m.MaterialMedia)
                               .where(m.MaterialMedia.material_id == obj.id))
            self.s.add_all(m.MaterialMedia(material_id=obj.id, sort=sort, sha256=sha)
                           for sort, sha in enumerate(media_of[uid]))

        return self.keyed(m.Material, "uid", rows.materials, "materials",
                          touched=self.touched.materials, extra_changed=media_changed,
                          after_write=write_media)

    def coupon_codes(self, wanted: frozenset[tuple[str, str]]) -> KindDiff:
        """This store's pool: add new codes, drop unissued ones the pack no longer lists;
        issued codes are never touched (and so never issued again)."""
        store_code = self.store_code
        coupon_ids = dict(self.s.execute(
            select(m.Coupon.uid, m.Coupon.id).where(m.Coupon.pack == self.pack)).all())
        have = {
            (uid, code): (issued is not None, cid)
            for uid, code, issued, cid in self.s.execute(
                select(m.Coupon.uid, m.CouponCode.code, m.CouponCode.issued_at, m.CouponCode.id)
                .join(m.Coupon, m.Coupon.id == m.CouponCode.coupon_id)
                .where(m.Coupon.pack == self.pack, m.CouponCode.store_code == store_code))
        }
        added = sorted(wanted - set(have))
        removed = sorted(k for k, (issued, _) in have.items() if k not in wanted and not issued)
        if not self.dry:
            self.s.flush()
            coupon_ids = dict(self.s.execute(select(m.Coupon.uid, m.Coupon.id).where(
                m.Coupon.uid.in_({uid for uid, _ in added}))).all()) | coupon_ids
            for uid, code in added:
                self.s.add(m.CouponCode(coupon_id=coupon_ids[uid], code=code,
                                        store_code=store_code))
            ids = [have[k][1] for k in removed]
            if ids:
                self.s.execute(delete(m.CouponCode).where(m.CouponCode.id.in_(ids)))
        return KindDiff("coupon_codes", tuple(f"{u} {c}" for u, c in added),
                        (), tuple(f"{u} {c}" for u, c in removed),
                        len(wanted) - len(added))

    def playbooks(self, rows: ContentRows) -> KindDiff:
        """A changed playbook gets a new immutable version; running runs keep theirs."""
        latest: dict[str, m.Playbook] = {}
        uids = list(rows.playbooks)
        for pb in self.s.scalars(select(m.Playbook).where(
                m.Playbook.uid.in_(uids) | (m.Playbook.pack == self.pack))
                .order_by(m.Playbook.version)):
            latest[pb.uid] = pb
        new, changed, retired, unchanged = [], [], [], 0
        for uid, pb_in in rows.playbooks.items():
            sha = pb_in["content_sha"]
            old = latest.get(uid)
            if old is not None and old.content_sha == sha and old.active and old.pack == self.pack:
                unchanged += 1
                continue
            if old is not None and old.content_sha == sha:
                changed.append(pb_in["name"])
                if not self.dry:
                    old.active, old.pack = True, self.pack
                continue
            (new if old is None else changed).append(pb_in["name"])
            if self.dry:
                continue
            for prev in self.s.scalars(select(m.Playbook).where(m.Playbook.uid == uid)):
                prev.active = False
            row = m.Playbook(uid=uid, version=(old.version + 1) if old else 1, pack=self.pack,
                             name=pb_in["name"], description=pb_in["description"],
                             trigger=pb_in["trigger"], audience=pb_in["audience"], active=True,
                             content_sha=sha, created_at=self.now)
            self.s.add(row)
            self.s.flush()
            for sort, step in enumerate(pb_in["steps"]):
                self.s.add(m.PlaybookStep(playbook_id=row.id, sort=sort, **step))
        for uid, pb in latest.items():
            if uid not in uids and pb.pack == self.pack and pb.active:
                retired.append(pb.name)
                if not self.dry:
                    pb.active = False
        return KindDiff("playbooks", tuple(new), tuple(changed), tuple(retired), unchanged)

