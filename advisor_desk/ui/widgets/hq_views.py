"""What each view of the HQ dashboard charts from its workbook table (the table itself is shown
under the chart as it is). Columns are picked by their stable keys, headers come translated
from the table, so chart and table always say the same thing."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from advisor_desk.domain.reports import Table
from advisor_desk.services.hq_dashboard import Dashboard
from advisor_desk.ui import labels
from advisor_desk.ui.widgets.charts import BarChart, StackedBars

TOP = 12  # bars in a chart; every row is in the table
TOP_STEPS = 10  # rows of the funnel (horizontal bars need a line of text each)
_TEXT = {
    "no_measure": QT_TRANSLATE_NOOP("HqViews", "Nothing yet for this measure in this month."),
    "first_n": QT_TRANSLATE_NOOP("HqViews", "%1 · the first %2 of %3 (all in the table)"),
    "no_sop": QT_TRANSLATE_NOOP("HqViews", "No SOP step was due in this month."),
    "funnel": QT_TRANSLATE_NOOP("HqViews", "SOP steps due: done on time → late → skipped → missed"),
    "no_use": QT_TRANSLATE_NOOP("HqViews", "No script, material or coupon was used in this month."),
    "all_used": QT_TRANSLATE_NOOP("HqViews", "Every item of HQ's content was used at least once."),
    "no_scene": QT_TRANSLATE_NOOP("HqViews", "(no scene)"),
    "never_by_scene": QT_TRANSLATE_NOOP("HqViews", "Items never used, by scene"),
    "no_coupon": QT_TRANSLATE_NOOP("HqViews", "No coupon was issued in this month."),
    "coupons_by_type": QT_TRANSLATE_NOOP("HqViews", "Coupons issued per month, by type"),
    "no_report": QT_TRANSLATE_NOOP("HqViews", "No store has sent a report yet."),
    "all_fresh": QT_TRANSLATE_NOOP("HqViews", "Every store's reports reach today."),
    "days": QT_TRANSLATE_NOOP("HqViews", " d"),
    "days_since": QT_TRANSLATE_NOOP("HqViews", "Days since the last day a store's reports cover"),
    "never_reported": QT_TRANSLATE_NOOP("HqViews", "; never reported: %1"),
    "step_of": QT_TRANSLATE_NOOP("HqViews", "Step %1 · %2"),
    "item": QT_TRANSLATE_NOOP("HqViews", "Each item"),
    "scene": QT_TRANSLATE_NOOP("HqViews", "By scene"),
    "step": QT_TRANSLATE_NOOP("HqViews", "By sales step"),
    "no_step": QT_TRANSLATE_NOOP("HqViews", "(no sales step)"),
    "uses_by_scene": QT_TRANSLATE_NOOP("HqViews", "Uses by scene"),
    "uses_by_step": QT_TRANSLATE_NOOP("HqViews", "Uses by sales step"),
    "never_by_step": QT_TRANSLATE_NOOP("HqViews", "Items never used, by sales step"),
}
# how the content views can count: each item, or summed by scene or by sales step
GROUPINGS = {"content": ("item", "scene", "step"), "dead_content": ("scene", "step")}


def _t(key: str) -> str:
    return QCoreApplication.translate("HqViews", _TEXT[key])


def _tr(text: str) -> str:
    return QCoreApplication.translate("HqViews", text)


@dataclass(frozen=True)
class View:
    key: str
    label: str  # English source, context "HqViews"
    table: str  # the workbook table shown under the chart
    measures: tuple[str, ...] = ()  # column keys a chip can chart (leaderboards)
    name_key: str = ""  # the column naming a bar

    @property
    def title(self) -> str:
        return _tr(self.label)


LEADER_MEASURES = ("new_customers", "on_time", "completion", "coupons", "copies",
                   "interactions")
VIEWS = (
    View("advisors", QT_TRANSLATE_NOOP("HqViews", "Advisors"), "advisors", LEADER_MEASURES,
         "advisor"),
    View("stores", QT_TRANSLATE_NOOP("HqViews", "Stores"), "stores", LEADER_MEASURES,
         "store_name"),
    View("regions", QT_TRANSLATE_NOOP("HqViews", "Regions"), "regions", LEADER_MEASURES,
         "region"),
    View("sop", QT_TRANSLATE_NOOP("HqViews", "SOP funnel"), "sop"),
    View("content", QT_TRANSLATE_NOOP("HqViews", "Content use"), "content"),
    View("dead_content", QT_TRANSLATE_NOOP("HqViews", "Never used"), "dead_content"),
    View("coupons", QT_TRANSLATE_NOOP("HqViews", "Coupons"), "coupons"),
    View("reports", QT_TRANSLATE_NOOP("HqViews", "Report freshness"), "reports"),
)
VIEWS_BY_KEY = {v.key: v for v in VIEWS}


def header(table: Table, key: str) -> str:
    """A column's header as a label on its own (a chip, a caption, a legend), starting with a
    capital whatever the table's language."""
    text = table.columns[table.column(key)]
    return text[:1].upper() + text[1:]


