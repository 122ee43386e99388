"""Regions HQ assigns to stores (the warehouse's ``stores.region``; a merge never overwrites
it): the region leaderboard groups stores by it."""

from __future__ import annotations

from sqlalchemy import Connection, update

from advisor_desk.store.warehouse import tables as t


def set_region(connection: Connection, store_code: str, region: str) -> bool:
    """False when the store has not reported yet (no row to set)."""
    result = connection.execute(update(t.stores).where(t.stores.c.store_code == store_code)
                                .values(region=region))
    return bool(result.rowcount)
