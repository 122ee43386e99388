"""Writing one verified report into the warehouse (inside the caller's transaction) and the
small reads a merge needs: has this report been merged, which seqs of a device are covered,
every device's ranges (for gaps)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import Connection, insert, select

from advisor_desk.domain.errors import N_, ReportRejected
from advisor_desk.store.warehouse import loader
from advisor_desk.store.warehouse import tables as t
from advisor_desk.store.warehouse.rollups import Sums as RollupSums
from advisor_desk.store.warehouse.staging import ReportHead, StagedEvents

__all__ = ["ReportHead", "RollupSums", "StagedEvents"]


def merged_ids(connection: Connection) -> set[str]:
    return set(connection.execute(select(t.reports.c.report_id)).scalars())


def device_state(connection: Connection, head: ReportHead) -> tuple[bool, list[tuple[int, int]]]:
    """Whether this report was merged already (its id is the hash of a manifest naming its
    device), and the device's merged seq ranges, joined where they touch or overlap."""
    rows = loader.execute(connection, "SELECT report_id, seq_from, seq_to FROM reports "
                          "WHERE device_id = :d", {"d": head.device_id})
    merged = any(report_id == head.report_id for report_id, _a, _b in rows)
    return merged, join_ranges([(a, b) for _id, a, b in rows if b >= a])


def join_ranges(ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def all_ranges(connection: Connection) -> list[tuple[str, str, int, int, int]]:
    """(store, device, device's first seq, seq_from, seq_to) of every report received."""
    r, d = t.reports.c, t.devices.c
    return [tuple(row) for row in connection.execute(
        select(r.store_code, r.device_id, d.first_seq, r.seq_from, r.seq_to)
        .join(t.devices, t.devices.c.device_id == r.device_id)
        .order_by(r.store_code, r.device_id, r.seq_from))]


# ---------------------------------------------------------------- writing
stage_spec = loader.stage_spec
attach_stage = loader.attach_stage
detach_stage = loader.detach_stage


def _refused() -> tuple[type[BaseException], ...]:
    """What a value the database cannot store raises (SQLAlchemy, the drivers themselves)."""
    import sqlite3

    from sqlalchemy.exc import DataError, IntegrityError

    found: list[type[BaseException]] = [UnicodeEncodeError, DataError, IntegrityError,
                                        sqlite3.DataError, sqlite3.IntegrityError]
    try:
        import psycopg

        found += [psycopg.DataError, psycopg.IntegrityError]
    except ImportError:
        pass
    return tuple(found)


@contextmanager
def refusing(head: ReportHead) -> Iterator[None]:
    """A value the database refuses while a report is written refuses the report (the
    caller's savepoint rolls it back): one sentence instead of a crash."""
    try:
        yield
    except _refused():
        raise ReportRejected(N_("{file} holds values the warehouse cannot store; it was not "
                                "merged."), file=head.file_name) from None


def load_events(connection: Connection, head: ReportHead, staged: StagedEvents,
                ranges: Sequence[tuple[int, int]], sums: RollupSums) -> int:
    """Load a report's staged events, leaving out the seqs of ``ranges`` (the device's
    merged ranges); returns how many of its journal rows were new. Rollup sums still to
    write go to ``sums`` (``add_sums`` writes them, in the same transaction)."""
    meets = [(a, b) for a, b in ranges if a <= head.seq_to and b >= head.seq_from]
    with refusing(head):
        return loader.load_staged(connection, staged, meets, sums)


add_sums = loader.add_sums


def write_snapshots(connection: Connection, head: ReportHead, *, advisors: list[tuple],
                    catalog: list[tuple], progress: list[tuple], counts: list[tuple]) -> None:
    """The report's snapshot rows, each kept only where this report is the newest. A
    store's ``region`` is HQ's (issue 14 fills it): a report never changes it."""
    vk = head.version_key
    loader.upsert(connection, t.stores, ("store_code",), (
        "store_code", "name", "region", "time_zone", "version_key"),
        [(head.store_code, head.store_name, "", head.time_zone, vk)], keep=("region",))
    loader.upsert(connection, t.devices, ("device_id",), (
        "device_id", "store_code", "key_id", "first_seq", "version_key", "counts_version"),
        [(head.device_id, head.store_code, head.key_id, head.first_seq, vk, "")],
        keep=("counts_version",))
    loader.upsert(connection, t.advisors, ("advisor",), (
        "advisor", "store_code", "device_id", "name", "role", "active", "version_key"),
        [(a, head.store_code, head.device_id, name, role, bool(active), vk)
         for a, name, role, active in advisors])
    loader.upsert(connection, t.content_items, ("kind", "uid"), (
        "kind", "uid", "title", "grp", "detail", "version_key"),
        [(*row, vk) for row in catalog])
    loader.upsert(connection, t.daily_progress, ("advisor", "day"), (
        "advisor", "day", "device_id", "due", "done", "on_time", "version_key"),
        [(a, day, head.device_id, due, done, on_time, vk)
         for day, a, due, done, on_time in progress])
    device = {"d": head.device_id, "v": vk}
    current = loader.execute(connection, "SELECT counts_version FROM devices "
                             "WHERE device_id = :d", device)[0][0]
    if vk > current:
        loader.execute(connection, "DELETE FROM customer_counts WHERE device_id = :d", device)
        loader.insert(connection, t.customer_counts, (
            "device_id", "dimension", "key", "store_code", "count"),
            [(head.device_id, dim, key or "", head.store_code, n) for dim, key, n in counts])
        loader.execute(connection, "UPDATE devices SET counts_version = :v "
                       "WHERE device_id = :d", device)


def record_report(connection: Connection, head: ReportHead, *, events: int,
                  merged_at: datetime) -> None:
    # one statement for every report (its compiled form is cached), the values as parameters
    connection.execute(_INSERT_REPORT, [dict(
        report_id=head.report_id, device_id=head.device_id, store_code=head.store_code,
        key_id=head.key_id, seq_from=head.seq_from, seq_to=head.seq_to,
        period_from=_date(head.period_from), period_to=_date(head.period_to),
        created_at=head.created_at, reexport=head.reexport, events=events,
        app_version=head.app_version, file_name=head.file_name[:260], merged_at=merged_at)])


_INSERT_REPORT = insert(t.reports)


def _date(text_day: str):
    from datetime import date

    return date.fromisoformat(text_day)
