"""The UI's shared state: the Desk, the current advisor and customer, and the one ``changed``
signal that tells pages what a write touched."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from advisor_desk.domain.errors import NotFound

if TYPE_CHECKING:
    from advisor_desk.domain.changes import Changes
    from advisor_desk.domain.people import AdvisorInfo, AdvisorSession, CustomerCard
    from advisor_desk.services.desk import Desk


class DeskState(QObject):
    ready = Signal()
    changed = Signal(object)  # Changes
    advisorChanged = Signal(object)  # AdvisorInfo | None
    customerChanged = Signal(object)  # CustomerCard | None
    customerOpenRequested = Signal(int)  # a page asks to show a customer's profile
    lockChanged = Signal(bool)  # the counter PC was locked (True) or unlocked (ui/lock.py)
    pageRequested = Signal(str)  # an empty state's next action: show another page (its key)
    firstRunRequested = Signal()  # a new shop: open the three-step welcome
    pageOpenRequested = Signal(str, str)  # show a page and open something there (key, what)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk: Desk | None = None
        self.advisor: AdvisorInfo | None = None
        self.session: AdvisorSession | None = None  # the advisor, unlocked (their PIN)
        self.customer: CustomerCard | None = None
        self.locked = False  # while locked nothing shows or copies customer data

    @property
    def desk(self) -> Desk:
        if self._desk is None:
            raise RuntimeError("the database is not open yet")
        return self._desk

    @property
    def is_ready(self) -> bool:
        return self._desk is not None

    @property
    def advisor_id(self) -> int | None:
        return self.advisor.id if self.advisor else None

    @property
    def customer_id(self) -> int | None:
        return self.customer.id if self.customer else None

    def attach(self, desk: Desk) -> None:
        self._desk = desk
        self.ready.emit()

    def apply(self, changes: Changes) -> None:
        """Announce a write's changes (and refresh the current customer if it changed)."""
        if changes.empty:
            return
        if self.customer is not None and changes.touches_customer(self.customer.id):
            try:
                self.set_customer(self.desk.customers.card(self.customer.id,
                                                           viewer=self.advisor))
            except NotFound:  # the customer was deleted; anything else is a bug and rises
                self.set_customer(None)
        self.changed.emit(changes)

    def set_locked(self, locked: bool) -> None:
        if locked != self.locked:
            self.locked = locked
            self.lockChanged.emit(locked)

    def set_advisor(self, advisor: AdvisorInfo | None,
                    session: AdvisorSession | None = None) -> None:
        """Who is at the counter, with the session AdvisorService.unlock gave them
        (manager-only operations pass it; without one they are refused)."""
        if session is not self.session:
            if self.session is not None and self.is_ready:
                self.desk.advisors.lock(self.session)
            self.session = session
        if advisor != self.advisor:
            self.advisor = advisor
            self.advisorChanged.emit(advisor)

    def open_customer(self, customer_id: int) -> None:
        """Make a customer current and ask the window to show their profile."""
        self.set_customer(self.desk.customers.card(customer_id, viewer=self.advisor))
        self.customerOpenRequested.emit(customer_id)

    def request_page(self, key: str, what: str = "") -> None:
        """Ask the window to show page ``key`` and open ``what`` there (its ``open_request``)."""
        self.pageRequested.emit(key)
        if what:
            self.pageOpenRequested.emit(key, what)

    def set_customer(self, customer: CustomerCard | None) -> None:
        if customer != self.customer:
            self.customer = customer
            self.customerChanged.emit(customer)
