"""总部看板 HQ dashboard: the workbook's tables (``services/hq_tables.py`` — the same numbers
as ``advisor-desk hq workbook``) for a month, plus what the views need on top: the months
with data, how fresh each store's reports are, and the regions HQ gives its stores."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from advisor_desk.domain.clock import Clock
from advisor_desk.domain.errors import N_, InvalidInput, NotFound
from advisor_desk.domain.reports import Table
from advisor_desk.exchange.workbook import write_xlsx
from advisor_desk.services.hq import HqService
from advisor_desk.store.warehouse import queries, regions_repo

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
        """Every table for ``month`` (None: all time) and the stores' report freshness."""
        with self.hq.warehouse.begin() as c:
            stamp = (*regions_repo.stamp(c), self._clock.today())
        cached = self._boards.get((month, lang))
        if cached is not None and cached[0] == stamp:
            return cached[1]
        board = self._read(month, lang)
        self._boards[(month, lang)] = (stamp, board)
        return board

    def _read(self, month: str | None, lang: str) -> Dashboard:
        tables = self.hq.tables(month, lang)
        gaps = self.hq.gaps()
        with self.hq.warehouse.begin() as c:
            low, high = queries.data_days(c)
            reports = queries.reports(c)
            names = {code: name for code, name, _region in queries.stores(c)}
        trusted = {k.store_code for k in self.hq.trust_list() if k.active}
        today = self._clock.today()
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
                (today - covered).days if covered else None,
                sum(1 for g in gaps if g.store_code == store)))
        fresh.sort(key=lambda f: (f.days_behind is not None, -(f.days_behind or 0),
                                  f.store_code))
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
