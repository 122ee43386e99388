"""What library search means, and the tokens that let SQLite answer it (docs/library.md).

Pure: no SQL, no I/O. The store writes these tokens into its FTS5 table and turns query terms
into FTS5 phrases; ``match`` is the same meaning in plain Python (the service uses it for the
few items it ranks by use; tests compare everything with a brute-force oracle).

Meaning
- Text and queries are normalised alike: NFKC (full-width -> half-width and other compatibility
  forms) then lower case. Simplified and traditional characters are kept as entered.
- A query is split on whitespace into terms. An item matches when every term is a substring of
  its title or one of its other fields (body / caption / message, keywords, terms). Punctuation
  is part of a term: ``SK-II`` is the five characters ``sk-ii``; ``30ml`` and ``A醇`` likewise.
- A term of ASCII letters only (at most ``MAX_INITIALS``) also matches the pinyin first
  letters of the title **from the start of a word** (jieba's dictionary cuts the title into
  words; punctuation and spaces end a run), with every reading of a heteronym (``mb`` -> 美白,
  ``fss`` -> 防晒霜, ``cq``/``zq`` -> 长期, ``xjmb`` -> 夏季美白), but not ``mb`` in 怎么办
  (zmb) or 报名表 (bmb). A single letter matches only the title's first character. Letters and
  digits of the title stand for themselves.
  The keywords' initials match too (2+ letters, from a word start: ``mb`` -> keyword 美白),
  with the other fields.
- Tiers: every term in the title's characters; every term in the title, some only by its
  initials; the rest (docs/library.md "title hits first"; initials rank below real
  characters).

Initials tokens
- Every prefix (2+ letters) of the initials from each word start is one token ``zq<letters>``,
  and each letter of the title's first character ``zq<letter>``; keywords' initials are
  ``zk<letters>``: a letters-only term is ONE token lookup, exact.

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

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

SENTINEL = "zz"  # never the spelling of a character or pair
MAX_INITIALS = 12  # letters of a term that can match initials
MAX_INITIALS_VARIANTS = 16  # readings per word start; later heteronyms keep their first one


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


class Slot(NamedTuple):
    """A character of the title that has pinyin initials."""

    index: int  # in the normalised title
    options: tuple[str, ...]  # its possible first letters, most common reading first
    word_start: bool


class Initials(NamedTuple):
    """What a letters-only term can match in a title's initials."""

    lead: str  # letters of the title's first word's first character (1-letter terms)
    anchored: tuple[str, ...]  # from each word start: the initials that follow (<= MAX_INITIALS)


Letters = Callable[[str], tuple[str, ...]]
Words = Callable[[str], tuple[str, ...]]


def initial_runs(title: str, letters_of: Letters, words_of: Words) -> list[list[Slot]]:
    """The normalised title's characters with initials, in runs broken by anything else.

    ``letters_of(ch)`` gives a Chinese character's first letters (empty for anything else);
    ASCII letters and digits stand for themselves. ``words_of(text)`` cuts text into words
    (jieba's dictionary): a slot starts a word where a word begins or a run begins.
    """
    starts: set[int] = set()
    at = 0
    for word in words_of(title):
        starts.add(at)
        at += len(word)
    runs: list[list[Slot]] = [[]]
    for index, ch in enumerate(title):
        if ch.isascii() and ch.isalnum():
            options: tuple[str, ...] = (ch,)
        else:
            options = tuple(dict.fromkeys(letters_of(ch))) if not ch.isascii() else ()
        if options:
            run = runs[-1]
            run.append(Slot(index, options, not run or index in starts))
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def title_initials(title: str, letters_of: Letters, words_of: Words) -> Initials:
    """Every reading of the initials from each word start of the normalised ``title``, up to
    ``MAX_INITIALS`` letters; past ``MAX_INITIALS_VARIANTS`` readings a heteronym keeps its
    most common one."""
    runs = initial_runs(title, letters_of, words_of)
    lead = "".join(o for o in runs[0][0].options if o.isalpha()) if runs else ""
    out: dict[str, None] = {}
    for run in runs:
        for p, slot in enumerate(run):
            if not slot.word_start:
                continue
            variants = [""]
            for later in run[p:p + MAX_INITIALS]:
                options = later.options
                if len(variants) * len(options) > MAX_INITIALS_VARIANTS:
                    options = options[:1]
                variants = [v + o for v in variants for o in options]
            out.update(dict.fromkeys(variants))
    return Initials(lead, tuple(out))


def initials_keys(initials: Initials) -> set[str]:
    """The letters-only terms these initials answer: each lead letter, and every prefix of
    two or more letters of an anchored string (up to its first digit)."""
    keys = set(initials.lead)
    keys.update(_prefixes(initials))
    return keys


