"""Deterministic synthetic data at scale for benchmarks (not part of the normal test run).

    lib = library_items(100_000, seed=1)          # scripts with realistic Chinese lengths
    populate(db_path, customers=200_000, items=0)  # bulk rows into a migrated database

Text is assembled from a skincare counter's vocabulary (product names, concerns, benefits,
Latin tokens such as SK-II, VC, A醇, SPF50+, 30ml) so lengths, character mix and the share of
repeated words look like a real library. The same seed always gives the same data.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

PRODUCTS = ("水光精华液", "修护面霜", "清透防晒霜", "氨基酸洁面", "A醇抗老晚霜", "VC亮肤精华",
            "紧致眼霜", "补水面膜", "柔肤水", "玻尿酸原液", "烟酰胺精华", "积雪草修护乳",
            "小棕瓶同款精华", "SK-II神仙水", "雅诗兰黛小棕瓶", "兰蔻粉水", "防晒喷雾", "卸妆油")
CONCERNS = ("敏感肌", "干皮", "油皮", "混合肌", "痘痘肌", "毛孔粗大", "暗沉发黄", "细纹",
            "法令纹", "黑眼圈", "泛红", "换季干燥", "熬夜脸", "色斑", "屏障受损", "孕期护肤")
BENEFITS = ("补水保湿", "美白提亮", "抗老紧致", "舒缓修护", "控油祛痘", "淡化细纹", "防晒隔离",
            "温和清洁", "稳定肌肤", "提亮肤色", "收缩毛孔", "改善暗沉")
LATIN = ("SK-II", "VC", "A醇", "SPF50+", "PA++++", "30ml", "50g", "B5", "pH5.5", "99%")
OPENERS = ("亲爱的", "姐姐", "宝子", "您好", "早上好", "晚上好", "小仙女")
TEMPLATES = (
    "{o}，{c}的话建议先用{p}，{b}的效果很明显，坚持用两周左右就能看到变化。",
    "关于{c}，很多顾客都有类似的困扰，{p}里面含有{l}，主打{b}，质地清爽不黏腻。",
    "{o}，{p}现在会员价更划算，搭配{p2}一起用，{b}和{b2}可以同时照顾到。",
    "使用顺序是洁面、爽肤水、{p}、面霜，最后白天记得加防晒{l}，{c}更要注意防晒。",
    "您担心{c}的话可以先在耳后试用24小时，没有发红发痒再全脸使用，{p}是温和配方。",
    "这款{p}和{p2}的区别主要在于成分浓度，{b}方面{p}更温和，适合{c}。",
    "现在下单还送{p2}小样{l}，活动只到本周日，{o}有需要的话我先帮您留一套。",
    "{o}，用了{p}之后感觉怎么样？如果有{c}的情况随时告诉我，我帮您调整用法。",
)
QUESTIONS = ("{c}能用{p}吗", "{p}怎么用", "{p}和{p2}哪个好", "{c}用什么好", "{p}孕妇能用吗",
             "{p}多久见效", "{p}会不会闷痘", "{l}是什么意思", "{p}有没有小样", "{b}选哪款")


def _fill(rng: random.Random, template: str) -> str:
    return template.format(o=rng.choice(OPENERS), c=rng.choice(CONCERNS),
                           p=rng.choice(PRODUCTS), p2=rng.choice(PRODUCTS),
                           b=rng.choice(BENEFITS), b2=rng.choice(BENEFITS), l=rng.choice(LATIN))


@dataclass(frozen=True)
class Item:
    uid: str
    kind: str  # script | qa
    title: str
    body: str
    keywords: str
    scene: str
    sales_step: int


def library_items(n: int, seed: int = 1, scenes: tuple[str, ...] = ("welcome",)) -> list[Item]:
    """``n`` scripts/Q&A: titles 6-25 characters, bodies 60-300 characters."""
    rng = random.Random(seed)
    items = []
    for i in range(n):
        qa = rng.random() < 0.4
        title = _fill(rng, rng.choice(QUESTIONS)) + "？" if qa else \
            f"{rng.choice(BENEFITS)}·{rng.choice(PRODUCTS)}{rng.choice(('话术', '推荐', '跟进', '讲解'))}"
        body = "".join(_fill(rng, rng.choice(TEMPLATES)) for _ in range(rng.randint(1, 4)))
        keywords = " ".join(rng.sample((*CONCERNS, *BENEFITS, *LATIN), k=rng.randint(1, 4)))
        items.append(Item(f"bench.s.{i:06d}", "qa" if qa else "script", title, body, keywords,
                          rng.choice(scenes), rng.randint(1, 7)))
    return items


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡"
GIVEN = "晓燕丽娟静敏婷雪佳怡梦琪欣诗涵雨桐思海玉兰秀英桂芳文红丹琳倩颖莉慧可若曦一诺紫萱雅琴美玲"


REGIONS = ("静安", "徐汇", "浦东", "闵行", "长宁", "杨浦")
NOTES = ("问了精华用法", "想要小样", "约周末到店", "回复了活动信息", "晒了使用效果", "")


def _initials(name: str, cache: dict[str, str]) -> str:
    """Pinyin first letters as the app stores them (domain.pinyin.first_letters), one
    character at a time so 200,000 names cost a few dozen conversions."""
    from advisor_desk.domain.pinyin import first_letters

    out = []
    for ch in name:
        if ch not in cache:
            cache[ch] = first_letters(ch)
        out.append(cache[ch])
    return "".join(out)


def _tag_pools(conn: sqlite3.Connection) -> tuple[list[list[int]], list[int]]:
    """(tags of each exclusive group, tags of the other groups)."""
    exclusive: dict[int, list[int]] = {}
    open_tags: list[int] = []
    for tid, gid, excl in conn.execute(
            "SELECT t.id, t.group_id, g.exclusive FROM tags t JOIN tag_groups g "
            "ON g.id = t.group_id WHERE NOT t.retired ORDER BY t.id"):
        (exclusive.setdefault(gid, []).append(tid) if excl else open_tags.append(tid))
    return list(exclusive.values()), open_tags


def populate(db_path: Path, *, customers: int, items: int = 0, seed: int = 1,
             today: date = date(2026, 11, 24), tags_per_customer: int = 8,
             advisors: int = 3) -> dict[str, int]:
    """Bulk-insert synthetic shop data into a migrated database that already has HQ content
    (stages, tag groups and tags). Returns row counts.

    Customers carry real pinyin initials, ~20 % a remark name, ~5 % were never contacted;
    about ``tags_per_customer`` tags each (at most one per exclusive group); buyers have 1-6
    purchases and contacted customers 1-6 interactions, the newest matching the customer's
    ``last_purchase_at`` / ``last_contact_at``."""
    rng = random.Random(seed)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    now = datetime(today.year, today.month, today.day, 2, tzinfo=UTC).replace(tzinfo=None)
    stages = [r[0] for r in conn.execute("SELECT key FROM stages ORDER BY sort")]
    exclusive, open_tags = _tag_pools(conn)
    vips = [r[0] for r in conn.execute("SELECT key FROM vip_levels")] or [None]
    if not stages or not (exclusive or open_tags):
        raise RuntimeError("apply HQ content (stages, tags) before populating")
    device = "01BENCHDEVICE0000000000000"
    cache: dict[str, str] = {}
    with conn:
        existing = conn.execute("SELECT count(*) FROM advisors").fetchone()[0]
        for a in range(existing, advisors):
            conn.execute("INSERT INTO advisors (ulid, name, store_code, role, active, created_at) "
                         "VALUES (?, ?, 'SH001', 'advisor', 1, ?)",
                         (f"01BENCHADVISOR{a:012d}", f"顾问{a + 1}", now))
        advisor_ids = [r[0] for r in conn.execute("SELECT id FROM advisors")]
        start = conn.execute("SELECT coalesce(max(id), 0) FROM customers").fetchone()[0]
        rows, links, tags, purchases, interactions = [], [], [], [], []
        for n in range(customers):
            cid = start + n + 1
            name = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice((1, 2))))
            remark = "" if rng.random() < 0.8 else rng.choice((
                f"{rng.choice(REGIONS)}{name[0]}姐", f"直播间{name}", f"老客{name}",
                f"{name[0]}{rng.choice(GIVEN)}妈妈"))
            added = now - timedelta(days=rng.randint(0, 1500), minutes=rng.randint(0, 1439))
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            advisor = rng.choice(advisor_ids)
            bought = rng.random() < 0.7
            bought_at = []
            if bought:
                newest = now - timedelta(days=rng.randint(1, 900), minutes=rng.randint(0, 600))
                bought_at = [newest] + [newest - timedelta(days=rng.randint(20, 700))
                                        for _ in range(rng.choice((0, 0, 1, 2, 3, 5)))]
            count_12m = sum(1 for at in bought_at if at > now - timedelta(days=365))
            contacted = rng.random() < 0.95
            contacts = []
            if contacted:
                newest = now - timedelta(days=rng.randint(0, 400), minutes=rng.randint(0, 600))
                contacts = [newest] + [newest - timedelta(days=rng.randint(1, 300))
                                       for _ in range(rng.choice((0, 1, 1, 2, 3, 5)))]
            rows.append((cid, f"01BENCH{cid:019d}", device, name, name[0] + "姐",
                         f"1{rng.choice('3578')}{rng.randint(0, 999_999_999):09d}",
                         rng.choice("FFFFM"), month, day, f"{month:02d}{day:02d}",
                         rng.choice(("门店扫码", "直播间", "朋友推荐")), added,
                         rng.choice(stages), rng.choice(vips) if rng.random() < 0.2 else None,
                         contacts[0] if contacts else None, bought_at[0] if bought_at else None,
                         count_12m, "A" if count_12m >= 4 else "B" if count_12m >= 2 else
                         "C" if count_12m else "D", now, remark, _initials(name, cache),
                         rng.choice(REGIONS)))
            links.append((cid, advisor, added))
            chosen = [rng.choice(group) for group in exclusive if rng.random() < 0.85]
            chosen += rng.sample(open_tags, k=min(len(open_tags),
                                                  max(0, tags_per_customer - len(chosen))))
            rows[-1] += ("".join(f",{t}" for t in chosen) + ",", f",{advisor},",
                         sum(1 << t for t in chosen if t < 63))
            for tag in chosen:
                tags.append((cid, tag, rng.choice(("manual", "import", "event")), added))
            for k, at in enumerate(bought_at):
                purchases.append((f"01BP{cid:018d}{k:04d}", device, cid, advisor, at,
                                  rng.choice((19900, 39800, 58000, 128000)),
                                  rng.choice(PRODUCTS)))
            for k, at in enumerate(contacts):
                interactions.append((f"01BI{cid:018d}{k:04d}", device, cid, advisor, at,
                                     rng.choice(("chat", "chat", "call", "visit", "moments")),
                                     rng.choice(NOTES)))
        # links first: their triggers (db/versions/0003) then find no customer row to
        # update, and each customer row arrives with its tag and advisor lists already made
        conn.executemany("INSERT INTO customer_advisors (customer_id, advisor_id, role, since) "
                         "VALUES (?, ?, 'owner', ?)", links)
        conn.executemany("INSERT INTO customer_tags (customer_id, tag_id, source, added_at) "
                         "VALUES (?, ?, ?, ?)", tags)
        conn.executemany(
            "INSERT INTO customers (id, ulid, device_id, name, salutation, phone, gender, "
            "birth_month, birth_day, birthday_md, source_channel, added_at, stage_key, "
            "vip_level, last_contact_at, last_purchase_at, purchases_12m, member_class, "
            "updated_at, remark_name, name_initials, region, tag_list, advisor_list, tag_bits, "
            "notes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'')", rows)
        conn.executemany("INSERT INTO purchases (ulid, device_id, customer_id, advisor_id, at, "
                         "amount_fen, items, channel) VALUES (?, ?, ?, ?, ?, ?, ?, 'counter')",
                         purchases)
        conn.executemany("INSERT INTO interactions (ulid, device_id, customer_id, advisor_id, "
                         "at, kind, note) VALUES (?, ?, ?, ?, ?, ?, ?)", interactions)
        lib = library_items(items, seed) if items else []
        conn.executemany(
            "INSERT INTO scripts (uid, kind, title, body, scene, sales_step, channel, keywords, "
            "origin, pack, retired) VALUES (?, ?, ?, ?, NULL, ?, 'chat', ?, 'hq', 'bench', 0)",
            [(i.uid, i.kind, i.title, i.body, i.sales_step, i.keywords) for i in lib])
    conn.close()
    return {"customers": customers, "customer_tags": len(tags), "purchases": len(purchases),
            "interactions": len(interactions), "scripts": len(lib)}


MATERIAL_KINDS = ("text", "image", "link", "moments")
MATERIAL_TITLES = ("{b}·{p}海报", "{c}护理小知识", "{p}使用教程", "会员日{p}活动图", "{p}买家秀",
                   "{c}改善前后对比", "{b}好物推荐", "直播预告：{p}")
COUPON_NAMES = ("满{t}减{v}", "{p}专享{d}折券", "无门槛{v}元券", "会员日{v}元红包", "{c}护理体验券")


def library_mix(n: int, seed: int = 1) -> tuple[list[Item], list[tuple], list[tuple]]:
    """``n`` library items as a shop sees them: ~90 % scripts & Q&A, ~7 % materials, ~3 %
    coupons. Materials/coupons are (uid, kind/type, title, body, keywords, valid_from,
    valid_to); about a fifth have a validity window, some of them already over."""
    rng = random.Random(seed + 7)
    n_materials, n_coupons = n * 7 // 100, n * 3 // 100
    scripts = library_items(n - n_materials - n_coupons, seed)
    base = date(2026, 11, 24)

    def window() -> tuple[date | None, date | None]:
        if rng.random() > 0.2:
            return None, None
        start = base + timedelta(days=rng.randint(-120, 30))
        return start, start + timedelta(days=rng.randint(7, 90))

    materials = []
    for i in range(n_materials):
        title = _fill(rng, rng.choice(MATERIAL_TITLES))
        body = "".join(_fill(rng, rng.choice(TEMPLATES)) for _ in range(rng.randint(1, 2)))
        keywords = " ".join(rng.sample((*CONCERNS, *BENEFITS, *LATIN), k=rng.randint(1, 3)))
        materials.append((f"bench.m.{i:06d}", rng.choice(MATERIAL_KINDS), title, body, keywords,
                          *window()))
    coupons = []
    for i in range(n_coupons):
        name = rng.choice(COUPON_NAMES).format(t=rng.choice((199, 299, 399, 599)),
                                               v=rng.choice((20, 30, 50, 80, 100)),
                                               d=rng.choice((8, 85, 9, 95)),
                                               p=rng.choice(PRODUCTS)[:6], c=rng.choice(CONCERNS))
        message = "{称呼|亲}，" + _fill(rng, rng.choice(TEMPLATES)) + "券码{券码|见卡包}，{到期日|尽快}前有效。"
        coupons.append((f"bench.c.{i:06d}", rng.choice(("threshold", "no_threshold", "discount")),
                        name, message, "限本专柜使用，不与其他优惠同享", *window()))
    return scripts, materials, coupons


def populate_library(db_path: Path, *, items: int, seed: int = 1, usage: int = 5000,
                     today: date = date(2026, 11, 24)) -> dict[str, int]:
    """Bulk-insert ``library_mix(items)`` and ``usage`` copy events by three advisors over the
    last half year on ~800 distinct items (the ranked set) into a migrated database. Writes
    the item tables only: the caller rebuilds the search index (and times it)."""
    rng = random.Random(seed + 11)
    scripts, materials, coupons = library_mix(items, seed)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA synchronous=OFF")
    now = datetime(today.year, today.month, today.day, 2, tzinfo=UTC).replace(tzinfo=None)
    with conn:
        for a in range(conn.execute("SELECT count(*) FROM advisors").fetchone()[0], 3):
            conn.execute("INSERT INTO advisors (ulid, name, store_code, role, active, created_at) "
                         "VALUES (?, ?, 'SH001', 'advisor', 1, ?)",
                         (f"01BENCHADVISOR{a:012d}", f"顾问{a + 1}", now))
        advisor_ids = [r[0] for r in conn.execute("SELECT id FROM advisors")]
        conn.executemany(
            "INSERT INTO scripts (uid, kind, title, body, scene, sales_step, channel, keywords, "
            "origin, pack, retired) VALUES (?, ?, ?, ?, ?, ?, 'chat', ?, 'hq', 'bench', 0)",
            [(i.uid, i.kind, i.title, i.body, i.scene, i.sales_step, i.keywords)
             for i in scripts])
        conn.executemany(
            "INSERT INTO materials (uid, kind, title, body, url, scene, channel, keywords, "
            "valid_from, valid_to, pack, retired) VALUES (?, ?, ?, ?, NULL, 'welcome', "
            "'moments', ?, ?, ?, 'bench', 0)", materials)
        conn.executemany(
            "INSERT INTO coupons (uid, type, name, message, terms, valid_from, valid_to, pack, "
            "retired) VALUES (?, ?, ?, ?, ?, ?, ?, 'bench', 0)", coupons)
        pool = ([("script", i.uid) for i in rng.sample(scripts, k=min(700, len(scripts)))]
                + [("material", m[0]) for m in materials[:70]]
                + [("coupon", c[0]) for c in coupons[:30]])
        events = []
        for n in range(usage if pool else 0):
            kind, uid = rng.choice(pool)
            at = now - timedelta(days=rng.randint(0, 180), minutes=rng.randint(0, 1439))
            events.append((f"01BU{n:022d}", "01BENCHDEVICE0000000000000", at,
                           rng.choice(advisor_ids), kind, uid))
        conn.executemany("INSERT INTO usage_events (ulid, device_id, at, advisor_id, kind, uid, "
                         "action) VALUES (?, ?, ?, ?, ?, ?, 'copy')", events)
    conn.close()
    return {"scripts": len(scripts), "materials": len(materials), "coupons": len(coupons),
            "usage_events": len(events)}


def populate_sop(db_path: Path, *, seed: int = 1, today: date = date(2026, 11, 24),
                 runs_per_customer: float = 2.5) -> dict[str, int]:
    """A year of SOP history for every customer: runs of the active playbooks with their
    tasks, mostly done or missed, the recent ones still open. Needs active playbooks."""
    rng = random.Random(seed)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA synchronous=OFF")
    plans = []
    for pid, uid, trigger in conn.execute(
            "SELECT id, uid, \"trigger\" FROM playbooks WHERE active = 1"):
        steps = conn.execute("SELECT id, offset_days FROM playbook_steps WHERE playbook_id = ? "
                             "ORDER BY sort", (pid,)).fetchall()
        if steps and not trigger.startswith(("birthday", "dormant", "date")):
            plans.append((pid, uid, trigger, steps))
    owners = dict(conn.execute("SELECT customer_id, advisor_id FROM customer_advisors"))
    now = datetime(today.year, today.month, today.day, 2).isoformat(sep=" ")
    runs, tasks = [], []
    run_id = conn.execute("SELECT coalesce(max(id), 0) FROM sop_runs").fetchone()[0]
    for cid, advisor in owners.items():
        count = int(runs_per_customer) + (rng.random() < runs_per_customer % 1)
        used = set()
        for _ in range(count):
            pid, uid, trigger, steps = rng.choice(plans)
            anchor = today - timedelta(days=rng.randint(0, 365))
            if (uid, anchor) in used:
                continue
            used.add((uid, anchor))
            run_id += 1
            last_due = anchor + timedelta(days=steps[-1][1])
            state = "running" if last_due >= today - timedelta(days=7) else "done"
            runs.append((run_id, f"01R{run_id:023d}", cid, pid, uid, trigger, anchor, state, now))
            for step_id, offset in steps:
                due = anchor + timedelta(days=offset)
                age = (today - due).days
                task_state = ("open" if age <= 7 else
                              rng.choices(("done", "skipped", "missed"), (70, 5, 25))[0])
                tasks.append((f"01T{len(tasks):023d}", run_id, step_id, cid, advisor, due,
                              task_state))
    with conn:
        conn.executemany("INSERT INTO sop_runs (id, ulid, customer_id, playbook_id, playbook_uid, "
                         "trigger_key, anchor_date, state, started_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", runs)
        conn.executemany("INSERT INTO sop_tasks (ulid, run_id, step_id, customer_id, advisor_id, "
                         "due_on, state, note) VALUES (?, ?, ?, ?, ?, ?, ?, '')", tasks)
    conn.close()
    return {"runs": len(runs), "tasks": len(tasks)}
