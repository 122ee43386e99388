"""Writing one verified report into the warehouse (inside the caller's transaction) and the
small reads a merge needs: has this report been merged, which seqs of a device are covered,
every device's ranges (for gaps)."""

from __future__ import annotations

import bisect
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, insert, select, text, update

from advisor_desk.domain.errors import N_, ReportRejected
from advisor_desk.store.warehouse import loader
from advisor_desk.store.warehouse import tables as t


@dataclass(frozen=True)
class ReportHead:
    report_id: str
    device_id: str
    store_code: str
    store_name: str
    time_zone: str
    key_id: str
    first_seq: int
    seq_from: int
    seq_to: int
    period_from: str
    period_to: str
    created_at: datetime  # naive UTC
    reexport: bool
    app_version: str
    file_name: str

    @property
    def version_key(self) -> str:
        return f"{self.created_at.isoformat()}|{self.report_id}"


def is_merged(connection: Connection, report_id: str) -> bool:
    return connection.execute(select(t.reports.c.report_id).where(
        t.reports.c.report_id == report_id)).first() is not None


def merged_ids(connection: Connection) -> set[str]:
    return set(connection.execute(select(t.reports.c.report_id)).scalars())


def covered(connection: Connection, device_id: str) -> list[tuple[int, int]]:
    """The device's merged seq ranges, joined where they touch or overlap."""
    rows = connection.execute(select(t.reports.c.seq_from, t.reports.c.seq_to).where(
        t.reports.c.device_id == device_id, t.reports.c.seq_to >= t.reports.c.seq_from)
        .order_by(t.reports.c.seq_from)).all()
    return join_ranges([(a, b) for a, b in rows])


def join_ranges(ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def not_covered(rows: Sequence[tuple], ranges: list[tuple[int, int]]) -> list[tuple]:
    """The rows (seq first) whose seq lies in none of ``ranges`` (joined, sorted)."""
    if not ranges or not rows:
        return list(rows)
    starts = [a for a, _ in ranges]
    out = []
    for r in rows:
        i = bisect.bisect_right(starts, r[0]) - 1
        if i < 0 or r[0] > ranges[i][1]:
            out.append(r)
    return out


def all_ranges(connection: Connection) -> list[tuple[str, str, int, int, int]]:
    """(store, device, device's first seq, seq_from, seq_to) of every report received."""
    r, d = t.reports.c, t.devices.c
    return [tuple(row) for row in connection.execute(
        select(r.store_code, r.device_id, d.first_seq, r.seq_from, r.seq_to)
        .join(t.devices, t.devices.c.device_id == r.device_id)
        .order_by(r.store_code, r.device_id, r.seq_from))]


# ---------------------------------------------------------------- writing
def _refused() -> tuple[type[BaseException], ...]:
    """What a value the database cannot store raises (SQLAlchemy, or psycopg under COPY)."""
    from sqlalchemy.exc import DataError, IntegrityError

    found: list[type[BaseException]] = [UnicodeEncodeError, DataError, IntegrityError]
    try:
        import psycopg

        found += [psycopg.DataError, psycopg.IntegrityError]
    except ImportError:
        pass
    return tuple(found)


def load_events(connection: Connection, kind: str, columns: Sequence[str], device_id: str,
                rows: Sequence[tuple], *, file: str) -> None:
    """Load one kind's rows; a value the database refuses refuses the report (the caller's
    transaction rolls back)."""
    try:
        _load(connection, kind, columns, device_id, rows)
    except _refused():
        raise ReportRejected(N_("{file} holds values the warehouse cannot store; it was "
                                "not merged."), file=file) from None


def _load(connection: Connection, kind: str, columns: Sequence[str], device_id: str,
          rows: Sequence[tuple]) -> None:
    table = t.EVENT_TABLES[kind]
    if kind == "steps":
        latest: dict[str, tuple] = {}
        for row in rows:  # rows come in seq order: the last outcome of a task wins
            latest[row[5]] = row
        loader.upsert_steps(connection, table, columns, device_id,
                            sorted(latest.values()))
        return
    if kind == "imports":
        rows = [(*r[:-1], json.dumps(r[-1], sort_keys=True)) for r in rows]
    loader.insert_events(connection, table, columns, device_id, rows)


def _upsert(connection: Connection, table: t.Table, key: Sequence[str],
            rows: list[dict], keep: Sequence[str] = ()) -> None:
    """Insert or, for a newer ``version_key``, update (the same SQL on both dialects);
    ``keep``: columns written on insert only (HQ's own, e.g. a store's region)."""
    if not rows:
        return
    names = list(rows[0])
    updates = ", ".join(f"{c} = excluded.{c}" for c in names if c not in (*key, *keep))
    connection.execute(text(
        f"INSERT INTO {table.name} ({', '.join(names)}) VALUES "
        f"({', '.join(':' + c for c in names)}) ON CONFLICT ({', '.join(key)}) DO UPDATE SET "
        f"{updates} WHERE excluded.version_key > {table.name}.version_key"), rows)


def write_snapshots(connection: Connection, head: ReportHead, *, advisors: list[tuple],
                    catalog: list[tuple], progress: list[tuple], counts: list[tuple]) -> None:
    vk = head.version_key
    _upsert(connection, t.stores, ("store_code",), [dict(
        store_code=head.store_code, name=head.store_name, region="",
        time_zone=head.time_zone, version_key=vk)], keep=("region",))
    connection.execute(text(
        "INSERT INTO devices (device_id, store_code, key_id, first_seq, version_key, "
        "counts_version) VALUES (:d, :s, :k, :f, :v, '') ON CONFLICT (device_id) DO UPDATE SET "
        "store_code = excluded.store_code, key_id = excluded.key_id, "
        "first_seq = excluded.first_seq, version_key = excluded.version_key "
        "WHERE excluded.version_key > devices.version_key"),
        dict(d=head.device_id, s=head.store_code, k=head.key_id, f=head.first_seq, v=vk))
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
    current = connection.execute(select(t.devices.c.counts_version).where(
        t.devices.c.device_id == head.device_id)).scalar() or ""
    if vk > current:
        connection.execute(delete(t.customer_counts).where(
            t.customer_counts.c.device_id == head.device_id))
        if counts:
            connection.execute(insert(t.customer_counts), [dict(
                device_id=head.device_id, dimension=dim, key=key or "",
                store_code=head.store_code, count=n) for dim, key, n in counts])
        connection.execute(update(t.devices).where(t.devices.c.device_id == head.device_id)
                           .values(counts_version=vk))


def record_report(connection: Connection, head: ReportHead, *, events: int,
                  merged_at: datetime) -> None:
    connection.execute(insert(t.reports).values(
        report_id=head.report_id, device_id=head.device_id, store_code=head.store_code,
        key_id=head.key_id, seq_from=head.seq_from, seq_to=head.seq_to,
        period_from=_date(head.period_from), period_to=_date(head.period_to),
        created_at=head.created_at, reexport=head.reexport, events=events,
        app_version=head.app_version, file_name=head.file_name[:260], merged_at=merged_at))


def _date(text_day: str):
    from datetime import date

    return date.fromisoformat(text_day)
