"""The brute-force oracle for library search: read every live item straight from the SQLite
file and test each term as a plain substring (ARCHITECTURE.md §6). It shares only the
definition of normalisation and of the pinyin readings with the engine, never its tokens."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from advisor_desk.domain.pinyin import letter_options
from advisor_desk.domain.text_index import initials_runs, normalize


@dataclass(frozen=True)
class Item:
    kind: str
    uid: str
    title: str
    others: tuple[str, ...]
    owner: int | None


def items(db_path: Path) -> list[Item]:
    conn = sqlite3.connect(db_path)
    try:
        out = [Item("script", uid, title, (body, keywords), owner if origin != "hq" else None)
               for uid, title, body, keywords, origin, owner in conn.execute(
                   "SELECT uid, title, body, keywords, origin, owner_id FROM scripts "
                   "WHERE NOT retired")]
        out += [Item("material", uid, title, (body, keywords), None)
                for uid, title, body, keywords in conn.execute(
                    "SELECT uid, title, body, keywords FROM materials WHERE NOT retired")]
        out += [Item("coupon", uid, name, (message, terms), None)
                for uid, name, message, terms in conn.execute(
                    "SELECT uid, name, message, terms FROM coupons WHERE NOT retired")]
    finally:
        conn.close()
    return out


def _in_title(term: str, item: Item) -> bool:
    if term in normalize(item.title):
        return True
    return term.isascii() and term.isalpha() and any(
        term in reading for reading in initials_runs(item.title, letter_options))


def search(all_items: list[Item], query: str, advisor_id: int | None = None
           ) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(every match, the title hits) visible to ``advisor_id`` (HQ items and their own)."""
    terms = normalize(query).split()
    found, titles = set(), set()
    for item in all_items:
        if item.owner is not None and item.owner != advisor_id:
            continue
        in_title = [_in_title(t, item) for t in terms]
        if all(hit or any(t in normalize(o) for o in item.others)
               for t, hit in zip(terms, in_title, strict=True)):
            found.add((item.kind, item.uid))
            if all(in_title):
                titles.add((item.kind, item.uid))
    return found, titles
