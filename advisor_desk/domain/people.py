"""Value types for advisors and customers as pages see them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from advisor_desk.domain.masking import mask_phone


@dataclass(frozen=True)
class AdvisorInfo:
    id: int
    name: str
    store_code: str
    role: str
    active: bool = True
    has_pin: bool = False

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"


@dataclass(frozen=True)
class AdvisorSession:
    """An advisor who proved who they are on this PC (their PIN, when the profile has one).
    Issued by ``AdvisorService.unlock``; services check it is one they issued and that it was
    not locked (services/sessions.py)."""

    advisor: AdvisorInfo
    token: str = field(repr=False)

    @property
    def advisor_id(self) -> int:
        return self.advisor.id


@dataclass(frozen=True)
class CustomerCard:
    """The few fields the toolbar, pickers and copy personalisation need."""

    id: int
    name: str
    remark_name: str
    salutation: str
    phone: str | None
    stage_key: str | None
    vip_level: str | None
    member_class: str | None

    @property
    def display_name(self) -> str:
        return self.remark_name or self.name or self.salutation

    @property
    def phone_masked(self) -> str:
        return mask_phone(self.phone)


@dataclass(frozen=True)
class CustomerPick:
    """A line of the Ctrl+P picker: who, and where they stand."""

    card: CustomerCard
    stage: str  # display name ("" when none)
    last_contact_days: int | None  # None: never contacted
    next_step_on: date | None  # the earliest open (or snoozed) SOP step


@dataclass(frozen=True)
class CustomerMatches:
    picks: tuple[CustomerPick, ...]
    outside: int  # matching customers outside the advisor's scope (not shown)
