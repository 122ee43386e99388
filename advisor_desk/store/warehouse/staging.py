"""A verified report's events made ready for the warehouse away from its writer.

An HQ merge runs this in worker processes (``services/hq_prepare.py``) while the writer
loads the previous reports, so a worker imports only this module, ``sqlite3`` and the report
reader — no SQLAlchemy. What it returns is plain bytes the writer loads without touching a
row in Python (``loader.load_staged``):

- SQLite: the rows go into an in-memory database built from the warehouse's own event table
  definitions (read from the warehouse by ``loader.stage_spec``) and serialised; the writer
  attaches the image as ``stage`` and copies each table with one ``INSERT ... SELECT`` (SQLite
  copies whole records without decoding them, ~10x cheaper than binding every value).
- PostgreSQL: each kind's rows as ``COPY`` text, which the writer streams unchanged.

Step outcomes keep only the latest row (highest seq) of each task, staged in task order in a
plain table (no key: ~2x cheaper per row); the writer's upsert then keeps the latest across
reports. A value the warehouse cannot store (a lone surrogate in a
string) refuses the report here, before anything is written.
"""

from __future__ import annotations

import json
import re
import sqlite3
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter

from advisor_desk.domain.errors import N_, ReportRejected
from advisor_desk.store.warehouse import rollups

STAGE = "stage"  # the schema name the writer attaches a SQLite image as
STEPS = "ev_steps"
STEP_KEY = ("device_id", "task")
_ULID = re.compile(r"[0-9A-HJKMNP-TV-Z]{26}")
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def table_of(kind: str) -> str:
    """The warehouse table of an event kind (``tables.EVENT_TABLES``; a test keeps them
    equal)."""
    return f"ev_{kind}"


@dataclass(frozen=True)
class ReportHead:
    """What the warehouse records about one verified report."""

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


@dataclass(frozen=True)
class StageSpec:
    """How to stage for one warehouse: its dialect and (SQLite) the exact ``CREATE TABLE``
    of every event table, so the staged tables match the warehouse's column for column."""

    dialect: str  # "sqlite" | "postgresql"
    ddl: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class EventRows:
    """One kind's rows as the reader decoded them (journal seq first)."""

    kind: str
    columns: tuple[str, ...]
    rows: Sequence[tuple]
    escaped: bool = True  # False: the file held no backslash, so no value needs escaping


@dataclass(frozen=True)
class StagedEvents:
    """A report's events, ready to load. ``events[table]`` counts the journal rows of each
    non-empty table; ``staged[table]`` the rows staged (steps: one per task);
    ``step_seqs`` every step row's seq (array of int64), to count the fresh ones when the
    report overlaps ranges already merged."""

    dialect: str
    device_id: str
    events: dict[str, int]
    staged: dict[str, int]
    step_seqs: bytes = b""
    # the monthly rollups of all its rows but the steps' (rollups.py): table -> rows
    rolled: dict[str, list[tuple]] = field(default_factory=dict)
    image: bytes = b""  # SQLite
    copies: dict[str, tuple[tuple[str, ...], bytes]] = field(default_factory=dict)  # PG


def stage(spec: StageSpec, device_id: str, kinds: Sequence[EventRows], *, file: str
          ) -> StagedEvents:
    if not _ULID.fullmatch(device_id):  # checked by the manifest model; it becomes a literal
        raise ValueError("not a device id")
    events: dict[str, int] = {}
    prepared: list[tuple[str, tuple[str, ...], Sequence[tuple], bool]] = []
    steps: Counter = Counter()
    step_seqs = array("q")
    for k in kinds:
        if not k.rows:
            continue
        table, rows = table_of(k.kind), k.rows
        events[table] = len(rows)
        if table == STEPS:
            step_seqs.fromlist([r[0] for r in rows])
            task = k.columns.index("task")
            latest: dict[str, tuple] = {}
            for row in rows:  # rows come in seq order: the last outcome of a task wins
                latest[row[task]] = row
            # in key order: the writer's upsert then walks the warehouse's key in order
            rows = sorted(latest.values(), key=itemgetter(task))
            steps = step_sums(device_id, k.columns, rows)
        elif k.kind == "imports":
            rows = [(*r[:-1], json.dumps(r[-1], sort_keys=True)) for r in rows]
        prepared.append((table, k.columns, rows, k.escaped or k.kind == "imports"))
    staged = {table: len(rows) for table, _c, rows, _e in prepared}
    rolled = month_sums(device_id, kinds)
    rolled["roll_steps"] = [(*key, n) for key, n in steps.items()]
    try:
        if spec.dialect == "sqlite":
            return StagedEvents("sqlite", device_id, events, staged, step_seqs.tobytes(),
                                rolled, image=_sqlite_image(spec, device_id, prepared))
        copies = {table: (("device_id", *columns), _copy_text(device_id, rows, escaped))
                  for table, columns, rows, escaped in prepared}
    except (UnicodeEncodeError, OverflowError, sqlite3.IntegrityError, sqlite3.DataError):
        raise ReportRejected(N_("{file} holds values the warehouse cannot store; it was not "
                                "merged."), file=file) from None
    return StagedEvents("postgresql", device_id, events, staged, step_seqs.tobytes(),
                        rolled, copies=copies)


