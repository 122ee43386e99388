"""Which automatic daily backups to keep (the rule borg's ``prune`` made familiar): the newest
backup of each of the last ``daily`` days that have one, then the newest backup of each of the
``weekly`` ISO weeks before those — a problem noticed a month later still finds a copy from
before it. A backup kept by the daily rule does not count towards the weekly one."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeVar

K = TypeVar("K", bound=Hashable)

DEFAULT_DAILY = 7
DEFAULT_WEEKLY = 4
# why a backup was made (the end of its file name)
REASONS = ("daily", "import", "migrate", "manual", "restore")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    reason: str  # one of REASONS (an unknown word from a newer version is shown as it is)
    size: int  # bytes
    at: datetime | None = None  # when it was made (UTC), from its name


@dataclass(frozen=True)
class BackupSummary:
    """What is inside a backup file, read without changing it."""

    revision: str | None
    customers: int
    purchases: int
    interactions: int
    advisors: int


def _rule(newest_first: list[tuple[K, datetime]], period: Callable[[datetime], object], n: int,
          keep: set[K]) -> None:
    kept, last = 0, None
    for key, at in newest_first:
        if kept >= n:
            return
        current = period(at)
        if current == last:
            continue  # an older backup of a period already seen
        last = current
        if key not in keep:
            keep.add(key)
            kept += 1


def daily_to_keep(backups: Iterable[tuple[K, datetime]], *, daily: int = DEFAULT_DAILY,
                  weekly: int = DEFAULT_WEEKLY) -> set[K]:
    """The keys of the ``(key, local time)`` backups to keep; the others may be deleted."""
    newest_first = sorted(backups, key=lambda b: b[1], reverse=True)
    keep: set[K] = set()
    _rule(newest_first, lambda at: at.date(), daily, keep)
    _rule(newest_first, lambda at: at.isocalendar()[:2], weekly, keep)
    return keep


@dataclass(frozen=True)
class RestorePreview:
    """What restoring a backup would bring back, next to what the shop has now."""

    backup: BackupInfo
    contents: BackupSummary
    current_customers: int | None  # None: the current database cannot be read
