"""Writing the library's search index: the FTS5 table ``search_fts`` (migration 0002).

One row per live item (scripts & Q&A, materials, coupons; retired items are not in it) with
``rowid = kind code << 40 | item id``: each kind is a rowid range, which FTS5 seeks directly,
so a page showing one kind never walks the others. Token columns come from
``domain.text_index``; the UNINDEXED columns hold what a result list shows, so a search reads
nothing else.

Every write of an item calls ``reindex`` (or ``forget``) in the same transaction, so the index
is never stale; ``rebuild`` repairs it. Each write bumps ``search_generation`` (a setting), which
tells readers that cached documents are out of date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import func, select, text, true
from sqlalchemy.orm import Session

from advisor_desk.domain import text_index as ti
from advisor_desk.domain.library import expiry_values, item_facets, snippet
from advisor_desk.domain.pinyin import letter_options, segmenter_version, words
from advisor_desk.store import models as m
from advisor_desk.store import settings_repo

KIND_CODES = {"script": 3, "material": 2, "coupon": 1}  # rowid = code << 40 | item id
CODE_KINDS = {code: kind for kind, code in KIND_CODES.items()}
KIND_SHIFT = 40
INDEX_FORMAT = "5"  # bump when the tokens change: the app rebuilds the index at its next open
VERSION_KEY = "search_index_version"
GENERATION_KEY = "search_generation"
BATCH = 2000
INSERT_SLICE = 500
TITLE_PREFIX, INITIALS_PREFIX, KEYWORD_PREFIX = "zt", "zq", "zk"  # tokens of their own


def rowid_of(kind: str, item_id: int) -> int:
    return KIND_CODES[kind] << KIND_SHIFT | item_id


def kind_range(kind: str) -> tuple[int, int]:
    return rowid_of(kind, 0), rowid_of(kind, (1 << KIND_SHIFT) - 1)


def kind_of(rowid: int) -> str:
    return CODE_KINDS[rowid >> KIND_SHIFT]


@lru_cache(maxsize=4096)
def facet_token(facet: str) -> str:
    """``name=value`` as one token of the facets column."""
    return "zf" + "".join(ti.spell(c) for c in facet)


class IndexRow(NamedTuple):
    """An item as a result list shows it (the UNINDEXED columns). A named tuple: search
    builds dozens per keystroke."""

    rowid: int
    uid: str
    label: str
    snippet: str
    type: str
    scene: str | None
    step: int | None
    channel: str | None
    origin: str
    owner: int | None
    parts: int
    valid_from: date | None
    valid_to: date | None
    keywords: str = ""  # shown when only a keyword matched (tabs and newlines as spaces)

    @property
    def kind(self) -> str:
        return CODE_KINDS[self.rowid >> KIND_SHIFT]

    def meta(self) -> str:
        """The ``meta`` column: type, scene, step, channel, origin, owner, parts, keywords
        (tabs)."""
        return "\t".join("" if v is None else str(v) for v in (
            self.type, self.scene, self.step, self.channel, self.origin, self.owner,
            self.parts, self.keywords))

    @classmethod
    def of(cls, rowid: int, uid: str, label: str, snippet: str, meta: str,
           valid_from: str | None, valid_to: str | None) -> IndexRow:
        type_, scene, step, channel, origin, owner, parts, keywords = meta.split("\t")
        return cls(rowid, uid, label, snippet, type_, scene or None,
                   int(step) if step else None, channel or None, origin,
                   int(owner) if owner else None, int(parts) if parts else 0,
                   date.fromisoformat(valid_from) if valid_from else None,
                   date.fromisoformat(valid_to) if valid_to else None, keywords)


@dataclass(frozen=True)
class Doc:
    row: IndexRow
    text: ti.SearchText
    facets: frozenset[str]


def _doc(kind: str, item_id: int, uid: str, title: str, others: Iterable[str], snip: str,
         meta: dict[str, Any], valid: tuple[date | None, date | None], keywords: str = ""
         ) -> Doc:
    row = IndexRow(rowid_of(kind, item_id), uid, title, snip, meta["type"], meta.get("scene"),
                   meta.get("step"), meta.get("channel"), meta.get("origin", "hq"),
                   meta.get("owner"), meta.get("parts") or 0, *valid,
                   " ".join((keywords or "").split()))
    facets = item_facets(kind, row.type, scene=row.scene, sales_step=row.step,
                         channel=row.channel, owner_id=row.owner)
    if valid != (None, None):
        facets |= {"dated"}
    text_ = ti.SearchText.of(title, others, letter_options, words, keywords or "")
    return Doc(row, text_, facets)


def _scripts(session: Session, where) -> Iterator[Doc]:
    s = m.Script
    q = select(s.id, s.uid, s.kind, s.title, s.body, s.keywords, s.scene, s.sales_step,
               s.channel, s.origin, s.owner_id).where(~s.retired, where)
    for id_, uid, kind, title, body, keywords, scene, step, channel, origin, owner in \
            session.execute(q):
        meta = {"type": kind, "scene": scene, "step": step, "channel": channel,
                "origin": origin, "owner": owner if origin != "hq" else None}
        yield _doc("script", id_, uid, title, (body, keywords), snippet(body), meta,
                   (None, None), keywords)


def _materials(session: Session, where) -> Iterator[Doc]:
    t = m.Material
    rows = session.execute(select(t.id, t.uid, t.kind, t.title, t.body, t.url, t.keywords,
                                  t.scene, t.channel, t.valid_from, t.valid_to)
                           .where(~t.retired, where)).all()
    ids = [r[0] for r in rows]
    parts: dict[int, int] = {}
    for chunk in range(0, len(ids), 900):
        parts.update(session.execute(
            select(m.MaterialMedia.material_id, func.count())
            .where(m.MaterialMedia.material_id.in_(ids[chunk:chunk + 900]))
            .group_by(m.MaterialMedia.material_id)).all())
    for id_, uid, kind, title, body, url, keywords, scene, channel, vf, vt in rows:
        meta = {"type": kind, "scene": scene, "channel": channel, "origin": "hq",
                "parts": parts.get(id_)}
        yield _doc("material", id_, uid, title, (body, keywords),
                   snippet(body) if body else (url or ""), meta, (vf, vt), keywords)


def _coupons(session: Session, where) -> Iterator[Doc]:
    c = m.Coupon
    q = select(c.id, c.uid, c.type, c.name, c.message, c.terms, c.valid_from,
               c.valid_to).where(~c.retired, where)
    for id_, uid, type_, name, message, terms, vf, vt in session.execute(q):
        meta = {"type": type_, "origin": "hq"}
        own = {"券名": name, **expiry_values(vt, vt)} if vt else {"券名": name}
        yield _doc("coupon", id_, uid, name, (message, terms),
                   snippet(message, values=own), meta, (vf, vt))


_READERS: dict[str, tuple[type, Callable[[Session, Any], Iterator[Doc]]]] = {
    "script": (m.Script, _scripts),
    "material": (m.Material, _materials),
    "coupon": (m.Coupon, _coupons),
}


def docs(session: Session, kind: str, uids: Iterable[str] | None = None) -> list[Doc]:
    """The live items of a kind (all, or those with these uids) as index documents."""
    model, reader = _READERS[kind]
    if uids is None:
        return list(reader(session, true()))
    wanted = list(dict.fromkeys(uids))
    out: list[Doc] = []
    for chunk in range(0, len(wanted), 900):
        out.extend(reader(session, model.uid.in_(wanted[chunk:chunk + 900])))
    return out


_INSERT = text(
    "INSERT INTO search_fts (rowid, title, body, py, facets, uid, label, snippet, meta, "
    "valid_from, valid_to) VALUES (:rowid, :title, :body, :py, :facets, :uid, :label, "
    ":snippet, :meta, :valid_from, :valid_to)")


def _values(doc: Doc) -> dict[str, Any]:
    r, t = doc.row, doc.text
    return {"rowid": r.rowid, "title": ti.field_tokens([t.title], TITLE_PREFIX),
            "body": ti.field_tokens(t.others),
            "py": " ".join([*sorted(INITIALS_PREFIX + k for k in ti.initials_keys(t.initials)),
                            *sorted(KEYWORD_PREFIX + k for k in t.keyword_keys)]),
            "facets": " ".join(sorted(facet_token(f) for f in doc.facets)),
            "uid": r.uid, "label": r.label, "snippet": r.snippet, "meta": r.meta(),
            "valid_from": r.valid_from.isoformat() if r.valid_from else None,
            "valid_to": r.valid_to.isoformat() if r.valid_to else None}


def _insert(session: Session, batch: Iterable[Doc]) -> None:
    """Insert in slices of ``INSERT_SLICE`` documents: the token text of a whole pack at once
    (10,000 items) held ~100 MB of strings and parameter dicts."""
    values: list[dict[str, Any]] = []
    for doc in batch:
        values.append(_values(doc))
        if len(values) >= INSERT_SLICE:
            session.execute(_INSERT, values)
            values = []
    if values:
        session.execute(_INSERT, values)


def _delete(session: Session, rowids: list[int]) -> None:
    for chunk in range(0, len(rowids), 900):
        part = rowids[chunk:chunk + 900]
        marks = ",".join("?" * len(part))
        session.connection().exec_driver_sql(
            f"DELETE FROM search_fts WHERE rowid IN ({marks})", tuple(part))


def bump(session: Session) -> None:
    """Tell readers (in this and other processes) that cached documents are stale."""
    current = int(settings_repo.get(session, GENERATION_KEY, "0") or 0)
    settings_repo.put(session, GENERATION_KEY, str(current + 1))


def reindex(session: Session, kind: str, uids: Iterable[str]) -> None:
    """Bring these items' index rows up to date (live -> indexed, retired/absent -> gone)."""
    uids = list(uids)
    if not uids:
        return
    session.flush()
    model = _READERS[kind][0]
    ids: list[int] = []
    for chunk in range(0, len(uids), 900):
        ids.extend(session.scalars(select(model.id).where(model.uid.in_(uids[chunk:chunk + 900]))))
    _delete(session, [rowid_of(kind, i) for i in ids])
    _insert(session, docs(session, kind, uids))
    bump(session)


