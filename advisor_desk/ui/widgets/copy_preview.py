"""The preview of a copy as HTML: the parts exactly as they will be copied, the next part of a
multi-part item marked, missing variables and a code still to be issued shown in place, and
what the search matched highlighted."""

from __future__ import annotations

import html
from collections.abc import Callable

from advisor_desk.domain.library import CopyDraft
from advisor_desk.domain.text_index import highlight
from advisor_desk.ui import copying

MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"  # private-use sentinels around a missing variable
HIT_OPEN, HIT_CLOSE = "\ue002", "\ue003"  # ... and around what the search matched
MATCH_STYLE = "background:#ffe08a"
CODE = "券码"


def preview_html(draft: CopyDraft, nxt: int, terms: tuple[str, ...], *,
                 file_label: Callable[[str], str], new_code: str) -> str:
    many = len(draft.parts) > 1
    blocks, pictures = [], []
    images = sum(1 for p in draft.parts if p.role == "image")
    width = 380 if images == 1 else 220 if images == 2 else 150  # a real preview
    for n, part in enumerate(draft.parts):
        label = ""
        if many:
            style = "color:#c8553d;font-weight:bold" if n == nxt else "color:#6f6a64"
            label = (f'<span style="{style}">{n + 1} · '
                     f"{html.escape(copying.part_label(part))}</span>")
        if part.role == "image" and part.path is not None:
            border = "#c8553d" if n == nxt else "#e4ded6"
            pictures.append(f'<td style="padding:4px;border:2px solid {border}">{label}<br>'
                            f'<img src="{part.path.as_uri()}" width="{width}"></td>')
            continue
        if part.role == "file" and part.path is not None:
            body = html.escape(file_label(f"{draft.title}{part.path.suffix}"))
        else:
            body = marked(part.text, terms, new_code)
        blocks.append(f"{label}<div>{body}</div>" if label else f"<div>{body}</div>")
    if pictures:
        rows = ["".join(pictures[i:i + 3]) for i in range(0, len(pictures), 3)]
        blocks.append('<table cellspacing="6">' + "".join(f"<tr>{r}</tr>" for r in rows)
                      + "</table>")
    return '<div style="line-height:150%">' + "<br>".join(blocks) + "</div>"


def marked(text: str, terms: tuple[str, ...], new_code: str) -> str:
    if terms:  # what the search matched, marked before escaping
        for start, end in reversed(highlight(text, terms)):
            text = text[:start] + HIT_OPEN + text[start:end] + HIT_CLOSE + text[end:]
    body = html.escape(text).replace("\n", "<br>")
    body = body.replace(HIT_OPEN, f'<span style="{MATCH_STYLE}">').replace(HIT_CLOSE, "</span>")
    code = f"{MARK_OPEN}{CODE}{MARK_CLOSE}"
    body = body.replace(code, '<span style="background:#dff0d8;color:#2d5a27">［'
                        + html.escape(new_code) + "］</span>")
    return body.replace(MARK_OPEN, '<span style="background:#ffe9a8;color:#7a4b00">［') \
               .replace(MARK_CLOSE, "］</span>")


def highlighted_html(text: str, spans) -> str:
    """``text`` as HTML with the search's matches on a highlight."""
    out, last = [], 0
    for start, end in spans:
        if start < last or start < 0:
            continue
        out.append(html.escape(text[last:start]))
        out.append(f'<span style="{MATCH_STYLE}">{html.escape(text[start:end])}</span>')
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)
