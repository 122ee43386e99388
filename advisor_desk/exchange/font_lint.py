"""Can the shops' UI fonts draw every character of HQ's content? (pack build lint)

The answer comes from a table the project ships, ``resources/fonts/coverage.json``: the
character maps of the target fonts (Noto Sans CJK, Noto Color Emoji, DejaVu Sans on Linux;
Microsoft YaHei, Segoe UI Emoji, Segoe UI on Windows once added from a Windows PC), made by
``tools/font_coverage.py``. It never reads the fonts of the machine that builds, so the same
source builds (or is refused) the same way everywhere. A character that none of the target
fonts has would show as an empty box at the counter and is refused.
"""

from __future__ import annotations

import bisect
import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from advisor_desk import locate


def table_path() -> Path:
    return locate.resources_dir() / "fonts" / "coverage.json"


@dataclass(frozen=True)
class FontCharset:
    font: str  # the target fonts, named for messages
    starts: tuple[int, ...]  # sorted, disjoint ranges of code points
    ends: tuple[int, ...]
    has_emoji_font: bool = True

    def has(self, cp: int) -> bool:
        at = bisect.bisect_right(self.starts, cp) - 1
        return at >= 0 and cp <= self.ends[at]

    def missing(self, text: str) -> list[str]:
        """Characters of ``text`` the fonts cannot draw (each once, in order)."""
        out: list[str] = []
        for ch in text:
            cp = ord(ch)
            if cp < 0x7F or ch in "\n\r\t" or ch in out or self.has(cp):
                continue
            if unicodedata.category(ch) in ("Cf", "Mn", "Zs", "Cc"):  # joiners, selectors
                continue
            out.append(ch)
        return out


def merge(ranges: list[list[int]]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    starts: list[int] = []
    ends: list[int] = []
    for low, high in sorted(ranges):
        if ends and low <= ends[-1] + 1:
            ends[-1] = max(ends[-1], high)
        else:
            starts.append(low)
            ends.append(high)
    return tuple(starts), tuple(ends)


@cache
def load(path: Path | None = None) -> FontCharset:
    """The union of the target fonts' characters from the shipped table."""
    table = json.loads((path or table_path()).read_text("utf-8"))
    fonts = table["fonts"]
    starts, ends = merge([r for f in fonts for r in f["ranges"]])
    names = ", ".join(f["family"] for f in fonts)
    emoji = any("emoji" in f["family"].lower() for f in fonts)
    return FontCharset(names, starts, ends, emoji)
