"""One injected clock: instants in UTC, calendar days in the store's time zone."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo

DEFAULT_TIME_ZONE = "Asia/Shanghai"


class Clock(Protocol):
    tz: tzinfo

    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...

    def today(self) -> date:
        """Today's date in the store's time zone."""
        ...


@dataclass
class SystemClock:
    tz: tzinfo = field(default_factory=lambda: ZoneInfo(DEFAULT_TIME_ZONE))

    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return datetime.now(self.tz).date()


@dataclass
class FixedClock:
    """A clock for tests and deterministic demo data; ``advance`` moves it forward."""

    instant: datetime
    tz: tzinfo = field(default_factory=lambda: ZoneInfo(DEFAULT_TIME_ZONE))

    def __post_init__(self) -> None:
        if self.instant.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self.instant = self.instant.astimezone(UTC)

    @classmethod
    def at_local(cls, day: date, hour: int = 9, tz: str = DEFAULT_TIME_ZONE) -> FixedClock:
        zone = ZoneInfo(tz)
        return cls(datetime(day.year, day.month, day.day, hour, tzinfo=zone), zone)

    def now(self) -> datetime:
        return self.instant

    def today(self) -> date:
        return self.instant.astimezone(self.tz).date()

    def advance(self, **kwargs: float) -> None:
        self.instant += timedelta(**kwargs)


def local_day(instant: datetime, tz: tzinfo) -> date:
    """The calendar day of an instant in the given zone (naive instants are taken as UTC)."""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    return instant.astimezone(tz).date()
