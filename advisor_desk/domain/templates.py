"""Message templates with variables and fallbacks: ``{称呼|亲}，您好``.

Syntax: ``{name}`` or ``{name|fallback}``; ``{{`` and ``}}`` are literal braces. Variable names
are the Chinese words HQ staff write in their spreadsheets (see ``VARIABLES``). Rendering never
lets a raw placeholder through: a value that is missing and has no fallback is reported, and the
caller asks the user for it (or refuses to copy).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from types import MappingProxyType

# name -> what it means (the UI shows these as hints; HQ's pack linter checks against them)
VARIABLES = MappingProxyType(
    {
        "称呼": "the customer's form of address, e.g. 王姐 / 李先生",
        "姓名": "the customer's name",
        "顾问": "the advisor's name",
        "门店": "the store's name",
        "券名": "the coupon's name",
        "券码": "the coupon code issued for this copy",
        "到期日": "the coupon's or material's expiry date",
        "剩余天数": "days until the coupon or material expires",
    }
)

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}|]*)(?:\|([^{}]*))?\}")


class TemplateError(ValueError):
    """A template is malformed (unbalanced braces or an unknown variable)."""

    def __init__(self, message: str, kind: str = "brace", near: str = "") -> None:
        super().__init__(message)
        self.kind, self.near = kind, near


@dataclass(frozen=True)
class Problem:
    """What is wrong with a template, for a sentence a shop assistant can act on."""

    kind: str  # "unknown" (a name the app cannot fill), "brace" (no partner), "empty"
    name: str = ""  # the unknown name
    near: str = ""  # the text around a lone brace


@dataclass(frozen=True)
class Placeholder:
    name: str
    fallback: str | None


@dataclass(frozen=True)
class Rendered:
    text: str
    missing: tuple[str, ...]  # variables with no value and no fallback (empty => complete)

    @property
    def complete(self) -> bool:
        return not self.missing


def placeholders(template: str) -> list[Placeholder]:
    """The placeholders of a template, in order; raises TemplateError when malformed."""
    found: list[Placeholder] = []
    _walk(template, lambda ph: found.append(ph) or "")
    return found


def check(template: str, known: frozenset[str] | None = None) -> list[str]:
    """Problems with a template (empty list when fine): syntax and unknown variables."""
    names = known if known is not None else frozenset(VARIABLES)
    try:
        phs = placeholders(template)
    except TemplateError as exc:
        return [str(exc)]
    return [f"unknown variable {{{ph.name}}}" for ph in phs if ph.name not in names]


def first_problem(template: str, known: frozenset[str] | None = None) -> Problem | None:
    """The first problem of a template (None when fine), structured (see ``check``)."""
    names = known if known is not None else frozenset(VARIABLES)
    try:
        phs = placeholders(template)
    except TemplateError as exc:
        return Problem(exc.kind, near=exc.near)
    unknown = next((ph.name for ph in phs if ph.name not in names), None)
    return Problem("unknown", name=unknown) if unknown is not None else None


def render(template: str, values: dict[str, str | None],
           missing_marker: Callable[[str], str] | None = None) -> Rendered:
    """Fill a template. Empty or missing values use the fallback; without one they are
    reported in ``missing`` and rendered as an empty string (never as the raw placeholder),
    or as ``missing_marker(name)`` for a preview that highlights what must be filled."""
    missing: list[str] = []

    def fill(ph: Placeholder) -> str:
        value = values.get(ph.name)
        if value is not None and str(value).strip():
            return str(value)
        if ph.fallback is not None:
            return ph.fallback
        if ph.name not in missing:
            missing.append(ph.name)
        return missing_marker(ph.name) if missing_marker else ""

    text = _walk(template, fill)
    return Rendered(text=text, missing=tuple(missing))


def _walk(template: str, fill) -> str:
    out: list[str] = []
    pos = 0
    for m in _TOKEN.finditer(template):
        literal = template[pos : m.start()]
        if "{" in literal or "}" in literal:
            raise TemplateError(f"unbalanced brace near {literal[-10:]!r}", "brace",
                                literal[-10:])
        out.append(literal)
        token = m.group(0)
        if token == "{{":
            out.append("{")
        elif token == "}}":
            out.append("}")
        else:
            name = (m.group(1) or "").strip()
            if not name:
                raise TemplateError("empty placeholder {}", "empty", "{}")
            out.append(fill(Placeholder(name, m.group(2))))
        pos = m.end()
    tail = template[pos:]
    if "{" in tail or "}" in tail:
        raise TemplateError(f"unbalanced brace near {tail[:10]!r}", "brace", tail[:10])
    out.append(tail)
    return "".join(out)
