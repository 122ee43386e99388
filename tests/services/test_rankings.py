"""Rankings over a generated month: every measure equals a brute-force count over the journal
(and the usage log, the task rows), points follow the incentive rules, and the streak and the
30-day line equal a day-by-day recount. Actions happen at all hours, including just before
and after local midnight (the hour that is still "yesterday" in UTC)."""

from __future__ import annotations

import random
import sqlite3
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from advisor_desk.domain import rankings as r
from advisor_desk.domain.clock import FixedClock
from advisor_desk.domain.customers import CustomerInput
from advisor_desk.domain.errors import InvalidInput
from advisor_desk.services.desk import open_desk
from advisor_desk.services.rankings import PRACTICE_EVENT_KIND
from advisor_desk.store import journal
from tests.support.content_factory import base_content, write_content

TZ = ZoneInfo("Asia/Shanghai")
FIRST, TODAY = date(2026, 10, 20), date(2026, 12, 2)
RULES = [
    {"uid": "t.r.ontime", "title": "按时完成", "measure": "steps_on_time", "points": 2},
    {"uid": "t.r.new", "title": "新客", "measure": "new_customers", "points": 3},
    {"uid": "t.r.new-boost", "title": "11月下旬新客加倍", "measure": "new_customers",
     "points": 3, "valid_from": "2026-11-20", "valid_to": "2026-11-30"},
    {"uid": "t.r.coupon", "title": "发券", "measure": "coupons_issued", "points": 1},
    {"uid": "t.r.cards", "title": "练卡", "measure": "cards_practised", "points": 1,
     "valid_to": "2026-11-10"},
]


def _content(rules=RULES):
    content = base_content()
    content["coupon_codes"]["SH001"] = [{"coupon_uid": "t.c.pool", "code": f"QY-{n:04d}"}
                                        for n in range(400)]
    content["playbooks.json"][0]["steps"] = [
        {"offset_days": d, "title": f"第{d}天回访"} for d in (0, 1, 3, 7)]
    content["coupons.json"][0]["valid_to"] = "2026-12-31"
    content["incentive_rules.json"] = rules
    return content


@pytest.fixture(scope="module")
def month(tmp_path_factory):
    """A store of four advisors, worked through the services day by day for six weeks."""
    from advisor_desk.paths import AppPaths

    root = tmp_path_factory.mktemp("rankings")
    clock = FixedClock.at_local(FIRST, 9)
    desk = open_desk(AppPaths.under(root / "data").ensure(), clock)
    desk.settings.update(store_code="SH001", store_name="测试门店")
    desk.content.apply(desk.content.read_folder(write_content(root / "c", _content())))
    people = [desk.advisors.add("周敏")[0].id]  # the first profile is the store's manager
    manager = desk.advisors.unlock(people[0])
    people += [desk.advisors.add(name, session=manager)[0].id
               for name in ("陈佳怡", "王梦琪", "李娜")]
    rng = random.Random(14)
    owned: dict[int, list[int]] = defaultdict(list)
    day = FIRST
    while day <= TODAY:
        moments = sorted(rng.sample(range(24 * 60), 12))
        moments += [23 * 60 + 50, 10]  # ten to midnight; ten past (still yesterday in UTC)
        for minute in moments:
            clock.instant = datetime.combine(day, time(minute // 60, minute % 60), TZ
                                             ).astimezone(UTC)
            who = rng.choice(people[:3])  # the fourth advisor never works: ranks last
            _act(desk, rng, who, owned)
        if day < TODAY:
            desk.sop.sweep()
        day += timedelta(days=1)
    clock.instant = datetime.combine(TODAY, time(15), TZ).astimezone(UTC)
    yield desk, people
    desk.close()


def _act(desk, rng, who, owned):
    roll = rng.random()
    if roll < 0.12 or not owned[who]:
        cid, _ = desk.customers.add(CustomerInput(name=f"客户{rng.randrange(10**6)}"),
                                    advisor_id=who)
        owned[who].append(cid)
    elif roll < 0.22:
        desk.customers.record_purchase(rng.choice(owned[who]), 30000, "精华", advisor_id=who)
    elif roll < 0.55:
        queue = desk.tasks.today(who)
        rows = list(queue.overdue) + list(queue.today)
        if rows:
            task = rng.choice(rows)
            pick = rng.random()
            if pick < 0.75:
                desk.tasks.mark_done(task.task_id, who)
            elif pick < 0.9:
                desk.tasks.skip(task.task_id, who, "客户出差")
            else:
                desk.tasks.snooze(task.task_id, who, desk.clock.today() + timedelta(days=2))
    elif roll < 0.7:
        desk.customers.log_interaction(rng.choice(owned[who]), "chat", "", advisor_id=who)
    elif roll < 0.82:
        desk.library.copy("script", f"t.s.00{rng.randint(1, 5)}", advisor_id=who,
                          customer_id=rng.choice(owned[who]), deliver=lambda _p: True)
    elif roll < 0.9:
        desk.library.copy("coupon", "t.c.pool", advisor_id=who,
                          customer_id=rng.choice(owned[who]), deliver=lambda _p: True)
    else:
        with desk.ctx.db.write() as s:  # what issue 18's practice page journals
            journal.record(s, kind=PRACTICE_EVENT_KIND, at=desk.clock.now(),
                           device_id=desk.ctx.device_id, advisor_id=who,
                           payload={"card": "t.s.001", "knew": True})


# ---------------------------------------------------------------------- the oracle
def _local(text: str) -> date:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).astimezone(TZ).date()


