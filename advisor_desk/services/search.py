"""Library search: the FTS5 index answers the bulk; usage and favourites rank the top.

Ranking (ARCHITECTURE.md §6): title hits, then the rest; within each, the items this advisor
used recently (latest first), then favourites, then overall use and the latest use by anyone,
then the newest items. The index cannot rank by use without reading every match, so the few
items that have a rank (used in the last year - at most ``HOT_LIMIT`` - or favourites) are
matched in Python with the same meaning (``text_index.match``), and FTS5 fills the rest of the
page newest-first with an early stop. Cached documents follow the index generation; usage
ranks follow the last usage event id.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from advisor_desk.domain import text_index as ti
from advisor_desk.domain.library import SearchFilter, SearchHit, SearchResult, passes, valid_on
from advisor_desk.services.context import ServiceContext
from advisor_desk.store import search_index, search_query
from advisor_desk.store.search_index import Doc, IndexRow
from advisor_desk.store.search_query import BODY, TITLE, Usage

RANK_WINDOW = timedelta(days=365)
HOT_LIMIT = 1000
DEFAULT_LIMIT = 50
_NEVER = 0.0  # sort value of "never used"


@dataclass
class _Hot:
    key: tuple
    docs: dict[int, Doc]  # rowid -> document of a used or favourite item
    usage: dict[int, Usage]
    favourites: set[int]

    def rank(self, rowid: int) -> tuple:
        use = self.usage.get(rowid)
        mine = use.my_last_at.timestamp() if use and use.my_last_at else _NEVER
        return (-mine, rowid not in self.favourites, -(use.uses if use else 0),
                -(use.last_at.timestamp() if use else _NEVER), -rowid)


class SearchEngine:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._lock = threading.Lock()
        self._docs: dict[tuple[str, str], Doc] = {}
        self._docs_generation: str | None = None
        self._hot: _Hot | None = None

    # ------------------------------------------------------------------ search
    def search(self, query: str, flt: SearchFilter | None = None, *,
               advisor_id: int | None = None, limit: int = DEFAULT_LIMIT) -> SearchResult:
        flt = flt or SearchFilter()
        terms = ti.query_terms(query)
        groups = flt.facet_groups(advisor_id)
        day = None if flt.include_expired else self._ctx.clock.today()
        with self._ctx.db.read() as s, self._lock:
            hot = self._hot_set(s, advisor_id)
            matched: dict[int, int] = {}  # hot rowid -> tier
            for rowid, doc in hot.docs.items():
                tier = ti.match(terms, doc.text) if terms else TITLE
                if tier is not None:
                    matched[rowid] = tier

            def keep(rowid: int) -> bool:
                row = hot.docs[rowid].row
                return passes(groups, hot.docs[rowid].facets) and (
                    day is None or valid_on(day, row.valid_from, row.valid_to))

            if flt.view in ("favourites", "recent"):
                picked = self._from_hot(hot, matched, keep, flt.view)
            else:
                picked = []
                for tier in (TITLE, BODY) if terms else (TITLE,):
                    mine = sorted((r for r, t in matched.items() if t == tier and keep(r)),
                                  key=hot.rank)
                    picked.extend((hot.docs[r].row, tier) for r in mine)
                    need = limit + 1 - len(picked)
                    if need <= 0:
                        break
                    skip = {r for r, t in matched.items() if t == tier}
                    rows = search_query.fetch(
                        s, search_query.expression(terms, groups, tier if terms else None),
                        limit=need + len(skip), valid_on=day)
                    picked.extend((r, tier) for r in rows if r.rowid not in skip)
                    if len(picked) > limit:
                        break
        hits = tuple(self._hit(row, tier, hot, bool(terms)) for row, tier in picked[:limit])
        return SearchResult(terms, hits, len(picked) > limit)

    def _from_hot(self, hot: _Hot, matched: dict[int, int], keep: Callable[[int], bool],
                  view: str) -> list[tuple[IndexRow, int]]:
        if view == "favourites":
            rows = sorted((r for r in matched if r in hot.favourites and keep(r)),
                          key=lambda r: (matched[r], hot.rank(r)))
        else:
            used = [r for r in matched if keep(r) and hot.usage.get(r) is not None
                    and hot.usage[r].my_last_at is not None]
            rows = sorted(used, key=lambda r: hot.usage[r].my_last_at, reverse=True)
        return [(hot.docs[r].row, matched[r]) for r in rows]

    @staticmethod
    def _hit(row: IndexRow, tier: int, hot: _Hot, has_terms: bool) -> SearchHit:
        meta = row.meta
        use = hot.usage.get(row.rowid)
        return SearchHit(
            kind=row.kind, uid=row.uid, type=meta["type"], title=row.label,
            snippet=row.snippet, scene=meta.get("scene"), sales_step=meta.get("step"),
            channel=meta.get("channel"), origin=meta.get("origin", "hq"),
            valid_from=row.valid_from, valid_to=row.valid_to, parts=meta.get("parts", 0),
            title_hit=has_terms and tier == TITLE, favourite=row.rowid in hot.favourites,
            uses=use.uses if use else 0, my_last_use=use.my_last_at if use else None)

    # ------------------------------------------------------------------ ranking cache
    def _hot_set(self, s, advisor_id: int | None) -> _Hot:
        generation, last_usage = search_query.state(s)
        if generation != self._docs_generation:
            self._docs.clear()
            self._docs_generation = generation
            self._hot = None
        key = (generation, last_usage, advisor_id)
        if self._hot is not None and self._hot.key == key:
            return self._hot
        since = self._ctx.clock.now() - RANK_WINDOW
        usage = search_query.usage(s, since=since, advisor_id=advisor_id)
        ranked = sorted(usage, key=lambda k: (
            -(usage[k].my_last_at.timestamp() if usage[k].my_last_at else _NEVER),
            -usage[k].uses))[:HOT_LIMIT]
        favourites = search_query.favourites(s, advisor_id)
        wanted = set(ranked) | favourites
        missing = wanted - self._docs.keys()
        for kind in search_index.KIND_CODES:
            uids = [uid for k, uid in missing if k == kind]
            if uids:
                for doc in search_index.docs(s, kind, uids):
                    self._docs[(kind, doc.row.uid)] = doc
        docs = {self._docs[k].row.rowid: self._docs[k] for k in wanted if k in self._docs}
        by_key = {(d.row.kind, d.row.uid): rowid for rowid, d in docs.items()}
        self._hot = _Hot(key, docs,
                         {by_key[k]: usage[k] for k in ranked if k in by_key},
                         {by_key[k] for k in favourites if k in by_key})
        return self._hot

    # ------------------------------------------------------------------ maintenance
    def rebuild(self, progress: Callable[[int, int], None] | None = None) -> int:
        with self._ctx.db.write() as s:
            return search_index.rebuild(s, progress)

    def ensure_current(self) -> bool:
        """Build the index if this database has never had one in the current format (a new
        or migrated database); True when it was built."""
        with self._ctx.db.read() as s:
            if search_index.is_current(s):
                return False
        with self._ctx.db.write() as s:
            if search_index.is_current(s):
                return False
            search_index.rebuild(s)
        return True

    def count(self) -> int:
        with self._ctx.db.read() as s:
            return search_query.count(s)
