"""Copying a library item for a customer (docs/library.md).

``draft`` renders what the preview shows and the clipboard gets (writes nothing). Copying is
two phases, so nothing slow or UI-bound happens inside a write transaction
(docs/architecture.md): ``prepare`` renders again inside ONE short write transaction — for a
pooled coupon it takes a code — and logs the usage event; the caller then delivers the part
(the window puts it on the clipboard and reads it back, outside any transaction); if delivery
fails, ``take_back`` returns the code to the pool and removes the usage event in another short
transaction. Nothing issued stays issued without having been delivered.

One code per customer per coupon: copying a pooled coupon for a customer who already holds a
code of it re-sends that code while the coupon is valid; ``new_code=True`` (the advisor's
explicit "new code") takes a fresh one. Without a customer every copy takes a fresh code.

A moments material is its caption then its pictures, one part per call; the usage event is
logged once, with the first part.
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
    CopyTicket,
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

    def held_code(self, s, item: Item, customer_id: int | None) -> tuple[int, str] | None:
        """The code of a pooled coupon this customer already holds, while the coupon is
        valid: copying it again re-sends that code (one code per customer per coupon)."""
        if not (isinstance(item, CouponDetail) and item.has_pool and customer_id):
            return None
        if item.valid_to is not None and item.valid_to < self._ctx.clock.today():
            return None
        return coupons_repo.held_code(s, item.uid, self._ctx.store_code, customer_id)

    def _render(self, s, kind: str, item: Item, *, advisor_id: int | None,
                customer_id: int | None, answers: dict[str, str] | None, code: str | None,
                marker: Marker | None, held: str | None = None) -> CopyDraft:
        values = variables(s, advisor_id=advisor_id, customer_id=customer_id)
        today = self._ctx.clock.today()
        issues_code = False
        if isinstance(item, CouponDetail):
            values["券名"] = item.name
            issues_code = item.has_pool and held is None
            if code is not None or held is not None:
                values[CODE] = code or held
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
        return CopyDraft(kind, item.uid, title, parts, tuple(missing), issues_code,
                         None if code is not None else held)

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
              answers: dict[str, str] | None = None, marker: Marker | None = None,
              new_code: bool = False) -> CopyDraft:
        with self._ctx.db.read() as s:
            item = self.item(s, kind, uid, advisor_id)
            held = None if new_code else self.held_code(s, item, customer_id)
            return self._render(s, kind, item, advisor_id=advisor_id,
                                customer_id=customer_id, answers=answers, code=None,
                                marker=marker, held=held[1] if held else None)

    def prepare(self, kind: str, uid: str, *, index: int = 0, advisor_id: int | None,
                customer_id: int | None, answers: dict[str, str] | None = None,
                new_code: bool = False) -> CopyOutcome:
        """Phase one: take or re-use the code, render, log the usage — one short write
        transaction. The caller delivers ``outcome.part``; if that fails, ``take_back``."""
        ctx = self._ctx
        now = ctx.clock.now()
        code = code_id = None
        resent = False
        with ctx.db.write() as s:
            item = self.item(s, kind, uid, advisor_id)
            if isinstance(item, CouponDetail) and item.has_pool and index == 0:
                held = None if new_code else self.held_code(s, item, customer_id)
                if held is not None:
                    code, resent = held[1], True
                else:
                    code_id, code = coupons_repo.issue_code(
                        s, uid, ctx.store_code, advisor_id=advisor_id, customer_id=customer_id,
                        at=now, device_id=ctx.device_id)
            draft = self._render(s, kind, item, advisor_id=advisor_id,
                                 customer_id=customer_id, answers=answers, code=code,
                                 marker=None)
            if draft.missing:
                raise InvalidInput(N_("Fill in {names} before copying."),
                                   names="、".join(draft.missing))
            if not 0 <= index < len(draft.parts):
                raise InvalidInput(N_("This item has nothing more to copy."))
            part = draft.parts[index]
            if part.path is not None and not part.path.is_file():
                raise NotFound(N_("A file of {title} is missing from the media folder; "
                                  "import the HQ pack again."), title=draft.title)
            usage_id = None
            if index == 0:
                usage_id = library_repo.record_usage(
                    s, kind=kind, uid=uid, action="issue" if code_id else "copy",
                    advisor_id=advisor_id, customer_id=customer_id, at=now,
                    device_id=ctx.device_id)
        ticket = CopyTicket(usage_id, code_id)
        if part.path is not None:  # a file copy: outside the transaction
            try:
                part = replace(part, path=self._outbox(part.path, draft, index))
            except OSError as exc:
                self.take_back(ticket)
                raise NotFound(N_("A file of {title} could not be prepared for the chat "
                                  "({reason})."), title=draft.title,
                               reason=exc.strerror or type(exc).__name__) from None
        return CopyOutcome(part, index, len(draft.parts), code, ticket, resent)

    def take_back(self, ticket: CopyTicket) -> None:
        """Phase one undone (the delivery failed): the code back to the pool, the usage
        event removed — one short write transaction."""
        if ticket.empty:
            return
        ctx = self._ctx
        with ctx.db.write() as s:
            if ticket.code_id is not None:
                coupons_repo.return_code(s, ticket.code_id, at=ctx.clock.now(),
                                         device_id=ctx.device_id)
            if ticket.usage_id is not None:
                library_repo.remove_usage(s, ticket.usage_id, at=ctx.clock.now(),
                                          device_id=ctx.device_id)

    def copy(self, kind: str, uid: str, *, index: int = 0, advisor_id: int | None,
             customer_id: int | None, answers: dict[str, str] | None = None,
             deliver: Callable[[CopyPart], bool], new_code: bool = False) -> CopyOutcome:
        """Both phases for a caller that can deliver on this thread (the CLI, tests)."""
        outcome = self.prepare(kind, uid, index=index, advisor_id=advisor_id,
                               customer_id=customer_id, answers=answers, new_code=new_code)
        if not deliver(outcome.part):
            self.take_back(outcome.ticket)
            raise ClipboardBusy()
        return outcome

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
