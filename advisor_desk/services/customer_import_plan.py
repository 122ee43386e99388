"""Planning an import: each parsed row becomes new, an update of a matched customer,
unchanged, or rejected with its reasons. Matching: our customer number, then the external
contact id, then the phone number. Used for the dry run and again inside the apply
transaction (so the apply acts on the database as it is then, not as it was at preview).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from advisor_desk.domain import tombstones
from advisor_desk.domain.customer_import import (
    CustomerRecord,
    ResolvedRow,
    RowProblem,
    Snapshot,
    field_changes,
    new_tags,
)
from advisor_desk.domain.errors import N_
from advisor_desk.domain.pinyin import name_initials
from advisor_desk.store import customer_import_repo as repo
from advisor_desk.store import privacy_repo

TagKey = tuple[str | None, str]


@dataclass
class Vocabulary:
    """The shop's tags, stages, VIP levels and advisors, keyed the ways a file names them."""

    by_pair: dict[tuple[str, str], repo.TagEntry]
    by_name: dict[str, list[repo.TagEntry]]
    stages: dict[str, str]  # key or name (lower case) -> key
    vips: dict[str, str]
    advisors: dict[str, int]

    @classmethod
    def load(cls, session) -> Vocabulary:
        entries = repo.tags(session)
        by_name: dict[str, list[repo.TagEntry]] = {}
        for entry in entries:
            by_name.setdefault(entry.name, []).append(entry)

        def keyed(pairs: list[tuple[str, str]]) -> dict[str, str]:
            out = {name.lower(): key for key, name in pairs}
            out.update({key.lower(): key for key, _ in pairs})
            return out

        return cls({(e.group_name, e.name): e for e in entries}, by_name,
                   keyed(repo.stages(session)), keyed(repo.vip_levels(session)),
                   repo.advisors(session))

    def tag(self, pair: TagKey) -> repo.TagEntry | list[repo.TagEntry] | None:
        """The one rule for a tag cell, alike in the dialog and the CLI: ``组:标签`` names
        that group's tag; otherwise (no group, or the group has no such tag) the tag name
        alone finds it when exactly one group of the brand has it. Returns the tag, None when
        no group has it, or the candidates when several do."""
        group, name = pair
        if group is not None and (group, name) in self.by_pair:
            return self.by_pair[(group, name)]
        found = self.by_name.get(name, [])
        if len(found) == 1:
            return found[0]
        return found or None


@dataclass
class Plan:
    new: list[ResolvedRow] = field(default_factory=list)
    updates: list[tuple[Snapshot, ResolvedRow, dict, tuple[int, ...]]] = field(
        default_factory=list)
    unchanged: int = 0
    unowned: int = 0  # new customers no row or --advisor gives an owner
    problems: list[RowProblem] = field(default_factory=list)
    rejected_rows: set[int] = field(default_factory=set)
    unknown_tags: set[TagKey] = field(default_factory=set)
    erased_rows: list[int] = field(default_factory=list)  # erased on request: not created
    readd_rows: set[int] = field(default_factory=set)  # ... unless a manager re-adds them
    unknown_advisors: set[str] = field(default_factory=set)  # named by rows, not in this shop

    def reject(self, problems: list[RowProblem]) -> None:
        self.problems.extend(problems)
        self.rejected_rows.update(p.row for p in problems if p.rejected)


def _warn(row: int, template: str, **params) -> RowProblem:
    return RowProblem(row, template, params, rejected=False)


def _resolve(rec: CustomerRecord, vocab: Vocabulary, create_tags: bool, owner_id: int | None,
             plan: Plan) -> ResolvedRow:
    """The record in the shop's keys. What cannot be resolved is left out with a warning:
    the customer is still imported."""
    stage = vip = None
    row = rec.row
    if rec.stage:
        stage = vocab.stages.get(rec.stage.lower())
        if stage is None:
            plan.problems.append(_warn(row, N_("unknown stage {value} (left out)"),
                                       value=rec.stage))
    if rec.vip:
        vip = vocab.vips.get(rec.vip.lower())
        if vip is None:
            plan.problems.append(_warn(row, N_("unknown VIP level {value} (left out)"),
                                       value=rec.vip))
    found_tags: list[tuple[repo.TagEntry, str]] = []
    for pair in rec.tags:
        found = vocab.tag(pair)
        label = f"{pair[0]}:{pair[1]}" if pair[0] else pair[1]
        if isinstance(found, list):
            plan.problems.append(_warn(
                row, N_("tag {tag} is in more than one group (left out); write it as 组:标签"),
                tag=label))
        elif found is None:
            plan.unknown_tags.add(pair)
            if not create_tags:
                plan.problems.append(_warn(row, N_("unknown tag {tag} (left out)"), tag=label))
        else:
            if pair[0] is not None and pair[0] != found.group_name:
                plan.problems.append(_warn(row, N_("tag {tag} read as {found}"), tag=label,
                                           found=f"{found.group_name}:{found.name}"))
            found_tags.append((found, label))
    by_group: dict[int, list[str]] = {}
    for entry, label in found_tags:
        if entry.exclusive and label not in by_group.setdefault(entry.group_id, []):
            by_group[entry.group_id].append(label)
    clashing = {g for g, labels in by_group.items() if len(labels) > 1}
    for group_id in clashing:
        plan.problems.append(_warn(
            row, N_("{tags} are in the same group and a customer has only one of them "
                    "(left out)"), tags="、".join(by_group[group_id])))
    tag_ids = tuple(dict.fromkeys(e.id for e, _ in found_tags if e.group_id not in clashing))
    owner = vocab.advisors.get(rec.advisor, owner_id) if rec.advisor else owner_id
    if rec.advisor and rec.advisor not in vocab.advisors:
        plan.unknown_advisors.add(rec.advisor)
    return ResolvedRow(rec, stage, vip, tag_ids, owner,
                       name_initials(rec.name or rec.remark_name or ""))


