"""Pinyin first letters of Chinese text (for name search such as ``wxy`` -> 王晓燕).

Every use here is one character at a time, so only pypinyin's per-character dictionary is
read (``pinyin_dict``: code point -> its readings, most common first). Its phrase dictionary
and word segmenter are never loaded: they cost ~45 MB of memory and ~0.3 s, which a
10,000-item pack import (indexing every title's initials) paid in full.
"""

from __future__ import annotations

import os
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1)
def _readings() -> dict[int, str]:
    # pypinyin's documented switches for saving memory: no phrase dictionary, no copies of
    # the dictionaries (we only read them). Imported late: ~4 MB, ~40 ms.
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")
    from pypinyin.pinyin_dict import pinyin_dict

    return pinyin_dict


def _letter(reading: str) -> str:
    """The first letter of a tone-marked reading (ǎ -> a, ń -> n, ḿ -> m)."""
    base = unicodedata.normalize("NFKD", reading[:1])[:1].lower()
    return base if base.isascii() and base.isalpha() else ""


def first_letters(text: str) -> str:
    """First letter of each character's most common reading; anything else lower-cased."""
    return "".join(_initial(ch) for ch in text)


def name_initials(name: str) -> str:
    """A person's name's initials, character by character (王晓燕 -> wxy). Names are not
    phrases, so no word segmentation: ~1 µs a name, which matters when an import brings
    100,000 customers."""
    return "".join(_initial(ch) for ch in name)


@lru_cache(maxsize=32768)
def _initial(ch: str) -> str:
    if ch.isascii():
        return ch.lower()
    options = letter_options(ch)
    return options[0] if options else ch.lower()


@lru_cache(maxsize=16384)
def letter_options(ch: str) -> tuple[str, ...]:
    """Every first letter a Chinese character can be read with, most common reading first
    (长 -> z, c); empty for anything that is not a Chinese character."""
    if len(ch) != 1 or ch.isascii():
        return ()
    readings = _readings().get(ord(ch))
    if not readings:
        return ()
    letters = (_letter(r) for r in readings.split(","))
    return tuple(dict.fromkeys(letter for letter in letters if letter))