def _by_month(rows: Sequence[tuple], columns: Sequence[str], day: str,
              names: Sequence[str]) -> Counter:
    """Rows counted by (month of ``day``, the values of ``names``). A report's rows mostly
    share one month: then they are counted in one C-speed pass without the day."""
    at = columns.index(day)
    months = {d[:7] for d in set(map(itemgetter(at), rows))}
    index = [columns.index(c) for c in names]
    get = itemgetter(*index) if len(index) > 1 else (lambda r: (r[index[0]],))
    if len(months) == 1:
        month = months.pop()
        if len(index) == 1:
            get = itemgetter(index[0])
            return Counter({(month, key): n for key, n in Counter(map(get, rows)).items()})
        return Counter({(month, *key): n for key, n in Counter(map(get, rows)).items()})
    return Counter((r[at][:7], *get(r)) for r in rows)


def step_sums(device_id: str, columns: Sequence[str], rows: Sequence[tuple]) -> Counter:
    """``roll_steps`` sums of step rows: by (device, advisor, month of due, playbook, step,
    outcome, on time) as ``rollups.step_key`` makes the key."""
    names = [c for c in rollups.STEP_COLUMNS if c != "due"]
    out: Counter = Counter()
    for (month, adv, *rest), n in _by_month(rows, columns, "due", names).items():
        out[rollups.step_key(device_id, adv, month, *rest)] += n
    return out


def month_sums(device_id: str, kinds: Sequence[EventRows]) -> dict[str, list[tuple]]:
    """A report's rows summed as the rollups hold them (the same keys as the SQL in
    ``rollups.py``: month = the day's "YYYY-MM", a missing advisor = ""); the step outcomes'
    (``roll_steps``, of the latest row of each task) are added by ``stage``."""
    counts: Counter = Counter()
    coupons: Counter = Counter()
    usage: Counter = Counter()
    for k in kinds:
        if not k.rows or k.kind not in ("customers", "interactions", "usage", "coupons"):
            continue
        if k.kind == "usage":
            usage.update(_by_month(k.rows, k.columns, "day", ("item_kind", "uid", "action")))
            names = ("advisor", "action")
            for (month, adv, action), n in _by_month(k.rows, k.columns, "day", names).items():
                if action == "copy":
                    counts[(adv or "", month, "copies")] += n
        elif k.kind == "coupons":
            names = ("advisor", "coupon")
            for (month, adv, coupon), n in _by_month(k.rows, k.columns, "day", names).items():
                coupons[(adv or "", month, coupon)] += n
        else:
            for (month, adv), n in _by_month(k.rows, k.columns, "day", ("advisor",)).items():
                counts[(adv or "", month, k.kind)] += n
    return {"roll_counts": [(device_id, *key, n) for key, n in counts.items()],
            "roll_coupons": [(device_id, *key, n) for key, n in coupons.items()],
            "roll_usage": [(*key, n) for key, n in usage.items()]}


def _sqlite_image(spec: StageSpec, device_id: str, prepared) -> bytes:
    if not prepared:  # a report with no events (nothing new since the last export)
        return b""  # SQLite cannot serialise a database without a page
    con = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for table, _columns, _rows, _escaped in prepared:
            con.execute(_staging_ddl(table, spec.ddl[table]))
        con.execute("BEGIN")
        for table, columns, rows, _escaped in prepared:
            marks = ", ".join("?" for _ in columns)
            # the device id is a literal (a checked ULID): msgspec's tuples go in unchanged
            con.executemany(f"INSERT INTO {table} (device_id, {', '.join(columns)}) "
                            f"VALUES ('{device_id}', {marks})", rows)
        con.execute("COMMIT")
        return con.serialize()
    finally:
        con.close()


def _staging_ddl(table: str, ddl: str) -> str:
    """The warehouse's own table definition, but the steps' without their key: the staged
    rows are unique per task already (the latest outcome of each), the writer's upsert needs
    no key on its source, and a plain table takes rows ~2x cheaper than a keyed one."""
    if table != STEPS:
        return ddl
    heap = _STEP_KEY_DDL.sub("", ddl)
    heap = _WITHOUT_ROWID.sub(")", heap)
    return heap if "PRIMARY KEY" not in heap and "WITHOUT ROWID" not in heap else ddl


_STEP_KEY_DDL = re.compile(r",\s*CONSTRAINT\s+\w+\s+PRIMARY KEY\s*\([^)]*\)")
_WITHOUT_ROWID = re.compile(r"\)\s*WITHOUT ROWID\s*$")


def _copy_text(device_id: str, rows: Sequence[tuple], escaped: bool) -> bytes:
    """PostgreSQL ``COPY`` text: tab-separated, ``\\N`` for null, ``t``/``f``. Values need
    escaping only when the report's file held a backslash (JSON cannot carry a tab, newline
    or backslash in a string without one)."""
    head = device_id + "\t"
    if escaped:
        lines = [head + "\t".join([
            "\\N" if v is None else "t" if v is True else "f" if v is False
            else v.translate(_COPY_ESCAPES) if isinstance(v, str) else str(v) for v in r])
            for r in rows]
    else:
        lines = [head + "\t".join([
            "\\N" if v is None else "t" if v is True else "f" if v is False else str(v)
            for v in r]) for r in rows]
    lines.append("")
    return "\n".join(lines).encode("utf-8")


def not_covered_count(step_seqs: bytes, ranges: Sequence[tuple[int, int]]) -> int:
    """How many of ``step_seqs`` lie in none of ``ranges`` ((from, to), inclusive)."""
    seqs = array("q")
    seqs.frombytes(step_seqs)
    return sum(1 for s in seqs if not any(a <= s <= b for a, b in ranges))