def forget(session: Session, kind: str, item_ids: Iterable[int]) -> None:
    """Drop index rows of items about to be deleted (call before deleting them)."""
    _delete(session, [rowid_of(kind, i) for i in item_ids])
    bump(session)


def rebuild(session: Session, progress: Callable[[int, int], None] | None = None) -> int:
    """Empty the index and write every live item again; returns the number indexed."""
    session.flush()
    session.execute(text("DELETE FROM search_fts"))
    total = sum(session.scalar(select(func.count()).select_from(model).where(~model.retired))
                or 0 for model, _ in _READERS.values())
    done = 0
    for _model, reader in _READERS.values():
        batch: list[Doc] = []
        for doc in reader(session, true()):
            batch.append(doc)
            if len(batch) >= BATCH:
                _insert(session, batch)
                done += len(batch)
                batch = []
                if progress:
                    progress(done, total)
        _insert(session, batch)
        done += len(batch)
    session.execute(text("INSERT INTO search_fts (search_fts) VALUES ('optimize')"))
    settings_repo.put(session, VERSION_KEY, index_version())
    bump(session)
    if progress:
        progress(done, total)
    return done


def index_version() -> str:
    """The token format and the word segmenter: a new segmenter may cut titles differently,
    so an upgrade of it rebuilds the index too."""
    return f"{INDEX_FORMAT}/{segmenter_version()}"


def is_current(session: Session) -> bool:
    return settings_repo.get(session, VERSION_KEY) == index_version()
