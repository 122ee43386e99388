"""Copying a library item for a customer (ARCHITECTURE.md §7).

``draft`` renders what the preview shows and the clipboard gets (writes nothing). ``copy``
renders again inside ONE write transaction: for a pooled coupon it takes the next free code,
hands the part to ``deliver`` (the UI puts it on the clipboard and reads it back), and logs the
usage event; if delivery fails, everything rolls back and the code stays free. A moments
material is its caption then its pictures, one part per call; the usage event is logged once,
with the first part.
"""

from __future__ import annotations

import filecmp
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import replace
from html import escape
from pathlib import Path

from advisor_desk.domain import templates
from advisor_desk.domain.errors import N_, ClipboardBusy, InvalidInput, NotFound
from advisor_desk.domain.library import (
    CopyDraft,
    CopyOutcome,
    CopyPart,
    CouponDetail,
    MaterialDetail,
    ScriptDetail,
    expiry_values,
)
from advisor_desk.services.context import ServiceContext
from advisor_desk.services.scope import require_visible, scope_of_id
from advisor_desk.store import (
    advisors_repo,
    coupons_repo,
    customers_repo,
    library_repo,
    settings_repo,
)

CODE = "券码"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')  # not allowed in Windows file names
Marker = Callable[[str], str]
Item = ScriptDetail | MaterialDetail | CouponDetail


def variables(s, *, advisor_id: int | None, customer_id: int | None) -> dict[str, str]:
    """Values of the person variables: store, advisor, customer."""
    values = {"门店": settings_repo.get(s, "store_name", "") or ""}
    advisor = advisors_repo.get(s, advisor_id) if advisor_id else None
    if advisor is not None:
        values["顾问"] = advisor.name
    if customer_id:  # a copy personalised for a customer the advisor may not see: refused
        require_visible(s, customer_id, scope_of_id(s, advisor_id))
    customer = customers_repo.get_card(s, customer_id) if customer_id else None
    if customer is not None:
        values["称呼"] = customer.salutation
        values["姓名"] = customer.name
    return values


