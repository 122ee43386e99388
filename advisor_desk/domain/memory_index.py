"""A small in-memory index over the few items search ranks by use (pure Python).

The same meaning as ``text_index.match``, answered with bit sets: every item has a slot; each
character and adjacent pair of its title and its other fields, and each initials key of its
title (``text_index.initials_keys``), maps to the set of slots (a Python int) that have it.
A 1- or 2-character term (or an initials term) is answered exactly by one lookup; a longer
term by AND-ing its pairs, then checking the few candidates as plain substrings. Facets are
bit sets too, so a keystroke costs a handful of integer operations however many ranked items
there are.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from advisor_desk.domain import text_index as ti


def _grams(fields: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for field in fields:
        for run in field.split():
            out.update(run)
            out.update(run[i:i + 2] for i in range(len(run) - 1))
    return out


def _add(table: dict[str, int], grams: set[str], bit: int) -> None:
    for g in grams:
        table[g] = table.get(g, 0) | bit


def _lookup(table: dict[str, int], term: str) -> int:
    grams = [term] if len(term) == 1 else [term[i:i + 2] for i in range(len(term) - 1)]
    bits = -1
    for g in grams:
        bits &= table.get(g, 0)
        if not bits:
            return 0
    return bits


def _bits(slots: Iterable[int]) -> int:
    out = 0
    for slot in slots:
        out |= 1 << slot
    return out


def slots_of(bits: int) -> list[int]:
    """The slots set in ``bits``, lowest first (``str.find`` over its binary digits: twice as
    fast as peeling off the lowest bit when a few hundred are set)."""
    digits = bin(bits)[:1:-1]  # lowest bit first, without "0b"
    out = []
    slot = digits.find("1")
    while slot >= 0:
        out.append(slot)
        slot = digits.find("1", slot + 1)
    return out


class MemoryIndex:
    def __init__(self) -> None:
        self.texts: list[ti.SearchText] = []
        self._plain: list[tuple[str, str]] = []  # title, others (newline-joined)
        self._title: dict[str, int] = {}
        self._initials: dict[str, int] = {}
        self._keywords: dict[str, int] = {}  # keywords' initials
        self._others: dict[str, int] = {}
        self._facets: dict[str, int] = {}
        self._windows: dict[int, tuple[date | None, date | None]] = {}

    def __len__(self) -> int:
        return len(self.texts)

    def add(self, text: ti.SearchText, facets: Iterable[str], valid_from: date | None = None,
            valid_to: date | None = None) -> int:
        slot = len(self.texts)
        bit = 1 << slot
        self.texts.append(text)
        self._plain.append((text.title, "\n".join(text.others)))
        _add(self._title, _grams([text.title]), bit)
        _add(self._initials, ti.initials_keys(text.initials), bit)
        _add(self._keywords, set(text.keyword_keys), bit)
        _add(self._others, _grams(text.others), bit)
        _add(self._facets, set(facets), bit)
        if valid_from is not None or valid_to is not None:
            self._windows[slot] = (valid_from, valid_to)
        return slot

    def tiers(self, terms: tuple[str, ...], among: int) -> tuple[int, int, int]:
        """Slots (within ``among``) matching every term, by tier: (title characters, title
        with some terms only by initials, elsewhere)."""
        chars_bits, title_bits, any_bits = among, among, among
        long_terms = []
        for term in terms:
            in_chars = _lookup(self._title, term)
            letters = ti.is_letters(term) and len(term) <= ti.MAX_INITIALS
            in_initials = self._initials.get(term, 0) if letters else 0
            in_keywords = self._keywords.get(term, 0) if letters else 0
            chars_bits &= in_chars
            title_bits &= in_chars | in_initials
            any_bits &= in_chars | in_initials | in_keywords | _lookup(self._others, term)
            if len(term) > 2:
                long_terms.append((term, in_initials, in_keywords))
            if not any_bits:
                return 0, 0, 0
        if long_terms:  # AND-ed pairs give candidates: check the long terms as substrings
            candidates = slots_of(any_bits)
            plain = self._plain
            for term, in_initials, in_keywords in long_terms:
                in_title = _bits(s for s in candidates if term in plain[s][0])
                chars_bits &= in_title
                title_bits &= in_title | in_initials  # initials keys are exact
                known = in_title | in_initials | in_keywords
                any_bits &= known | _bits(s for s in candidates
                                          if not known >> s & 1 and term in plain[s][1])
                candidates = [s for s in candidates if any_bits >> s & 1]
        title_bits &= any_bits
        chars_bits &= title_bits
        return chars_bits, title_bits & ~chars_bits, any_bits & ~title_bits

    def passing(self, groups: tuple[tuple[str, ...], ...], day: date | None) -> int:
        """Slots having a facet of every group, and valid on ``day`` (None: any day)."""
        bits = (1 << len(self.texts)) - 1
        for group in groups:
            any_of = 0
            for facet in group:
                any_of |= self._facets.get(facet, 0)
            bits &= any_of
        if day is not None:
            for slot, (start, end) in self._windows.items():
                if (start is not None and day < start) or (end is not None and day > end):
                    bits &= ~(1 << slot)
        return bits
