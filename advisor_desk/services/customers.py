"""Customers: the list (a segment filter over the store), profiles, quick capture, edits."""

from __future__ import annotations

from datetime import date

from advisor_desk.domain import privacy
from advisor_desk.domain.changes import Changes
from advisor_desk.domain.customers import (
    CustomerInput,
    CustomerProfile,
    CustomerRow,
    NamedKey,
    SavedSegment,
    TagInfo,
)
from advisor_desk.domain.errors import N_, ErasedOnRequest, InvalidInput, NotAllowed, NotFound
from advisor_desk.domain.people import (
    AdvisorInfo,
    AdvisorSession,
    CustomerCard,
    CustomerMatches,
    CustomerPick,
)
from advisor_desk.domain.phones import PhoneError, is_masked, normalize_phone
from advisor_desk.domain.pinyin import name_initials
from advisor_desk.domain.segments import SegmentFilter
from advisor_desk.domain.vocabulary import INTERACTION_KINDS, KOC_TYPES
from advisor_desk.services import sessions
from advisor_desk.services.context import ServiceContext
from advisor_desk.services.scope import customer_scope, require_visible, scope_of_id
from advisor_desk.store import (
    customer_edit_repo,
    customer_view_repo,
    customers_repo,
    privacy_repo,
    segment_query,
    segments_repo,
    settings_repo,
)
from advisor_desk.store.customers_repo import NewCustomer

MAX_NOTE = 2000


