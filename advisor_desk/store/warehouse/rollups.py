"""Monthly rollups of the event tables (``tables.roll_*``, migration w015): what the
workbook and the HQ dashboard read instead of millions of events (docs/reports.md).

The merge keeps them in the same savepoint as the events it writes, from the same rows: the
worker that staged a report also summed its rows (``staging.month_sums``), and the writer
adds those sums when it wrote every row; when it left some out (seqs another report already
brought) it sums what it wrote here, in SQL, from the report's staged rows (SQLite: the
attached ``stage`` schema; PostgreSQL: the temporary table its ``COPY`` went into). Step
outcomes are upserts (a later outcome replaces a task's earlier one, from any report): the
writer looks up each staged task in ``ev_steps`` (``held_tasks``) and corrects the worker's
sums — the task leaves its old outcome's row, or the staged outcome that is not written
leaves the sums. The same SQL runs on both dialects but for the month of a date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

Execute = Callable[[str], int]  # runs one statement, returns its row count

_MONTH = {"sqlite": "substr({c}, 1, 7)", "postgresql": "to_char({c}, 'YYYY-MM')"}
# rollup -> (its key columns, the key's expressions over an event row aliased {a}; the
# steps' keys are made in Python: step_key)
_KEYS = {
    "roll_counts": ("device_id, advisor, month, metric", None),
    "roll_coupons": ("device_id, advisor, month, coupon",
                     "{a}.device_id, coalesce({a}.advisor, ''), {month}, {a}.coupon"),
    "roll_usage": ("month, item_kind, uid, action",
                   "{month}, {a}.item_kind, {a}.uid, {a}.action"),
    "roll_steps": ("device_id, advisor, month, playbook, step, outcome, on_time", None),
}
# event table -> what it adds to: (rollup, metric or None, extra condition)
ROLLED: dict[str, tuple[tuple[str, str | None, str], ...]] = {
    "ev_customers": (("roll_counts", "customers", ""),),
    "ev_interactions": (("roll_counts", "interactions", ""),),
    "ev_usage": (("roll_counts", "copies", "{a}.action = 'copy'"), ("roll_usage", None, "")),
    "ev_coupons": (("roll_coupons", None, ""),),
}


def month_of(dialect: str, column: str) -> str:
    return _MONTH[dialect].format(c=column)


def _add(dialect: str, rollup: str, metric: str | None, source: str, alias: str,
         conditions: list[str]) -> str:
    """``INSERT … SELECT … GROUP BY`` adding the rows of ``source`` to ``rollup``."""
    columns, expr = _KEYS[rollup]
    month = month_of(dialect, f"{alias}.day")
    if metric is not None:
        key = f"{alias}.device_id, coalesce({alias}.advisor, ''), {month}, '{metric}'"
    else:
        key = expr.format(a=alias, month=month)
    groups = ", ".join(str(n + 1) for n in range(columns.count(",") + 1))
    where = " AND ".join(c for c in conditions if c) or "1 = 1"
    return (f"INSERT INTO {rollup} ({columns}, n) SELECT {key}, count(*) "
            f"FROM {source} {alias} WHERE {where} GROUP BY {groups} "
            f"ON CONFLICT ({columns}) DO UPDATE SET n = {rollup}.n + excluded.n")


class Sums:
    """Rollup sums of the reports written in one transaction, added to the tables once
    before it commits (``loader.add_sums``): every report of a month adds to the same few
    hundred rows, so one upsert per row and batch instead of one per row and report."""

    def __init__(self) -> None:
        self.by_rollup: dict[str, Counter] = {}

    def add(self, rolled: dict[str, list[tuple]]) -> None:
        for rollup, rows in rolled.items():
            sums = self.by_rollup.setdefault(rollup, Counter())
            for *key, n in rows:
                sums[tuple(key)] += n

    def update(self, other: Sums) -> None:
        for rollup, sums in other.by_rollup.items():
            self.by_rollup.setdefault(rollup, Counter()).update(sums)

    def rows(self) -> dict[str, list[tuple]]:
        return {rollup: [(*key, n) for key, n in sums.items() if n]
                for rollup, sums in self.by_rollup.items()}

    def clear(self) -> None:
        self.by_rollup.clear()


def add_rows(rollup: str, mark: str) -> str:
    """``INSERT … VALUES`` adding one row of sums (its key columns, then n) to ``rollup``."""
    columns = _KEYS[rollup][0]
    marks = ", ".join(mark for _ in range(columns.count(",") + 2))
    return (f"INSERT INTO {rollup} ({columns}, n) VALUES ({marks}) "
            f"ON CONFLICT ({columns}) DO UPDATE SET n = {rollup}.n + excluded.n")


STEP_COLUMNS = ("advisor", "due", "playbook", "step", "outcome", "on_time")


def step_key(device_id: str, advisor, due, playbook, step, outcome, on_time) -> tuple:
    """The ``roll_steps`` key of one step outcome (as ``_KEYS`` makes it in SQL)."""
    return (device_id, advisor or "", str(due)[:7], playbook, int(step), outcome,
            1 if on_time else 0)


def held_tasks(dialect: str, source: str) -> str:
    """The staged step outcomes (``source``) whose task the warehouse already holds: the
    held row's seq and ``STEP_COLUMNS``, then the staged row's. One key probe per staged
    row (SQLite: ``CROSS JOIN`` keeps the staged rows outside; PostgreSQL: a lateral
    subquery the planner cannot flatten into a scan of the whole table)."""
    held = ", ".join(f"m.{c}" for c in ("seq", *STEP_COLUMNS))
    staged = ", ".join(f"s.{c}" for c in ("seq", *STEP_COLUMNS))
    if dialect == "sqlite":
        return (f"SELECT {held}, {staged} FROM {source} s CROSS JOIN main.ev_steps m "
                f"WHERE m.device_id = s.device_id AND m.task = s.task")
    return (f"SELECT {held}, {staged} FROM {source} s CROSS JOIN LATERAL (SELECT "
            f"{', '.join(('seq', *STEP_COLUMNS))} FROM ev_steps e WHERE e.device_id = "
            f"s.device_id AND e.task = s.task OFFSET 0) m")


def roll(execute: Execute, dialect: str, table: str, source: str, not_covered: str) -> None:
    """Add the rows of ``source`` (a report's staged rows of event table ``table``) that
    ``not_covered`` (a condition on ``s.seq``) picks to the rollups; for a report some of
    whose seqs were already merged (the steps have their own way: ``loader``)."""
    for rollup, metric, extra in ROLLED.get(table, ()):
        execute(_add(dialect, rollup, metric, source, "s",
                     [extra.format(a="s"), not_covered]))
