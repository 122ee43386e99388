"""The content library: scripts & Q&A, materials and coupons — search, details, favourites,
personal scripts, and copying personalised for a customer."""

from __future__ import annotations

from collections.abc import Callable

from advisor_desk.domain import templates
from advisor_desk.domain import text_index as ti
from advisor_desk.domain.changes import Changes
from advisor_desk.domain.errors import N_, InvalidInput
from advisor_desk.domain.library import (
    CopyDraft,
    CopyOutcome,
    CopyPart,
    CopyResult,
    CopyTicket,
    CouponDetail,
    MaterialDetail,
    SceneInfo,
    ScriptDetail,
    ScriptFields,
    ScriptFilter,
    ScriptSummary,
    SearchFilter,
    SearchResult,
)
from advisor_desk.domain.vocabulary import CHANNELS, LIBRARY_KINDS, SCRIPT_KINDS
from advisor_desk.services.context import ServiceContext
from advisor_desk.services.copying import Copier, Marker, variables
from advisor_desk.store import library_repo
from advisor_desk.store.search_engine import DEFAULT_LIMIT, SearchEngine

LIBRARY_CHANGED = Changes(library=True)


class LibraryService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._engine = SearchEngine(ctx.db, ctx.clock)
        self._copier = Copier(ctx)

    # ------------------------------------------------------------------ reading
    def scenes(self) -> list[SceneInfo]:
        with self._ctx.db.read() as s:
            return library_repo.scenes(s)

    def scripts(self, flt: ScriptFilter, *, advisor_id: int | None) -> list[ScriptSummary]:
        """Every script passing ``flt`` (a plain listing; ``search`` is the fast, ranked way)."""
        with self._ctx.db.read() as s:
            return library_repo.list_scripts(s, flt, owner_id=advisor_id)

    def search(self, query: str, flt: SearchFilter | None = None, *,
               advisor_id: int | None = None, limit: int = DEFAULT_LIMIT) -> SearchResult:
        """Items matching every term of ``query`` (docs/library.md), best first."""
        flt = flt or SearchFilter()
        terms = ti.query_terms(query)
        day = None if flt.include_expired else self._ctx.clock.today()
        hits, more = self._engine.search(terms, flt.facet_groups(advisor_id), view=flt.view,
                                         day=day, advisor_id=advisor_id, limit=limit)
        return SearchResult(terms, hits, more)

    def script(self, uid: str, advisor_id: int | None = None) -> ScriptDetail:
        return self._item("script", uid, advisor_id)  # type: ignore[return-value]

    def material(self, uid: str, advisor_id: int | None = None) -> MaterialDetail:
        return self._item("material", uid, advisor_id)  # type: ignore[return-value]

    def coupon(self, uid: str, advisor_id: int | None = None) -> CouponDetail:
        return self._item("coupon", uid, advisor_id)  # type: ignore[return-value]

    def _item(self, kind: str, uid: str, advisor_id: int | None):
        with self._ctx.db.read() as s:
            return self._copier.item(s, kind, uid, advisor_id)

    # ------------------------------------------------------------------ copying
    def variables(self, *, advisor_id: int | None, customer_id: int | None) -> dict[str, str]:
        """Values for template variables from the current advisor, customer and store."""
        with self._ctx.db.read() as s:
            return variables(s, advisor_id=advisor_id, customer_id=customer_id)

    def draft(self, kind: str, uid: str, *, advisor_id: int | None, customer_id: int | None,
              answers: dict[str, str] | None = None, marker: Marker | None = None,
              new_code: bool = False) -> CopyDraft:
        """What copying would put on the clipboard (writes nothing). ``missing`` names the
        variables the user must fill in first; ``marker`` shows them (and a code still to be
        issued) in a preview; ``held_code`` is the code a coupon copy re-sends to this
        customer (unless ``new_code``)."""
        return self._copier.draft(kind, uid, advisor_id=advisor_id, customer_id=customer_id,
                                  answers=answers, marker=marker, new_code=new_code)

    def prepare_copy(self, kind: str, uid: str, *, index: int = 0, advisor_id: int | None,
                     customer_id: int | None, answers: dict[str, str] | None = None,
                     new_code: bool = False) -> tuple[CopyOutcome, Changes]:
        """Phase one of copying part ``index``: a pooled coupon's code (the one this customer
        holds, or with ``new_code`` a fresh one) and the usage event, in one short write
        transaction. Deliver ``outcome.part`` outside it; if that fails, ``take_back``."""
        outcome = self._copier.prepare(kind, uid, index=index, advisor_id=advisor_id,
                                       customer_id=customer_id, answers=answers,
                                       new_code=new_code)
        return outcome, (LIBRARY_CHANGED if not outcome.ticket.empty else Changes())

    def take_back(self, ticket: CopyTicket) -> Changes:
        """A delivery failed: return its code to the pool and remove its usage event."""
        self._copier.take_back(ticket)
        return Changes() if ticket.empty else LIBRARY_CHANGED

    def copy(self, kind: str, uid: str, *, deliver: Callable[[CopyPart], bool],
             index: int = 0, advisor_id: int | None, customer_id: int | None,
             answers: dict[str, str] | None = None, new_code: bool = False
             ) -> tuple[CopyOutcome, Changes]:
        """Both phases where delivering is quick and on this thread (the CLI, tests): a
        failed ``deliver`` leaves nothing issued and nothing logged (``ClipboardBusy``)."""
        outcome = self._copier.copy(kind, uid, index=index, advisor_id=advisor_id,
                                    customer_id=customer_id, answers=answers, deliver=deliver,
                                    new_code=new_code)
        return outcome, LIBRARY_CHANGED

    def render_script(self, uid: str, *, advisor_id: int | None, customer_id: int | None,
                      answers: dict[str, str] | None = None) -> CopyResult:
        """A script's text for the clipboard (writes nothing); ``missing`` as in ``draft``."""
        draft = self.draft("script", uid, advisor_id=advisor_id, customer_id=customer_id,
                           answers=answers)
        return CopyResult(draft.parts[0].text, draft.missing)

    def record_copy(self, kind: str, uid: str, *, advisor_id: int | None,
                    customer_id: int | None) -> Changes:
        """Log that an item was copied (after the clipboard took it)."""
        with self._ctx.db.write() as s:
            library_repo.record_usage(s, kind=kind, uid=uid, action="copy",
                                      advisor_id=advisor_id, customer_id=customer_id,
                                      at=self._ctx.clock.now(), device_id=self._ctx.device_id)
        return LIBRARY_CHANGED

    # ------------------------------------------------------------------ personal library
    def set_favourite(self, kind: str, uid: str, on: bool, *, advisor_id: int) -> Changes:
        if kind not in LIBRARY_KINDS:
            raise InvalidInput(N_("Unknown library kind {kind}."), kind=kind)
        with self._ctx.db.write() as s:
            self._copier.item(s, kind, uid)  # it exists
            changed = library_repo.set_favourite(s, advisor_id, kind, uid, on,
                                                 self._ctx.clock.now())
        return LIBRARY_CHANGED if changed else Changes()

    def new_script(self, fields: ScriptFields, *, advisor_id: int,
                   based_on: str | None = None) -> tuple[str, Changes]:
        """A personal script of this advisor; returns its uid."""
        fields = _checked(fields)
        with self._ctx.db.write() as s:
            uid = library_repo.add_personal(s, fields, owner_id=advisor_id, based_on=based_on,
                                            at=self._ctx.clock.now(),
                                            device_id=self._ctx.device_id)
        return uid, LIBRARY_CHANGED

    def copy_script(self, uid: str, *, advisor_id: int) -> tuple[str, Changes]:
        """A personal, editable copy of a script (HQ scripts themselves are read-only)."""
        source = self.script(uid)
        fields = ScriptFields(title=source.title, body=source.body, kind=source.kind,
                              scene=source.scene, sales_step=source.sales_step,
                              channel=source.channel, keywords=" ".join(source.keywords))
        return self.new_script(fields, advisor_id=advisor_id,
                               based_on=source.based_on or source.uid)

    def update_script(self, uid: str, fields: ScriptFields, *, advisor_id: int) -> Changes:
        fields = _checked(fields)
        with self._ctx.db.write() as s:
            library_repo.update_personal(s, uid, fields, owner_id=advisor_id,
                                         at=self._ctx.clock.now())
        return LIBRARY_CHANGED

    def delete_script(self, uid: str, *, advisor_id: int) -> Changes:
        with self._ctx.db.write() as s:
            library_repo.delete_personal(s, uid, owner_id=advisor_id)
        return LIBRARY_CHANGED

    # ------------------------------------------------------------------ the index
    def rebuild_index(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Rebuild the search index from the items (repairs; one transaction)."""
        return self._engine.rebuild(progress)

    def ensure_index(self) -> bool:
        return self._engine.ensure_current()

    def index_size(self) -> int:
        return self._engine.count()


def _checked(fields: ScriptFields) -> ScriptFields:
    title, body = fields.title.strip(), fields.body.strip()
    if not 1 <= len(title) <= 200:
        raise InvalidInput(N_("A script needs a title of 1 to 200 characters."))
    if not body:
        raise InvalidInput(N_("A script needs some text."))
    problem = templates.first_problem(body)
    if problem is not None and problem.kind == "unknown":
        raise InvalidInput(N_("The text asks for “{name}”, which the app cannot fill in. Use "
                              "Insert for the form of address, the name or a coupon code."),
                           name=problem.name, field="body")
    if problem is not None:
        raise InvalidInput(N_("A curly bracket in the text has no partner (near “{near}”). "
                              "Remove it, and use Insert for names and codes."),
                           near=problem.near.strip(), field="body")
    if fields.kind not in SCRIPT_KINDS:
        raise InvalidInput(N_("Unknown script kind {kind}."), kind=fields.kind)
    if fields.channel is not None and fields.channel not in CHANNELS:
        raise InvalidInput(N_("Unknown channel {channel}."), channel=fields.channel)
    if fields.sales_step is not None and not 1 <= fields.sales_step <= 7:
        raise InvalidInput(N_("The sales step is a number from 1 to 7."))
    keywords = " ".join(fields.keywords.replace("，", " ").replace(",", " ").split())
    return ScriptFields(title=title, body=body, kind=fields.kind, scene=fields.scene or None,
                        sales_step=fields.sales_step, channel=fields.channel,
                        keywords=keywords)
