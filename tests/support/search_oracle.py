"""The brute-force oracle for library search: read every live item straight from the SQLite
file and test each term as a plain substring (docs/library.md), or as the initials from a
word start of the title (docs/library.md). It shares only the definitions of normalisation,
the pinyin readings and the word starts with the engine, never its tokens."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from advisor_desk.domain.pinyin import letter_options, words
from advisor_desk.domain.text_index import by_initials, is_letters, normalize, title_initials


@dataclass(frozen=True)
class Item:
    kind: str
    uid: str
    title: str
    others: tuple[str, ...]
    owner: int | None
    keywords: str = ""


def items(db_path: Path) -> list[Item]:
    conn = sqlite3.connect(db_path)
    try:
        out = [Item("script", uid, title, (body, keywords), owner if origin != "hq" else None,
                    keywords)
               for uid, title, body, keywords, origin, owner in conn.execute(
                   "SELECT uid, title, body, keywords, origin, owner_id FROM scripts "
                   "WHERE NOT retired")]
        out += [Item("material", uid, title, (body, keywords), None, keywords)
                for uid, title, body, keywords in conn.execute(
                    "SELECT uid, title, body, keywords FROM materials WHERE NOT retired")]
        out += [Item("coupon", uid, name, (message, terms), None)
                for uid, name, message, terms in conn.execute(
                    "SELECT uid, name, message, terms FROM coupons WHERE NOT retired")]
    finally:
        conn.close()
    return out


def _tier(term: str, item: Item) -> int | None:
    """0: in the title's characters; 1: the title's initials from a word start; 2: another
    field; None: nowhere."""
    title = normalize(item.title)
    if term in title:
        return 0
    if by_initials(term, title_initials(title, letter_options, words)):
        return 1
    if any(term in normalize(o) for o in item.others):
        return 2
    if is_letters(term) and len(term) > 1 and any(
            by_initials(term, title_initials(k, letter_options, words))
            for k in normalize(item.keywords).split()):
        return 2  # the keywords' initials from a word start
    return None


def search(all_items: list[Item], query: str, advisor_id: int | None = None
           ) -> tuple[set[tuple[str, str]], set[tuple[str, str]], set[tuple[str, str]]]:
    """(every match, the title hits, the title hits only through initials) visible to
    ``advisor_id`` (HQ items and their own)."""
    terms = normalize(query).split()
    found, titles, initials = set(), set(), set()
    for item in all_items:
        if item.owner is not None and item.owner != advisor_id:
            continue
        tiers = [_tier(t, item) for t in terms]
        if None in tiers:
            continue
        key = (item.kind, item.uid)
        found.add(key)
        if terms and max(tiers) < 2:
            titles.add(key)
            if max(tiers) == 1:
                initials.add(key)
    return found, titles, initials
