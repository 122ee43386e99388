"""Customers as the shell needs them now: the current customer and a quick picker."""

from __future__ import annotations

from advisor_desk.domain.errors import N_, NotFound
from advisor_desk.domain.people import CustomerCard
from advisor_desk.services.context import ServiceContext
from advisor_desk.store import customers_repo


class CustomerService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def card(self, customer_id: int) -> CustomerCard:
        with self._ctx.db.read() as s:
            found = customers_repo.get_card(s, customer_id)
        if found is None:
            raise NotFound(N_("This customer no longer exists."))
        return found

    def find(self, text: str, *, advisor_id: int | None = None, limit: int = 50
             ) -> list[CustomerCard]:
        with self._ctx.db.read() as s:
            return customers_repo.find_cards(s, text, advisor_id=advisor_id, limit=limit)

    def count(self) -> int:
        with self._ctx.db.read() as s:
            return customers_repo.count(s)
