"""Playbook triggers (docs/sop.md): what starts a run of a playbook for a customer.

Grammar: ``added`` | ``purchase`` | ``stage_entered:<stage key>`` | ``tag_added:<tag uid>`` |
``birthday`` or ``birthday:<days before>`` | ``dormant:<days>`` | ``date:<YYYY-MM-DD>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

EVENT_KINDS = ("added", "purchase", "stage_entered", "tag_added")
DATE_KINDS = ("birthday", "dormant", "date")
_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")


@dataclass(frozen=True)
class Trigger:
    kind: str
    arg: str | None = None

    @property
    def is_date_based(self) -> bool:
        """Evaluated by the daily sweep rather than when an event is recorded."""
        return self.kind in DATE_KINDS

    @property
    def days(self) -> int:
        """The day count of ``birthday:N`` (0 if absent) and ``dormant:N``."""
        return int(self.arg) if self.arg else 0

    @property
    def on_date(self) -> date:
        if self.kind != "date" or self.arg is None:
            raise ValueError("only a date trigger has a date")
        return date.fromisoformat(self.arg)

    @property
    def key(self) -> tuple[str, str | None]:
        """(kind, arg): what the SOP engine groups ~200,000 imported events by."""
        return (self.kind, self.arg)

    def __str__(self) -> str:
        return self.kind if self.arg is None else f"{self.kind}:{self.arg}"


def parse_trigger(text: str) -> Trigger:
    """Parse a trigger string; raises ValueError with a readable reason."""
    kind, sep, arg = text.strip().partition(":")
    arg = arg.strip()
    if kind in ("added", "purchase"):
        if sep:
            raise ValueError(f"trigger {kind!r} takes no argument")
        return Trigger(kind)
    if kind in ("stage_entered", "tag_added"):
        if not _KEY.match(arg):
            raise ValueError(f"trigger {kind!r} needs a key, e.g. {kind}:vip")
        return Trigger(kind, arg)
    if kind == "birthday":
        if not sep:
            return Trigger(kind)
        if not arg.isdigit() or int(arg) > 60:
            raise ValueError("birthday:N needs N days before the birthday (0-60)")
        return Trigger(kind, str(int(arg)))
    if kind == "dormant":
        if not arg.isdigit() or int(arg) < 1:
            raise ValueError("dormant:N needs a number of days, e.g. dormant:730")
        return Trigger(kind, str(int(arg)))
    if kind == "date":
        try:
            date.fromisoformat(arg)
        except ValueError:
            raise ValueError("date:YYYY-MM-DD needs a valid date") from None
        return Trigger(kind, arg)
    raise ValueError(f"unknown trigger {text!r}")
