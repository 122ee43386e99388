"""Who may see which customers: the one scope rule (ARCHITECTURE.md §11).

An advisor sees the customers linked to them (owner or shared, ``customer_advisors``); a
manager sees the whole store, and so does a PC with no advisor chosen (a fresh shop). Every
read of customers asks this function; issue 19 makes it the rule of every read (list,
profile, Ctrl+P, Today, exports, reports, CLI).
"""

from __future__ import annotations

from advisor_desk.domain.people import AdvisorInfo


def customer_scope(advisor: AdvisorInfo | None) -> int | None:
    """The advisor id whose customers ``advisor`` may see; None: the whole store."""
    return None if advisor is None or advisor.is_manager else advisor.id
