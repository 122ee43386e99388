"""HQ side of activity reports: the device keys HQ trusts and merging reports into the
warehouse (ARCHITECTURE.md §9; docs/reports.md).

Each report is verified completely (structure, signature by a registered device key of its
store, hashes, rows, seq range) before its one write transaction; a bad report is named with
one sentence and leaves the warehouse untouched, the others are merged. Merging is idempotent:
the same report again is "already merged", and rows of seqs another report already brought
are skipped (an overlapping re-export), so every event counts once.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from datetime import UTC
from pathlib import Path

from advisor_desk.domain.clock import Clock, SystemClock
from advisor_desk.domain.errors import N_, DeskError, InvalidInput, NotFound
from advisor_desk.domain.reports import Gap, MergeOutcome, MergeSummary, Table, TrustedDevice
from advisor_desk.exchange import device_key
from advisor_desk.exchange.report_format import KINDS, SUFFIX, ReportManifest
from advisor_desk.exchange.report_reader import ReportReader
from advisor_desk.paths import AppPaths
from advisor_desk.services.hq_tables import build_tables, month_range
from advisor_desk.store.warehouse import merge_repo, trust_repo
from advisor_desk.store.warehouse.database import Warehouse, prepare, sqlite_url

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]
WAREHOUSE_FILE = "hq_warehouse.db"


def open_hq(paths: AppPaths, url: str | None = None, clock: Clock | None = None) -> HqService:
    """The warehouse at ``url`` (default: a SQLite file in the HQ data folder), migrated."""
    if url is None:
        paths.ensure()
        url = sqlite_url(paths.data / WAREHOUSE_FILE)
    warehouse = Warehouse(url)
    try:
        prepare(warehouse)
    except BaseException:
        warehouse.close()
        raise
    return HqService(warehouse, clock or SystemClock())


def report_files(sources: Iterable[Path]) -> list[Path]:
    """Files as given; folders contribute their ``*.adreport`` files (sorted by name)."""
    out: list[Path] = []
    for source in sources:
        source = Path(source)
        if source.is_dir():
            out += sorted(p for p in source.iterdir() if p.suffix.lower() == SUFFIX
                          and p.is_file())
        else:
            out.append(source)
    return out


class HqService:
    def __init__(self, warehouse: Warehouse, clock: Clock) -> None:
        self.warehouse = warehouse
        self._clock = clock

    def close(self) -> None:
        self.warehouse.close()

    # ------------------------------------------------------------------ trust
    def trust_add(self, key_file: Path, label: str = "") -> TrustedDevice:
        key_file = Path(key_file)
        if not key_file.is_file():
            raise NotFound(N_("The key file {file} does not exist."), file=str(key_file))
        info = device_key.read_public_key(key_file.read_bytes())
        label = (label or info.store_name).strip()[:200]
        with self.warehouse.begin() as c:
            existing = trust_repo.get(c, info.key_id)
            if existing is not None and not existing.active:
                raise InvalidInput(N_("Device key {key} was revoked; a revoked key cannot be "
                                      "trusted again. The store makes a new one."),
                                   key=info.key_id)
            if existing is not None:
                trust_repo.set_label(c, info.key_id, label)
            else:
                trust_repo.add(c, TrustedDevice(info.key_id, info.public_key, info.store_code,
                                                info.device_id, label, self._clock.now()))
            return trust_repo.get(c, info.key_id)

    def trust_list(self) -> list[TrustedDevice]:
        with self.warehouse.begin() as c:
            return trust_repo.list_keys(c)

    def trust_remove(self, key_id: str) -> None:
        """Revoke: reports it signs are refused from now on; what it brought stays."""
        with self.warehouse.begin() as c:
            existing = trust_repo.get(c, key_id.strip())
            if existing is None:
                raise NotFound(N_("No device key has the id {key}."), key=key_id.strip())
            if existing.active:
                trust_repo.revoke(c, existing.key_id, self._clock.now())

    # ------------------------------------------------------------------ merge
    def merge(self, sources: Iterable[Path], progress: Progress | None = None
              ) -> MergeSummary:
        """Merge every report file. Each is read and checked completely (in a worker thread,
        while the previous one is written: zlib, sha256 and SQLite release the GIL), then
        written inside a savepoint of its own — a refused report rolls back to it and leaves
        nothing — in transactions of up to ``_Batches.BATCH`` reports (an interrupted merge
        loses at most the unfinished batch; merging the files again completes it)."""
        files = report_files(sources)
        if not files:
            raise InvalidInput(N_("No report files (*.adreport) were found to merge."))
        with self.warehouse.begin() as c:
            keys = {k.key_id: k for k in trust_repo.list_keys(c)}
            merged = merge_repo.merged_ids(c)
        outcomes = []
        catalogs: dict[int, str] = {}  # catalogue written in this merge -> its newest version
        gc_was = gc.isenabled()
        gc.disable()  # millions of small tuples: the cyclic collector finds nothing here
        try:
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="report-reader") as pool, \
                    _Batches(self.warehouse) as batches:
                pending = pool.submit(self._read, files[0], keys.get, merged)
                for n, path in enumerate(files):
                    if progress is not None:
                        progress(n, len(files), path.name)
                    result = pending.result()
                    if n + 1 < len(files):
                        pending = pool.submit(self._read, files[n + 1], keys.get, merged)
                    if isinstance(result, MergeOutcome):
                        outcomes.append(result)
                        continue
                    outcome = self._write_guarded(batches.connection(), path, *result,
                                                  catalogs=catalogs)
                    if outcome.status == "merged":
                        merged.add(result[1].report_id)
                    outcomes.append(outcome)
        finally:
            if gc_was:
                gc.enable()
        if progress is not None:
            progress(len(files), len(files), "")
        return MergeSummary(tuple(outcomes), tuple(self.gaps()))

    @staticmethod
    def _read(path: Path, lookup, merged: set[str]):
        """Verify and decode one report (no database): a refusal or a duplicate as an
        outcome, else (manifest, head, rows per kind)."""
        try:
            with ReportReader(path) as reader:
                manifest = reader.authenticate(lookup)
                head = _head(manifest, reader, path)
                if head.report_id in merged:
                    return _outcome(path, "duplicate", manifest)
                data = {kind.name: reader.rows(kind) for kind in KINDS}
        except DeskError as exc:
            log.info("report %s refused: %s", path.name, exc.message)
            return MergeOutcome(path.name, "rejected", exc.message, template=exc.template,
                                params=dict(exc.params))
        return manifest, head, data

    def _write_guarded(self, c, path: Path, manifest: ReportManifest,
                       head: merge_repo.ReportHead, data: dict[str, list[tuple]], *,
                       catalogs: dict[int, str]) -> MergeOutcome:
        rows = sum(len(data[k.name]) for k in KINDS if k.journal)
        try:
            with c.begin_nested():  # SAVEPOINT: a refusal rolls this report back alone
                return self._write(c, path, manifest, head, data, rows, catalogs)
        except DeskError as exc:  # rolled back: the warehouse is as before
            return MergeOutcome(path.name, "rejected", exc.message, template=exc.template,
                                params=dict(exc.params))

    def _write(self, c, path: Path, manifest: ReportManifest, head: merge_repo.ReportHead,
               data: dict[str, list[tuple]], rows: int, catalogs: dict[int, str]
               ) -> MergeOutcome:
        if merge_repo.is_merged(c, head.report_id):  # another merge was quicker
            return _outcome(path, "duplicate", manifest, rows)
        ranges = merge_repo.covered(c, head.device_id)
        new_rows = 0
        for kind in KINDS:
            if kind.journal:
                fresh = merge_repo.not_covered(data[kind.name], ranges)
                new_rows += len(fresh)
                merge_repo.load_events(c, kind.name, kind.columns, head.device_id, fresh,
                                       file=path.name)
        # the same catalogue written in this merge by a newer report: upserting it again
        # would change nothing (every row already holds a newer version)
        catalog = data["catalog"]
        digest = hash(tuple(catalog))
        if catalogs.get(digest, "") >= head.version_key:
            catalog = []
        else:
            catalogs[digest] = head.version_key
        merge_repo.write_snapshots(c, head, advisors=data["advisors"], catalog=catalog,
                                   progress=data["progress"], counts=data["counts"])
        merge_repo.record_report(c, head, events=rows,
                                 merged_at=self._clock.now().astimezone(UTC)
                                 .replace(tzinfo=None))
        return _outcome(path, "merged", manifest, rows, new_rows)

    def tables(self, month: str | None = None, lang: str = "zh_CN") -> list[Table]:
        """The workbook's tables (see ``services/hq_tables.py``) for a month or all time."""
        month_range(month)  # a bad month is refused before any query
        gaps = self.gaps()
        with self.warehouse.begin() as c:
            return build_tables(c, month, lang, gaps)

    def gaps(self) -> list[Gap]:
        """Seq ranges of a device that no received report covers, by store."""
        with self.warehouse.begin() as c:
            ranges = merge_repo.all_ranges(c)
        by_device: dict[tuple[str, str], tuple[int, list[tuple[int, int]]]] = {}
        for store, device, first, a, b in ranges:
            entry = by_device.setdefault((store, device), (first, []))
            if b >= a:
                entry[1].append((a, b))
        gaps = []
        for (store, device), (first, spans) in sorted(by_device.items()):
            expected = first
            for a, b in merge_repo.join_ranges(spans):
                if a > expected:
                    gaps.append(Gap(store, device, expected, a - 1))
                expected = max(expected, b + 1)
        return gaps