def brute_force(db, start: date, end: date) -> dict[int, dict]:
    """Every measure per advisor, counted row by row in Python."""
    conn = sqlite3.connect(db)
    events = conn.execute("SELECT kind, at, advisor_id, customer_id, payload FROM events"
                          ).fetchall()
    usage = conn.execute("SELECT at, advisor_id, action FROM usage_events").fetchall()
    tasks = conn.execute("SELECT advisor_id, due_on, state FROM sop_tasks").fetchall()
    conn.close()
    import json

    out: dict[int, dict] = defaultdict(lambda: defaultdict(int))
    daily: dict[int, dict] = defaultdict(lambda: defaultdict(Counter))
    contacted: dict[int, set] = defaultdict(set)
    for kind, at, advisor, customer, payload in events:
        day = _local(at)
        if not start <= day <= end:
            continue
        measure = {"customer.added": r.NEW_CUSTOMERS, "coupon.issued": r.COUPONS_ISSUED,
                   PRACTICE_EVENT_KIND: r.CARDS_PRACTISED}.get(kind)
        if kind == "sop.step.done" and json.loads(payload)["on_time"]:
            measure = r.STEPS_ON_TIME
        if measure:
            daily[advisor][measure][day] += 1
        if kind == "interaction.logged":
            contacted[advisor].add(customer)
    for at, advisor, action in usage:
        if start <= _local(at) <= end and action == "copy":
            daily[advisor][r.COPIES][_local(at)] += 1
    for advisor, due_on, state in tasks:
        if start <= date.fromisoformat(due_on) <= end:
            out[advisor]["steps_due"] += 1
            out[advisor]["steps_done"] += state == "done"
    for advisor, measures in daily.items():
        for measure, days in measures.items():
            out[advisor][measure] = sum(days.values())
        out[advisor]["points"] = sum(
            n * rule["points"] for rule in RULES for day, n in measures[rule["measure"]].items()
            if str(day) >= rule.get("valid_from", "0") and str(day) <= rule.get("valid_to", "9"))
    for advisor, customers in contacted.items():
        out[advisor][r.CUSTOMERS_CONTACTED] = len(customers)
    return out


