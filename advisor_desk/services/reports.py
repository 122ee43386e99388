"""Shop side of activity reports: cut the journal after the last exported seq into a signed
``.adreport`` for HQ (docs/reports.md).

A report covers a complete journal range: every reported event with a seq in
``seq_from..seq_to`` is in it, so HQ can merge idempotently (device id + seq) and see gaps.
Customers leave only as salted hashes; no name, phone, remark, note or message text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from advisor_desk import __version__
from advisor_desk.domain.changes import Changes
from advisor_desk.domain.errors import N_, InvalidInput
from advisor_desk.domain.reports import (
    NO_SALT,
    ExportRecord,
    ExportResult,
    ReportPreview,
    customer_key,
    salt_id,
)
from advisor_desk.exchange import report_writer
from advisor_desk.exchange.report_format import STORE_CODE, SUFFIX
from advisor_desk.services.context import ServiceContext
from advisor_desk.services.device import DeviceService
from advisor_desk.store import report_repo, settings_repo

Progress = Callable[[int, int, str], None]
COUPON_CODES_SETTING = "report_coupon_codes"  # "1": reports carry issued coupon codes


@dataclass
class _Cut:
    preview: ReportPreview
    header: dict[str, Any]
    rows: dict[str, list[tuple]]


class ReportService:
    def __init__(self, ctx: ServiceContext, device: DeviceService) -> None:
        self._ctx = ctx
        self._device = device

    # ------------------------------------------------------------------ reading
    def preview(self, since: int | None = None, until: date | None = None) -> ReportPreview:
        """What ``export`` would write now (the same cut, nothing written)."""
        with self._ctx.db.read() as s:
            return self._cut(s, since, until).preview

    def history(self) -> list[ExportRecord]:
        with self._ctx.db.read() as s:
            return [ExportRecord(e.created_at, e.file_name, e.seq_from, e.seq_to,
                                 e.period_from, e.period_to, e.reexport, dict(e.rows))
                    for e in report_repo.exports(s)]

    def default_file_name(self) -> str:
        today = self._ctx.clock.today()
        return f"{self._ctx.store_code}-{today:%Y%m%d}{SUFFIX}"

    # ------------------------------------------------------------------ writing
    def export(self, out: Path, since: int | None = None, until: date | None = None, *,
               advisor_id: int | None = None, progress: Progress | None = None
               ) -> tuple[ExportResult, Changes]:
        """Write the report and record it in the export history (the file first: a failed
        write records nothing; a failed record leaves a report HQ may merge anyway)."""
        report = progress or (lambda *_: None)
        out = Path(out)
        if out.suffix.lower() != SUFFIX:
            out = out.with_name(out.name + SUFFIX)
        key = self._device.signing_key()
        report(0, 3, "read")
        with self._ctx.db.read() as s:
            cut = self._cut(s, since, until)
        report(1, 3, "write")
        written = report_writer.write_report(out, cut.header, cut.rows, key)
        report(2, 3, "record")
        p = cut.preview
        with self._ctx.db.write() as s:
            report_repo.record_export(
                s, created_at=cut.header["created_at"], device_id=self._ctx.device_id,
                seq_from=p.seq_from, seq_to=p.seq_to, period_from=p.period_from,
                period_to=p.period_to, reexport=p.reexport, file_name=out.name,
                rows=written.rows, manifest_sha256=written.manifest_sha256,
                advisor_id=advisor_id)
        report(3, 3, "")
        return (ExportResult(written.path, written.size, written.manifest_sha256, p),
                Changes(settings=True))

    # ------------------------------------------------------------------ the cut
    def _cut(self, s, since: int | None, until: date | None) -> _Cut:
        ctx = self._ctx
        tz = ctx.clock.tz
        settings = settings_repo.get_all(s)
        store_code = settings.get("store_code") or ctx.store_code
        if not re.match(STORE_CODE, store_code):
            raise InvalidInput(N_("The store code {code} cannot go into a report: use letters, "
                                  "digits, - or _ (at most 20), in Settings."), code=store_code)
        first_seq = int(settings.get("device_first_seq") or 1)
        last = report_repo.last_exported_seq(s, ctx.device_id)
        if since is not None and since < 0:
            raise InvalidInput(N_("--since takes a journal sequence number (0 or more)."))
        start = max(first_seq, (last if since is None else since) + 1)
        today = ctx.clock.today()
        if until is not None and until > today:
            raise InvalidInput(N_("The report cannot end after today ({today})."),
                               today=today.isoformat())
        end_day = until or today
        end = datetime.combine(end_day + timedelta(days=1), time(), tz)
        seq_to = report_repo.last_seq_before(s, end)
        if seq_to < start - 1:  # --since beyond what is there
            seq_to = start - 1
        salt = report_repo.report_salt(s) or NO_SALT
        codes = settings.get(COUPON_CODES_SETTING) == "1"
        rows = _rows(s, start, seq_to, salt, tz, codes)
        days = [r[2] for kind in rows.values() for r in kind if len(r) > 2
                and isinstance(r[0], int)]
        period_from = date.fromisoformat(min(days)) if days else end_day
        period_from = min(period_from, end_day)
        rows["advisors"] = report_repo.advisors(s)
        rows["catalog"] = report_repo.catalog(s)
        rows["progress"] = report_repo.progress(s, period_from, end_day)
        rows["counts"] = report_repo.customer_counts(s)
        preview = ReportPreview(start, seq_to, period_from, end_day,
                                {k: len(v) for k, v in rows.items()}, start <= last,
                                last, salt != NO_SALT)
        header = {"store_code": store_code, "store_name": settings.get("store_name", ""),
                  "device_id": ctx.device_id, "device_first_seq": first_seq,
                  "seq_from": start, "seq_to": seq_to,
                  "period_from": period_from.isoformat(), "period_to": end_day.isoformat(),
                  "time_zone": getattr(tz, "key", "UTC"), "app_version": __version__,
                  "created_at": ctx.clock.now().astimezone(UTC).replace(microsecond=0),
                  "reexport": preview.reexport, "salt_id": salt_id(salt)}
        return _Cut(preview, header, rows)


def _rows(s, seq_from: int, seq_to: int, salt: str, tz, codes: bool
          ) -> dict[str, list[tuple]]:
    """The journal kinds' rows (see exchange/report_format.KINDS for the columns)."""
    out: dict[str, list[tuple]] = {k: [] for k in (
        "steps", "interactions", "usage", "coupons", "customers", "imports", "stages", "tags")}
    if seq_to < seq_from:
        return out
    step_info = report_repo.steps(s, seq_from, seq_to)
    advisors = report_repo.advisor_ulids(s)
    keys: dict[tuple[str, str | None], str] = {}
    days: dict[datetime, str] = {}

    def who(ulid: str | None, external: str | None) -> str | None:
        if ulid is None:
            return None
        k = (ulid, external)
        if k not in keys:
            keys[k] = customer_key(salt, ulid, external)
        return keys[k]

    for e in report_repo.journal(s, seq_from, seq_to):
        at = int(e.at.timestamp())
        day = days.get(e.at)
        if day is None:
            day = days[e.at] = e.at.astimezone(tz).date().isoformat()
        head = (e.seq, at, day, e.advisor)
        customer = who(e.customer_ulid, e.customer_external_id)
        p = e.payload
        kind = e.kind
        if kind in report_repo.STEP_KINDS:
            info = step_info.get(e.seq)
            if info is None or customer is None:
                continue  # the task is gone (a customer erased on request)
            due = str(p.get("due") or info.due.isoformat())
            outcome = kind.rsplit(".", 1)[1]
            on_time = (day <= due) if outcome == "done" else None
            out["steps"].append((e.seq, at, day, e.advisor or info.advisor, customer,
                                 info.task, info.playbook, info.version, info.step, due,
                                 outcome, on_time))
        elif kind == "interaction.logged" and customer is not None:
            out["interactions"].append((*head, customer, str(p.get("kind", "other"))[:40]))
        elif kind == "item.used":
            out["usage"].append((*head, customer, str(p.get("kind", ""))[:40],
                                 str(p.get("uid", "?"))[:120], str(p.get("action", ""))[:40]))
        elif kind == "coupon.issued":
            code = str(p.get("code"))[:40] if codes and p.get("code") else None
            out["coupons"].append((*head, customer, str(p.get("coupon", "?"))[:120], code))
        elif kind == "customer.added" and customer is not None:
            out["customers"].append((*head, customer, str(p.get("source", ""))[:400]))
        elif kind == "customers.imported":
            owners = {("" if k == "none" else advisors.get(int(k), "")): int(n)
                      for k, n in (p.get("new_by_owner") or {}).items()
                      if k == "none" or k.isdigit()}
            out["imports"].append((*head, int(p.get("new", 0)), int(p.get("updated", 0)),
                                   int(p.get("tags_added", 0)), owners))
        elif kind == "stage.changed" and customer is not None and p.get("to"):
            out["stages"].append((*head, customer, p.get("from"), str(p["to"])))
        elif kind == "tag.added" and customer is not None and p.get("tag"):
            out["tags"].append((*head, customer, str(p["tag"])[:120],
                                str(p.get("source", ""))[:40]))
    return out
