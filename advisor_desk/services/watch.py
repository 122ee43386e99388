"""Noticing what other processes wrote (docs/architecture.md): a CLI import, a pack imported
from the command line. The window asks on focus and every few seconds, on its writer thread
(the connection that thread keeps to itself is the one whose ``data_version`` tells whether
*others* committed; its own commits do not count).

What changed is read from the journal (customers, tasks, coupons); what the journal does not
record (favourites, packs, trust, settings, advisors, the vocabulary) is compared with cheap
fingerprints (store/watch_repo.py), so only the areas another process really changed are
announced.
"""

from __future__ import annotations

from advisor_desk.domain.changes import Changes
from advisor_desk.services.context import ServiceContext
from advisor_desk.store import journal, watch_repo

LIMIT = 500  # more entries than this: many customers changed (an import)
_AREAS = {"settings": Changes(settings=True), "advisors": Changes(advisors=True),
          "packs": Changes(packs=True, library=True), "tags": Changes(tags=True),
          "library": Changes(library=True)}
_CUSTOMER_KINDS = ("customer.", "tag.", "stage.", "interaction.", "purchase.", "phone.")
_BROAD = {"customers.imported": Changes(all_customers=True, tags=True, tasks=True),
          "customer.added": Changes(all_customers=True, tasks=True),
          "customer.deleted": Changes(all_customers=True, tasks=True)}
_QUIET = ("customers.exported",)


def changes_of(entries: list[tuple[int, str, int | None]]) -> Changes:
    """What the pages must refresh for these journal entries (seq, kind, customer id)."""
    found = Changes()
    customers: set[int] = set()
    for _seq, kind, customer_id in entries:
        if kind in _BROAD:
            found |= _BROAD[kind]
        elif kind.startswith("sop."):
            found |= Changes(tasks=True)
        elif kind.startswith(("coupon.", "item.")):
            found |= Changes(library=True)
        elif not kind.startswith(_CUSTOMER_KINDS) and kind not in _QUIET:
            found |= Changes(tasks=True)  # another kind (training, reports…): Today at most
        if customer_id is not None and kind not in _QUIET:
            customers.add(customer_id)
    if customers:
        found |= Changes(customers=frozenset(customers), tasks=True)
    return found


class ChangeWatch:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._seq: int | None = None
        self._prints: dict[str, str] = {}

    def start(self) -> None:
        """Remember where the journal stands (call on the thread that will poll)."""
        with self._ctx.db.read() as s:
            self._seq = journal.last_seq(s)
            self._prints = watch_repo.fingerprints(s)
        self._ctx.db.others_committed()

    def _unjournaled(self, s) -> Changes:
        """The areas the journal does not record whose fingerprint moved since last time."""
        prints = watch_repo.fingerprints(s)
        found = Changes()
        for area, value in prints.items():
            if self._prints.get(area) != value:
                found |= _AREAS[area]
        self._prints = prints
        return found

    def poll(self) -> Changes:
        """What other processes changed since the last call (empty: nothing)."""
        db = self._ctx.db
        if self._seq is None:
            self.start()
            return Changes()
        with db.read() as s:
            newest = journal.last_seq(s)
            prints = watch_repo.fingerprints(s)
        # read first, then look at data_version: a commit in between shows as "changed"
        if not db.others_committed():
            self._seq, self._prints = newest, prints  # only our own writes since last time
            return Changes()
        with db.read() as s:
            other = self._unjournaled(s)
            entries = journal.since(s, self._seq, LIMIT + 1)
            if len(entries) > LIMIT:
                self._seq = journal.last_seq(s)
                return other | Changes(all_customers=True, tasks=True)
        if entries:
            self._seq = entries[-1][0]
        return other | changes_of(entries)