def leaderboard(chart: BarChart, table: Table, view: View, measure: str) -> str:
    """The first bars by ``measure``; returns the caption."""
    rows = sorted(table.rows, key=lambda r: -(r[table.column(measure)] or 0))
    shown = rows[:TOP]
    names = [_name(table, view, r) for r in shown]
    rate = measure == "completion"
    values = [round((r[table.column(measure)] or 0) * (100 if rate else 1), 1) for r in shown]
    if not any(values):
        chart.show_empty(_t("no_measure"))
        return ""
    chart.set_bars(names, values, suffix="%" if rate else "")
    return _caption(header(table, measure), len(shown), len(rows))


def _name(table: Table, view: View, row: tuple) -> str:
    name = row[table.column(view.name_key)] or ""
    if view.key == "stores" and not name:
        return row[table.column("store")]
    if view.key == "advisors":  # the same name can work in two stores
        return f"{name}\n{row[table.column('store')]}"
    return str(name)


def _caption(what: str, shown: int, total: int) -> str:
    if shown == total:
        return what
    return _t("first_n").replace("%1", what).replace(
        "%2", str(shown)).replace("%3", str(total))


def funnel(chart: StackedBars, table: Table) -> str:
    """Per playbook step: due split into on time, late, skipped, missed (busiest steps)."""
    rows = sorted(table.rows, key=lambda r: -r[table.column("due")])[:TOP_STEPS]
    if not rows:
        chart.show_empty(_t("no_sop"))
        return ""
    names = [_t("step_of").replace("%1", str(r[table.column("step")])).replace(
        "%2", _plain(r[table.column("playbook_title")] or r[table.column("playbook")]))
        for r in rows]
    parts = ("on_time", "late", "skipped", "missed")
    chart.set_stacks(list(reversed(names)),  # horizontal bars fill from the bottom
                     [(header(table, k), [r[table.column(k)] for r in reversed(rows)])
                      for k in parts], horizontal=True)
    return _caption(_t("funnel"), len(rows), len(table.rows))


def grouping_label(key: str) -> str:
    return _t(key)


def _group(table: Table, row: tuple, by: str) -> str:
    """A row's scene, or its sales step (a script's detail is its step's number)."""
    if by == "scene":
        return row[table.column("group")] or _t("no_scene")
    detail = str(row[table.column("detail")] or "")
    return (labels.step_label(int(detail)) or detail) if detail.isdigit() else _t("no_step")


def _grouped(chart: BarChart, counts: Counter, caption: str) -> str:
    top = counts.most_common(TOP)
    chart.set_bars([g for g, _n in top], [n for _g, n in top])
    return _caption(caption, len(top), len(counts))


def content_use(chart: BarChart, table: Table, by: str = "item") -> str:
    """The most used items (ranked by uses already), or uses summed by scene / sales step."""
    if not table.rows:
        chart.show_empty(_t("no_use"))
        return ""
    if by != "item":
        counts: Counter = Counter()
        for r in table.rows:
            counts[_group(table, r, by)] += r[table.column("uses")]
        return _grouped(chart, counts, _t(f"uses_by_{by}"))
    rows = table.rows[:TOP]
    chart.set_bars([r[table.column("title")] or r[table.column("uid")] for r in rows],
                   [r[table.column("uses")] for r in rows])
    return _caption(header(table, "uses"), len(rows), len(table.rows))


def never_used(chart: BarChart, table: Table, by: str = "scene") -> str:
    """HQ's items nobody used, counted by scene or sales step (the table lists each item)."""
    if not table.rows:
        chart.show_empty(_t("all_used"))
        return ""
    counts = Counter(_group(table, r, by) for r in table.rows)
    return _grouped(chart, counts, _t("never_by_step" if by == "step" else "never_by_scene"))


def _plain(title: str) -> str:
    """A playbook's name without its parenthesis (购后关怀（1/7/14/28天） -> 购后关怀)."""
    return re.split(r"[（(]", title)[0].strip()[:8] or title[:8]


def coupons(chart: StackedBars, table: Table) -> str:
    months = sorted({r[table.column("month")] for r in table.rows})
    if not months:
        chart.show_empty(_t("no_coupon"))
        return ""
    kinds = sorted({r[table.column("coupon_type")] for r in table.rows})
    count = {(r[table.column("month")], r[table.column("coupon_type")]): r[table.column("issued")]
             for r in table.rows}
    chart.set_stacks(months, [(k, [count.get((m, k), 0) for m in months]) for k in kinds])
    return _t("coupons_by_type")


def freshness(chart: BarChart, board: Dashboard) -> str:
    """Days from each store's last reported day to today, stalest first."""
    known = [f for f in board.freshness if f.days_behind is not None][:TOP]
    silent = [f.store_name or f.store_code for f in board.freshness if f.days_behind is None]
    if not known:
        chart.show_empty(_t("no_report"))
        return ""
    caption = _t("days_since")
    if silent:
        caption += _t("never_reported").replace("%1", "、".join(silent))
    if not any(f.days_behind for f in known):  # bars of height 0: nothing to see
        chart.show_empty(_t("all_fresh"))
        return caption
    chart.set_bars([f.store_name or f.store_code for f in known],
                   [f.days_behind for f in known], suffix=_t("days"))
    return caption
