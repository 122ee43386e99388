"""Exporting the customer list or a segment to XLSX or CSV (UTF-8 with a BOM).

Phones are masked (138****5678) unless a manager asks for full numbers; every export is
journaled (who, how many, whether phones were full). The file carries our customer number,
so importing an unchanged export finds every customer again and reports 0 new / 0 updated.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from advisor_desk.domain import privacy
from advisor_desk.domain.clock import local_day
from advisor_desk.domain.customer_import import FIELDS
from advisor_desk.domain.errors import N_, InvalidInput, NotAllowed
from advisor_desk.domain.masking import mask_phone
from advisor_desk.domain.people import AdvisorInfo, AdvisorSession
from advisor_desk.domain.segments import SegmentFilter
from advisor_desk.exchange.customer_sheets import write_sheet
from advisor_desk.services import data_folder, sessions
from advisor_desk.services.context import ServiceContext
from advisor_desk.services.scope import customer_scope
from advisor_desk.store import customer_export_repo, journal, privacy_repo, segment_query

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]
GENDER_TEXT = {"F": "女", "M": "男"}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    customers: int
    full_phones: bool


def _birthday(r: dict) -> str:
    if not (r["birth_month"] and r["birth_day"]):
        return ""
    if r["birth_year"]:
        return f"{r['birth_year']:04d}-{r['birth_month']:02d}-{r['birth_day']:02d}"
    return f"{r['birth_month']:02d}-{r['birth_day']:02d}"


class CustomerExportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def export(self, path: Path, flt: SegmentFilter | None = None, *,
               advisor: AdvisorInfo | None, full_phones: bool = False,
               session: AdvisorSession | None = None,
               progress: Progress | None = None) -> ExportResult:
        """Write the customers of ``flt`` (everyone when None) that ``advisor`` may see: a
        manager (or no advisor chosen: the CLI on the shop PC) the store, an advisor their
        own customers. Full phone numbers need an unlocked manager's ``session``."""
        path = Path(path)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            raise InvalidInput(N_("Export to a .xlsx or .csv file."))
        if full_phones:
            with self._ctx.db.read() as s:
                manager = sessions.manager_allowed(self._ctx.sessions, s, session) \
                    and session is not None
            if not manager:
                raise NotAllowed(N_("Only a store manager can export full phone numbers."))
        if not path.parent.is_dir():
            raise InvalidInput(N_("The folder {folder} does not exist."), folder=str(path.parent))
        report = progress or (lambda *_: None)
        ctx = self._ctx
        tz = ctx.clock.tz
        scope = customer_scope(advisor)  # the one rule: services/scope.py
        with ctx.db.read() as s:
            ids = segment_query.customer_ids(s, flt or SegmentFilter(), today=ctx.clock.today(),
                                             tz=tz, advisor_id=scope, order="added")
            rows: list[list[str]] = []
            for done, r in enumerate(customer_export_repo.rows(s, ids)):
                if done % 1000 == 0:
                    report(done, len(ids) + 1, "")
                rows.append(self._cells(r, full_phones))
        try:
            write_sheet(path, list(FIELDS), rows)
        except OSError as exc:  # read-only folder, disk full, a folder in the way
            problem = data_folder.explain(exc)
            if problem is None:
                raise
            raise problem from exc
        with ctx.db.write() as s:
            now, fmt = ctx.clock.now(), path.suffix.lower().lstrip(".")
            journal.record(s, kind="customers.exported", at=now,
                           device_id=ctx.device_id, advisor_id=advisor.id if advisor else None,
                           payload={"count": len(rows), "full_phones": full_phones,
                                    "format": fmt})
            privacy_repo.record(s, at=now, actor_id=advisor.id if advisor else None,
                                action=privacy.EXPORT,
                                detail={"rows": len(rows), "full_phones": full_phones,
                                        "format": fmt, "filtered": bool(flt and not flt.is_empty)})
        report(len(ids) + 1, len(ids) + 1, "")
        log.info("exported %s customers to %s (full phones: %s)", len(rows), path, full_phones)
        return ExportResult(path, len(rows), full_phones)

    def _cells(self, r: dict, full_phones: bool) -> list[str]:
        tz = self._ctx.clock.tz
        phone = r["phone"] or ""
        last = r["last_contact_at"]
        values = {
            "key": r["ulid"], "external_id": r["external_id"] or "", "name": r["name"],
            "remark_name": r["remark_name"], "salutation": r["salutation"],
            "phone": phone if full_phones else mask_phone(phone),
            "gender": GENDER_TEXT.get(r["gender"] or "", ""), "birthday": _birthday(r),
            "region": r["region"], "source_channel": r["source_channel"],
            "added_at": r["added_at"].astimezone(tz).strftime("%Y-%m-%d %H:%M"),
            "stage": r["stage"], "vip": r["vip"], "member_class": r["member_class"] or "",
            "tags": "；".join(f"{g}:{t}" for g, t in r["tags"]),
            "advisor": "、".join(r["advisors"]),
            "last_contact": local_day(last, tz).isoformat() if last else "",
            "notes": r["notes"],
        }
        return [values[f] for f in FIELDS]
