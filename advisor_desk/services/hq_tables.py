"""The HQ tables: leaderboards, SOP completion, content use and dead content, coupons by type,
reports and gaps, customer layers. One module that both the workbook (``hq workbook``, ``-o``
of merge) and the HQ dashboard (issue 14) call; each returns a ``domain.reports.Table``.

Headers are Chinese by default and English with ``lang="en"`` (the workbook is a file, not
Qt UI, so it does not go through ``tr()``; docs/reports.md). Rows are sorted in Python with
full keys, so SQLite and PostgreSQL give identical tables.
"""

from __future__ import annotations

import calendar
import json
from collections import defaultdict
from collections.abc import Callable
from datetime import date

from advisor_desk.domain.errors import N_, InvalidInput
from advisor_desk.domain.reports import Gap, Table
from advisor_desk.store.warehouse import queries

# bump when a table's rows or columns change: the HQ dashboard's kept tables
# (store/warehouse/dashboard_cache.py) of an older version are then read afresh
VERSION = 3
COUPON_TYPES = ("no_threshold", "threshold", "discount", "random", "campaign")
CONTENT_KINDS = ("script", "qa", "material", "coupon")
_ZH = {
    "rank": "名次", "store": "门店", "store_name": "门店名称", "advisor": "顾问",
    "advisors": "顾问数", "new_customers": "新客户", "due": "到期步骤", "on_time": "按时完成",
    "late": "逾期完成", "skipped": "跳过", "missed": "错过", "completion": "完成率",
    "coupons": "发券", "copies": "复制", "interactions": "跟进", "playbook": "SOP",
    "playbook_title": "SOP 名称", "step": "步骤", "step_title": "步骤标题", "kind": "类型",
    "uid": "编号", "title": "标题", "group": "分组/场景", "detail": "细节", "sends": "发送",
    "issues": "发放", "uses": "使用合计", "month": "月份", "coupon_type": "券类型",
    "issued": "发放数", "device": "设备", "reports": "报表数", "reexports": "重发",
    "last_report": "最近报表 (UTC)", "covered_to": "覆盖到", "last_seq": "最高序号",
    "gaps": "缺口 (序号)", "dimension": "维度", "key": "分类", "customers": "客户数",
    "item": "项目", "value": "数值", "region": "区域", "stores": "门店数",
    "no_region": "（未分区域）",
    "no_threshold": "无门槛券", "threshold": "满减券", "discount": "折扣券",
    "random": "随机券", "campaign": "活动券", "other": "其他券",
    # values of the content tables' kind column
    "script": "话术", "qa": "问答", "material": "素材", "coupon": "优惠券",
}
# English: the key in words with a capital ("On time"), but for these
_EN = {"uid": "ID", "qa": "Q&A", "playbook": "SOP", "playbook_title": "SOP name",
       "group": "Group / scene", "last_report": "Last report (UTC)", "gaps": "Gaps (seq)",
       "reexports": "Re-exports", "no_region": "(no region)", "due": "Steps due"}
_TITLES_ZH = {"summary": "概览", "advisors": "顾问排行", "stores": "门店排行",
              "regions": "区域排行",
              "sop": "SOP完成", "content": "内容使用", "dead_content": "未使用内容",
              "coupons": "优惠券", "reports": "报表与缺口", "customers": "客户分层"}
_TITLES_EN = {"summary": "Summary", "advisors": "Advisor leaderboard",
              "stores": "Store leaderboard", "regions": "Region leaderboard",
              "sop": "SOP completion", "content": "Content use",
              "dead_content": "Never used", "coupons": "Coupons by type",
              "reports": "Reports and gaps", "customers": "Customer layers"}


def month_range(month: str | None) -> tuple[date | None, date | None]:
    if month is None:
        return None, None
    try:
        year, mon = (int(p) for p in month.split("-"))
        first = date(year, mon, 1)
    except ValueError:
        raise InvalidInput(N_("{month} is not a month (YYYY-MM)."), month=month[:20]) from None
    return first, date(year, mon, calendar.monthrange(year, mon)[1])


def _header(lang: str) -> Callable[[str], str]:
    if lang == "en":
        return lambda key: _EN.get(key) or key.replace("_", " ").capitalize()
    return lambda key: _ZH.get(key, key)


def _rate(done: int, total: int) -> float:
    return round(done / total, 4) if total else 0.0


class _Funnel:
    __slots__ = ("late", "missed", "on_time", "skipped")

    def __init__(self) -> None:
        self.on_time = self.late = self.skipped = self.missed = 0

    def add(self, on_time: int, late: int, skipped: int, missed: int) -> None:
        self.on_time += on_time
        self.late += late
        self.skipped += skipped
        self.missed += missed

    @property
    def due(self) -> int:
        return self.on_time + self.late + self.skipped + self.missed

    def row(self) -> tuple:
        return (self.due, self.on_time, self.late, self.skipped, self.missed,
                _rate(self.on_time + self.late, self.due))


