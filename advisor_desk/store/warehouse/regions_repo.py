"""Regions HQ assigns to stores (the warehouse's ``stores.region``; a merge never overwrites
it): the region leaderboard groups stores by it."""

from __future__ import annotations

from sqlalchemy import Connection, func, select, update

from advisor_desk.store.warehouse import tables as t


def set_region(connection: Connection, store_code: str, region: str) -> bool:
    """False when the store has not reported yet (no row to set)."""
    result = connection.execute(update(t.stores).where(t.stores.c.store_code == store_code)
                                .values(region=region))
    return bool(result.rowcount)


def stamp(connection: Connection) -> tuple:
    """What changes whenever the warehouse's numbers can: reports merged (count, newest) and
    the regions (for the dashboard's cache)."""
    r, s = t.reports.c, t.stores.c
    merged = tuple(connection.execute(select(func.count(), func.max(r.merged_at))).one())
    regions = tuple(tuple(row) for row in connection.execute(
        select(s.store_code, s.region).order_by(s.store_code)))
    return (*merged, regions)
