"""Reading the search index: FTS5 expressions for terms and filters, result rows, and what
ranks them (usage, favourites).

User text never reaches FTS5 as syntax: a term becomes the quoted phrase of its tokens
(``text_index.fts_phrase``), a filter value a quoted facet token; only the operators between
them are ours.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import pairwise

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from advisor_desk.domain import text_index as ti
from advisor_desk.domain.library import SearchHit
from advisor_desk.store import models as m
from advisor_desk.store import search_index
from advisor_desk.store.database import Database
from advisor_desk.store.search_index import (
    CODE_KINDS,
    GENERATION_KEY,
    INITIALS_PREFIX,
    KEYWORD_PREFIX,
    KIND_SHIFT,
    TITLE_PREFIX,
    facet_token,
)

Groups = tuple[tuple[str, ...], ...]
CHARS, TITLE, ANY = 0, 1, None  # title characters; title with initials; anywhere


def _term(term: str, tier: int | None) -> str:
    """Each column has tokens of its own (prefixes), so no column filter is needed. An
    initials term is one token: ``zq`` and its letters (``text_index.initials_keys``)."""
    phrases = [ti.fts_phrase(term, TITLE_PREFIX)]
    initials = ti.is_letters(term) and len(term) <= ti.MAX_INITIALS
    if tier != CHARS and initials:
        phrases.append(f'"{INITIALS_PREFIX}{term}"')
    if tier is ANY:
        phrases.append(ti.fts_phrase(term))
        if initials and len(term) > 1:
            phrases.append(f'"{KEYWORD_PREFIX}{term}"')
    return phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")"


def _tokens(group: tuple[str, ...]) -> str:
    return " OR ".join(f'"{facet_token(f)}"' for f in group)


@dataclass(frozen=True)
class Query:
    """A search as FTS5 runs it: the MATCH text and the rowid range of the wanted kinds."""

    match: str
    low: int
    high: int


def query(terms: tuple[str, ...], groups: Groups, tier: int | None = ANY) -> Query:
    """Items matching every term (tier CHARS: all in the title's characters; TITLE: all in the
    title or its initials; ANY: anywhere) and passing
    the facet groups (``SearchFilter.facet_groups``). The kinds become a rowid range and the
    visibility of personal items a NOT over the few personal rows: AND-ing a facet every item
    has would make FTS5 walk a list as long as the library on every keystroke."""
    low, high, parts, exclude = 0, -1, [], ""
    for group in groups:
        name = group[0].split("=", 1)[0]
        if name == "kind":
            ranges = sorted(search_index.kind_range(f.split("=", 1)[1]) for f in group)
            low, high = ranges[0][0], ranges[-1][1]
            gaps = any(b[0] != a[1] + 1 for a, b in pairwise(ranges))
            if gaps:  # not one contiguous range: the kind tokens narrow it
                parts.append(f"({_tokens(group)})")
        elif name == "owner" and "owner=hq" in group:
            mine = [f for f in group if f != "owner=hq"]
            exclude = f'"{facet_token("personal")}"'
            if mine:
                exclude = f"({exclude} NOT ({_tokens(tuple(mine))}))"
        else:
            parts.append(f"({_tokens(group)})")
    if terms:
        joined = " AND ".join(_term(t, tier) for t in terms)
        parts.insert(0, f"({joined})")
    if not parts:
        parts.append(f'"{facet_token("all")}"')
    match = " AND ".join(parts) + (f" NOT {exclude}" if exclude else "")
    return Query(match, low, high)


def expression(terms: tuple[str, ...], groups: Groups, tier: int | None = ANY) -> str:
    """The MATCH text alone (the rowid range of the kinds left out)."""
    return query(terms, groups, tier).match


_COLUMNS = "rowid, uid, label, snippet, meta, valid_from, valid_to"


@contextmanager
def connection(db: Database) -> Iterator[sqlite3.Connection]:
    """A pooled connection without a session or BEGIN: each SELECT is its own snapshot.
    Search runs a few small reads per keystroke; SQLAlchemy's session costs more than they do."""
    fairy = db.engine.raw_connection()
    try:
        yield fairy.driver_connection
    finally:
        fairy.close()


