"""Reading the search index: FTS5 expressions for terms and filters, result rows, and what
ranks them (usage, favourites).

User text never reaches FTS5 as syntax: a term becomes the quoted phrase of its tokens
(``text_index.fts_phrase``), a filter value a quoted facet token; only the operators between
them are ours.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from advisor_desk.domain import text_index as ti
from advisor_desk.store import models as m
from advisor_desk.store.search_index import GENERATION_KEY, IndexRow, facet_token

Groups = tuple[tuple[str, ...], ...]
TITLE, BODY, ANY = 0, 1, None


def _term(term: str, *, title_only: bool) -> str:
    phrase = ti.fts_phrase(term)
    expr = f"{{title}} : {phrase}" if title_only else f"{{title body}} : {phrase}"
    return f"({expr} OR {{py}} : {phrase})" if ti.is_letters(term) else expr


def facets_expression(groups: Groups) -> str:
    return " AND ".join(
        "(" + " OR ".join(f'{{facets}} : "{facet_token(f)}"' for f in group) + ")"
        for group in groups)


def expression(terms: tuple[str, ...], groups: Groups, tier: int | None = ANY) -> str:
    """MATCH text for items matching every term (tier TITLE: all in the title; BODY: all
    somewhere but not all in the title) and passing the facet groups."""
    facets = facets_expression(groups)
    if not terms:
        return facets
    title = " AND ".join(_term(t, title_only=True) for t in terms)
    anywhere = " AND ".join(_term(t, title_only=False) for t in terms)
    core = {TITLE: title, BODY: f"({anywhere}) NOT ({title})", ANY: anywhere}[tier]
    return f"({core}) AND {facets}"


_COLUMNS = "rowid, uid, label, snippet, meta, valid_from, valid_to"


def _row(r) -> IndexRow:
    return IndexRow(r[0], r[1], r[2], r[3], json.loads(r[4]),
                    date.fromisoformat(r[5]) if r[5] else None,
                    date.fromisoformat(r[6]) if r[6] else None)


def fetch(session: Session, match: str, *, limit: int, valid_on: date | None) -> list[IndexRow]:
    """Matching rows, newest first, stopping after ``limit`` (FTS5 walks rowids in order,
    so this never ranks the whole match set). ``valid_on`` hides items outside their window."""
    sql = f"SELECT {_COLUMNS} FROM search_fts WHERE search_fts MATCH ?"
    args: list[object] = [match]
    if valid_on is not None:
        day = valid_on.isoformat()
        sql += (" AND (valid_from IS NULL OR valid_from <= ?)"
                " AND (valid_to IS NULL OR valid_to >= ?)")
        args += [day, day]
    sql += " ORDER BY rowid DESC LIMIT ?"
    args.append(limit)
    rows = session.connection().exec_driver_sql(sql, tuple(args)).fetchall()
    return [_row(r) for r in rows]


def count(session: Session) -> int:
    return session.connection().exec_driver_sql("SELECT count(*) FROM search_fts").scalar() or 0


def state(session: Session) -> tuple[str, int]:
    """(index generation, last usage event id): what cached rankings depend on."""
    row = session.connection().exec_driver_sql(
        "SELECT (SELECT value FROM settings WHERE key = ?), (SELECT max(id) FROM usage_events)",
        (GENERATION_KEY,)).one()
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
