"""Can the shop's UI fonts draw every character of HQ's content? (pack build lint)

The UI prefers Microsoft YaHei on Windows and Noto Sans CJK / WenQuanYi on Linux
(``ui/theme.py``). We read the character map of the first of those fonts found on this machine
(fontTools), plus an emoji font and a Latin font when present, and report characters none of
them has: they would show as empty boxes at the counter. ``ADVISOR_DESK_LINT_FONT`` names a
font file to use instead. With no CJK font found the check is skipped with a warning.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

CJK_FONTS = (
    "C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/msyh.ttf",
    "/System/Library/Fonts/PingFang.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
)
EXTRA_FONTS = (
    "C:/Windows/Fonts/seguiemj.ttf", "C:/Windows/Fonts/segoeui.ttf",
    "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
)
ENV = "ADVISOR_DESK_LINT_FONT"


@dataclass(frozen=True)
class FontCharset:
    font: str  # file name of the main font
    codepoints: frozenset[int]
    has_emoji_font: bool

    def missing(self, text: str) -> list[str]:
        """Characters of ``text`` the fonts cannot draw (each once, in order)."""
        out: list[str] = []
        for ch in text:
            cp = ord(ch)
            if cp < 0x7F or ch in "\n\r\t" or cp in self.codepoints or ch in out:
                continue
            category = unicodedata.category(ch)
            if category in ("Cf", "Mn", "Zs", "Cc"):  # joiners, variation selectors, spaces
                continue
            if _is_emoji(cp) and not self.has_emoji_font:
                continue
            out.append(ch)
        return out


def _is_emoji(cp: int) -> bool:
    return 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF


def _cmap(path: str) -> set[int]:
    from fontTools.ttLib import TTCollection, TTFont

    if path.lower().endswith((".ttc", ".otc")):
        font = TTCollection(path, lazy=True).fonts[0]
    else:
        font = TTFont(path, lazy=True)
    try:
        return set((font.getBestCmap() or {}).keys())
    finally:
        font.close()


@cache
def load(font_file: str | None = None) -> FontCharset | None:
    """The UI fonts' characters, or None when no CJK font is found."""
    chosen = font_file or os.environ.get(ENV)
    candidates = [chosen] if chosen else list(CJK_FONTS)
    main = next((c for c in candidates if c and Path(c).is_file()), None)
    if main is None:
        return None
    points = _cmap(main)
    emoji = False
    if not chosen:
        for extra in EXTRA_FONTS:
            if Path(extra).is_file():
                points |= _cmap(extra)
                emoji = emoji or "emoji" in extra.lower() or "seguiemj" in extra.lower()
    return FontCharset(Path(main).name, frozenset(points), emoji)
