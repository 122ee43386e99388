"""Importing signed HQ packs: verify -> preview -> back up -> apply -> record (docs/packs.md).

``verify(path)`` runs every check of ``exchange.pack_reader`` (structure, signature and trust,
expiry, versions against this shop's history, every file's hash and schema) and writes nothing
to the database. With ``stage=True`` the media are streamed into a staging folder under the
cache folder and the diff preview is computed, so ``apply(verified)`` only moves files and runs
the content applier's one transaction.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock, Timeout

from advisor_desk import __version__
from advisor_desk.domain.changes import Changes
from advisor_desk.domain.content import ApplyResult, ContentDiff
from advisor_desk.domain.errors import N_, InvalidInput
from advisor_desk.domain.packs import PackSummary
from advisor_desk.exchange.content_bundle import ContentBundle
from advisor_desk.exchange.pack_manifest import LIMITS, Limits, kind_of
from advisor_desk.exchange.pack_reader import PackReader
from advisor_desk.services.content import ContentService
from advisor_desk.services.context import ServiceContext
from advisor_desk.services.trust import TrustService
from advisor_desk.store.packs_repo import PackRecord

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]
STAGING_PREFIX = "pack-"
STAGING_LOCK = ".in-use"


@dataclass
class VerifiedPack:
    """A pack that passed every check. Close it (or use ``with``) to drop staged media."""

    summary: PackSummary
    bundle: ContentBundle
    manifest: dict
    diff: ContentDiff | None = None  # computed when staged
    staging: Path | None = None
    applied: bool = field(default=False)
    staging_lock: FileLock | None = field(default=None, repr=False)

    @property
    def already_imported(self) -> bool:
        return self.summary.already_imported

    def close(self) -> None:
        if self.staging_lock is not None:
            self.staging_lock.release()
            self.staging_lock = None
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging = None

    def __enter__(self) -> VerifiedPack:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _new_staging(cache: Path) -> tuple[Path, FileLock]:
    """A staging folder for one import, locked for as long as the import lives (the lock dies
    with the process, so a killed import's folder is recognisably stale)."""
    cache.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=cache))
    lock = FileLock(folder / STAGING_LOCK)
    lock.acquire(timeout=0)
    return folder, lock


def drop_stale_staging(cache: Path) -> int:
    """Remove the staging folders of imports that are gone (killed, crashed): nobody holds
    their lock. A folder another import (this or another process) is using stays. Called at
    start-up and before every import; returns how many folders were removed."""
    removed = 0
    for folder in cache.glob(f"{STAGING_PREFIX}*"):
        with contextlib.suppress(OSError):
            if not folder.is_dir():
                continue
            lock_file = folder / STAGING_LOCK
            if not lock_file.exists():  # killed between making and locking it (or older app)
                if time.time() - folder.stat().st_mtime < 60:
                    continue
            else:
                lock = FileLock(lock_file)
                try:
                    lock.acquire(timeout=0)
                except Timeout:
                    continue  # in use
                lock.release()
            shutil.rmtree(folder, ignore_errors=True)
            removed += not folder.exists()
    if removed:
        log.info("removed %s stale pack staging folder(s)", removed)
    return removed


class PackService:
    def __init__(self, ctx: ServiceContext, content: ContentService,
                 trust: TrustService) -> None:
        self._ctx = ctx
        self._content = content
        self._trust = trust
        self.limits: Limits = LIMITS
        self.app_version = __version__

    def verify(self, path: Path, progress: Progress | None = None, *,
               stage: bool = False) -> VerifiedPack:
        """Check everything; writes nothing to the database. ``progress(done, total,
        "verify")`` may raise ``Cancelled``."""
        ctx = self._ctx
        staging = staging_lock = None
        try:
            with PackReader(Path(path), self.limits) as reader:
                manifest = reader.authenticate(self._trust.lookup, now=ctx.clock.now(),
                                               app_version=self.app_version)
                already = self._content.check_version(manifest.pack_id, manifest.version,
                                                      reader.manifest_sha256)
                if stage:
                    drop_stale_staging(ctx.paths.cache)
                    staging, staging_lock = _new_staging(ctx.paths.cache)
                report = None if progress is None else (
                    lambda d, t, _x: progress(d, t, "verify"))
                bundle = reader.read_content(staging, report)
                key = reader.key
            files = manifest.files
            summary = PackSummary(
                pack_id=manifest.pack_id, version=manifest.version, title=manifest.title,
                publisher=manifest.publisher, created_at=manifest.created_at,
                expires_at=manifest.expires_at, key_id=key.key_id, key_label=key.label,
                files=len(files), media=sum(1 for n in files if kind_of(n) == "media"),
                total_bytes=sum(e.size for e in files.values()),
                manifest_sha256=bundle.manifest_sha256, already_imported=already)
            verified = VerifiedPack(summary, bundle, manifest.record(), staging=staging,
                                    staging_lock=staging_lock)
            if stage and not already:
                verified.diff = self._content.preview(bundle)
            return verified
        except BaseException:
            if staging_lock is not None:
                staging_lock.release()
            if staging is not None:
                shutil.rmtree(staging, ignore_errors=True)
            raise

    def apply(self, verified: VerifiedPack,
              progress: Progress | None = None) -> tuple[ApplyResult, Changes]:
        """Back up, then apply in one transaction and record the pack (or nothing to do)."""
        if verified.staging is None and not verified.already_imported:
            raise InvalidInput(N_("This pack was only checked, not prepared for import; "
                                  "open it again to import it."))
        if verified.applied:
            raise InvalidInput(N_("This pack was already imported."))
        result = self._content.apply(verified.bundle, key_id=verified.summary.key_id,
                                     manifest=verified.manifest, progress=progress,
                                     move_media=True)
        verified.applied = True
        if not result[0].already_applied:
            log.info("imported pack %s v%s (key %s)", verified.summary.pack_id,
                     verified.summary.version, verified.summary.key_id)
        return result

    def import_file(self, path: Path, progress: Progress | None = None
                    ) -> tuple[ApplyResult, Changes]:
        """verify + apply in one call (scripts, tests)."""
        with self.verify(path, progress, stage=True) as verified:
            return self.apply(verified, progress)

    def history(self) -> list[PackRecord]:
        return self._content.history()
