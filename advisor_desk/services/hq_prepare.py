"""Reading reports for an HQ merge: verify one report completely and stage its events
(``store/warehouse/staging.py``), with no database. ``services/hq.py`` runs this in worker
processes while it writes the reports already prepared (or, for a few small files, in one
thread beside the writer).

A worker process imports only this module, the report reader and the staging module (no
SQLAlchemy, no Qt). Everything a worker returns is picklable: a ``Prepared`` report or, for
a refused or already merged one, its ``MergeOutcome``.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from advisor_desk.domain.errors import DeskError
from advisor_desk.domain.reports import MergeOutcome, TrustedDevice
from advisor_desk.exchange.report_format import KINDS, ReportManifest
from advisor_desk.exchange.report_reader import ReportReader
from advisor_desk.store.warehouse.staging import (
    EventRows,
    ReportHead,
    StagedEvents,
    StageSpec,
    stage,
)


@dataclass(frozen=True)
class Context:
    """What every read of one merge needs: the trusted keys (by key id), the reports merged
    before it started, and how to stage for its warehouse."""

    keys: dict[str, TrustedDevice]
    merged: frozenset[str]
    spec: StageSpec


@dataclass(frozen=True)
class Prepared:
    """A verified report: its head, its staged events and its snapshot rows."""

    head: ReportHead
    rows: int  # journal rows in the report
    staged: StagedEvents
    advisors: list[tuple]
    catalog: list[tuple]
    progress: list[tuple]
    counts: list[tuple]


_context: Context | None = None


def init_worker(context: Context) -> None:
    """Process pool initializer: keep the context; no cyclic GC (millions of short-lived
    tuples, no cycles)."""
    global _context
    _context = context
    gc.disable()


def prepare_in_worker(path: Path) -> Prepared | MergeOutcome:
    if _context is None:
        raise RuntimeError("init_worker() first")
    return prepare(path, _context)


def prepare(path: Path, context: Context) -> Prepared | MergeOutcome:
    """Verify and decode one report and stage its events: a refusal or a duplicate as an
    outcome, else the prepared report."""
    try:
        with ReportReader(path) as reader:
            manifest = reader.authenticate(context.keys.get)
            head = _head(manifest, reader, path)
            # every file checked against the manifest even when the report was merged
            # before: a tampered copy of a merged report is refused, not "already merged"
            data = {kind.name: reader.rows(kind) for kind in KINDS}
            if head.report_id in context.merged:
                return outcome(path, "duplicate", head)
            staged = stage(context.spec, head.device_id, [
                EventRows(k.name, k.columns, data[k.name], k.name in reader.escaped)
                for k in KINDS if k.journal], file=path.name)
    except DeskError as exc:  # the caller logs it (a worker process has no log)
        return MergeOutcome(path.name, "rejected", exc.message, template=exc.template,
                            params=dict(exc.params))
    return Prepared(head, sum(len(data[k.name]) for k in KINDS if k.journal), staged,
                    advisors=data["advisors"], catalog=data["catalog"],
                    progress=data["progress"], counts=data["counts"])


def outcome(path: Path, status: str, head: ReportHead, rows: int = 0,
            new_rows: int = 0) -> MergeOutcome:
    return MergeOutcome(path.name, status, store_code=head.store_code,
                        device_id=head.device_id, seq_from=head.seq_from, seq_to=head.seq_to,
                        rows=rows, new_rows=new_rows)


def _head(manifest: ReportManifest, reader: ReportReader, path: Path) -> ReportHead:
    return ReportHead(
        report_id=reader.manifest_sha256, device_id=manifest.device_id,
        store_code=manifest.store_code, store_name=manifest.store_name,
        time_zone=manifest.time_zone, key_id=reader.key.key_id,
        first_seq=manifest.device_first_seq, seq_from=manifest.seq_from,
        seq_to=manifest.seq_to, period_from=manifest.period_from,
        period_to=manifest.period_to,
        created_at=manifest.created_at.astimezone(UTC).replace(tzinfo=None),
        reexport=manifest.reexport, app_version=manifest.app_version, file_name=path.name)
