"""Pinyin first letters of Chinese text (for name search such as ``wxy`` -> 王晓燕)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def first_letters(text: str) -> str:
    """First letter of each character's most common reading; non-Chinese kept lower-cased."""
    from pypinyin import Style, lazy_pinyin  # imported late: ~0.15 s and ~57 MB

    letters = lazy_pinyin(text, style=Style.FIRST_LETTER, errors=lambda chars: list(chars))
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
    """Every first letter a Chinese character can be read with, most common reading first
    (长 -> z, c); empty for anything that is not a Chinese character."""
    if len(ch) != 1 or ch.isascii():
        return ()
    from pypinyin import Style, pinyin

    readings = pinyin(ch, style=Style.FIRST_LETTER, heteronym=True, errors=lambda _c: [])
    letters = [r.lower() for group in readings for r in group if r.isascii() and r.isalpha()]
    return tuple(dict.fromkeys(letters))


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
