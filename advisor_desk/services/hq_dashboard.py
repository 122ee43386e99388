"""总部看板 HQ dashboard: the workbook's tables (``services/hq_tables.py`` — the same numbers
as ``advisor-desk hq workbook``) for a month, plus what the views need on top: the months
with data, how fresh each store's reports are, and the regions HQ gives its stores."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from advisor_desk.domain.clock import Clock
from advisor_desk.domain.errors import N_, InvalidInput, NotFound
from advisor_desk.domain.reports import Table
from advisor_desk.exchange.workbook import write_xlsx
from advisor_desk.services import hq_tables
from advisor_desk.services.hq import HqService
from advisor_desk.store.warehouse import dashboard_cache, queries, regions_repo

MAX_REGION = 60


@dataclass(frozen=True)
class StoreFreshness:
    store_code: str
    store_name: str
    last_report: datetime | None  # when the newest report was made (UTC), None: never
    covered_to: date | None  # the last day the reports cover
    days_behind: int | None  # days from that day to today (None: never reported)
    gaps: int  # seq ranges no received report covers


@dataclass(frozen=True)
class Dashboard:
    month: str | None  # YYYY-MM, or None for all time
    months: tuple[str, ...]  # months with data, newest first
    tables: tuple[Table, ...]
    freshness: tuple[StoreFreshness, ...]  # stalest first
    reports: int  # reports received

    @property
    def is_empty(self) -> bool:
        return self.reports == 0

    def table(self, name: str) -> Table:
        return next(t for t in self.tables if t.name == name)


class HqDashboardService:
    def __init__(self, hq: HqService, clock: Clock) -> None:
        self.hq = hq
        self._clock = clock
        # (month, lang) -> (warehouse stamp, board): a month already read comes back at once
        # until a merge or a region change makes the warehouse say something new
        self._boards: dict[tuple[str | None, str], tuple[tuple, Dashboard]] = {}

    @property
    def location(self) -> str:
        return self.hq.warehouse.display_url

    def close(self) -> None:
        self.hq.close()

    def load(self, month: str | None = None, lang: str = "zh_CN") -> Dashboard:
        """Every table for ``month`` (None: all time) and the stores' report freshness.

        A month is read from the event tables once per warehouse state (reports merged,
        regions) and kept — in memory and in the warehouse (``hq merge`` prepares it), so
        the dashboard opens at once after a merge."""
        with self.hq.warehouse.begin() as c:
            stamp = dashboard_cache.stamp(c, hq_tables.VERSION)
            held = self._boards.get((month, lang))
            payload = None if held is not None and held[0] == stamp else \
                dashboard_cache.get(c, month, lang, stamp)
        if held is not None and held[0] == stamp:
            board = held[1]
        elif payload is not None:
            board = _decode(payload)
        else:
            board = self._read(month, lang)
            with self.hq.warehouse.begin() as c:
                dashboard_cache.put(c, month, lang, stamp, _encode(board))
        self._boards[(month, lang)] = (stamp, board)
        return _aged(board, self._clock.today())

    def prepare(self, lang: str = "zh_CN") -> list[str | None]:
        """Read and keep what the dashboard opens with (all time, and the newest month);
        ``hq merge`` calls it. Returns the months prepared (None: all time)."""
        board = self.load(None, lang)
        months: list[str | None] = [None, *board.months[:1]]
        for month in months[1:]:
            self.load(month, lang)
        return months

    def _read(self, month: str | None, lang: str) -> Dashboard:
        tables = self.hq.tables(month, lang)
        gaps = self.hq.gaps()
        with self.hq.warehouse.begin() as c:
            low, high = queries.data_days(c)
            reports = queries.reports(c)
            names = {code: name for code, name, _region in queries.stores(c)}
        trusted = {k.store_code for k in self.hq.trust_list() if k.active}
        today = self._clock.today()  # days behind: recounted by ``_aged`` on every load
        latest: dict[str, tuple[datetime | None, date | None]] = {}
        count = 0
        for store, _device, n, _re, created, covered, _seq in reports:
            count += int(n)
            seen = latest.get(store, (None, None))
            latest[store] = (max(filter(None, (seen[0], created)), default=None),
                             max(filter(None, (seen[1], covered)), default=None))
        fresh = []
        for store in sorted(set(latest) | trusted):
            created, covered = latest.get(store, (None, None))
            fresh.append(StoreFreshness(
                store, names.get(store, ""), created, covered,
                _behind(today, covered),
                sum(1 for g in gaps if g.store_code == store)))
        return Dashboard(month, tuple(_months(low, high)), tuple(tables), tuple(fresh), count)

    def set_region(self, store_code: str, region: str) -> None:
        region = " ".join(region.split())
        if len(region) > MAX_REGION:
            raise InvalidInput(N_("A region name can be at most {n} characters."), n=MAX_REGION)
        with self.hq.warehouse.begin() as c:
            if not regions_repo.set_region(c, store_code.strip(), region):
                raise NotFound(N_("Store {store} has not sent a report yet; its region can be "
                                  "set once it has."), store=store_code[:20])

    def export(self, out: Path, tables: Sequence[Table]) -> Path:
        """The given tables as an XLSX workbook (one sheet each), as ``hq workbook`` writes."""
        return write_xlsx(Path(out), tables)


def _behind(today: date, covered: date | None) -> int | None:
    """Days from the last day covered to today; 0 when the reports reach today (a shop east
    of HQ may already cover HQ's tomorrow)."""
    return max(0, (today - covered).days) if covered else None


def _aged(board: Dashboard, today: date) -> Dashboard:
    """Days behind counted to ``today``, stalest (and never reported) first."""
    fresh = [replace(f, days_behind=_behind(today, f.covered_to)) for f in board.freshness]
    fresh.sort(key=lambda f: (f.days_behind is not None, -(f.days_behind or 0), f.store_code))
    return replace(board, freshness=tuple(fresh))


def _encode(board: Dashboard) -> str:
    return json.dumps({
        "month": board.month, "months": board.months, "reports": board.reports,
        "tables": [{"name": t.name, "title": t.title, "columns": t.columns, "rows": t.rows,
                    "keys": t.keys} for t in board.tables],
        "freshness": [[f.store_code, f.store_name,
                       f.last_report.isoformat() if f.last_report else None,
                       f.covered_to.isoformat() if f.covered_to else None, f.gaps]
                      for f in board.freshness]}, ensure_ascii=False)


def _decode(payload: str) -> Dashboard:
    data = json.loads(payload)
    tables = tuple(Table(t["name"], t["title"], tuple(t["columns"]),
                         tuple(tuple(row) for row in t["rows"]), tuple(t["keys"]))
                   for t in data["tables"])
    fresh = tuple(StoreFreshness(code, name, datetime.fromisoformat(last) if last else None,
                                 date.fromisoformat(covered) if covered else None, None, gaps)
                  for code, name, last, covered, gaps in data["freshness"])
    return Dashboard(data["month"], tuple(data["months"]), tables, fresh, data["reports"])


def _months(low: date | None, high: date | None) -> list[str]:
    if low is None or high is None:
        return []
    out, day = [], high.replace(day=1)
    while day >= low.replace(day=1):
        out.append(f"{day.year:04d}-{day.month:02d}")
        day = (day - timedelta(days=1)).replace(day=1)
    return out


def open_dashboard(paths, url: str | None = None, clock: Clock | None = None
                   ) -> HqDashboardService:
    """The dashboard over the warehouse at ``url`` (default: the HQ data folder's SQLite)."""
    from advisor_desk.domain.clock import SystemClock
    from advisor_desk.services.hq import open_hq

    return HqDashboardService(open_hq(paths, url, clock), clock or SystemClock())