def _prefixes(initials: Initials) -> set[str]:
    keys: set[str] = set()
    for anchored in initials.anchored:
        letters = _LEADING_LETTERS.match(anchored)  # up to the first digit
        if letters is not None:
            keys.update([anchored[:k] for k in range(2, letters.end() + 1)])
    return keys


_LEADING_LETTERS = re.compile(r"[A-Za-z]+")  # initials are ASCII letters and digits


@dataclass(frozen=True)
class SearchText:
    """The normalised searchable text of one item."""

    title: str
    others: tuple[str, ...]  # body / caption / message, keywords, terms
    initials: Initials
    keyword_keys: frozenset[str] = frozenset()  # initials of the keywords (2+ letters)

    @classmethod
    def of(cls, title: str, others: Iterable[str], letters_of: Letters, words_of: Words,
           keywords: str = "") -> SearchText:
        title = normalize(title)
        return cls(title, tuple(normalize(o) for o in others),
                   title_initials(title, letters_of, words_of),
                   keyword_initials(keywords, letters_of, words_of))


def keyword_initials(keywords: str, letters_of: Letters, words_of: Words) -> frozenset[str]:
    """Letters-only terms of 2+ letters that match the keywords' initials from a word start
    (``mb`` for an item with the keyword 美白); they rank with the other fields."""
    keys: set[str] = set()
    for keyword in normalize(keywords).split():
        keys.update(_keyword_keys(keyword, letters_of, words_of))
    return frozenset(keys)


@lru_cache(maxsize=16384)
def _keyword_keys(keyword: str, letters_of: Letters, words_of: Words) -> frozenset[str]:
    """Keywords repeat across items (a pack of 10,000 has a few hundred distinct ones): each
    is cut and spelled once (2 of every 3 ``title_initials`` calls when indexing a pack)."""
    return frozenset(_prefixes(title_initials(keyword, letters_of, words_of)))


TITLE_CHARS, TITLE_INITIALS, ELSEWHERE = 0, 1, 2  # tiers, best first


def by_initials(term: str, initials: Initials) -> bool:
    """A letters-only term matches the initials from a word start (one letter: only the
    title's first word)."""
    if not is_letters(term) or len(term) > MAX_INITIALS:
        return False
    if len(term) == 1:
        return term in initials.lead
    return any(a.startswith(term) for a in initials.anchored)


def term_tier(term: str, doc: SearchText) -> int | None:
    if term in doc.title:
        return TITLE_CHARS
    if by_initials(term, doc.initials):
        return TITLE_INITIALS
    if any(term in field for field in doc.others) or term in doc.keyword_keys:
        return ELSEWHERE
    return None


def match(terms: tuple[str, ...], doc: SearchText) -> int | None:
    """None: no match; otherwise the item's tier: TITLE_CHARS (every term in the title's
    characters), TITLE_INITIALS (every term in the title, some only by initials) or
    ELSEWHERE."""
    tier = TITLE_CHARS
    for term in terms:
        found = term_tier(term, doc)
        if found is None:
            return None
        tier = max(tier, found)
    return tier


def highlight(text: str, terms: Iterable[str], letters_of: Letters | None = None,
              words_of: Words | None = None) -> tuple[tuple[int, int], ...]:
    """Why an item came up: spans ``[start, end)`` of ``text`` (as shown, not normalised)
    covering each occurrence of a term and, for a title (``letters_of``/``words_of`` given),
    the characters whose initials a letters-only term matched from a word start."""
    pieces, source = [], []
    for index, ch in enumerate(text):
        folded = normalize(ch)
        pieces.append(folded)
        source.extend([index] * len(folded))
    flat = "".join(pieces)
    marked: set[int] = set()
    runs: list[list[Slot]] | None = None
    for term in terms:
        if not term:
            continue
        start, literal = flat.find(term), False
        while start >= 0:
            marked.update(source[start:start + len(term)])
            literal = True
            start = flat.find(term, start + 1)
        if literal or letters_of is None or words_of is None or not is_letters(term) \
                or len(term) > MAX_INITIALS:
            continue
        if runs is None:
            runs = initial_runs(flat, letters_of, words_of)
        for n, run in enumerate(runs):
            for p, slot in enumerate(run):
                if not slot.word_start or (len(term) == 1 and (n or p)):
                    continue
                window = run[p:p + len(term)]
                if len(window) == len(term) and all(
                        letter in s.options for letter, s in zip(term, window, strict=True)):
                    marked.update(source[s.index] for s in window)
    spans: list[list[int]] = []
    for index in sorted(marked):
        if spans and spans[-1][1] == index:
            spans[-1][1] = index + 1
        else:
            spans.append([index, index + 1])
    return tuple((a, b) for a, b in spans)
