"""The segment SQL equals the one-customer rule (domain.segments.matches) on random data."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from advisor_desk.domain.segments import CustomerFacts, SegmentFilter, matches
from advisor_desk.services.desk import open_desk
from advisor_desk.store import models as m
from advisor_desk.store import segment_query, sop_repo
from tests.support.content_factory import base_content, write_content

TZ = ZoneInfo("Asia/Shanghai")
TODAY = date(2027, 2, 20)  # a common year, close to 28 February
STAGES = ["stranger", "potential", "intent", "customer", "repeat", "super"]
TAGS = ["t.skin.dry", "t.skin.oily", "t.skin.sens", "t.need.white", "t.need.age",
        "t.src.live", "t.age.30", "t.tier.koc"]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from advisor_desk.domain.clock import FixedClock
    from advisor_desk.paths import AppPaths

    root = tmp_path_factory.mktemp("seg")
    desk = open_desk(AppPaths.under(root / "data").ensure(), FixedClock.at_local(TODAY))
    desk.content.apply(desk.content.read_folder(write_content(root / "c", base_content())))
    rng = random.Random(5)
    tag_ids = dict(desk.ctx.db.read().__enter__().execute(select(m.Tag.uid, m.Tag.id)).all())
    now = datetime.combine(TODAY, time(10), TZ)
    with desk.ctx.db.write() as s:
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
                updated_at=now)
            if c.birthday_md is None:
                c.birth_month = c.birth_day = None
            s.add(c)
            s.flush()
            for uid in rng.sample(TAGS, rng.randint(0, 4)):
                s.add(m.CustomerTag(customer_id=c.id, tag_id=tag_ids[uid], source="manual",
                                    added_at=now))
    with desk.ctx.db.read() as s:
        groups = sop_repo.tag_groups(s)
        ids = s.scalars(select(m.Customer.id).where(m.Customer.deleted_at.is_(None))).all()
        facts = {cid: sop_repo.customer_facts(s, cid, TZ) for cid in ids}
    yield desk, facts, groups
    desk.close()


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
@given(flt=filters)
def test_sql_equals_the_one_customer_rule(world, flt):
    desk, facts, groups = world
    with desk.ctx.db.read() as s:
        ids = segment_query.customer_ids(s, flt, today=TODAY, tz=TZ)
        total = segment_query.count(s, flt, today=TODAY, tz=TZ)
    assert set(ids) == _python_ids(facts, groups, flt)
    assert total == len(ids) == len(set(ids))


def test_birthdays_around_29_february():
    days = segment_query.birthday_days(date(2027, 2, 27), 2)
    assert days == {"0227", "0228", "0229", "0301"}
    assert "0229" not in segment_query.birthday_days(date(2028, 2, 27), 1)
    assert "0229" in segment_query.birthday_days(date(2028, 2, 27), 2)