def rowids(conn: sqlite3.Connection, q: Query, *, limit: int, below: int | None = None
           ) -> list[int]:
    """Matching rowids, newest first, stopping after ``limit`` (FTS5 walks its lists in rowid
    order, so this never reads the whole match set, nor any row's stored columns)."""
    high = q.high if below is None else min(q.high, below - 1)
    sql = "SELECT rowid FROM search_fts WHERE search_fts MATCH ?"
    args: list[object] = [q.match]
    if q.low <= high:
        sql += " AND rowid BETWEEN ? AND ?"
        args += [q.low, high]
    sql += " ORDER BY rowid DESC LIMIT ?"
    args.append(limit)
    return [r[0] for r in conn.execute(sql, args)]


# The stored (UNINDEXED) columns of ``search_fts``, read straight from FTS5's own content
# table ``search_fts_content`` (id, then c0.. in declared order: c4 = uid ... c9 = valid_to): a
# plain B-tree lookup per row, twice as fast as asking the virtual table for a rowid.
# tests/store/test_search_index.py checks this layout against the virtual table.
_STORED = "SELECT id, c4, c5, c6, c7, c8, c9 FROM search_fts_content WHERE id IN ({})"


def hits(conn: sqlite3.Connection, ids: list[int], tiers: dict[int, int]
         ) -> dict[int, SearchHit]:
    """These rows as results (ones the index alone found: never used, not favourites);
    ``tiers`` gives each rowid's tier (``text_index.TITLE_CHARS`` ...)."""
    if not ids:
        return {}
    out = {}
    iso = date.fromisoformat
    for rowid, uid, label, snip, meta, start, end in conn.execute(
            _STORED.format(",".join("?" * len(ids))), ids):
        type_, scene, step, channel, origin, _owner, parts, keywords = meta.split("\t")
        out[rowid] = SearchHit(
            CODE_KINDS[rowid >> KIND_SHIFT], uid, type_, label, snip, scene or None,
            int(step) if step else None, channel or None, origin,
            iso(start) if start else None, iso(end) if end else None,
            int(parts) if parts else 0, tiers[rowid] < ti.ELSEWHERE, False, 0, None,
            tiers[rowid] == ti.TITLE_INITIALS, keywords)
    return out


def dated(conn: sqlite3.Connection) -> dict[int, tuple[date | None, date | None]]:
    """Rows with a validity window (few: some materials and coupons)."""
    return {r[0]: (date.fromisoformat(r[1]) if r[1] else None,
                   date.fromisoformat(r[2]) if r[2] else None)
            for r in conn.execute(
                "SELECT rowid, valid_from, valid_to FROM search_fts WHERE search_fts MATCH ?",
                (f'"{facet_token("dated")}"',))}


def count(session: Session) -> int:
    return session.connection().exec_driver_sql("SELECT count(*) FROM search_fts").scalar() or 0


def state(conn: sqlite3.Connection) -> tuple[str, int]:
    """(index generation, last usage event id): what cached rankings depend on."""
    row = conn.execute(
        "SELECT (SELECT value FROM settings WHERE key = ?), (SELECT max(id) FROM usage_events)",
        (GENERATION_KEY,)).fetchone()
    return row[0] or "0", row[1] or 0


@dataclass(frozen=True)
class Usage:
    uses: int
    last_at: datetime
    my_last_at: datetime | None


def _aware(value) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def usage(session: Session, *, since: datetime, advisor_id: int | None
          ) -> dict[tuple[str, str], Usage]:
    u = m.UsageEvent
    mine = func.max(case((u.advisor_id == advisor_id, u.at))) if advisor_id is not None \
        else func.max(case((u.id < 0, u.at)))
    q = (select(u.kind, u.uid, func.count(), func.max(u.at), mine)
         .where(u.at >= since).group_by(u.kind, u.uid))
    return {(kind, uid): Usage(n, _aware(last), _aware(my_last))
            for kind, uid, n, last, my_last in session.execute(q)}


def favourites(session: Session, advisor_id: int | None) -> set[tuple[str, str]]:
    if advisor_id is None:
        return set()
    f = m.Favourite
    return {(k, uid) for k, uid in session.execute(
        select(f.kind, f.uid).where(f.advisor_id == advisor_id))}
