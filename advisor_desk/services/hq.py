"""HQ side of activity reports: the device keys HQ trusts and merging reports into the
warehouse (docs/reports.md).

Each report is verified completely (structure, signature by a registered device key of its
store, hashes, rows, seq range) before its one write transaction; a bad report is named with
one sentence and leaves the warehouse untouched, the others are merged. Merging is idempotent:
the same report again is "already merged", and rows of seqs another report already brought
are skipped (an overlapping re-export), so every event counts once.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import ExitStack, suppress
from datetime import UTC
from functools import partial
from itertools import islice
from pathlib import Path

from advisor_desk.domain.clock import Clock, SystemClock
from advisor_desk.domain.errors import N_, DeskError, InvalidInput, NotFound
from advisor_desk.domain.reports import Gap, MergeOutcome, MergeSummary, Table, TrustedDevice
from advisor_desk.exchange import device_key
from advisor_desk.exchange.report_format import SUFFIX
from advisor_desk.paths import AppPaths
from advisor_desk.services import hq_prepare
from advisor_desk.services.hq_prepare import Context, Prepared, outcome
from advisor_desk.services.hq_tables import build_tables, month_range
from advisor_desk.store.warehouse import merge_repo, trust_repo
from advisor_desk.store.warehouse.database import Warehouse, prepare, sqlite_url

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]
WAREHOUSE_FILE = "hq_warehouse.db"
MAX_WORKERS = 4
PROCESS_MIN_BYTES = 8 * 1024 * 1024  # below this, starting processes costs more than it saves


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
        if key_file.is_dir():
            raise InvalidInput(N_("{file} is a folder, not a key file; choose the store's "
                                  "public key file inside it."), file=str(key_file))
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
    def merge(self, sources: Iterable[Path], progress: Progress | None = None, *,
              workers: int | None = None) -> MergeSummary:
        """Merge every report file. Each is read, checked completely and staged by a worker
        (``hq_prepare``: processes on a multi-core machine — ``workers``, default one per
        core for a large merge — else one thread) while the writer loads the reports before
        it, in file order. Each report is written inside a savepoint of its own — a refused
        report rolls back to it and leaves nothing — in transactions of up to
        ``_Batches.BATCH`` reports (an interrupted merge loses at most the unfinished batch;
        merging the files again completes it)."""
        files = report_files(sources)
        if not files:
            raise InvalidInput(N_("No report files (*.adreport) were found to merge."))
        with self.warehouse.begin() as c:
            keys = {k.key_id: k for k in trust_repo.list_keys(c)}
            merged = merge_repo.merged_ids(c)
            spec = merge_repo.stage_spec(c)
        context = Context(keys, frozenset(merged), spec)
        outcomes = []
        catalogs: dict[int, str] = {}  # catalogue written in this merge -> its newest version
        gc_was = gc.isenabled()
        gc.disable()  # millions of small tuples: the cyclic collector finds nothing here
        try:
            with _Batches(self.warehouse) as batches:
                reads = _prepared(files, context, worker_count(files, workers))
                for n, (path, result) in enumerate(reads):
                    if progress is not None:
                        progress(n, len(files), path.name)
                    if isinstance(result, MergeOutcome):
                        if result.status == "rejected":
                            log.info("report %s refused: %s", path.name, result.message)
                        outcomes.append(result)
                        continue
                    outcome = self._write_guarded(batches, path, result, catalogs=catalogs)
                    if outcome.status == "merged":
                        merged.add(result.head.report_id)
                    outcomes.append(outcome)
        finally:
            if gc_was:
                gc.enable()
        if progress is not None:
            progress(len(files), len(files), "")
        return MergeSummary(tuple(outcomes), tuple(self.gaps()))

    def _write_guarded(self, batches: _Batches, path: Path, report: Prepared, *,
                       catalogs: dict[int, str]) -> MergeOutcome:
        c = batches.connection()
        sums = merge_repo.RollupSums()
        try:
            with c.begin_nested():  # SAVEPOINT: a refusal rolls this report back alone
                result = self._write(c, path, report, catalogs, sums)
            batches.sums.update(sums)  # written: its rollup sums go in before the commit
            return result
        except DeskError as exc:  # rolled back: the warehouse is as before
            log.info("report %s refused: %s", path.name, exc.message)
            return MergeOutcome(path.name, "rejected", exc.message, template=exc.template,
                                params=dict(exc.params))

    def _write(self, c, path: Path, report: Prepared, catalogs: dict[int, str],
               sums: merge_repo.RollupSums) -> MergeOutcome:
        head = report.head
        merged, ranges = merge_repo.device_state(c, head)
        if merged:  # another merge was quicker
            return outcome(path, "duplicate", head, report.rows)
        new_rows = merge_repo.load_events(c, head, report.staged, ranges, sums)
        # the same catalogue written in this merge by a newer report: upserting it again
        # would change nothing (every row already holds a newer version)
        digest = hash(tuple(report.catalog))
        written = catalogs.get(digest, "") >= head.version_key
        with merge_repo.refusing(head):
            merge_repo.write_snapshots(c, head, advisors=report.advisors,
                                       catalog=[] if written else report.catalog,
                                       progress=report.progress, counts=report.counts)
            merge_repo.record_report(c, head, events=report.rows,
                                     merged_at=self._clock.now().astimezone(UTC)
                                     .replace(tzinfo=None))
        if not written:
            catalogs[digest] = head.version_key
        return outcome(path, "merged", head, report.rows, new_rows)

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
    same pages are written once per batch), with the staging schema attached."""

    BATCH = 25

    def __init__(self, warehouse: Warehouse) -> None:
        self._warehouse = warehouse
        self._stack = ExitStack()
        self._connection = None
        self._transaction = None
        self._count = 0
        self.sums = merge_repo.RollupSums()  # the rollup sums of this transaction's reports

    def connection(self):
        if self._transaction is not None and self._count >= self.BATCH:
            merge_repo.add_sums(self._connection, self.sums)
            self._transaction.commit()
            self._transaction = None
        if self._transaction is None:
            self._transaction = self._connection.begin()
            self._count = 0
        self._count += 1
        return self._connection

    def __enter__(self) -> _Batches:
        self._connection = self._stack.enter_context(self._warehouse.connect())
        merge_repo.attach_stage(self._connection)
        self._stack.callback(merge_repo.detach_stage, self._connection)
        return self

    def __exit__(self, exc_type, *exc) -> None:
        try:
            if self._transaction is not None:
                if exc_type is None:
                    merge_repo.add_sums(self._connection, self.sums)
                    self._transaction.commit()
                else:  # roll back the unfinished batch
                    self._transaction.rollback()
        finally:
            self._stack.close()


