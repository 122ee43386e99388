"""The privacy log (store managers only): reveals, exports, erasures, PIN and role changes,
restores — filtered in the window, exported to XLSX."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path

from advisor_desk.domain import privacy
from advisor_desk.domain.errors import N_, InvalidInput, NotAllowed
from advisor_desk.domain.people import AdvisorSession
from advisor_desk.domain.privacy import PrivacyFilter, PrivacyLogEntry, PrivacyPage
from advisor_desk.exchange.table_sheet import write_xlsx
from advisor_desk.services import sessions
from advisor_desk.services.context import ServiceContext
from advisor_desk.store import privacy_repo

Render = Callable[[PrivacyLogEntry], Sequence[object]]


class PrivacyService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def _require_manager(self, session: AdvisorSession | None) -> None:
        """The privacy log is the store manager's: an unlocked manager session."""
        with self._ctx.db.read() as s:
            if not sessions.manager_allowed(self._ctx.sessions, s, session):
                raise NotAllowed(N_("Only a store manager can see the privacy log."))

    def _instant(self, day: date | None) -> datetime | None:
        if day is None:
            return None
        return datetime.combine(day, time(0), tzinfo=self._ctx.clock.tz)

    def _query(self, flt: PrivacyFilter, limit: int | None):
        unknown = set(flt.actions) - set(privacy.ACTIONS)
        if unknown:
            raise InvalidInput(N_("Unknown privacy log entry {kind}."), kind=sorted(unknown)[0])
        if flt.since and flt.until and flt.until < flt.since:
            raise InvalidInput(N_("The end date is before the start date."))
        end = self._instant(flt.until + timedelta(days=1)) if flt.until else None
        with self._ctx.db.read() as s:
            return privacy_repo.query(s, actions=flt.actions, actor_id=flt.actor_id,
                                      start=self._instant(flt.since), end=end, limit=limit)

    def log(self, flt: PrivacyFilter | None = None, *, session: AdvisorSession | None,
            limit: int = privacy.SHOW_LIMIT) -> PrivacyPage:
        """The newest ``limit`` entries matching ``flt`` and how many match in all."""
        self._require_manager(session)
        entries, total = self._query(flt or PrivacyFilter(), limit)
        return PrivacyPage(tuple(entries), total)

    def export(self, path: Path, flt: PrivacyFilter, *, session: AdvisorSession | None,
               headers: Sequence[str], render: Render, title: str = "隐私日志") -> int:
        """Every entry matching ``flt`` to an XLSX file, one row per entry as ``render``
        writes it (the window passes its own language); the export is logged too."""
        self._require_manager(session)
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            raise InvalidInput(N_("Export to a .xlsx file."))
        if not path.parent.is_dir():
            raise InvalidInput(N_("The folder {folder} does not exist."), folder=str(path.parent))
        entries, _ = self._query(flt, None)
        # an OSError (read-only folder, full disk) gets its sentence from the front end
        write_xlsx(path, title, headers, (render(e) for e in entries),
                   widths=(18, 12, 20, 16, 14, 12, 48))
        with self._ctx.db.write() as s:
            privacy_repo.record(s, at=self._ctx.clock.now(),
                                actor_id=self._ctx.sessions.advisor_id(session),
                                action=privacy.LOG_EXPORT, detail={"rows": len(entries)})
        return len(entries)