FIELDS = (r.NEW_CUSTOMERS, r.STEPS_ON_TIME, r.CUSTOMERS_CONTACTED, r.COUPONS_ISSUED, r.COPIES,
          r.CARDS_PRACTISED, "steps_due", "steps_done", "points")


@pytest.mark.parametrize(("kind", "on"), [("month", date(2026, 11, 15)),
                                          ("week", date(2026, 11, 19)),
                                          ("day", date(2026, 11, 9)),
                                          ("month", TODAY)])
def test_every_measure_equals_a_brute_force_count(month, kind, on):
    desk, people = month
    board = desk.rankings.board(kind, on)
    assert board.through == min(board.period.end, TODAY)
    expected = brute_force(desk.paths.database, board.period.start, board.through)
    assert [s.advisor_id for s in board.standings] != [] and {
        s.advisor_id for s in board.standings} == set(people)
    for s in board.standings:
        want = expected.get(s.advisor_id, {})
        got = {f: getattr(s, f) for f in FIELDS}
        assert got == {f: want.get(f, 0) for f in FIELDS}, s.name
    busy = [s for s in board.standings if s.advisor_id != people[3]]
    assert sum(s.steps_on_time + s.copies + s.coupons_issued for s in busy) > 0


def test_the_month_has_real_work_in_it(month):
    desk, people = month
    board = desk.rankings.board("month", date(2026, 11, 1))
    totals = {f: sum(getattr(s, f) for s in board.standings) for f in FIELDS}
    assert totals[r.NEW_CUSTOMERS] >= 30 and totals[r.STEPS_ON_TIME] >= 30
    assert totals[r.COUPONS_ISSUED] >= 10 and totals[r.COPIES] >= 20
    assert totals[r.CARDS_PRACTISED] >= 10 and totals["steps_due"] > totals["steps_done"]
    # the idle advisor is last, with nothing; the order follows the points
    assert board.standings[-1].advisor_id == people[3] and board.standings[-1].points == 0
    points = [s.points for s in board.standings]
    assert points == sorted(points, reverse=True)
    assert board.standings[0].rank == 1


def test_without_rules_the_board_counts_only(month, tmp_path):
    desk, _people = month
    board = desk.rankings.board("month", date(2026, 11, 1))
    assert board.has_rules and all(s.points is not None for s in board.standings)
    later = desk.rankings.board("day", date(2026, 12, 1))
    assert {x.uid for x in later.rules} == {"t.r.ontime", "t.r.new", "t.r.coupon"}  # by date


def test_a_pack_without_rules_retires_them_and_points_go(tmp_path, paths, clock):
    desk = open_desk(paths, clock)
    try:
        desk.settings.update(store_code="SH001")
        desk.content.apply(desk.content.read_folder(write_content(tmp_path / "v1", _content())))
        advisor = desk.advisors.add("周敏")[0].id
        desk.customers.add(CustomerInput(name="王晓燕"), advisor_id=advisor)
        board = desk.rankings.board("day")
        assert board.standing_of(advisor).points == 6  # 3 + the late-November boost
        v2 = write_content(tmp_path / "v2", _content(rules=[]), version=2)
        diff = desk.content.preview(desk.content.read_folder(v2))
        assert len(diff.kind("incentive_rules").retired) == len(RULES)
        desk.content.apply(desk.content.read_folder(v2))
        board = desk.rankings.board("day")
        assert not board.has_rules and board.standing_of(advisor).points is None
        assert board.standing_of(advisor).new_customers == 1
    finally:
        desk.close()


