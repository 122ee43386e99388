"""The content library: scripts & Q&A (materials and coupons join with the library issue)."""

from __future__ import annotations

from advisor_desk.domain import templates
from advisor_desk.domain.changes import Changes
from advisor_desk.domain.errors import N_, NotFound
from advisor_desk.domain.library import (
    CopyResult,
    SceneInfo,
    ScriptDetail,
    ScriptFilter,
    ScriptSummary,
)
from advisor_desk.services.context import ServiceContext
from advisor_desk.store import advisors_repo, customers_repo, library_repo, settings_repo


class LibraryService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def scenes(self) -> list[SceneInfo]:
        with self._ctx.db.read() as s:
            return library_repo.scenes(s)

    def scripts(self, flt: ScriptFilter, *, advisor_id: int | None) -> list[ScriptSummary]:
        with self._ctx.db.read() as s:
            return library_repo.list_scripts(s, flt, owner_id=advisor_id)

    def script(self, uid: str) -> ScriptDetail:
        with self._ctx.db.read() as s:
            found = library_repo.get_script(s, uid)
        if found is None:
            raise NotFound(N_("This script no longer exists."))
        return found

    def variables(self, *, advisor_id: int | None, customer_id: int | None) -> dict[str, str]:
        """Values for template variables from the current advisor, customer and store."""
        with self._ctx.db.read() as s:
            values = {"门店": settings_repo.get(s, "store_name", "") or ""}
            advisor = advisors_repo.get(s, advisor_id) if advisor_id else None
            if advisor is not None:
                values["顾问"] = advisor.name
            customer = customers_repo.get_card(s, customer_id) if customer_id else None
            if customer is not None:
                values["称呼"] = customer.salutation
                values["姓名"] = customer.name
        return values

    def render_script(self, uid: str, *, advisor_id: int | None, customer_id: int | None,
                      answers: dict[str, str] | None = None) -> CopyResult:
        """The text a copy would put on the clipboard (writes nothing). When a variable has
        no value and no fallback, ``missing`` names it: the caller asks the user once and
        renders again with ``answers``; a raw placeholder never comes back."""
        detail = self.script(uid)
        values = self.variables(advisor_id=advisor_id, customer_id=customer_id)
        values.update({k: v for k, v in (answers or {}).items() if v and v.strip()})
        rendered = templates.render(detail.body, values)
        return CopyResult(rendered.text, rendered.missing)

    def record_copy(self, kind: str, uid: str, *, advisor_id: int | None,
                    customer_id: int | None) -> Changes:
        """Log that an item was copied (after the clipboard took it)."""
        with self._ctx.db.write() as s:
            library_repo.record_usage(s, kind=kind, uid=uid, action="copy",
                                      advisor_id=advisor_id, customer_id=customer_id,
                                      at=self._ctx.clock.now(), device_id=self._ctx.device_id)
        return Changes(library=True)
