"""Applying HQ content: the one path for the demo folder now and signed packs later."""

from __future__ import annotations

import logging
from pathlib import Path

from advisor_desk.domain.changes import Changes
from advisor_desk.domain.content import ApplyResult, ContentDiff
from advisor_desk.domain.errors import N_, ContentInvalid
from advisor_desk.exchange import content_bundle
from advisor_desk.exchange.content_bundle import ContentBundle
from advisor_desk.services.content_rows import to_rows
from advisor_desk.services.context import ServiceContext
from advisor_desk.store import backup, content_writer, media_store, packs_repo
from advisor_desk.store.packs_repo import PackRecord

log = logging.getLogger(__name__)
CONTENT_CHANGES = Changes(library=True, tags=True, tasks=True, packs=True)


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

    def apply(self, bundle: ContentBundle, *, key_id: str | None = None,
              manifest: dict | None = None) -> tuple[ApplyResult, Changes]:
        """Apply one pack version in one transaction, after a backup when the shop has data.

        The same pack_id and version again: identical manifest -> nothing to do; different
        manifest -> rejected. A version lower than the last applied one is rejected (rollback).
        """
        ctx = self._ctx
        with ctx.db.read() as s:
            same = packs_repo.find(s, bundle.pack_id, bundle.version)
            last = packs_repo.last_version(s, bundle.pack_id)
            has_history = bool(packs_repo.history(s))
        if same is not None:
            if same.manifest_sha256 == bundle.manifest_sha256:
                empty = ContentDiff(bundle.pack_id, bundle.version, bundle.header.title, ())
                return ApplyResult(empty, already_applied=True), Changes()
            raise ContentInvalid(
                N_("Version {version} of {pack} was already imported with different content; "
                   "HQ must publish it under a new version number."),
                version=bundle.version, pack=bundle.pack_id)
        if last is not None and bundle.version < last:
            raise ContentInvalid(
                N_("This is version {version} of {pack}, older than version {last} already "
                   "imported; an older pack cannot replace a newer one."),
                version=bundle.version, pack=bundle.pack_id, last=last)
        now = ctx.clock.now()
        if has_history:
            backup.make_backup(ctx.db.path, ctx.paths.backups, "import", now)
        stored = media_store.store_files(ctx.paths.media, bundle.media)
        with ctx.db.write() as s:
            media_store.register(s, stored)
            outcome = content_writer.sync(s, to_rows(bundle, ctx.store_code),
                                          store_code=ctx.store_code, now=now, dry_run=False)
            packs_repo.record(
                s, pack_id=bundle.pack_id, version=bundle.version,
                manifest_sha256=bundle.manifest_sha256, title=bundle.header.title,
                publisher=bundle.header.publisher, key_id=key_id, imported_at=now,
                summary=outcome.diff.counts(),
                manifest=manifest or bundle.header.model_dump(mode="json"))
        log.info("applied content %s v%s", bundle.pack_id, bundle.version)
        return ApplyResult(outcome.diff), CONTENT_CHANGES
