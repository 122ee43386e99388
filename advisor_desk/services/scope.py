"""Who may see which customers: the one scope rule (docs/privacy.md).

An advisor sees the customers linked to them (owner or shared, ``customer_advisors``) and the
customers nobody is linked to yet (an import without 添加人, a walk-in); a manager sees the
whole store, and so does a PC with no advisor chosen (a fresh shop) or the command line run
as the store. Every read of customers asks this rule — the list and its count, a profile,
Ctrl+P, the rows of a page, a copy personalised for a customer, Today, exports, the CLI —
and a write that names a customer checks it too. Out of scope reads as "no such customer"
(Ctrl+P only counts how many more match elsewhere). The SQL of the rule is
``store/segment_query`` (lists) and ``store/customer_view_repo.visible`` (one customer);
``tests/services/test_scope.py`` tries every entry point as one advisor for another's
customer.
"""

from __future__ import annotations

from advisor_desk.domain.errors import N_, NotFound
from advisor_desk.domain.people import AdvisorInfo
from advisor_desk.store import advisors_repo, customer_view_repo


def customer_scope(advisor: AdvisorInfo | None) -> int | None:
    """The advisor id whose customers (and the unassigned ones) ``advisor`` may see; None:
    the whole store."""
    return None if advisor is None or advisor.is_manager else advisor.id


def scope_of_id(session, advisor_id: int | None) -> int | None:
    """``customer_scope`` for callers that know only the acting advisor's id (writes and
    copies); None (the store) when no advisor acts."""
    if advisor_id is None:
        return None
    return customer_scope(advisors_repo.get(session, advisor_id))


def require_visible(session, customer_id: int, scope: int | None) -> None:
    """NotFound unless the customer exists and ``scope`` may see them."""
    if not customer_view_repo.visible(session, customer_id, scope):
        raise NotFound(N_("This customer no longer exists."))
