"""Library search, the store's one search component: terms, facet groups, a limit and the
ranking inputs (advisor, day, view) in; ranked hits out. No connection, rowid or FTS5 column
leaves this module and ``search_query`` / ``search_index`` (docs/architecture.md).

The FTS5 index answers the bulk; usage and favourites rank the top.

Ranking (docs/library.md): title hits, then the rest; within each, the items this advisor
used recently (latest first), then favourites, then overall use and the latest use by anyone,
then the newest items. FTS5 cannot rank by use without reading every match, so the items that
have a rank - used in the last year (at most ``HOT_LIMIT``) or favourites - live in a small
in-memory index (``domain.memory_index``, the same meaning) and come first; FTS5 fills the rest
of the page newest-first and stops early. Cached documents follow the index generation;
ranks follow the last usage event id.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from advisor_desk.domain import text_index as ti
from advisor_desk.domain.clock import Clock
from advisor_desk.domain.library import SearchHit
from advisor_desk.domain.memory_index import MemoryIndex, slots_of
from advisor_desk.store import search_index, search_query
from advisor_desk.store.database import Database
from advisor_desk.store.search_index import IndexRow
from advisor_desk.store.search_query import ANY, CHARS, TITLE, Usage

RANK_WINDOW = timedelta(days=365)
HOT_LIMIT = 1000
DEFAULT_LIMIT = 50
HIT_CACHE = 20_000  # index rows kept as ready hits (per index generation)


@dataclass
class _Hot:
    """The ranked items of one advisor: slots of the memory index in rank order."""

    key: tuple
    order: list[int]  # slots, best first
    member: int  # bit set of those slots
    favourites: int
    recent: list[int]  # slots this advisor used, latest first
    usage: dict[int, Usage] = field(default_factory=dict)
    position: dict[int, int] = field(default_factory=dict)  # slot -> place in order
    hits: dict[int, SearchHit] = field(default_factory=dict)  # slot * 4 + tier -> hit

    def __post_init__(self) -> None:
        self.position = {slot: n for n, slot in enumerate(self.order)}


class SearchEngine:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._lock = threading.Lock()
        self._generation: str | None = None
        self._mem = MemoryIndex()
        self._rows: list[IndexRow] = []  # per slot
        self._slot_of: dict[tuple[str, str], int] = {}
        self._slot_by_rowid: dict[int, int] = {}
        self._hot: _Hot | None = None
        self._dated: dict | None = None
        self._invalid_on: tuple = (None, frozenset())
        self._index_hits: dict[int, SearchHit] = {}  # rowid * 4 + tier -> hit

    # ------------------------------------------------------------------ search
    def search(self, terms: tuple[str, ...], groups: search_query.Groups, *, view: str = "all",
               day: date | None, advisor_id: int | None = None, limit: int = DEFAULT_LIMIT
               ) -> tuple[tuple[SearchHit, ...], bool]:
        """Hits for normalised ``terms`` passing the facet ``groups`` (and valid on ``day``;
        None: any day), ranked for ``advisor_id``; and whether there are more than ``limit``.
        ``view`` favourites / recent narrow to the advisor's favourites or recent items."""
        with search_query.connection(self._db) as conn, self._lock:
            hot = self._hot_set(conn, advisor_id)
            mem = self._mem
            passing = mem.passing(groups, day) & hot.member
            tiers = mem.tiers(terms, hot.member) if terms else (0, 0, hot.member)
            if view in ("favourites", "recent"):
                order = hot.order if view == "favourites" else hot.recent
                wanted = (tiers[0] | tiers[1] | tiers[2]) & passing
                if view == "favourites":
                    wanted &= hot.favourites
                picked = sorted(((s, _tier_of(tiers, s)) for s in order if wanted >> s & 1),
                                key=lambda p: p[1])  # stable: rank order in each tier
            else:
                picked = self._ranked(conn, hot, terms, groups, day, limit,
                                      [(bits, bits & passing) for bits in tiers])
            page = picked[:limit]
            found = self._from_index(conn, [(-s - 1, t) for s, t in page if s < 0])
            hits = tuple(h for h in (self._hit(hot, s, t) if s >= 0
                                     else found.get((-s - 1) * 4 + t) for s, t in page)
                         if h is not None)  # None: deleted since the rowids were read
        return hits, len(picked) > limit

    def _from_index(self, conn, rows: list[tuple[int, int]]) -> dict[int, SearchHit]:
        """Hits for these (rowid, tier) index rows, keyed rowid * 4 + tier: each keystroke of
        a query shows mostly the rows the previous one showed, so rows read once are kept
        (until the index generation changes: every edit of the index bumps it)."""
        cache = self._index_hits
        missing = {rowid: tier for rowid, tier in rows if rowid * 4 + tier not in cache}
        if missing:
            if len(cache) + len(missing) > HIT_CACHE:
                cache.clear()
            for rowid, hit in search_query.hits(conn, list(missing), missing).items():
                cache[rowid * 4 + missing[rowid]] = hit
        return cache

    def _ranked(self, conn, hot: _Hot, terms, groups, day, limit: int,
                tiers: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The page: (ranked item slot >= 0 or index row -rowid - 1, tier), best tier first;
        in each tier the ranked items, then the index's matches walked newest-first,
        skipping ranked items, rows of a better tier and items outside their validity
        window."""
        invalid = self._invalid(conn, day)
        member = hot.member
        slot_of = self._slot_by_rowid

        def skip(rowid: int) -> bool:
            slot = slot_of.get(rowid)
            return bool(slot is not None and member >> slot & 1) or rowid in invalid

        if not terms:
            steps = [(ti.ELSEWHERE, ANY)]
        elif any(ti.is_letters(t) and len(t) <= ti.MAX_INITIALS for t in terms):
            steps = [(ti.TITLE_CHARS, CHARS), (ti.TITLE_INITIALS, TITLE), (ti.ELSEWHERE, ANY)]
        else:  # no term can match initials: the middle tier is empty
            steps = [(ti.TITLE_CHARS, CHARS), (ti.ELSEWHERE, ANY)]
        picked: list[tuple[int, int]] = []
        seen: set[int] = set()
        matching_hot = 0
        for tier, level in steps:
            picked += [(s, tier) for s in _take(hot, tiers[tier][1], limit + 1 - len(picked))]
            if len(picked) > limit:
                return picked
            matching_hot |= tiers[tier][0]
            q = search_query.query(terms, groups, level)
            found = self._collect(conn, q, limit + 1 - len(picked),
                                  matching_hot.bit_count() + len(seen),
                                  (lambda r: r in seen or skip(r)) if seen else skip)
            picked += [(-r - 1, tier) for r in found]
            if len(picked) > limit:
                return picked
            seen.update(found)
        return picked

    @staticmethod
    def _collect(conn, q, need: int, extra: int, skip: Callable[[int], bool]) -> list[int]:
        """``need`` rowids not skipped, walking the matches newest-first in batches."""
        out: list[int] = []
        below, batch = None, need + extra + 8
        while True:
            ids = search_query.rowids(conn, q, limit=batch, below=below)
            out += [r for r in ids if not skip(r)]
            if len(out) >= need or len(ids) < batch:
                return out[:need]
            below, batch = ids[-1], batch * 2

    def _invalid(self, conn, day) -> frozenset[int]:
        """Rowids outside their validity window on ``day`` (cached per index generation)."""
        if day is None:
            return frozenset()
        if self._dated is None:
            self._dated = search_query.dated(conn)
        if self._invalid_on[0] != day:
            self._invalid_on = (day, frozenset(
                r for r, (start, end) in self._dated.items()
                if (start is not None and day < start) or (end is not None and day > end)))
        return self._invalid_on[1]

    def _hit(self, hot: _Hot, slot: int, tier: int) -> SearchHit:
        key = slot * 4 + tier
        hit = hot.hits.get(key)
        if hit is None:
            row = self._rows[slot]
            use = hot.usage.get(slot)
            hit = hot.hits[key] = SearchHit(
                row.kind, row.uid, row.type, row.label, row.snippet, row.scene, row.step,
                row.channel, row.origin, row.valid_from, row.valid_to, row.parts,
                tier < ti.ELSEWHERE, bool(hot.favourites >> slot & 1), use.uses if use else 0,
                use.my_last_at if use else None, tier == ti.TITLE_INITIALS, row.keywords)
        return hit

    # ------------------------------------------------------------------ ranking cache
    def _hot_set(self, conn, advisor_id: int | None) -> _Hot:
        generation, last_usage = search_query.state(conn)
        if generation != self._generation:
            self._generation = generation
            self._mem, self._rows, self._slot_of, self._hot = MemoryIndex(), [], {}, None
            self._slot_by_rowid, self._dated, self._invalid_on = {}, None, (None, frozenset())
            self._index_hits = {}
        key = (generation, last_usage, advisor_id)
        if self._hot is not None and self._hot.key == key:
            return self._hot
        with self._db.read() as s:
            usage = search_query.usage(s, since=self._clock.now() - RANK_WINDOW,
                                       advisor_id=advisor_id)
            favourites = search_query.favourites(s, advisor_id)
            ranked = sorted(usage, key=lambda k: _rank(usage.get(k), k in favourites))
            wanted = set(ranked[:HOT_LIMIT]) | favourites
            self._load(s, wanted - self._slot_of.keys())
        live = [k for k in sorted(wanted, key=lambda k: _rank(usage.get(k), k in favourites))
                if k in self._slot_of]
        order = [self._slot_of[k] for k in live]
        mine = sorted((k for k in live if usage.get(k) and usage[k].my_last_at),
                      key=lambda k: usage[k].my_last_at, reverse=True)
        self._hot = _Hot(
            key, order, sum(1 << s for s in order),
            sum(1 << self._slot_of[k] for k in favourites if k in self._slot_of),
            [self._slot_of[k] for k in mine],
            {self._slot_of[k]: usage[k] for k in live if k in usage})
        return self._hot

    def _load(self, s, keys: set[tuple[str, str]]) -> None:
        for kind in search_index.KIND_CODES:
            uids = sorted(uid for k, uid in keys if k == kind)
            for doc in search_index.docs(s, kind, uids) if uids else ():
                row = doc.row
                slot = self._mem.add(doc.text, doc.facets, row.valid_from, row.valid_to)
                self._slot_of[(kind, row.uid)] = self._slot_by_rowid[row.rowid] = slot
                self._rows.append(row)

    # ------------------------------------------------------------------ maintenance
    def rebuild(self, progress: Callable[[int, int], None] | None = None) -> int:
        with self._db.write() as s:
            return search_index.rebuild(s, progress)

    def ensure_current(self) -> bool:
        """Build the index if this database has never had one in the current format (a new
        or migrated database); True when it was built."""
        with self._db.read() as s:
            if search_index.is_current(s):
                return False
        with self._db.write() as s:
            if search_index.is_current(s):
                return False
            search_index.rebuild(s)
        return True

    def count(self) -> int:
        with self._db.read() as s:
            return search_query.count(s)


def _rank(use: Usage | None, favourite: bool) -> tuple:
    mine = use.my_last_at.timestamp() if use and use.my_last_at else 0.0
    return (-mine, not favourite, -(use.uses if use else 0),
            -(use.last_at.timestamp() if use else 0.0))


def _tier_of(tiers: tuple[int, int, int], slot: int) -> int:
    return next(n for n, bits in enumerate(tiers) if bits >> slot & 1)


def _take(hot: _Hot, bits: int, n: int) -> list[int]:
    """Up to ``n`` slots of ``bits`` in rank order."""
    if n <= 0 or not bits:
        return []
    if bits.bit_count() * 16 < len(hot.order):  # few: sort them rather than walk the order
        return sorted(slots_of(bits), key=hot.position.__getitem__)[:n]
    out = []
    for slot in hot.order:
        if bits >> slot & 1:
            out.append(slot)
            if len(out) == n:
                break
    return out
