"""PIN lockout on a shared counter PC: after ``FREE_TRIES`` wrong PINs in a row, every further
wrong PIN earns a longer wait (30 s, 1 min, 5 min, 15 min, then 1 h each). The count and the
wait are kept in the database, so restarting the app resets nothing; the right PIN (or a
manager resetting the PIN) clears them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

FREE_TRIES = 5
WAITS: tuple[timedelta, ...] = (timedelta(seconds=30), timedelta(minutes=1),
                                timedelta(minutes=5), timedelta(minutes=15), timedelta(hours=1))


def wait_after(failures: int) -> timedelta | None:
    """The wait earned by the ``failures``-th wrong PIN in a row (None: no wait yet)."""
    if failures < FREE_TRIES:
        return None
    return WAITS[min(failures - FREE_TRIES, len(WAITS) - 1)]


@dataclass(frozen=True)
class LockoutState:
    failures: int
    locked_until: datetime | None

    def seconds_left(self, now: datetime) -> int:
        """Whole seconds until another try is allowed (0: now)."""
        if self.locked_until is None or self.locked_until <= now:
            return 0
        left = (self.locked_until - now).total_seconds()
        return max(1, int(left + 0.999))

    def after_failure(self, now: datetime) -> LockoutState:
        failures = self.failures + 1
        wait = wait_after(failures)
        return LockoutState(failures, now + wait if wait else None)
