"""Who is at the counter, proven (docs/privacy.md): manager-only operations are authorised
here, in services, not in the window, so the CLI cannot bypass them.

``AdvisorService.unlock(advisor_id, pin)`` checks the PIN (when the profile has one) and
issues an ``AdvisorSession``; services that change manager-only things (settings and the
phone-reveal policy, advisor profiles, trusted keys, full-phone exports, restore) take that
session and call ``require_manager``. A session is a token this process issued and has not
locked: a value made up by a caller, or one that was locked, is refused; the advisor is read
again on every check, so a manager demoted or deactivated meanwhile is refused too.

A store with no active manager yet (a new shop being set up) has nobody to ask: there the
manager-only operations are open, and the first profile added becomes its manager.

Issue 19 builds on this: the auto-lock ends the session (``AdvisorService.lock``) and unlocking
issues a new one; ``unlock`` checks the PIN through ``check_pin``, whose lockout is kept in the
database (docs/privacy.md); erasure, the privacy log, restore and re-adding an erased customer
ask for a manager's session here too.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass
from datetime import datetime

from advisor_desk.domain.people import AdvisorInfo, AdvisorSession
from advisor_desk.store import advisors_repo


@dataclass
class _Open:
    advisor_id: int
    unlocked_at: datetime


class SessionRegistry:
    """The sessions this process issued (one per ServiceContext; thread-safe: the window's
    writer thread checks what the GUI thread issued)."""

    def __init__(self) -> None:
        self._open: dict[str, _Open] = {}
        self._lock = threading.Lock()

    def issue(self, advisor: AdvisorInfo, now: datetime) -> AdvisorSession:
        token = secrets.token_hex(16)
        with self._lock:
            self._open[token] = _Open(advisor.id, now)
        return AdvisorSession(advisor, token)

    def revoke(self, session: AdvisorSession | None) -> None:
        if session is not None:
            with self._lock:
                self._open.pop(session.token, None)

    def advisor_id(self, session: AdvisorSession | None) -> int | None:
        """The advisor of a session this registry issued and nobody locked, else None."""
        if session is None:
            return None
        with self._lock:
            found = self._open.get(session.token)
        return found.advisor_id if found and found.advisor_id == session.advisor.id else None


def current(session_advisor_id: int | None, s) -> AdvisorInfo | None:
    """The session's advisor as stored now (None: no valid session, or gone)."""
    if session_advisor_id is None:
        return None
    advisor = advisors_repo.get(s, session_advisor_id)
    return advisor if advisor is not None and advisor.active else None


def manager_allowed(registry: SessionRegistry, s, session: AdvisorSession | None) -> bool:
    """Whether ``session`` is an unlocked session of an active manager — or the store has no
    active manager yet. ``s``: an open session of the database. Callers raise ``NotAllowed``
    with their own sentence::

        if not sessions.manager_allowed(ctx.sessions, s, session):
            raise NotAllowed(N_("Only a store manager can change the trusted keys."))
    """
    advisor = current(registry.advisor_id(session), s)
    if advisor is not None and advisor.is_manager:
        return True
    return advisors_repo.active_managers(s) == 0
