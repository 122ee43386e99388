"""A small in-memory index over the few items search ranks by use (pure Python).

The same meaning as ``text_index.match``, answered with bit sets: every item has a slot; each
character and adjacent pair of its title, its other fields and its title's initials maps to
the set of slots (a Python int) that contain it. A 1- or 2-character term is answered exactly
by one lookup; a longer term by AND-ing its pairs, then checking the few candidates as plain
substrings. Facets are bit sets too, so a keystroke costs a handful of integer operations
however many ranked items there are.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
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


def slots_of(bits: int) -> Iterator[int]:
    while bits:
        low = bits & -bits
        yield low.bit_length() - 1
        bits ^= low


class MemoryIndex:
    def __init__(self) -> None:
        self.texts: list[ti.SearchText] = []
        self._plain: list[tuple[str, str, str]] = []  # title, initials, others (newline-joined)
        self._title: dict[str, int] = {}
        self._initials: dict[str, int] = {}
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
        self._plain.append((text.title, "\n".join(text.initials), "\n".join(text.others)))
        _add(self._title, _grams([text.title]), bit)
        _add(self._initials, _grams(text.initials), bit)
        _add(self._others, _grams(text.others), bit)
        _add(self._facets, set(facets), bit)
        if valid_from is not None or valid_to is not None:
            self._windows[slot] = (valid_from, valid_to)
        return slot

    def tiers(self, terms: tuple[str, ...], among: int) -> tuple[int, int]:
        """Slots (within ``among``) matching every term: (all in the title, the rest)."""
        title_bits, any_bits = among, among
        long_terms = []
        for term in terms:
            in_title = _lookup(self._title, term)
            if ti.is_letters(term):
                in_title |= _lookup(self._initials, term)
            title_bits &= in_title
            any_bits &= in_title | _lookup(self._others, term)
            if len(term) > 2:
                long_terms.append((term, ti.is_letters(term)))
            if not any_bits:
                return 0, 0
        if long_terms:  # AND-ed pairs give candidates: check the long terms as substrings
            for slot in slots_of(any_bits):
                title, initials, others = self._plain[slot]
                bit = 1 << slot
                for term, letters in long_terms:
                    if term in title or (letters and term in initials):
                        continue
                    title_bits &= ~bit
                    if term not in others:
                        any_bits &= ~bit
                        break
        title_bits &= any_bits
        return title_bits, any_bits & ~title_bits

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