class _Batches:
    """Transactions of up to BATCH reports on one connection (fewer commits: appends to the
    same pages are written once per batch)."""

    BATCH = 25

    def __init__(self, warehouse: Warehouse) -> None:
        self._warehouse = warehouse
        self._stack: ExitStack | None = None
        self._connection = None
        self._count = 0

    def connection(self):
        if self._stack is not None and self._count >= self.BATCH:
            self._stack.close()  # commit
            self._stack = None
        if self._stack is None:
            self._stack = ExitStack()
            self._connection = self._stack.enter_context(self._warehouse.begin())
            self._count = 0
        self._count += 1
        return self._connection

    def __enter__(self) -> _Batches:
        return self

    def __exit__(self, *exc) -> None:
        if self._stack is not None:
            self._stack.__exit__(*exc)  # commit, or roll back the unfinished batch


def _head(manifest: ReportManifest, reader: ReportReader, path: Path) -> merge_repo.ReportHead:
    return merge_repo.ReportHead(
        report_id=reader.manifest_sha256, device_id=manifest.device_id,
        store_code=manifest.store_code, store_name=manifest.store_name,
        time_zone=manifest.time_zone, key_id=reader.key.key_id,
        first_seq=manifest.device_first_seq, seq_from=manifest.seq_from,
        seq_to=manifest.seq_to, period_from=manifest.period_from,
        period_to=manifest.period_to,
        created_at=manifest.created_at.astimezone(UTC).replace(tzinfo=None),
        reexport=manifest.reexport, app_version=manifest.app_version, file_name=path.name)


def _outcome(path: Path, status: str, m: ReportManifest, rows: int = 0,
             new_rows: int = 0) -> MergeOutcome:
    return MergeOutcome(path.name, status, store_code=m.store_code, device_id=m.device_id,
                        seq_from=m.seq_from, seq_to=m.seq_to, rows=rows, new_rows=new_rows)
