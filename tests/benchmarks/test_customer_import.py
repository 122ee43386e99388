"""Customer import at scale: 100,000 GBK CSV rows into a shop with 200,000 customers.

80,000 rows are new customers (with tags; added over four years, so the new-friend playbook
of the demo content starts for the few added in the last days), 20,000 match customers of the shop by phone and add a tag.
Prints the dry run and the apply (budget <= 15 s, backup included) and, as a floor, the bare
read + decode + csv parse of the same file. Then a cancel in the middle of the apply and a
check that the database is as before.
"""

from __future__ import annotations

import csv
import io
import random
import sqlite3
import time
from datetime import date, timedelta

import pytest

from advisor_desk.domain.clock import FixedClock
from advisor_desk.domain.errors import Cancelled
from advisor_desk.locate import demo_content_dir
from advisor_desk.paths import AppPaths
from advisor_desk.services.desk import open_desk
from tests.benchmarks.harness import populate

TODAY = date(2026, 11, 24)
EXISTING = 200_000
ROWS = 100_000
MATCHED = 20_000
APPLY_BUDGET_S = 15.0
HEADERS = ["客户名称", "客户备注", "手机号", "性别", "生日", "地区", "来源", "添加时间", "企业标签",
           "外部联系人ID"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余"
GIVEN = "晓燕丽娜静敏婷雪梅芳颖佳怡欣然思雨子涵秀英桂兰玉珍淑华美玲"
REGIONS = ("上海 徐汇", "上海 闵行", "上海 浦东", "苏州 工业园区", "杭州 西湖")
SOURCES = ("扫描渠道二维码", "门店扫码", "直播间", "老客推荐", "商场活动")


def _file(tmp_path, db, existing_phones: list[str]):
    rng = random.Random(5)
    with sqlite3.connect(db) as con:
        tags = con.execute("SELECT g.name, t.name, g.exclusive FROM tags t JOIN tag_groups g "
                           "ON g.id = t.group_id WHERE NOT t.retired").fetchall()
    groups: dict[str, list[tuple[str, int]]] = {}
    for group, name, exclusive in tags:
        groups.setdefault(group, []).append((name, exclusive))
    rows = []
    for n in range(ROWS):
        matched = n < MATCHED
        name = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice((1, 2))))
        chosen = []
        for group in rng.sample(sorted(groups), k=3):
            options = groups[group]
            pick = [options[0][0]] if options[0][1] else rng.sample(
                [o[0] for o in options], k=min(2, len(options)))
            chosen += [f"{group}:{rng.choice(pick)}"]
        # a WeCom export: friends of up to four years, a few of them from the last days
        added = TODAY - timedelta(days=rng.randint(0, 1460))
        rows.append([
            name, f"{name[0]}姐" if rng.random() < 0.3 else "",
            existing_phones[n] if matched else f"19{n:09d}",
            rng.choice("女女女男"), f"{rng.randint(1965, 2004)}-{rng.randint(1, 12):02d}-"
                                   f"{rng.randint(1, 28):02d}" if rng.random() < 0.6 else "",
            rng.choice(REGIONS), rng.choice(SOURCES), f"{added.isoformat()} 10:{n % 60:02d}",
            "；".join(chosen), "" if matched else f"wmBENCH{n:09d}"])
    path = tmp_path / "customers-gbk.csv"
    with open(path, "w", encoding="gbk", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return path


def _count(db) -> tuple:
    with sqlite3.connect(db) as con:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in (
            "customers", "customer_tags", "events", "sop_runs", "sop_tasks"))


def test_import_100k_gbk_rows(tmp_path):
    paths = AppPaths.under(tmp_path / "data").ensure()
    clock = FixedClock.at_local(TODAY, 9)
    desk = open_desk(paths, clock)
    desk.settings.update(store_code="SH001")
    desk.content.apply(desk.content.read_folder(demo_content_dir()))
    desk.close()
    populate(paths.database, customers=EXISTING, today=TODAY)
    with sqlite3.connect(paths.database) as con:
        phones = [r[0] for r in con.execute(
            "SELECT phone FROM customers ORDER BY id LIMIT ?", (MATCHED,))]
    path = _file(tmp_path, paths.database, phones)
    size_mb = path.stat().st_size / 1e6

    t = time.perf_counter()
    text = path.read_bytes().decode("gb18030")
    floor_rows = sum(1 for _ in csv.reader(io.StringIO(text)))
    floor = time.perf_counter() - t

    desk = open_desk(paths, clock)
    desk.sop.sweep()
    owner = desk.advisors.list()[0].id
    t = time.perf_counter()
    preview = desk.customer_import.preview(path, owner_id=owner)
    dry = time.perf_counter() - t
    c = preview.counts
    print(f"\nfile: {ROWS} rows, {size_mb:.1f} MB GBK; floor (read + decode + csv): "
          f"{floor:.2f} s for {floor_rows} lines")
    print(f"dry run: {dry:5.2f} s  ({dry / floor:.0f}x floor)  new {c.new} updated {c.updated} "
          f"unchanged {c.unchanged} rejected {c.rejected}")
    # the harness gives a few customers the same phone: such a row is "the same customer
    # as row N" — a duplicate, rejected with its reason
    assert c.new == ROWS - MATCHED and c.updated + c.rejected == MATCHED, preview.problems[:5]

    before = _count(paths.database)

    def cancel_halfway(done, total, phase):
        if phase == "new" and done >= (ROWS - MATCHED) // 2:
            raise Cancelled()

    t = time.perf_counter()
    with pytest.raises(Cancelled):
        desk.customer_import.apply(preview, progress=cancel_halfway)
    cancelled = time.perf_counter() - t
    assert _count(paths.database) == before
    print(f"cancel halfway: {cancelled:5.2f} s, database as before {before}")

    steps = []
    t = time.perf_counter()
    result, _ = desk.customer_import.apply(
        preview, progress=lambda d, n, text: steps.append((time.perf_counter() - t, text)))
    applied = time.perf_counter() - t
    after = _count(paths.database)
    print(f"apply: {applied:5.2f} s (budget {APPLY_BUDGET_S:.0f} s, {applied / floor:.0f}x "
          f"floor)  {result.counts}")
    phases: dict[str, float] = {}
    for at, phase in steps:
        phases.setdefault(phase or "done", at)
    print("  phases start at: " + "  ".join(f"{p} {at:.1f}s" for p, at in phases.items()))
    print(f"  rows before {before} after {after} (customers, tags, events, runs, tasks)")
    desk.close()
    assert after[0] == before[0] + ROWS - MATCHED
    assert applied <= APPLY_BUDGET_S
