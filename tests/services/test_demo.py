"""The demo shop: believable people (tags agree with gender, age, source and story), written
through the bulk paths with every kept column right, and a filled Today for each advisor."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from advisor_desk.services import demo_tags
from tests.conftest import TODAY
from tests.services.test_customer_import import _assert_lists_match_links


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from advisor_desk.domain.clock import FixedClock
    from advisor_desk.paths import AppPaths
    from advisor_desk.services.desk import open_desk

    paths = AppPaths.under(tmp_path_factory.mktemp("demo") / "data").ensure()
    desk = open_desk(paths, FixedClock.at_local(TODAY, 10))
    summary, _ = desk.demo.load()
    yield desk, summary
    desk.close()


def _people(desk):
    con = sqlite3.connect(desk.paths.database)
    try:
        tags: dict[int, list[str]] = {}
        for cid, name in con.execute("SELECT ct.customer_id, t.name FROM customer_tags ct "
                                     "JOIN tags t ON t.id = ct.tag_id"):
            tags.setdefault(cid, []).append(name)
        last_buy = dict(con.execute("SELECT customer_id, max(at) FROM purchases "
                                    "GROUP BY customer_id"))
        return [(row, tags.get(row[0], []), last_buy.get(row[0])) for row in con.execute(
            "SELECT id, name, salutation, gender, birth_year, birth_month, birth_day, "
            "source_channel, koc_type FROM customers")]
    finally:
        con.close()


def test_demo_tags_agree_with_gender_age_and_story(demo):
    desk, summary = demo
    problems = []
    life = set(demo_tags.LIFE_STAGES)
    for (_cid, name, salutation, gender, year, month, day, source, koc), names, last_buy \
            in _people(desk):
        female = gender == "F"
        if not female and life & set(names):
            problems.append(f"{salutation} ({name}) is a man tagged {life & set(names)}")
        if female == salutation.endswith("先生"):
            problems.append(f"{salutation} ({name}) gender {gender}")
        for pair in demo_tags.EXCLUSIVE_LIFE:
            if pair <= set(names):
                problems.append(f"{name}: {pair} together")
        if year is not None:
            age = TODAY.year - year - ((month, day) > (TODAY.month, TODAY.day))
            for tag in names:
                span = demo_tags.age_range(tag) or (
                    demo_tags.LIFE_STAGES.get(tag) if female else None)
                if span and not span[0] <= age <= span[1]:
                    problems.append(f"{name}, {age}, tagged {tag}")
            young = salutation.endswith("小姐")
            if female and young != (age < 33):
                problems.append(f"{name}, {age}, called {salutation}")
        if ("直播间" in names) != (source == "直播间"):
            problems.append(f"{name}: source {source}, tags {names}")
        if ("KOC候选" in names) != (koc is not None):
            problems.append(f"{name}: KOC {koc}, tags {names}")
        if "沉睡" in names and last_buy is not None and \
                date.fromisoformat(last_buy[:10]) > TODAY.replace(year=TODAY.year - 2):
            problems.append(f"{name} is dormant but bought on {last_buy}")
    assert problems == []
    assert summary.tags > summary.customers  # tagged, not bare


def test_no_man_is_ever_pregnant_whatever_the_seed():
    """The rules themselves, over many random people."""
    import random

    from advisor_desk.store.demo_repo import GroupTags

    groups = [GroupTags("g.life", "人生阶段", False, ("a", "b", "c", "d"),
                        ("备孕", "孕期", "宝妈", "新婚")),
              GroupTags("g.age", "年龄段", True, ("x", "y", "z"),
                        ("30岁以下", "30-45岁", "45岁以上"))]
    names = {"a": "备孕", "b": "孕期", "c": "宝妈", "d": "新婚", "x": "30岁以下",
             "y": "30-45岁", "z": "45岁以上"}
    rng = random.Random(1)
    for _ in range(3000):
        who = demo_tags.Who(female=rng.random() < 0.5, age=rng.randint(18, 70), source="",
                            persona="occasional", koc=False)
        picked = [names[u] for u in demo_tags.pick(rng, groups, who)]
        assert demo_tags.contradictions(picked, who) == [], (who, picked)


def test_the_bulk_writes_keep_every_derived_column(demo):
    desk, summary = demo
    _assert_lists_match_links(desk)
    con = sqlite3.connect(desk.paths.database)
    try:
        assert con.execute("SELECT count(*) FROM customers").fetchone()[0] == 300
        assert con.execute("SELECT count(*) FROM purchases").fetchone()[0] == summary.purchases
        # last contact is the latest logged contact; purchases_12m counts the window
        wrong = con.execute(
            "SELECT count(*) FROM customers c WHERE coalesce(c.last_contact_at, '') != "
            "coalesce((SELECT max(at) FROM interactions i WHERE i.customer_id = c.id), '')"
        ).fetchone()[0]
        assert wrong == 0
        wrong = con.execute(
            "SELECT count(*) FROM customers c WHERE c.purchases_12m != (SELECT count(*) FROM "
            "purchases p WHERE p.customer_id = c.id AND p.at > datetime(?, '-365 days') "
            "AND p.at <= ?)", (f"{TODAY} 02:00:00", f"{TODAY} 02:00:00")).fetchone()[0]
        assert wrong == 0
        assert con.execute("SELECT count(*) FROM sop_runs").fetchone()[0] > 40
        # the journal has every customer's arrival and its tags
        assert con.execute("SELECT count(*) FROM events WHERE kind = 'customer.added'"
                           ).fetchone()[0] == 300
        assert con.execute("SELECT count(*) FROM events WHERE kind = 'tag.added'"
                           ).fetchone()[0] == summary.tags
    finally:
        con.close()


def test_every_advisor_has_a_morning_of_work(demo):
    desk, _ = demo
    for advisor in desk.advisors.list():
        queue = desk.tasks.today(advisor.id)
        assert queue.count("today") + queue.count("overdue") > 0, advisor.name
