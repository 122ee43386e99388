"""Applying HQ content: the one path for the demo folder now and signed packs later."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from advisor_desk.domain.changes import Changes
from advisor_desk.domain.content import ApplyResult, ContentDiff
from advisor_desk.domain.errors import N_, ContentInvalid
from advisor_desk.exchange import content_bundle
from advisor_desk.exchange.content_bundle import ContentBundle
from advisor_desk.services.content_rows import to_rows
from advisor_desk.services.context import ServiceContext
from advisor_desk.store import backup, content_writer, media_store, packs_repo, training_repo
from advisor_desk.store.packs_repo import PackRecord

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]
CONTENT_CHANGES = Changes(library=True, tags=True, tasks=True, packs=True, training=True)


class ContentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def read_folder(self, folder: Path) -> ContentBundle:
        return content_bundle.read_folder(folder)

    def preview(self, bundle: ContentBundle) -> ContentDiff:
        """What applying would do; writes nothing."""
        with self._ctx.db.read() as s:
            rows = to_rows(bundle, self._ctx.store_code)
            return content_writer.sync(s, rows, store_code=self._ctx.store_code,
                                       now=self._ctx.clock.now(), dry_run=True).diff

    def history(self) -> list[PackRecord]:
        with self._ctx.db.read() as s:
            return packs_repo.history(s)

    def check_version(self, pack_id: str, version: int, manifest_sha256: str) -> bool:
        """True when this exact version was already applied (nothing to do). Raises when the
        same version was applied with different content, or a newer one was (rollback)."""
        with self._ctx.db.read() as s:
            same = packs_repo.find(s, pack_id, version)
            last = packs_repo.last_version(s, pack_id)
        if same is not None:
            if same.manifest_sha256 == manifest_sha256:
                return True
            raise ContentInvalid(
                N_("Version {version} of {pack} was already imported with different content; "
                   "HQ must publish it under a new version number."),
                version=version, pack=pack_id)
        if last is not None and version < last:
            raise ContentInvalid(
                N_("This is version {version} of {pack}, older than version {last} already "
                   "imported; an older pack cannot replace a newer one."),
                version=version, pack=pack_id, last=last)
        return False

    def apply(self, bundle: ContentBundle, *, key_id: str | None = None,
              manifest: dict | None = None, progress: Progress | None = None,
              move_media: bool = False) -> tuple[ApplyResult, Changes]:
        """Apply one pack version in one transaction, after a backup when the shop has data.

        The same pack_id and version again: identical manifest -> nothing to do; different
        manifest -> rejected. A version lower than the last applied one is rejected (rollback).
        ``progress(done, total, phase)`` reports the phases ("backup", "media", "apply") and
        may raise ``Cancelled``; cancelling inside the transaction rolls it back.
        ``move_media`` moves staged media files into the store instead of copying them.
        """
        ctx = self._ctx
        report = progress or (lambda _d, _t, _p: None)
        if self.check_version(bundle.pack_id, bundle.version, bundle.manifest_sha256):
            empty = ContentDiff(bundle.pack_id, bundle.version, bundle.header.title, ())
            return ApplyResult(empty, already_applied=True), Changes()
        with ctx.db.read() as s:
            has_history = bool(packs_repo.history(s))
        now = ctx.clock.now()
        report(0, 3, "backup")
        if has_history:
            backup.make_backup(ctx.db.path, ctx.paths.backups, "import", now)
        report(1, 3, "media")
        stored = media_store.store_files(ctx.paths.media, bundle.media, move=move_media)
        report(2, 3, "apply")
        with ctx.db.write() as s:
            media_store.register(s, stored)
            outcome = content_writer.sync(s, to_rows(bundle, ctx.store_code),
                                          store_code=ctx.store_code, now=now, dry_run=False)
            if training_repo.had_earlier_version(s, bundle.pack_id, bundle.version):
                new, changed = outcome.keys.get("scripts", ((), ()))
                training_repo.record_news(s, pack_id=bundle.pack_id, version=bundle.version,
                                          new=new, changed=changed, at=now)  # what's new
            packs_repo.record(
                s, pack_id=bundle.pack_id, version=bundle.version,
                manifest_sha256=bundle.manifest_sha256, title=bundle.header.title,
                publisher=bundle.header.publisher, key_id=key_id, imported_at=now,
                summary=outcome.diff.counts(),
                manifest=manifest or bundle.header.model_dump(mode="json"))
            report(3, 3, "apply")  # a cancel here still rolls everything back
        log.info("applied content %s v%s", bundle.pack_id, bundle.version)
        return ApplyResult(outcome.diff), CONTENT_CHANGES