class Copier:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def item(self, s, kind: str, uid: str, advisor_id: int | None = None) -> Item:
        ctx = self._ctx
        if kind == "script":
            found = library_repo.get_script(s, uid, advisor_id)
        elif kind == "material":
            found = library_repo.get_material(s, uid, ctx.paths.media, advisor_id)
        elif kind == "coupon":
            found = coupons_repo.get_coupon(s, uid, ctx.store_code, advisor_id)
        else:
            raise InvalidInput(N_("Unknown library kind {kind}."), kind=kind)
        if found is None:
            raise NotFound(N_("This item is no longer in the library."))
        return found

    def _render(self, s, kind: str, item: Item, *, advisor_id: int | None,
                customer_id: int | None, answers: dict[str, str] | None, code: str | None,
                marker: Marker | None) -> CopyDraft:
        values = variables(s, advisor_id=advisor_id, customer_id=customer_id)
        today = self._ctx.clock.today()
        issues_code = False
        if isinstance(item, CouponDetail):
            values["券名"] = item.name
            issues_code = item.has_pool
            if code is not None:
                values[CODE] = code
            elif issues_code:
                values[CODE] = marker(CODE) if marker else f"〈{CODE}〉"
        if isinstance(item, MaterialDetail | CouponDetail):
            values.update(expiry_values(item.valid_to, today))
        values.update({k: v for k, v in (answers or {}).items() if v and v.strip()})
        missing: list[str] = []

        def fill(template: str) -> str:
            rendered = templates.render(template, values, missing_marker=marker)
            missing.extend(n for n in rendered.missing if n not in missing)
            return rendered.text

        title = item.name if isinstance(item, CouponDetail) else item.title
        if isinstance(item, ScriptDetail):
            parts = (CopyPart("text", fill(item.body)),)
        elif isinstance(item, CouponDetail):
            parts = (CopyPart("text", fill(item.message)),)
        else:
            parts = self._material_parts(item, fill)
        return CopyDraft(kind, item.uid, title, parts, tuple(missing), issues_code)

    @staticmethod
    def _material_parts(item: MaterialDetail, fill: Callable[[str], str]
                        ) -> tuple[CopyPart, ...]:
        caption = fill(item.body) if item.body else ""
        if item.type == "link":
            text = "\n".join(x for x in (caption or item.title, item.url or "") if x)
            html = (f'<p>{escape(caption)}</p>' if caption else "") + \
                f'<a href="{escape(item.url or "", quote=True)}">{escape(item.title)}</a>'
            return (CopyPart("link", text, html),)
        head = (CopyPart("text", caption),) if caption else ()
        if item.type == "text":
            return head
        if item.type == "file":
            return (*head, *(CopyPart("file", path=f.path) for f in item.media[:1]))
        return (*head, *(CopyPart("image", path=f.path) for f in item.media if f.is_image))

    def draft(self, kind: str, uid: str, *, advisor_id: int | None, customer_id: int | None,
              answers: dict[str, str] | None = None, marker: Marker | None = None
              ) -> CopyDraft:
        with self._ctx.db.read() as s:
            item = self.item(s, kind, uid, advisor_id)
            return self._render(s, kind, item, advisor_id=advisor_id,
                                customer_id=customer_id, answers=answers, code=None,
                                marker=marker)

    def copy(self, kind: str, uid: str, *, index: int = 0, advisor_id: int | None,
             customer_id: int | None, answers: dict[str, str] | None = None,
             deliver: Callable[[CopyPart], bool]) -> CopyOutcome:
        ctx = self._ctx
        now = ctx.clock.now()
        with ctx.db.write() as s:
            item = self.item(s, kind, uid, advisor_id)
            code = None
            if isinstance(item, CouponDetail) and item.has_pool and index == 0:
                code = coupons_repo.issue_code(s, uid, ctx.store_code, advisor_id=advisor_id,
                                               customer_id=customer_id, at=now,
                                               device_id=ctx.device_id)
            draft = self._render(s, kind, item, advisor_id=advisor_id,
                                 customer_id=customer_id, answers=answers, code=code,
                                 marker=None)
            if draft.missing:
                raise InvalidInput(N_("Fill in {names} before copying."),
                                   names="、".join(draft.missing))
            if not 0 <= index < len(draft.parts):
                raise InvalidInput(N_("This item has nothing more to copy."))
            part = draft.parts[index]
            if part.path is not None:
                if not part.path.is_file():
                    raise NotFound(N_("A file of {title} is missing from the media folder; "
                                      "import the HQ pack again."), title=draft.title)
                part = replace(part, path=self._outbox(part.path, draft, index))
            if index == 0:
                library_repo.record_usage(s, kind=kind, uid=uid,
                                          action="issue" if code else "copy",
                                          advisor_id=advisor_id, customer_id=customer_id,
                                          at=now, device_id=ctx.device_id)
            if not deliver(part):
                raise ClipboardBusy(N_("Another program is holding the clipboard, so nothing "
                                       "was copied. Please try again."))
        return CopyOutcome(part, index, len(draft.parts), code)

    def _outbox(self, stored: Path, draft: CopyDraft, index: int) -> Path:
        """The file under a name a customer can read (media are stored by sha256): pasting a
        file into a chat sends its name too."""
        name = _UNSAFE.sub("", draft.title).strip(" .")[:60] or "file"
        pictures = [p for p in draft.parts if p.path is not None]
        if len(pictures) > 1:
            name += f"-{pictures.index(draft.parts[index]) + 1}"
        target = self._ctx.paths.media / "outbox" / f"{name}{stored.suffix}"
        if not (target.is_file() and target.stat().st_size == stored.stat().st_size
                and filecmp.cmp(target, stored, shallow=False)):
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(target.name + ".part")
            shutil.copyfile(stored, tmp)
            os.replace(tmp, target)
        return target