class _Tombstones:
    """Tells whether a new row is a customer erased on request (keyed hashes; nothing to
    hash when the shop never erased anyone)."""

    def __init__(self, session) -> None:
        self.phones, self.externals = privacy_repo.erased_hashes(session)
        self.key = privacy_repo.tombstone_key_if_any(session) \
            if self.phones or self.externals else None

    def erased(self, rec: CustomerRecord) -> bool:
        if self.key is None:
            return False
        return (tombstones.phone_hash(self.key, rec.phone) in self.phones
                or tombstones.external_hash(self.key, rec.external_id) in self.externals)


def make_plan(session, records: list[CustomerRecord], *, create_tags: bool,
              owner_id: int | None, re_add: bool = False) -> Plan:
    """``re_add``: a manager asked to create customers erased on request again."""
    plan = Plan()
    vocab = Vocabulary.load(session)
    by_key, by_ext, by_phone = repo.match_keys(session)
    taken_ext = repo.taken_external_ids(session)
    erased = _Tombstones(session)
    matched: dict[int, int] = {}  # customer id -> row that matched it
    new_phones: dict[str, int] = {}
    new_exts: dict[str, int] = {}
    resolved: list[tuple[ResolvedRow, int | None]] = []
    for rec in records:
        row = _resolve(rec, vocab, create_tags, owner_id, plan)
        cid = (by_key.get(rec.key or "") or by_ext.get(rec.external_id or "")
               or by_phone.get(rec.phone or ""))
        first = matched.get(cid) if cid else (new_exts.get(rec.external_id or "")
                                               or new_phones.get(rec.phone or ""))
        if first is not None:
            plan.reject([RowProblem(rec.row, N_("the same customer as row {row}"),
                                    {"row": first})])
            continue
        if cid is None:
            if not (rec.name or rec.remark_name):
                plan.reject([RowProblem(rec.row, N_("a new customer needs a name or remark "
                                                    "name (客户名称 / 客户备注)"))])
                continue
            if rec.external_id and rec.external_id in taken_ext:
                plan.reject([RowProblem(rec.row, N_("external ID {value} belongs to a deleted "
                                                    "customer"), {"value": rec.external_id})])
                continue
            if erased.erased(rec):
                if not re_add:
                    plan.erased_rows.append(rec.row)
                    continue
                plan.readd_rows.add(rec.row)
            if rec.phone:
                new_phones[rec.phone] = rec.row
            if rec.external_id:
                new_exts[rec.external_id] = rec.row
        else:
            matched[cid] = rec.row
        resolved.append((row, cid))
    snaps = repo.snapshots(session, [cid for _, cid in resolved if cid])
    for row, cid in resolved:
        if cid is None:
            plan.new.append(row)
            plan.unowned += row.owner_id is None
            continue
        snap = snaps[cid]
        changes = field_changes(row, snap)
        clash = _clash(row, changes, cid, by_phone, taken_ext)
        if clash:
            plan.reject([clash])
            continue
        tags = new_tags(row, snap)
        if changes or tags:
            if "stage_key" in changes:
                changes["_from_stage"] = snap.stage_key
            plan.updates.append((snap, row, changes, tags))
        else:
            plan.unchanged += 1
    return plan


def _clash(row: ResolvedRow, changes: dict, cid: int, by_phone: dict[str, int],
           taken_ext: dict[str, int]) -> RowProblem | None:
    phone = changes.get("phone")
    if phone and by_phone.get(phone, cid) != cid:
        return RowProblem(row.record.row, N_("phone {value} belongs to another customer"),
                          {"value": phone})
    ext = changes.get("external_id")
    if ext and taken_ext.get(ext, cid) != cid:
        return RowProblem(row.record.row, N_("external ID {value} belongs to another customer"),
                          {"value": ext})
    return None


def new_values(row: ResolvedRow, *, now: datetime, tz: tzinfo) -> dict:
    """Customer columns of a new customer from a row."""
    rec = row.record
    added = rec.added_at.replace(tzinfo=tz) if rec.added_at else now
    year, month, day = rec.birthday or (None, None, None)
    return dict(
        external_id=rec.external_id, name=rec.name or "", remark_name=rec.remark_name or "",
        salutation=rec.salutation or "", name_initials=row.initials,
        phone=rec.phone, gender=rec.gender, birth_year=year, birth_month=month, birth_day=day,
        birthday_md=f"{month:02d}{day:02d}" if month and day else None,
        region=rec.region or "", source_channel=rec.source_channel or "",
        added_at=min(added, now), stage_key=row.stage_key, vip_level=row.vip_level,
        notes=rec.notes or "")
