"""The ``Desk`` facade: one object with sub-services, built once and handed down."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from advisor_desk.domain.clock import Clock, SystemClock
from advisor_desk.domain.ids import new_ulid
from advisor_desk.paths import AppPaths
from advisor_desk.services import data_folder, packs
from advisor_desk.services.advisors import AdvisorService
from advisor_desk.services.backups import BackupService
from advisor_desk.services.content import ContentService
from advisor_desk.services.context import ServiceContext
from advisor_desk.services.customer_export import CustomerExportService
from advisor_desk.services.customer_import import CustomerImportService
from advisor_desk.services.customers import CustomerService
from advisor_desk.services.demo import DemoService
from advisor_desk.services.device import DeviceService, ensure_key
from advisor_desk.services.library import LibraryService
from advisor_desk.services.maintenance import MaintenanceService
from advisor_desk.services.packs import PackService
from advisor_desk.services.privacy import PrivacyService
from advisor_desk.services.rankings import RankingsService
from advisor_desk.services.reports import ReportService
from advisor_desk.services.settings import SettingsService
from advisor_desk.services.setup import SetupService
from advisor_desk.services.sop import SopEngine
from advisor_desk.services.tasks import TasksService
from advisor_desk.services.training import TrainingService
from advisor_desk.services.trust import TrustService
from advisor_desk.services.watch import ChangeWatch
from advisor_desk.store import migrations, settings_repo
from advisor_desk.store.database import Database, LockWait

log = logging.getLogger(__name__)


class Desk:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.settings = SettingsService(ctx)
        self.advisors = AdvisorService(ctx)
        self.setup = SetupService(ctx)
        self.content = ContentService(ctx)
        self.library = LibraryService(ctx)
        self.customers = CustomerService(ctx)
        self.customer_import = CustomerImportService(ctx)
        self.customer_export = CustomerExportService(ctx)
        self.maintenance = MaintenanceService(ctx)
        self.backups = BackupService(ctx)
        self.demo = DemoService(ctx, self.content)
        self.sop = SopEngine(ctx)
        self.sop.install()
        self.tasks = TasksService(ctx)
        self.trust = TrustService(ctx)
        self.packs = PackService(ctx, self.content, self.trust)
        self.training = TrainingService(ctx)
        self.device = DeviceService(ctx)
        self.reports = ReportService(ctx, self.device)
        self.privacy = PrivacyService(ctx)
        self.watch = ChangeWatch(ctx)
        self.rankings = RankingsService(ctx)

    @property
    def paths(self) -> AppPaths:
        return self.ctx.paths

    @property
    def clock(self) -> Clock:
        return self.ctx.clock

    @contextmanager
    def writer_thread(self, waiting: Callable[[bool], None]) -> Iterator[None]:
        """Set up the thread that does every write of the window: a connection of its own
        (so ``watch`` can tell other processes' commits from its own) and ``waiting(True)`` /
        ``waiting(False)`` around a wait for another process's write lock."""
        db = self.ctx.db
        with db.dedicated(), db.lock_wait(LockWait(lambda: waiting(True),
                                                   lambda: waiting(False))):
            self.watch.start()
            yield

    def close(self) -> None:
        self.ctx.db.close()


def open_desk(paths: AppPaths, clock: Clock | None = None, *,
              integrity_check: bool = True,
              on_lock_wait: Callable[[], None] | None = None,
              schema_cache: Path | None = None) -> Desk:
    """Check, migrate (backing up first) and open the database in ``paths``.
    ``on_lock_wait()`` is called whenever a write has to wait for another process's write
    lock (the CLI says so on stderr instead of sitting silent; it waits as long as it takes).
    ``schema_cache``: a folder for the schema template a new database is copied from
    (store/migrations.py; ``--demo`` makes a new database on every start)."""
    data_folder.preflight(paths)
    data_folder.check_database(paths, integrity=integrity_check)
    result = migrations.prepare(paths.database, paths.backups,
                                (clock or SystemClock()).now(), template_dir=schema_cache)
    if result.before != result.after:
        log.info("database schema %s -> %s (backup %s)", result.before, result.after,
                 result.backup)
    db = Database(paths.database)
    if on_lock_wait is not None:
        db.default_lock_wait = LockWait(started=on_lock_wait)
    with db.write() as s:
        device_id = settings_repo.get(s, "device_id")
        if device_id is None:
            device_id = new_ulid()
            settings_repo.put(s, "device_id", device_id)
        store_code = settings_repo.get(s, "store_code") or "STORE"
        tz_name = settings_repo.get(s, "time_zone") or "Asia/Shanghai"
    ensure_key(paths)  # the device key that signs activity reports, made at first start
    if clock is None:
        try:
            clock = SystemClock(ZoneInfo(tz_name))
        except ZoneInfoNotFoundError:
            clock = SystemClock()
    desk = Desk(ServiceContext(db=db, paths=paths, clock=clock, device_id=device_id,
                               store_code=store_code))
    packs.drop_stale_staging(paths.cache)  # a killed import's media (issue 20)
    desk.library.ensure_index()  # a new or migrated database gets its search index here
    return desk
