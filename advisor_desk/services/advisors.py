"""Advisors (shop staff profiles) and their sessions: ``unlock`` checks the PIN and issues the
``AdvisorSession`` that manager-only operations ask for (services/sessions.py)."""

from __future__ import annotations

from advisor_desk.domain import pins, privacy
from advisor_desk.domain.changes import Changes
from advisor_desk.domain.errors import N_, InvalidInput, NotAllowed, NotFound, PinLockedOut
from advisor_desk.domain.lockout import FREE_TRIES, LockoutState
from advisor_desk.domain.people import AdvisorInfo, AdvisorSession
from advisor_desk.domain.vocabulary import ADVISOR_ROLES
from advisor_desk.services import sessions
from advisor_desk.services.context import ServiceContext
from advisor_desk.store import advisors_repo, privacy_repo


class AdvisorService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def list(self) -> list[AdvisorInfo]:
        with self._ctx.db.read() as s:
            return advisors_repo.list_active(s)

    def get(self, advisor_id: int) -> AdvisorInfo:
        with self._ctx.db.read() as s:
            found = advisors_repo.get(s, advisor_id)
        if found is None:
            raise NotFound(N_("This advisor profile does not exist."))
        return found

    def find(self, name: str) -> AdvisorInfo:
        with self._ctx.db.read() as s:
            found = advisors_repo.find_by_name(s, name)
        if found is None:
            raise NotFound(N_("No advisor named {name}."), name=name)
        return found

    # ------------------------------------------------------------------ sessions
    def unlock(self, advisor_id: int, pin: str | None = None) -> AdvisorSession:
        """Prove who is at the counter: the PIN is checked when the profile has one (with the
        lockout: ``check_pin``). The session is what manager-only operations ask for."""
        with self._ctx.db.read() as s:
            advisor = advisors_repo.get(s, advisor_id)
        if advisor is None or not advisor.active:
            raise NotFound(N_("This advisor profile does not exist."))
        if not self.check_pin(advisor_id, pin or ""):  # PinLockedOut during a lockout's wait
            raise NotAllowed(N_("Wrong PIN for {name}; nothing was done."), name=advisor.name)
        return self._ctx.sessions.issue(advisor, self._ctx.clock.now())

    def lock(self, session: AdvisorSession | None) -> None:
        """End a session (another advisor took the counter; issue 19's auto-lock)."""
        self._ctx.sessions.revoke(session)

    def is_unlocked(self, session: AdvisorSession | None) -> bool:
        return self._ctx.sessions.advisor_id(session) is not None

    def managers(self) -> list[AdvisorInfo]:
        """The active managers (who a manager-only command can be run as)."""
        return [a for a in self.list() if a.is_manager]

    def _actor(self, session: AdvisorSession | None) -> int | None:
        """Who did it, for the privacy log (None: nobody unlocked, e.g. a new shop)."""
        return self._ctx.sessions.advisor_id(session)

    def _require_manager(self, s, session: AdvisorSession | None) -> None:
        if not sessions.manager_allowed(self._ctx.sessions, s, session):
            raise NotAllowed(N_("Only a store manager can change advisor profiles."))

    # ------------------------------------------------------------------ profiles
    def add(self, name: str, role: str = "advisor", *,
            session: AdvisorSession | None = None) -> tuple[AdvisorInfo, Changes]:
        """Add a profile: a manager's session once the store has a manager; the very first
        profile of a new store is its manager."""
        name = name.strip()
        if not name or len(name) > 60:
            raise InvalidInput(N_("An advisor needs a name of 1 to 60 characters."))
        if role not in ADVISOR_ROLES:
            raise InvalidInput(N_("Unknown role {role}."), role=role)
        with self._ctx.db.write() as s:
            if not advisors_repo.list_active(s):
                role = "manager"
            else:
                self._require_manager(s, session)
            if advisors_repo.find_by_name(s, name) is not None:
                raise InvalidInput(N_("An advisor named {name} already exists."), name=name)
            now = self._ctx.clock.now()
            info = advisors_repo.add(s, name=name, store_code=self._ctx.store_code, role=role,
                                     now=now)
            privacy_repo.record(s, at=now, actor_id=self._actor(session),
                                action=privacy.ADVISOR_ADDED, subject_id=info.id,
                                detail={"role": role})
        return info, Changes(advisors=True)

    # ------------------------------------------------------------------ managing profiles
    def list_all(self) -> list[AdvisorInfo]:
        """Active and inactive profiles (the settings page)."""
        with self._ctx.db.read() as s:
            return advisors_repo.list_all(s)

    def set_role(self, advisor_id: int, role: str, *,
                 session: AdvisorSession | None) -> Changes:
        if role not in ADVISOR_ROLES:
            raise InvalidInput(N_("Unknown role {role}."), role=role)
        with self._ctx.db.write() as s:
            self._require_manager(s, session)
            advisors_repo.update(s, advisor_id, role=role)
            if advisors_repo.active_managers(s) == 0:
                raise InvalidInput(N_("The store needs at least one active manager."))
            privacy_repo.record(s, at=self._ctx.clock.now(), actor_id=self._actor(session),
                                action=privacy.ROLE, subject_id=advisor_id,
                                detail={"role": role})
        return Changes(advisors=True)

    def set_active(self, advisor_id: int, active: bool, *,
                   session: AdvisorSession | None) -> Changes:
        """A departed advisor is deactivated, never deleted: their history stays."""
        with self._ctx.db.write() as s:
            self._require_manager(s, session)
            advisors_repo.update(s, advisor_id, active=active)
            if advisors_repo.active_managers(s) == 0:
                raise InvalidInput(N_("The store needs at least one active manager."))
            privacy_repo.record(s, at=self._ctx.clock.now(), actor_id=self._actor(session),
                                action=privacy.ADVISOR_ACTIVE, subject_id=advisor_id,
                                detail={"active": active})
        return Changes(advisors=True)

    def set_pin(self, advisor_id: int, pin: str | None, *,
                session: AdvisorSession | None) -> Changes:
        """Set (or with None, clear) a profile's PIN: the advisor for themselves (unlocked),
        or a manager (which is how a forgotten or locked-out PIN is reset). Any lockout ends;
        logged."""
        if pin is not None and not pins.valid_pin(pin):
            raise InvalidInput(N_("A PIN is 4 to 8 digits."))
        with self._ctx.db.write() as s:
            own = self._ctx.sessions.advisor_id(session) == advisor_id
            if not own and not sessions.manager_allowed(self._ctx.sessions, s, session):
                raise NotAllowed(N_("Only the advisor or a store manager can change this "
                                    "PIN."))
            advisors_repo.update(s, advisor_id, pin_hash=pins.hash_pin(pin) if pin else None,
                                 pin_failures=0, pin_locked_until=None)
            privacy_repo.record(s, at=self._ctx.clock.now(), actor_id=self._actor(session),
                                action=privacy.PIN_SET if pin else privacy.PIN_CLEARED,
                                subject_id=advisor_id)
        return Changes(advisors=True)

    def check_pin(self, advisor_id: int, pin: str) -> bool:
        """True when the profile has no PIN or ``pin`` is right. After ``FREE_TRIES`` wrong
        PINs in a row each wrong one earns a wait (kept in the database); during a wait no PIN
        is even looked at: ``PinLockedOut`` says how long is left."""
        now = self._ctx.clock.now()
        with self._ctx.db.read() as s:
            stored = advisors_repo.pin_hash(s, advisor_id)
            state = advisors_repo.lockout(s, advisor_id)
        if stored is None:
            return True
        _refuse_while_locked(state, now)
        if pins.verify_pin(pin, stored):
            if state.failures:
                with self._ctx.db.write() as s:
                    advisors_repo.set_lockout(s, advisor_id, LockoutState(0, None))
            return True
        with self._ctx.db.write() as s:
            state = advisors_repo.lockout(s, advisor_id).after_failure(now)
            advisors_repo.set_lockout(s, advisor_id, state)
            if state.locked_until is not None:
                privacy_repo.record(s, at=now, actor_id=None, action=privacy.PIN_LOCKED,
                                    subject_id=advisor_id,
                                    detail={"failures": state.failures,
                                            "seconds": state.seconds_left(now)})
        _refuse_while_locked(state, now)
        return False

    def pin_tries_left(self, advisor_id: int) -> int:
        """Wrong PINs still allowed before the first wait (0: every wrong one waits)."""
        with self._ctx.db.read() as s:
            state = advisors_repo.lockout(s, advisor_id)
        return max(0, FREE_TRIES - 1 - state.failures)

    def pin_wait(self, advisor_id: int) -> int:
        """Seconds until this profile may try a PIN again (0: now)."""
        with self._ctx.db.read() as s:
            state = advisors_repo.lockout(s, advisor_id)
        return state.seconds_left(self._ctx.clock.now())


def _refuse_while_locked(state: LockoutState, now) -> None:
    seconds = state.seconds_left(now)
    if not seconds:
        return
    if seconds <= 90:
        raise PinLockedOut(N_("Too many wrong PINs. Try again in {seconds} seconds."),
                           seconds=seconds)
    raise PinLockedOut(N_("Too many wrong PINs. Try again in {minutes} minutes."),
                       seconds=seconds, minutes=(seconds + 59) // 60)
