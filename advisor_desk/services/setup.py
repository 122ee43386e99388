"""First run: a new shop names its store and its first profile (the manager) in one write.

The welcome dialog and ``advisor-desk setup`` both come here. A field error names the field
(``params["field"]``) so a dialog can mark the box the sentence is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from advisor_desk.domain import pins
from advisor_desk.domain.changes import Changes
from advisor_desk.domain.errors import N_, InvalidInput
from advisor_desk.domain.people import AdvisorInfo
from advisor_desk.services.context import ServiceContext
from advisor_desk.store import advisors_repo, customers_repo, settings_repo

STORE_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,19}")


@dataclass(frozen=True)
class NewStore:
    store_name: str
    store_code: str
    manager: str
    pin: str | None = None


def check_store(name: str, code: str) -> tuple[str, str]:
    """The store's name and code, cleaned, or an ``InvalidInput`` naming the field."""
    name, code = name.strip(), code.strip()
    if not name or len(name) > 60:
        raise InvalidInput(N_("Give the store a name of 1 to 60 characters, "
                              "e.g. 沁研 静安嘉里中心专柜."), field="store_name")
    if not STORE_CODE.fullmatch(code):
        raise InvalidInput(N_("The store code is the code HQ gave your counter: letters and "
                              "digits, up to 20, e.g. SH001."), field="store_code")
    return name, code.upper()


def check_manager(manager: str, pin: str | None) -> tuple[str, str | None]:
    """The first profile's name and optional PIN, cleaned, or an ``InvalidInput``."""
    manager = manager.strip()
    if not manager or len(manager) > 60:
        raise InvalidInput(N_("Type your name (1 to 60 characters): it becomes the store "
                              "manager's profile."), field="manager")
    pin = pin or None
    if pin is not None and not pins.valid_pin(pin):
        raise InvalidInput(N_("A PIN is 4 to 8 digits."), field="pin")
    return manager, pin


def check(new: NewStore) -> NewStore:
    """The cleaned values, or the first problem as an ``InvalidInput`` naming its field."""
    return NewStore(*check_store(new.store_name, new.store_code),
                    *check_manager(new.manager, new.pin))


class SetupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def is_new(self) -> bool:
        """Nobody works here yet: no advisor profile (the welcome dialog shows)."""
        with self._ctx.db.read() as s:
            return not advisors_repo.list_all(s)

    def start(self, new: NewStore) -> tuple[AdvisorInfo, Changes]:
        """Store name and code, and the first profile as manager, in one transaction."""
        new = check(new)
        with self._ctx.db.write() as s:
            if advisors_repo.list_all(s) or customers_repo.count(s):
                raise InvalidInput(N_("This data folder is already in use by a store; "
                                      "change its name and code in Settings."))
            settings_repo.put(s, "store_name", new.store_name)
            settings_repo.put(s, "store_code", new.store_code)
            manager = advisors_repo.add(s, name=new.manager, store_code=new.store_code,
                                        role="manager", now=self._ctx.clock.now())
            if new.pin:
                manager = advisors_repo.update(s, manager.id, pin_hash=pins.hash_pin(new.pin))
        self._ctx.store_code = new.store_code
        return manager, Changes(settings=True, advisors=True)

    def check_store(self, name: str, code: str) -> tuple[str, str]:
        return check_store(name, code)

    def check_manager(self, manager: str, pin: str | None) -> tuple[str, str | None]:
        return check_manager(manager, pin)
