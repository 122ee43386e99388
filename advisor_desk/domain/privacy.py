"""The privacy log's vocabulary and value types (docs/privacy.md): who revealed which
phone, exported what, erased whom, changed PINs or roles, restored a backup."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

REVEAL = "phone.revealed"
EXPORT = "customers.exported"
ERASE = "customer.erased"
READD = "customer.readded"  # a manager re-added a customer erased on request
PIN_SET = "pin.set"
PIN_CLEARED = "pin.cleared"
PIN_LOCKED = "pin.locked"  # too many wrong PINs: the profile waits
ROLE = "role.changed"
ADVISOR_ADDED = "advisor.added"
ADVISOR_ACTIVE = "advisor.active"  # deactivated or reactivated (detail: active)
RESTORE = "backup.restored"
LOG_EXPORT = "privacy_log.exported"

ACTIONS: tuple[str, ...] = (REVEAL, EXPORT, ERASE, READD, PIN_SET, PIN_CLEARED, PIN_LOCKED,
                            ROLE, ADVISOR_ADDED, ADVISOR_ACTIVE, RESTORE, LOG_EXPORT)
# the groups the log's filter offers
GROUPS: dict[str, tuple[str, ...]] = {
    "reveals": (REVEAL,),
    "exports": (EXPORT, LOG_EXPORT),
    "erasures": (ERASE, READD),
    "pins": (PIN_SET, PIN_CLEARED, PIN_LOCKED),
    "roles": (ROLE, ADVISOR_ADDED, ADVISOR_ACTIVE),
    "restores": (RESTORE,),
}
MAX_REASON = 200
SHOW_LIMIT = 2000  # the window shows the newest entries; the export writes them all


@dataclass(frozen=True)
class PrivacyFilter:
    actions: frozenset[str] = frozenset()  # empty: every action
    actor_id: int | None = None
    since: date | None = None  # local calendar days, inclusive
    until: date | None = None


@dataclass(frozen=True)
class PrivacyLogEntry:
    id: int
    at: datetime
    action: str
    actor: str  # the advisor who did it ("" for the command line or a start-up restore)
    customer_id: int | None
    customer: str  # the customer's name now ("" when erased or none)
    customer_erased: bool
    phone_masked: str
    subject: str  # the advisor whose PIN or role changed
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PrivacyPage:
    entries: tuple[PrivacyLogEntry, ...]
    total: int  # matching entries (may exceed the ones shown)
