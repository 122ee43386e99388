"""What library search means, and the tokens that let SQLite answer it (ARCHITECTURE.md §6).

Pure: no SQL, no I/O. The store writes these tokens into its FTS5 table and turns query terms
into FTS5 phrases; ``match`` is the same meaning in plain Python (the service uses it for the
few items it ranks by use; tests compare everything with a brute-force oracle).

Meaning
- Text and queries are normalised alike: NFKC (full-width -> half-width and other compatibility
  forms) then lower case. Simplified and traditional characters are kept as entered.
- A query is split on whitespace into terms. An item matches when every term is a substring of
  its title or one of its other fields (body / caption / message, keywords, terms). Punctuation
  is part of a term: ``SK-II`` is the five characters ``sk-ii``; ``30ml`` and ``A醇`` likewise.
- A term of ASCII letters only also matches a substring of the pinyin first letters of the
  title, with every reading of a heteronym (``mb`` -> 美白, ``fss`` -> 防晒霜, ``cq``/``zq`` ->
  长期).
  Letters and digits of the title stay as they are; other characters break the initials.
- A title hit is an item where every term matches its title (or the title's initials).

Tokens (one FTS5 ``unicode61`` column per field group)
- Each field is written as its distinct characters (answers 1-character terms), a sentinel,
  then its adjacent character pairs in order, a sentinel between whitespace-separated runs. A
  term of 2+ characters is the FTS5 phrase of its consecutive pairs, which matches exactly
  where the term occurs as a substring; the sentinels stop a phrase from spanning two runs or
  fields.
- Characters are spelled so ``unicode61`` keeps every token whole and unchanged: ``a``-``y``,
  ``0``-``9`` and CJK ideographs (Unicode 6.1 blocks, which SQLite's tables know) as
  themselves, everything else as ``z<hex code>z``. So ``k-`` is the one token ``kz2dz``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

SENTINEL = "zz"  # never the spelling of a character or pair
MAX_INITIALS_VARIANTS = 32  # per run of the title; later heteronyms keep their first reading


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def query_terms(query: str) -> tuple[str, ...]:
    """The distinct, normalised terms of a query, in order."""
    return tuple(dict.fromkeys(normalize(query).split()))


def is_letters(term: str) -> bool:
    """Terms that may also match the pinyin initials of a title."""
    return term.isascii() and term.isalpha()


def _literal(ch: str) -> bool:
    o = ord(ch)
    return ("a" <= ch <= "y" or "0" <= ch <= "9" or 0x4E00 <= o <= 0x9FCB
            or 0x3400 <= o <= 0x4DB5)


class _Spelled(dict[str, str]):
    """Character -> its token spelling, computed once per distinct character (indexing a
    pack spells millions of characters, mostly the same few thousand)."""

    def __missing__(self, ch: str) -> str:
        spelled = self[ch] = ch if _literal(ch) else f"z{ord(ch):x}z"
        return spelled


_SPELLED = _Spelled()


def spell(ch: str) -> str:
    return _SPELLED[ch]


def term_tokens(term: str, prefix: str = "") -> list[str]:
    """The tokens of a normalised term: its one character, or its consecutive pairs."""
    if len(term) == 1:
        return [prefix + spell(term)]
    return [prefix + spell(term[i]) + spell(term[i + 1]) for i in range(len(term) - 1)]


def fts_phrase(term: str, prefix: str = "") -> str:
    """A normalised term as an FTS5 string literal (never FTS5 syntax)."""
    text = " ".join(term_tokens(term, prefix))
    return '"' + text.replace('"', '""') + '"'


def field_tokens(fields: Iterable[str], prefix: str = "") -> str:
    """The token text of one FTS column holding these (normalised) fields. A ``prefix`` such
    as ``zt`` (never the start of a spelled character: ``z`` is followed by a hex digit
    there) gives a column tokens of its own, so a query on it reads only its short lists."""
    chars: dict[str, None] = {}
    runs: list[str] = []
    spelled_of = _SPELLED.__getitem__
    join, add = " ".join, str.__add__
    for field in fields:
        for run in field.split():
            chars.update(dict.fromkeys(run))
            if len(run) > 1:  # consecutive pairs, concatenated in C (millions for a pack)
                spelled = list(map(spelled_of, run))
                heads = [prefix + s for s in spelled] if prefix else spelled
                runs.append(join(map(add, heads, spelled[1:])))
    singles = map(spelled_of, chars)
    parts = [join([prefix + s for s in singles] if prefix else singles), *runs]
    return f" {SENTINEL} ".join(p for p in parts if p)


def initials_runs(title: str, letters_of: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
    """Every reading of the title's pinyin initials, as strings without breaks.

    ``letters_of(ch)`` gives a Chinese character's possible first letters, most common first
    (empty for anything else). ASCII letters and digits stand for themselves; any other
    character breaks the initials into separate runs. A run with many heteronyms is expanded
    up to ``MAX_INITIALS_VARIANTS`` readings; after that, a heteronym keeps its first letter.
    """
    runs: list[list[tuple[str, ...]]] = [[]]
    for ch in normalize(title):
        if ch.isascii() and ch.isalnum():
            runs[-1].append((ch,))
            continue
        options = tuple(dict.fromkeys(letters_of(ch))) if not ch.isascii() else ()
        if options:
            runs[-1].append(options)
        elif runs[-1]:
            runs.append([])
    out: list[str] = []
    for run in runs:
        variants = [""]
        for options in run:
            if len(variants) * len(options) > MAX_INITIALS_VARIANTS:
                options = options[:1]
            variants = [v + o for v in variants for o in options]
        out.extend(v for v in variants if v)
    return tuple(dict.fromkeys(out))


@dataclass(frozen=True)
class SearchText:
    """The normalised searchable text of one item."""

    title: str
    others: tuple[str, ...]  # body / caption / message, keywords, terms
    initials: tuple[str, ...]  # initials_runs(title)

    @classmethod
    def of(cls, title: str, others: Iterable[str], initials: tuple[str, ...]) -> SearchText:
        return cls(normalize(title), tuple(normalize(o) for o in others), initials)


def in_title(term: str, doc: SearchText) -> bool:
    return term in doc.title or (is_letters(term) and any(term in r for r in doc.initials))


def match(terms: tuple[str, ...], doc: SearchText) -> int | None:
    """None: no match; 0: a title hit; 1: every term matches, not all in the title."""
    tier = 0
    for term in terms:
        if in_title(term, doc):
            continue
        if not any(term in field for field in doc.others):
            return None
        tier = 1
    return tier