def test_streak_and_line_equal_a_day_by_day_recount(month):
    desk, people = month
    conn = sqlite3.connect(desk.paths.database)
    rows = conn.execute("SELECT advisor_id, due_on, state, done_at FROM sop_tasks").fetchall()
    conn.close()
    for advisor in people:
        due, done = Counter(), Counter()
        for who, due_on, state, done_at in rows:
            if who != advisor:
                continue
            due[due_on] += 1
            if state == "done" and _local(done_at) <= date.fromisoformat(due_on):
                done[due_on] += 1
        mine = desk.rankings.my_progress(advisor)
        assert len(mine.line) == r.LINE_DAYS and mine.line[-1].day == TODAY - timedelta(days=1)
        for t in mine.line:
            assert (t.due, t.done) == (due[str(t.day)], done[str(t.day)]), t.day
        streak, day = 0, TODAY
        while day >= FIRST:
            d = str(day)
            if due[d] and done[d] == due[d]:
                streak += 1
            elif due[d] and day < TODAY:
                break
            day -= timedelta(days=1)
        assert mine.streak == streak, advisor


def test_a_future_period_is_empty_and_an_unknown_period_is_refused(month):
    desk, _people = month
    board = desk.rankings.board("week", TODAY + timedelta(days=14))
    assert board.through is None and board.is_empty
    assert all(s.rank == 1 for s in board.standings)  # all equal: one shared rank
    with pytest.raises(InvalidInput):
        desk.rankings.board("year")


def test_days_are_local_across_a_daylight_saving_change(tmp_path, paths):
    """A store in a zone with daylight saving: the night summer time ends (Berlin,
    25 October 2026) every instant still lands on its local day."""
    from advisor_desk.store import rankings_repo
    from advisor_desk.store.rankings_repo import local_start, offset_spans

    berlin = ZoneInfo("Europe/Berlin")
    clock = FixedClock.at_local(date(2026, 10, 20), 9, tz="Europe/Berlin")
    desk = open_desk(paths, clock)
    try:
        advisor = desk.advisors.add("Anna")[0].id
        moments = [(date(2026, 10, d), hh, mm) for d in (24, 25, 26)
                   for hh, mm in ((0, 10), (1, 30), (2, 30), (23, 50))]
        expected: Counter = Counter()
        for day, hh, mm in moments:
            clock.instant = datetime.combine(day, time(hh, mm), berlin).astimezone(UTC)
            desk.customers.add(CustomerInput(name="K"), advisor_id=advisor)
            expected[clock.instant.astimezone(berlin).date()] += 1
        clock.instant = datetime(2026, 10, 31, 12, tzinfo=UTC)
        for day in (date(2026, 10, 24), date(2026, 10, 25), date(2026, 10, 26)):
            board = desk.rankings.board("day", day)
            assert board.standing_of(advisor).new_customers == expected[day] == 4, day
        month = desk.rankings.board("month", date(2026, 10, 1))
        assert month.standing_of(advisor).new_customers == 12
        with desk.ctx.db.read() as s:  # the month's days, as points per day would use them
            daily = rankings_repo.daily_counts(s, date(2026, 10, 1), date(2026, 10, 31),
                                               berlin, practice_kind=PRACTICE_EVENT_KIND)
        assert dict(daily[(advisor, r.NEW_CUSTOMERS)]) == dict(expected)
        spans = offset_spans(local_start(date(2026, 10, 1), berlin),
                             local_start(date(2026, 11, 1), berlin), berlin)
        assert [offset for _lo, _hi, offset in spans] == [120, 60]
        assert spans[0][1] == datetime(2026, 10, 25, 1, tzinfo=UTC) == spans[1][0]
    finally:
        desk.close()


def test_cards_answered_on_the_training_page_count(month):
    """Issue 18's practice cards journal each answer; the rankings count them."""
    desk, people = month
    before = desk.rankings.board("day", TODAY).standing_of(people[3]).cards_practised
    queue = desk.training.practice_queue(people[3])
    assert len(queue) >= 3  # the test content's Q&A scripts are cards
    for card in queue.cards[:3]:
        desk.training.answer(people[3], card.uid, knew=True)
    after = desk.rankings.board("day", TODAY).standing_of(people[3]).cards_practised
    assert after == before + 3