def worker_count(files: list[Path], requested: int | None) -> int:
    """Worker processes for reading: one per core (at most MAX_WORKERS) when the merge is
    large enough to pay for starting them; 1 means one thread in this process."""
    if requested is not None:
        return max(1, requested)
    size = 0
    for f in files:
        with suppress(OSError):
            size += f.stat().st_size
    if len(files) < 2 or size < PROCESS_MIN_BYTES:
        return 1
    cores = (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
             else os.cpu_count() or 1)
    return max(1, min(cores, MAX_WORKERS, len(files)))


def _prepared(files: list[Path], context: Context, workers: int
              ) -> Iterator[tuple[Path, Prepared | MergeOutcome]]:
    """(file, prepared report or outcome) in file order; at most ``2 * workers`` reports
    are read ahead of the writer (memory stays bounded however many files there are)."""
    if workers > 1:
        pool: Executor = ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=hq_prepare.init_worker, initargs=(context,))
        task: Callable[[Path], Prepared | MergeOutcome] = hq_prepare.prepare_in_worker
    else:  # zlib, sha256 and SQLite release the GIL: a thread still overlaps the writer
        pool = ThreadPoolExecutor(1, thread_name_prefix="report-reader")
        task = partial(hq_prepare.prepare, context=context)
    ahead = 2 * workers if workers > 1 else 1
    try:
        queue: deque[tuple[Path, Future]] = deque()
        todo = iter(files)
        for path in islice(todo, ahead):
            queue.append((path, pool.submit(task, path)))
        while queue:
            path, future = queue.popleft()
            following = next(todo, None)
            if following is not None:
                queue.append((following, pool.submit(task, following)))
            yield path, future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
