"""Member classes A/B/C/D by purchases in the last 12 months (thresholds come from HQ)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

WINDOW = timedelta(days=365)


def member_class(purchases_12m: int, thresholds: Mapping[str, int]) -> str | None:
    """The best class whose minimum is met; None when no rule applies (no thresholds)."""
    best = None
    for cls, minimum in sorted(thresholds.items(), key=lambda kv: (kv[1], kv[0])):
        if purchases_12m >= minimum:
            best = cls
    return best


def purchases_in_window(instants: Iterable[datetime], now: datetime) -> int:
    start = now - WINDOW
    return sum(1 for at in instants if start < at <= now)
