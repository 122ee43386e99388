"""Monthly rollups of the event tables (``tables.roll_*``, migration w013s): what the
workbook and the HQ dashboard read instead of millions of events (docs/reports.md).

The merge keeps them in the same savepoint as the events it writes, from the same rows: the
worker that staged a report also summed its rows (``staging.month_sums``), and the writer
adds those sums when it wrote every row; when it left some out (seqs another report already
brought) it sums what it wrote here, in SQL, from the report's staged rows (SQLite: the
attached ``stage`` schema; PostgreSQL: the temporary table its ``COPY`` went into). Step
outcomes are upserts (a later outcome replaces a task's earlier one, from any report), so a
report's device gets its ``roll_steps`` rows counted again from its own rows of ``ev_steps``
(a range of that table's key: one device's tasks, a few thousand a month). The same SQL
runs on both dialects but for the month of a date.
"""

from __future__ import annotations

from collections.abc import Callable

Execute = Callable[[str], int]  # runs one statement, returns its row count

_MONTH = {"sqlite": "substr({c}, 1, 7)", "postgresql": "to_char({c}, 'YYYY-MM')"}
_ON_TIME = "CASE WHEN {a}.on_time THEN 1 ELSE 0 END"
# rollup -> (its key columns, the key's expressions over an event row aliased {a})
_KEYS = {
    "roll_counts": ("device_id, advisor, month, metric", None),
    "roll_coupons": ("device_id, advisor, month, coupon",
                     "{a}.device_id, coalesce({a}.advisor, ''), {month}, {a}.coupon"),
    "roll_usage": ("month, item_kind, uid, action",
                   "{month}, {a}.item_kind, {a}.uid, {a}.action"),
    "roll_steps": ("device_id, advisor, month, playbook, step, outcome, on_time",
                   "{a}.device_id, coalesce({a}.advisor, ''), {month}, {a}.playbook, {a}.step, "
                   "{a}.outcome, " + _ON_TIME),
}
# event table -> what it adds to: (rollup, metric or None, extra condition)
ROLLED: dict[str, tuple[tuple[str, str | None, str], ...]] = {
    "ev_customers": (("roll_counts", "customers", ""),),
    "ev_interactions": (("roll_counts", "interactions", ""),),
    "ev_usage": (("roll_counts", "copies", "{a}.action = 'copy'"), ("roll_usage", None, "")),
    "ev_coupons": (("roll_coupons", None, ""),),
    "ev_steps": (("roll_steps", None, ""),),
}


def month_of(dialect: str, column: str) -> str:
    return _MONTH[dialect].format(c=column)


def _add(dialect: str, rollup: str, metric: str | None, source: str, alias: str,
         conditions: list[str], *, upsert: bool = True) -> str:
    """``INSERT … SELECT … GROUP BY`` adding the rows of ``source`` to ``rollup``."""
    columns, expr = _KEYS[rollup]
    day = "due" if rollup == "roll_steps" else "day"
    month = month_of(dialect, f"{alias}.{day}")
    if metric is not None:
        key = f"{alias}.device_id, coalesce({alias}.advisor, ''), {month}, '{metric}'"
    else:
        key = expr.format(a=alias, month=month)
    groups = ", ".join(str(n + 1) for n in range(columns.count(",") + 1))
    where = " AND ".join(c for c in conditions if c) or "1 = 1"
    sql = (f"INSERT INTO {rollup} ({columns}, n) SELECT {key}, count(*) "
           f"FROM {source} {alias} WHERE {where} GROUP BY {groups}")
    if upsert:
        sql += f" ON CONFLICT ({columns}) DO UPDATE SET n = {rollup}.n + excluded.n"
    return sql


def add_rows(rollup: str, mark: str) -> str:
    """``INSERT … VALUES`` adding one row of sums (its key columns, then n) to ``rollup``."""
    columns = _KEYS[rollup][0]
    marks = ", ".join(mark for _ in range(columns.count(",") + 2))
    return (f"INSERT INTO {rollup} ({columns}, n) VALUES ({marks}) "
            f"ON CONFLICT ({columns}) DO UPDATE SET n = {rollup}.n + excluded.n")


def roll(execute: Execute, dialect: str, device_id: str, table: str, source: str,
         not_covered: str) -> None:
    """Keep the rollups of event table ``table`` once a report's rows of it are written:
    ``source`` holds the report's staged rows, ``not_covered`` a condition on ``s.seq``
    (or "") picking those written; ``device_id`` is the report's (a checked ULID,
    ``staging.stage``)."""
    if table == "ev_steps":  # the device's outcomes as they are now, from its key range
        execute(f"DELETE FROM roll_steps WHERE device_id = '{device_id}'")
        execute(_add(dialect, "roll_steps", None, "ev_steps", "e",
                     [f"e.device_id = '{device_id}'"], upsert=False))
        return
    for rollup, metric, extra in ROLLED.get(table, ()):
        execute(_add(dialect, rollup, metric, source, "s",
                     [extra.format(a="s"), not_covered]))
