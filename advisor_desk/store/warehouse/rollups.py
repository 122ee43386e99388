"""Monthly rollups of the event tables (``tables.roll_*``, migration w013s): what the
workbook and the HQ dashboard read instead of millions of events (docs/reports.md).

The merge keeps them in the same savepoint as the events it writes, from the same rows:
the report's staged rows (SQLite: the attached ``stage`` schema; PostgreSQL: the temporary
table its ``COPY`` went into), less the seqs already covered. A step outcome that replaces
an older one of the same task moves that task out of the old outcome's row first, so
``roll_steps`` always counts the outcome each task holds now. The same SQL runs on both
dialects but for the month of a date.
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
         conditions: list[str], sign: str = "", join: str = "") -> str:
    """``INSERT … SELECT … GROUP BY`` adding (or with ``sign="-"`` taking away) the rows of
    ``source`` to ``rollup``."""
    columns, expr = _KEYS[rollup]
    day = "due" if rollup == "roll_steps" else "day"
    month = month_of(dialect, f"{alias}.{day}")
    if metric is not None:
        key = f"{alias}.device_id, coalesce({alias}.advisor, ''), {month}, '{metric}'"
    else:
        key = expr.format(a=alias, month=month)
    groups = ", ".join(str(n + 1) for n in range(columns.count(",") + 1))
    where = " AND ".join(c for c in conditions if c) or "1 = 1"
    return (f"INSERT INTO {rollup} ({columns}, n) SELECT {key}, {sign}count(*) "
            f"FROM {source} {join} WHERE {where} GROUP BY {groups} "
            f"ON CONFLICT ({columns}) DO UPDATE SET n = {rollup}.n + excluded.n")


def roll(execute: Execute, dialect: str, device_id: str, table: str, source: str,
         not_covered: str, *, before: bool) -> None:
    """Keep the rollups of event table ``table`` for the rows of ``source`` (the report's
    staged rows) that the merge writes — ``not_covered``: a condition on ``s.seq``, or "".
    Call with ``before=True`` just before the rows are written, then ``before=False``.
    ``device_id``: the report's device (a checked ULID, ``staging.stage``)."""
    if table == "ev_steps":
        if before:  # the outcomes about to be replaced move out of their rows
            done = execute(_add(dialect, "roll_steps", None, f"{source} s", "m",
                                ["s.seq > m.seq", not_covered], sign="-",
                                join="JOIN ev_steps m ON m.device_id = s.device_id "
                                     "AND m.task = s.task"))
            if done:
                execute(f"DELETE FROM roll_steps WHERE device_id = '{device_id}' AND n = 0")
        else:  # the outcomes this report wrote (the rows that now hold its seq)
            execute(_add(dialect, "roll_steps", None, f"{source} s", "s", [not_covered],
                         join="JOIN ev_steps m ON m.device_id = s.device_id "
                              "AND m.task = s.task AND m.seq = s.seq"))
        return
    if before:
        return
    for rollup, metric, extra in ROLLED.get(table, ()):
        execute(_add(dialect, rollup, metric, f"{source} s", "s",
                     [extra.format(a="s"), not_covered]))
