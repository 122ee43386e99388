"""Pinyin first letters of Chinese text (for name search such as ``wxy`` -> 王晓燕)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def first_letters(text: str) -> str:
    """First letter of each character's most common reading; non-Chinese kept lower-cased."""
    from pypinyin import Style, lazy_pinyin  # imported late: ~0.15 s and ~57 MB

    letters = lazy_pinyin(text, style=Style.FIRST_LETTER, errors=lambda chars: list(chars))
    return "".join(letters).lower()