def build_tables(c, month: str | None = None, lang: str = "zh_CN",
                 gaps: list[Gap] | None = None) -> list[Table]:
    """Every table for the period (``month`` YYYY-MM, or all time) from connection ``c``."""
    first, last = month_range(month)
    key = None if first is None else f"{first.year:04d}-{first.month:02d}"  # the rollups'
    h = _header(lang)
    titles = _TITLES_EN if lang == "en" else _TITLES_ZH

    def table(name: str, columns: tuple[str, ...], rows) -> Table:
        return Table(name, titles[name], tuple(h(col) for col in columns), tuple(rows),
                     keys=columns)

    names = {a: (store, name) for a, store, _sn, name, _act in queries.advisors(c)}
    store_names = {code: name for code, name, _region in queries.stores(c)}
    regions = {code: region for code, _name, region in queries.stores(c)}
    catalog = {(k, u): (title, g, d) for k, u, title, g, d in queries.catalog(c)}

    def zero() -> dict[str, object]:
        return {"new_customers": 0, "copies": 0, "interactions": 0, "coupons": 0,
                "funnel": _Funnel(), **{t: 0 for t in (*COUPON_TYPES, "other")}}

    per_adv: dict[tuple[str, str | None], dict[str, object]] = defaultdict(zero)
    for adv, (store, _name) in names.items():
        per_adv[(store, adv)] = zero()
    for store, adv, n in queries.rolled_counts(c, "customers", key):
        per_adv[(store, adv)]["new_customers"] += n
    for store, owners in queries.imports(c, first, last):
        for adv, n in json.loads(owners).items():
            per_adv[(store, adv or None)]["new_customers"] += int(n)
    for store, adv, n in queries.rolled_counts(c, "copies", key):
        per_adv[(store, adv)]["copies"] += n
    for store, adv, n in queries.rolled_counts(c, "interactions", key):
        per_adv[(store, adv)]["interactions"] += n
    by_month: dict[tuple[str, str], int] = defaultdict(int)
    for store, adv, in_month, ctype, n in queries.rolled_coupons(c, key):
        kind = ctype if ctype in COUPON_TYPES else "other"
        per_adv[(store, adv)]["coupons"] += n
        per_adv[(store, adv)][kind] += n
        by_month[(in_month, kind)] += n
    sop: dict[tuple[str, int], _Funnel] = defaultdict(_Funnel)
    for store, adv, *counts in queries.rolled_steps(c, key, "advisor"):
        per_adv[(store, adv)]["funnel"].add(*counts)
    for playbook, step, *counts in queries.rolled_steps(c, key, "step"):
        sop[(playbook, step)].add(*counts)

    metric_cols = ("new_customers", "due", "on_time", "late", "skipped", "missed",
                   "completion", "coupons", *COUPON_TYPES, "other", "copies", "interactions")

    def metrics(v: dict) -> tuple:
        return (v["new_customers"], *v["funnel"].row(), v["coupons"],
                *(v[k] for k in (*COUPON_TYPES, "other")), v["copies"], v["interactions"])

    adv_rows = []
    for (store, adv), v in per_adv.items():
        if adv is None:
            continue
        adv_rows.append((store, store_names.get(store, ""), names.get(adv, ("", adv))[1],
                         *metrics(v)))
    adv_rows.sort(key=lambda r: (-r[3], -r[5], -r[9], r[0], r[2]))
    per_store: dict[str, dict] = {store: {**zero(), "advisors": 0} for store in store_names}
    for (store, _adv), v in per_adv.items():
        agg = per_store.setdefault(store, {**zero(), "advisors": 0})
        for k in ("new_customers", "copies", "interactions", "coupons", *COUPON_TYPES, "other"):
            agg[k] += v[k]
        f = v["funnel"]
        agg["funnel"].add(f.on_time, f.late, f.skipped, f.missed)
    for store, _name in names.values():
        per_store.setdefault(store, {**zero(), "advisors": 0})["advisors"] += 1
    store_rows = [(s, store_names.get(s, ""), v["advisors"], *metrics(v))
                  for s, v in per_store.items()]
    store_rows.sort(key=lambda r: (-r[3], -r[5], -r[9], r[0]))
    per_region: dict[str, dict] = {}
    for store, v in per_store.items():
        agg = per_region.setdefault(regions.get(store) or "", {**zero(), "advisors": 0,
                                                                "stores": 0})
        agg["stores"] += 1
        agg["advisors"] += v["advisors"]
        for k in ("new_customers", "copies", "interactions", "coupons", *COUPON_TYPES, "other"):
            agg[k] += v[k]
        f = v["funnel"]
        agg["funnel"].add(f.on_time, f.late, f.skipped, f.missed)
    region_rows = [(region or h("no_region"), v["stores"], v["advisors"], *metrics(v))
                   for region, v in per_region.items()]
    region_rows.sort(key=lambda r: (-r[3], -r[5], -r[9], r[0]))

    sop_rows = sorted(
        (pb, catalog.get(("playbook", pb), ("",))[0], step + 1,
         catalog.get(("step", f"{pb}#{step}"), ("",))[0], *f.row())
        for (pb, step), f in sop.items())

    used: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for kind, uid, action, n in queries.rolled_usage(c, key):
        # a shop journals every library item's use as "script"; the catalogue says which
        # are Q&A cards (else a Q&A used every day would also be "never used")
        if kind == "script" and ("script", uid) not in catalog and ("qa", uid) in catalog:
            kind = "qa"
        used[(kind, uid)][action] += n
    content_rows = sorted(
        ((kind, uid, catalog.get((kind, uid), ("",))[0], a.get("copy", 0), a.get("send", 0),
          a.get("issue", 0), sum(a.values())) for (kind, uid), a in used.items()),
        key=lambda r: (-r[6], r[0], r[1]))
    # scenes by name (reports since the scene rows; older ones show the key), coupon types
    # by name; sorted by the keys, so both languages list the same order
    scenes = {u: title for (k, u), (title, _g, _d) in catalog.items() if k == "scene"}

    def where(kind: str, group: str, detail: str) -> tuple[str, str]:
        """(scene, detail): a script's sales step, a material's kind, a coupon's type."""
        return scenes.get(group, group), h(detail) if kind == "coupon" else detail

    content_rows = [(h(k), u, title, *counts, *where(k, *catalog.get((k, u), ("", "", ""))[1:]))
                    for k, u, title, *counts in content_rows]
    dead_rows = [(h(k), u, title, *where(k, g, d)) for k, u, title, g, d in sorted(
        (k, u, title, g, d) for (k, u), (title, g, d) in catalog.items()
        if k in CONTENT_KINDS and (k, u) not in used)]
    coupon_rows = sorted((m, h(k), n) for (m, k), n in by_month.items())

    gaps_of: dict[tuple[str, str], list[str]] = defaultdict(list)
    for g in gaps or ():
        gaps_of[(g.store_code, g.device_id)].append(f"{g.seq_from}-{g.seq_to}")
    report_rows = sorted(
        (store, store_names.get(store, ""), device, int(n), int(re or 0),
         created.isoformat(sep=" ", timespec="minutes"), covered.isoformat(), int(seq),
         "; ".join(gaps_of.get((store, device), ())))
        for store, device, n, re, created, covered, seq in queries.reports(c))
    customer_rows = sorted((s, d, k, int(n)) for s, d, k, n in queries.customer_counts(c))
    low, high = queries.data_days(c)
    summary = [(h("store"), len(store_names)), (h("advisors"), len(names)),
               (h("reports"), sum(r[3] for r in report_rows)),
               (h("month"), month or (f"{low} – {high}" if low else "-"))]

    return [
        table("summary", ("item", "value"), summary),
        table("advisors", ("rank", "store", "store_name", "advisor", *metric_cols),
              [(n + 1, *r) for n, r in enumerate(adv_rows)]),
        table("stores", ("rank", "store", "store_name", "advisors", *metric_cols),
              [(n + 1, *r) for n, r in enumerate(store_rows)]),
        table("sop", ("playbook", "playbook_title", "step", "step_title", "due", "on_time",
                      "late", "skipped", "missed", "completion"), sop_rows),
        table("content", ("rank", "kind", "uid", "title", "copies", "sends", "issues", "uses",
                          "group", "detail"),
              [(n + 1, *r) for n, r in enumerate(content_rows)]),
        table("dead_content", ("kind", "uid", "title", "group", "detail"), dead_rows),
        table("coupons", ("month", "coupon_type", "issued"), coupon_rows),
        table("reports", ("store", "store_name", "device", "reports", "reexports",
                          "last_report", "covered_to", "last_seq", "gaps"), report_rows),
        table("customers", ("store", "dimension", "key", "customers"), customer_rows),
        # last, so the sheets of earlier workbooks keep their places
        table("regions", ("rank", "region", "stores", "advisors", *metric_cols),
              [(n + 1, *r) for n, r in enumerate(region_rows)]),
    ]
