"""The segment SQL equals the one-customer rule (domain.segments.matches) on random data."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from advisor_desk.domain.segments import CustomerFacts, SegmentFilter, matches
from advisor_desk.services.desk import open_desk
from advisor_desk.store import models as m
from advisor_desk.store import segment_query, sop_repo
from tests.support.content_factory import base_content, write_content

TZ = ZoneInfo("Asia/Shanghai")
TODAY = date(2027, 2, 20)  # a common year, close to 28 February
STAGES = ["stranger", "potential", "intent", "customer", "repeat", "super"]
TAGS = ["t.skin.dry", "t.skin.oily", "t.skin.sens", "t.need.white", "t.need.age",
        "t.src.live", "t.age.30", "t.tier.koc", "t.big.70", "t.big.71"]  # ids 70, 71: no bit


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from advisor_desk.domain.clock import FixedClock
    from advisor_desk.paths import AppPaths

    root = tmp_path_factory.mktemp("seg")
    desk = open_desk(AppPaths.under(root / "data").ensure(), FixedClock.at_local(TODAY))
    desk.content.apply(desk.content.read_folder(write_content(root / "c", base_content())))
    with desk.ctx.db.write() as s:  # tags whose ids have no bit in customers.tag_bits
        s.connection().exec_driver_sql(
            "INSERT INTO tag_groups (id, uid, name, dimension, exclusive, sort, origin, retired) "
            "VALUES (69, 't.big', 'big', 'consumption', 0, 99, 'local', 0)")
        for tid in (70, 71):
            s.connection().exec_driver_sql(
                "INSERT INTO tags (id, uid, group_id, name, sort, origin, retired) "
                f"VALUES ({tid}, 't.big.{tid}', 69, 'big{tid}', 1, 'local', 0)")
    rng = random.Random(5)
    tag_ids = dict(desk.ctx.db.read().__enter__().execute(select(m.Tag.uid, m.Tag.id)).all())
    now = datetime.combine(TODAY, time(10), TZ)
    with desk.ctx.db.write() as s:
        advisors = []
        for a in range(3):
            advisor = m.Advisor(ulid=f"01SEGADV{a:018d}", name=f"A{a}", store_code="S",
                                created_at=now)
            s.add(advisor)
            s.flush()
            advisors.append(advisor.id)
        for n in range(260):
            def when(days_back: int) -> datetime:
                return now - timedelta(days=days_back, hours=rng.randint(0, 23))
            month, day = rng.choice([(2, 28), (2, 29), (3, 1), (2, 20), (12, 31), (1, 1),
                                     (rng.randint(1, 12), rng.randint(1, 28))])
            c = m.Customer(
                ulid=f"01SEG{n:021d}", device_id="d", name=rng.choice(["王晓燕", "李娜", "张伟",
                                                                     "陈佳怡", "Lily"]),
                remark_name=rng.choice(["", "静安老客", "VIP王", "lily"]),
                name_initials=rng.choice(["wxy", "ln", "zw", "cjy", "lily"]),
                phone=rng.choice([None, f"1380000{n:04d}"]),
                birth_month=month, birth_day=day, birthday_md=f"{month:02d}{day:02d}"
                if rng.random() < 0.8 else None,
                added_at=when(rng.randint(0, 60)), stage_key=rng.choice([*STAGES, None]),
                vip_level=rng.choice([None, "gold"]), member_class=rng.choice("ABCD"),
                last_purchase_at=rng.choice([None, when(rng.randint(0, 45)), when(rng.randint(0, 400))]),
                deleted_at=now if rng.random() < 0.03 else None, purchases_12m=0,
                last_contact_at=rng.choice([None, now - timedelta(days=3), when(rng.randint(0, 9))]),
                updated_at=now)
            if c.birthday_md is None:
                c.birth_month = c.birth_day = None
            s.add(c)
            s.flush()
            for uid in rng.sample(TAGS, rng.randint(0, 4)):
                s.add(m.CustomerTag(customer_id=c.id, tag_id=tag_ids[uid], source="manual",
                                    added_at=now))
            for advisor in rng.sample(advisors, rng.choice([0, 1, 1, 1, 2])):
                s.add(m.CustomerAdvisor(customer_id=c.id, advisor_id=advisor, role="owner",
                                        since=now))
    _rewrite_links(desk, rng, tag_ids, advisors)
    with desk.ctx.db.read() as s:
        groups = sop_repo.tag_groups(s)
        ids = s.scalars(select(m.Customer.id).where(m.Customer.deleted_at.is_(None))).all()
        facts = {cid: sop_repo.customer_facts(s, cid, TZ) for cid in ids}
        owners = {}
        for cid, advisor in s.execute(select(m.CustomerAdvisor.customer_id,
                                             m.CustomerAdvisor.advisor_id)):
            owners.setdefault(advisor, set()).add(cid)
    yield desk, facts, groups, owners
    desk.close()


def _rewrite_links(desk, rng: random.Random, tag_ids: dict[str, int], advisors: list[int]):
    """Remove, move and re-add tags and advisors the ways writers do (ORM deletes, bulk
    deletes, updates of the key, INSERT OR IGNORE), so the triggers behind the filters'
    tag and advisor lists (db/versions/0003) are exercised, not just their inserts."""
    with desk.ctx.db.write() as s:
        links = s.execute(select(m.CustomerTag.customer_id, m.CustomerTag.tag_id)).all()
        for cid, tid in rng.sample(links, 60):
            s.execute(delete(m.CustomerTag).where(m.CustomerTag.customer_id == cid,
                                                  m.CustomerTag.tag_id == tid))
        conn = s.connection()
        for cid, tid in rng.sample(links, 40):
            conn.exec_driver_sql(f"INSERT OR {rng.choice(['IGNORE', 'REPLACE'])} INTO customer_tags (customer_id, tag_id, "
                                 "source, added_at) VALUES (?, ?, 'manual', '2027-01-01')",
                                 (cid, tid))
        for cid, tid in rng.sample(links, 30):
            new = tag_ids[rng.choice(TAGS)]
            conn.exec_driver_sql("UPDATE OR IGNORE customer_tags SET tag_id = ? "
                                 "WHERE customer_id = ? AND tag_id = ?", (new, cid, tid))
        conn.exec_driver_sql("DELETE FROM customer_tags WHERE customer_id % 17 = 0")
        conn.exec_driver_sql("UPDATE OR REPLACE customer_advisors SET advisor_id = ? "
                             "WHERE customer_id % 11 = 0 AND advisor_id = ?",
                             (advisors[2], advisors[0]))
        conn.exec_driver_sql("DELETE FROM customer_advisors WHERE customer_id % 13 = 0")


def _python_ids(facts: dict[int, CustomerFacts], groups, flt: SegmentFilter) -> set[int]:
    return {cid for cid, f in facts.items() if matches(flt, f, TODAY, groups)}


filters = st.builds(
    SegmentFilter,
    stages_in=st.lists(st.sampled_from(STAGES), max_size=2).map(tuple),
    stages_out=st.lists(st.sampled_from(STAGES), max_size=2).map(tuple),
    tags_all=st.lists(st.sampled_from(TAGS), max_size=3).map(tuple),
    tags_any=st.lists(st.sampled_from(TAGS), max_size=2).map(tuple),
    tags_none=st.lists(st.sampled_from(TAGS), max_size=2).map(tuple),
    vip_levels=st.lists(st.just("gold"), max_size=1).map(tuple),
    member_classes=st.lists(st.sampled_from("ABCD"), max_size=2).map(tuple),
    dormant_days=st.one_of(st.none(), st.integers(1, 45), st.integers(1, 400)),
    birthday_within_days=st.one_of(st.none(), st.integers(0, 30)),
    added_within_days=st.one_of(st.none(), st.integers(0, 60)),
    text=st.sampled_from(["", "王", "晓燕", "lily", "Lily", "wx", "c", "0003", "80000", " "]),
)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flt=filters, scope=st.sampled_from([None, 0, 1, 2]))
def test_sql_equals_the_one_customer_rule(world, flt, scope):
    desk, facts, groups, owners = world
    advisor_id = sorted(owners)[scope] if scope is not None else None
    with desk.ctx.db.read() as s:
        ids, n = segment_query.ids_and_count(s, flt, today=TODAY, tz=TZ,
                                             advisor_id=advisor_id)
        total = segment_query.count(s, flt, today=TODAY, tz=TZ, advisor_id=advisor_id)
    expected = _python_ids(facts, groups, flt)
    if advisor_id is not None:  # the scope rule: own customers and the unassigned ones
        unassigned = set(facts) - set().union(*owners.values())
        expected &= owners[advisor_id] | unassigned
    assert set(ids) == expected
    assert total == n == len(ids) == len(set(ids))


def test_tag_and_advisor_lists_match_the_link_tables(world):
    desk = world[0]
    with desk.ctx.db.read() as s:
        conn = s.connection()
        for table, key, column in (("customer_tags", "tag_id", "tag_list"),
                                   ("customer_advisors", "advisor_id", "advisor_list")):
            links: dict[int, set[str]] = {}
            for cid, value in conn.exec_driver_sql(f"SELECT customer_id, {key} FROM {table}"):
                links.setdefault(cid, set()).add(str(value))
            for cid, listed, bits in conn.exec_driver_sql(
                    f"SELECT id, {column}, tag_bits FROM customers"):
                assert listed.startswith(",") and listed.endswith(",")
                parts = listed.strip(",").split(",") if listed != "," else []
                assert len(parts) == len(set(parts))
                assert set(parts) == links.get(cid, set()), (table, cid)
                if table == "customer_tags":
                    assert bits == sum(1 << int(t) for t in parts if int(t) < 63), cid


@pytest.mark.parametrize("order", ["recent", "name", "added"])
def test_ids_come_in_list_order(world, order):
    desk = world[0]
    with desk.ctx.db.read() as s:
        ids = segment_query.customer_ids(s, SegmentFilter(), today=TODAY, tz=TZ, order=order)
        rows = [(c.id, c.name, c.added_at, c.last_contact_at) for c in s.scalars(
            select(m.Customer).where(m.Customer.deleted_at.is_(None)))]
    epoch = datetime(1970, 1, 1, tzinfo=TZ)
    key = {
        # newest contact first, never contacted last, ties by id, newest first
        "recent": lambda c: (c[3] is None, -((c[3] or epoch) - epoch).total_seconds(), -c[0]),
        "name": lambda c: (c[1], c[0]),
        "added": lambda c: (-(c[2] - epoch).total_seconds(), -c[0]),
    }[order]
    assert ids == [c[0] for c in sorted(rows, key=key)]


def test_every_filter_walks_the_list_index(world):
    """No sort and no table lookups, whatever the planner's statistics (the ``+`` terms)."""
    desk = world[0]
    flt = SegmentFilter(stages_in=("intent",), tags_any=("t.skin.dry",), vip_levels=("gold",),
                        member_classes=("A",), dormant_days=30, birthday_within_days=7,
                        added_within_days=30, text="0003", tags_none=("t.age.30",))
    with desk.ctx.db.read() as s:
        s.connection().exec_driver_sql("ANALYZE")
        where = segment_query.conditions(s, flt, today=TODAY, tz=TZ, advisor_id=1)
        q = select(m.Customer.id).where(*where).order_by(m.Customer.last_contact_at.desc(),
                                                         m.Customer.id.desc())
        raw = s.connection().connection.driver_connection
        seen: list[str] = []
        raw.set_trace_callback(seen.append)
        s.execute(q).all()
        raw.set_trace_callback(None)
        plan = [r[3] for r in raw.execute("EXPLAIN QUERY PLAN " + seen[-1])]
        s.connection().exec_driver_sql("DROP TABLE sqlite_stat1")
    assert plan == [f"SEARCH customers USING COVERING INDEX {segment_query.LIST_INDEX} "
                    "(deleted_at=?)"]


def test_birthdays_around_29_february():
    days = segment_query.birthday_days(date(2027, 2, 27), 2)
    assert days == {"0227", "0228", "0229", "0301"}
    assert "0229" not in segment_query.birthday_days(date(2028, 2, 27), 1)
    assert "0229" in segment_query.birthday_days(date(2028, 2, 27), 2)
