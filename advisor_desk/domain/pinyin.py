"""Pinyin first letters of Chinese text (for name search such as ``wxy`` -> 王晓燕)."""

from __future__ import annotations

import os
from functools import lru_cache


def _pypinyin():
    """pypinyin without its phrase dictionary: every lookup here is one character, where
    the phrases change nothing (checked over U+3400..U+9FFF, readings and first letters alike),
    and loading them costs ~0.55 s of a cold start (``--demo``, the first index build)."""
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")
    import pypinyin

    return pypinyin


@lru_cache(maxsize=4096)
def first_letters(text: str) -> str:
    """First letter of each character's most common reading; non-Chinese kept lower-cased.
    Character by character (no phrase dictionary is loaded)."""
    pypinyin = _pypinyin()  # imported late: ~0.12 s

    letters = pypinyin.lazy_pinyin(text, style=pypinyin.Style.FIRST_LETTER,
                                   errors=lambda chars: list(chars))
    return "".join(letters).lower()


def name_initials(name: str) -> str:
    """A person's name's initials, character by character (王晓燕 -> wxy). Names are not
    phrases, so no word segmentation: ~1 µs a name instead of ~60 µs, which matters when an
    import brings 100,000 customers."""
    return "".join(_initial(ch) for ch in name)


@lru_cache(maxsize=32768)
def _initial(ch: str) -> str:
    return first_letters(ch) if not ch.isascii() else ch.lower()


@lru_cache(maxsize=16384)
def letter_options(ch: str) -> tuple[str, ...]:
    """Every first letter a Chinese character is read with today, most common reading first
    (长 -> z, c); empty for anything that is not a Chinese character. Readings outside the
    modern standard (还 read fú, 是 tí) are left out (``standard_letters``, docs/library.md)."""
    letters = pypinyin_letters(ch)
    keep = _standard().get(ch)
    if keep is None:
        return letters
    return tuple(letter for letter in letters if letter in keep)


def pypinyin_letters(ch: str) -> tuple[str, ...]:
    """First letters of every reading pypinyin knows for ``ch``, most common first."""
    if len(ch) != 1 or ch.isascii():
        return ()
    pypinyin = _pypinyin()
    readings = pypinyin.pinyin(ch, style=pypinyin.Style.FIRST_LETTER, heteronym=True,
                               errors=lambda _c: [])
    letters = [r.lower() for group in readings for r in group if r.isascii() and r.isalpha()]
    return tuple(dict.fromkeys(letters))


@lru_cache(maxsize=1)
def _standard() -> dict[str, str]:
    from advisor_desk.domain.standard_letters import LETTERS  # imported late: a 1,500-row table

    return LETTERS


@lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    """Chinese words by jieba's dictionary (rjieba, without the HMM that guesses unknown words):
    夏季美白攻略 -> 夏季 / 美 / 白 / 攻略, 怎么办 and 报名表 stay whole. Dictionary-only cuts
    are finer, so search by initials forgives more, and never glue 步美白 into one guessed
    word. The pieces concatenate back to ``text``. Imported late (~0.1 s)."""
    import rjieba

    return tuple(rjieba.cut(text, hmm=False))


def segmenter_version() -> str:
    """Changes when an upgrade of the segmenter could cut words differently."""
    from importlib.metadata import version

    return f"rjieba-{version('rjieba')}"