class CustomerService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # ------------------------------------------------------------------ reading
    # Every read takes ``viewer``, the advisor looking (None: the store — a manager's view, a
    # new shop, the command line run as the store); the scope rule is services/scope.py.
    def card(self, customer_id: int, *, viewer: AdvisorInfo | None = None) -> CustomerCard:
        with self._ctx.db.read() as s:
            require_visible(s, customer_id, customer_scope(viewer))
            found = customers_repo.get_card(s, customer_id)
        if found is None:
            raise NotFound(N_("This customer no longer exists."))
        return found

    def find(self, text: str, *, viewer: AdvisorInfo | None = None, limit: int = 50
             ) -> list[CustomerCard]:
        """Name, remark, pinyin initials or phone tail, recent first."""
        with self._ctx.db.read() as s:
            ids = segment_query.customer_ids(s, SegmentFilter(text=text), today=self._today(),
                                             tz=self._ctx.clock.tz,
                                             advisor_id=customer_scope(viewer))
            return [c for c in (customers_repo.get_card(s, i) for i in ids[:limit]) if c]

    def pick(self, text: str, *, advisor: AdvisorInfo | None, limit: int = 50
             ) -> CustomerMatches:
        """Ctrl+P: every customer ``advisor`` may see (a manager: the store) matching name,
        remark, pinyin initials or phone tail, recent first, with stage, last contact and
        the next step's date; and how many more match outside the advisor's scope."""
        scope = customer_scope(advisor)
        flt = SegmentFilter(text=text)
        today, tz = self._today(), self._ctx.clock.tz
        with self._ctx.db.read() as s:
            ids, inside = segment_query.ids_and_count(s, flt, today=today, tz=tz,
                                                      advisor_id=scope)
            ids = ids[:limit]
            outside = 0
            if scope is not None and text.strip():
                outside = segment_query.count(s, flt, today=today, tz=tz) - inside
            rows = {r.id: r for r in customer_view_repo.rows(s, ids, today, tz)}
            steps = customer_view_repo.next_steps(s, ids)
            picks = []
            for cid in ids:
                card, row = customers_repo.get_card(s, cid), rows.get(cid)
                if card is not None and row is not None:
                    picks.append(CustomerPick(card, row.stage, row.last_contact_days,
                                              steps.get(cid)))
        return CustomerMatches(tuple(picks), outside)

    def count(self, flt: SegmentFilter | None = None, *,
              viewer: AdvisorInfo | None = None) -> int:
        with self._ctx.db.read() as s:
            return segment_query.count(s, flt or SegmentFilter(), today=self._today(),
                                       tz=self._ctx.clock.tz,
                                       advisor_id=customer_scope(viewer))

    def ids(self, flt: SegmentFilter, *, viewer: AdvisorInfo | None = None,
            order: str = "recent") -> list[int]:
        """Every matching customer id in list order (a list of ints, not rows)."""
        with self._ctx.db.read() as s:
            return segment_query.customer_ids(s, flt, today=self._today(),
                                              tz=self._ctx.clock.tz,
                                              advisor_id=customer_scope(viewer), order=order)

    def ids_and_count(self, flt: SegmentFilter, *, viewer: AdvisorInfo | None = None,
                      order: str = "recent") -> tuple[list[int], int]:
        """``ids`` and their number from one query (opening the list needs both)."""
        with self._ctx.db.read() as s:
            return segment_query.ids_and_count(s, flt, today=self._today(),
                                               tz=self._ctx.clock.tz,
                                               advisor_id=customer_scope(viewer), order=order)

    def rows(self, ids: list[int], *, viewer: AdvisorInfo | None = None) -> list[CustomerRow]:
        """List rows for ``ids`` — only those ``viewer`` may see."""
        with self._ctx.db.read() as s:
            ids = customer_view_repo.visible_ids(s, ids, customer_scope(viewer))
            return customer_view_repo.rows(s, ids, self._today(), self._ctx.clock.tz)

    def profile(self, customer_id: int, *,
                viewer: AdvisorInfo | None = None) -> CustomerProfile:
        with self._ctx.db.read() as s:
            require_visible(s, customer_id, customer_scope(viewer))
            found = customer_view_repo.profile(s, customer_id)
        if found is None:
            raise NotFound(N_("This customer no longer exists."))
        return found

    def tags(self) -> list[TagInfo]:
        with self._ctx.db.read() as s:
            return customer_view_repo.tags(s)

    def stages(self) -> list[NamedKey]:
        with self._ctx.db.read() as s:
            return customer_view_repo.stages(s)

    def vip_levels(self) -> list[NamedKey]:
        with self._ctx.db.read() as s:
            return customer_view_repo.vip_levels(s)

    def _today(self) -> date:
        return self._ctx.clock.today()

    # ------------------------------------------------------------------ writing
    def _write(self, customer_id: int, fn, advisor_id: int | None) -> Changes:
        """A change to one customer by ``advisor_id``: only one they may see."""
        with self._ctx.db.write() as s:
            require_visible(s, customer_id, scope_of_id(s, advisor_id))
            fn(s)
        return Changes(customers=frozenset({customer_id}), tasks=True)

    def add(self, change: CustomerInput, *, tag_uids: tuple[str, ...] = (),
            stage_key: str | None = None, advisor_id: int | None,
            re_add: AdvisorSession | None = None) -> tuple[int, Changes]:
        """Quick capture: a new customer owned by ``advisor_id``. A customer erased on request
        (their phone matches a tombstone) comes back only when a manager re-adds them
        (``re_add``: the manager's unlocked session); that is logged."""
        name = (change.name or "").strip()
        remark = (change.remark_name or "").strip()
        if not name and not remark:
            raise InvalidInput(N_("A customer needs a name or a remark name."), field="name")
        phone = _phone(change.phone)
        ctx, now = self._ctx, self._ctx.clock.now()
        with ctx.db.write() as s:
            if phone and customers_repo.find_by_phone(s, phone) is not None:
                raise InvalidInput(N_("A customer with this phone number already exists."),
                                   field="phone")
            erased = bool(phone) and privacy_repo.is_erased(s, phone=phone, external_id=None)
            if erased and (re_add is None or not sessions.manager_allowed(
                    ctx.sessions, s, re_add)):
                raise ErasedOnRequest(N_("A customer with this phone number was erased on "
                                         "request; only a store manager can add them again."),
                                      field="phone")
            cid = customers_repo.create(
                s, NewCustomer(name=name, remark_name=remark,
                               salutation=(change.salutation or "").strip(),
                               name_initials=name_initials(name or remark), phone=phone,
                               gender=change.gender, birthday=change.birthday,
                               region=(change.region or "").strip(),
                               source_channel=(change.source_channel or "").strip(),
                               stage_key=stage_key, notes=_note(change.notes or "")),
                owner_id=advisor_id, at=now, device_id=ctx.device_id, by=advisor_id)
            for uid in tag_uids:
                customers_repo.add_tag(s, cid, uid, source="manual", by=advisor_id, at=now,
                                       device_id=ctx.device_id)
            if erased:
                privacy_repo.lift_tombstones(s, phone=phone, external_id=None)
                privacy_repo.record(s, at=now, actor_id=ctx.sessions.advisor_id(re_add),
                                    action=privacy.READD,
                                    customer_id=cid, detail={"source": "manual"})
        return cid, Changes(customers=frozenset({cid}), all_customers=True, tasks=True)

    def update(self, customer_id: int, change: CustomerInput, *,
               advisor_id: int | None) -> Changes:
        if change.koc_type is not None and change.koc_type not in KOC_TYPES:
            raise InvalidInput(N_("Unknown KOC type {kind}."), kind=change.koc_type)
        if change.phone is not None and is_masked(change.phone):
            change = CustomerInput(**{**change.__dict__, "phone": None})
        elif change.phone is not None:
            change = CustomerInput(**{**change.__dict__, "phone": _phone(change.phone)})
        if change.notes is not None:
            _note(change.notes)
        return self._write(customer_id, lambda s: customer_edit_repo.update(
            s, customer_id, change, by=advisor_id, at=self._ctx.clock.now(),
            device_id=self._ctx.device_id), advisor_id)

    def add_tag(self, customer_id: int, tag_uid: str, *, advisor_id: int | None) -> Changes:
        """Exclusive groups keep one tag: the sibling is replaced."""
        return self._write(customer_id, lambda s: customers_repo.add_tag(
            s, customer_id, tag_uid, source="manual", by=advisor_id,
            at=self._ctx.clock.now(), device_id=self._ctx.device_id), advisor_id)

    def remove_tag(self, customer_id: int, tag_uid: str, *, advisor_id: int | None) -> Changes:
        return self._write(customer_id, lambda s: customer_edit_repo.remove_tag(
            s, customer_id, tag_uid, by=advisor_id, at=self._ctx.clock.now(),
            device_id=self._ctx.device_id), advisor_id)

    def set_stage(self, customer_id: int, stage_key: str, *, advisor_id: int | None) -> Changes:
        return self._write(customer_id, lambda s: customers_repo.set_stage(
            s, customer_id, stage_key, by=advisor_id, at=self._ctx.clock.now(),
            device_id=self._ctx.device_id), advisor_id)

    def log_interaction(self, customer_id: int, kind: str, note: str, *,
                        advisor_id: int | None) -> Changes:
        if kind not in INTERACTION_KINDS:
            raise InvalidInput(N_("Unknown kind of contact {kind}."), kind=kind)
        return self._write(customer_id, lambda s: customers_repo.record_interaction(
            s, customer_id, at=self._ctx.clock.now(), kind=kind, note=_note(note),
            advisor_id=advisor_id, device_id=self._ctx.device_id), advisor_id)

    def record_purchase(self, customer_id: int, amount_fen: int, items: str, *,
                        advisor_id: int | None) -> Changes:
        now = self._ctx.clock.now()
        return self._write(customer_id, lambda s: customers_repo.record_purchase(
            s, customer_id, at=now, amount_fen=amount_fen, items=items.strip(),
            advisor_id=advisor_id, now=now, device_id=self._ctx.device_id), advisor_id)

    def reveal_phone(self, customer_id: int, *, session: AdvisorSession | None) -> str:
        """The full number, for a manager (or the owner when the store allows it); logged.
        ``session``: the unlocked advisor asking (AdvisorService.unlock)."""
        registry = self._ctx.sessions
        with self._ctx.db.write() as s:
            advisor = sessions.current(registry.advisor_id(session), s)
            if advisor is None:
                raise NotAllowed(N_("Choose who you are before revealing a phone number."))
            require_visible(s, customer_id, customer_scope(advisor))
            allowed = advisor.is_manager or (
                settings_repo.get(s, "advisors_may_reveal_phone") == "1"
                and customer_edit_repo.is_owner(s, customer_id, advisor.id))
            if not allowed:
                raise NotAllowed(N_("Only a store manager can see the full phone number."))
            return customer_edit_repo.record_reveal(s, customer_id, advisor_id=advisor.id,
                                                    at=self._ctx.clock.now(),
                                                    device_id=self._ctx.device_id)

    def erase(self, customer_id: int, *, session: AdvisorSession | None,
              reason: str) -> Changes:
        """Erase a customer's personal data on request (PIPL); an unlocked manager's
        ``session`` only, with a reason (kept in the privacy log). Anonymous counts stay; a
        tombstone stops imports from bringing them back unasked."""
        reason = " ".join((reason or "").split())
        if not reason:
            raise InvalidInput(N_("Say why the customer's data is erased (for the privacy "
                                  "log)."))
        if len(reason) > privacy.MAX_REASON:
            raise InvalidInput(N_("The reason can be at most {n} characters."),
                               n=privacy.MAX_REASON)
        with self._ctx.db.write() as s:
            if not sessions.manager_allowed(self._ctx.sessions, s, session):
                raise NotAllowed(N_("Only a store manager can delete a customer's data."))
            by = self._ctx.sessions.advisor_id(session)
            customer_edit_repo.erase(s, customer_id, by=by, at=self._ctx.clock.now(),
                                     device_id=self._ctx.device_id, reason=reason)
        return Changes(customers=frozenset({customer_id}), all_customers=True, tasks=True)

    # ------------------------------------------------------------------ saved segments
    def segments(self, advisor_id: int | None) -> list[SavedSegment]:
        with self._ctx.db.read() as s:
            return segments_repo.visible(s, advisor_id)

    def save_segment(self, name: str, flt: SegmentFilter, *, advisor: AdvisorInfo | None,
                     shared: bool = False) -> tuple[SavedSegment, Changes]:
        name = name.strip()
        if not 1 <= len(name) <= 60:
            raise InvalidInput(N_("A saved filter needs a name of 1 to 60 characters."))
        if shared and (advisor is None or not advisor.is_manager):
            raise InvalidInput(N_("Only a store manager can share a filter with the store."))
        owner = None if shared or advisor is None else advisor.id
        with self._ctx.db.write() as s:
            saved = segments_repo.save(s, name, flt.to_dict(), owner_id=owner,
                                       at=self._ctx.clock.now())
        return saved, Changes(customers=frozenset())

    def delete_segment(self, segment_id: int, *, advisor: AdvisorInfo | None) -> Changes:
        with self._ctx.db.write() as s:
            segments_repo.remove(s, segment_id, advisor_id=advisor.id if advisor else None,
                                 manager=bool(advisor and advisor.is_manager))
        return Changes()

    def segment_by_name(self, name: str) -> SavedSegment:
        with self._ctx.db.read() as s:
            found = segments_repo.by_name(s, name)
        if found is None:
            raise NotFound(N_("There is no saved filter named {name}."), name=name)
        return found


def _phone(text: str | None) -> str | None:
    try:
        return normalize_phone(text)
    except PhoneError:
        raise InvalidInput(N_("{phone} is not a phone number."), phone=text,
                           field="phone") from None


def _note(text: str) -> str:
    text = text.strip()
    if len(text) > MAX_NOTE:
        raise InvalidInput(N_("A note can be at most {n} characters."), n=MAX_NOTE)
    return text
