"""Store settings kept in the database (QSettings holds only window geometry)."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from advisor_desk.domain.backups import DEFAULT_DAILY, DEFAULT_WEEKLY
from advisor_desk.domain.changes import Changes
from advisor_desk.domain.errors import N_, InvalidInput, NotAllowed
from advisor_desk.domain.people import AdvisorSession
from advisor_desk.services import sessions
from advisor_desk.services.context import ServiceContext
from advisor_desk.store import settings_repo


@dataclass(frozen=True)
class StoreSettings:
    store_code: str = "STORE"
    store_name: str = ""
    time_zone: str = "Asia/Shanghai"
    grace_days: int = 7  # overdue SOP steps become "missed" after this many days
    contact_gap_days: int = 7  # warn when contacting someone sooner than this
    advisors_may_reveal_phone: bool = False
    demo: bool = False
    backup_keep_daily: int = DEFAULT_DAILY  # automatic daily backups: the last N days ...
    backup_keep_weekly: int = DEFAULT_WEEKLY  # ... and one a week for N weeks before those
    auto_lock_minutes: int = 5  # lock the window after so many idle minutes; 0: never


_INT = {"grace_days", "contact_gap_days", "backup_keep_daily", "backup_keep_weekly",
        "auto_lock_minutes"}
_BOOL = {"advisors_may_reveal_phone", "demo"}


def _parse(raw: dict[str, str]) -> StoreSettings:
    values = {}
    for f in fields(StoreSettings):
        if f.name not in raw:
            continue
        text = raw[f.name]
        values[f.name] = int(text) if f.name in _INT else (
            text == "1" if f.name in _BOOL else text)
    return StoreSettings(**values)


class SettingsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def get(self) -> StoreSettings:
        with self._ctx.db.read() as s:
            return _parse(settings_repo.get_all(s))

    def change(self, session: AdvisorSession | None, **changes: object) -> Changes:
        """A change made by a person (the window): store settings, the phone-reveal policy
        among them, belong to the store manager — an unlocked manager's session. (``update``
        is for setting a store up and for the demo.)"""
        with self._ctx.db.read() as s:
            if not sessions.manager_allowed(self._ctx.sessions, s, session):
                raise NotAllowed(N_("Only a store manager can change the store's settings."))
        if "store_code" in changes and not str(changes["store_code"]).strip():
            raise InvalidInput(N_("The store code cannot be empty."))
        return self.update(**changes)

    def update(self, **changes: object) -> Changes:
        current = self.get()
        try:
            updated = replace(current, **changes)
        except TypeError as exc:
            raise InvalidInput(N_("Unknown setting: {detail}."), detail=str(exc)) from None
        if updated.grace_days < 0 or updated.contact_gap_days < 0:
            raise InvalidInput(N_("Day counts cannot be negative."))
        if not (1 <= updated.backup_keep_daily <= 60 and 0 <= updated.backup_keep_weekly <= 52):
            raise InvalidInput(N_("Keep 1 to 60 daily backups and 0 to 52 weekly ones."))
        if not 0 <= updated.auto_lock_minutes <= 240:
            raise InvalidInput(N_("Lock after 0 to 240 idle minutes (0: never)."))
        with self._ctx.db.write() as s:
            for f in fields(StoreSettings):
                value = getattr(updated, f.name)
                if value != getattr(current, f.name):
                    text = ("1" if value else "0") if f.name in _BOOL else str(value)
                    settings_repo.put(s, f.name, text)
        if "store_code" in changes:
            self._ctx.store_code = updated.store_code
        return Changes(settings=True)
