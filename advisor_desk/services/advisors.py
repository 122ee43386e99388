"""Advisors (shop staff profiles)."""

from __future__ import annotations

from advisor_desk.domain.changes import Changes
from advisor_desk.domain.errors import N_, InvalidInput, NotFound
from advisor_desk.domain.people import AdvisorInfo
from advisor_desk.domain.vocabulary import ADVISOR_ROLES
from advisor_desk.services.context import ServiceContext
from advisor_desk.store import advisors_repo


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

    def add(self, name: str, role: str = "advisor") -> tuple[AdvisorInfo, Changes]:
        name = name.strip()
        if not name or len(name) > 60:
            raise InvalidInput(N_("An advisor needs a name of 1 to 60 characters."))
        if role not in ADVISOR_ROLES:
            raise InvalidInput(N_("Unknown role {role}."), role=role)
        with self._ctx.db.write() as s:
            if advisors_repo.find_by_name(s, name) is not None:
                raise InvalidInput(N_("An advisor named {name} already exists."), name=name)
            info = advisors_repo.add(s, name=name, store_code=self._ctx.store_code, role=role,
                                     now=self._ctx.clock.now())
        return info, Changes(advisors=True)
