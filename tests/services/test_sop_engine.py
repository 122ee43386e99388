"""The SOP engine with a fake clock: runs from events and the daily sweep, step actions,
leave, birthdays on 29 February, dormancy, versioned playbooks."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from advisor_desk.domain import membership
from advisor_desk.domain.clock import FixedClock
from advisor_desk.domain.errors import InvalidInput
from advisor_desk.services.desk import open_desk
from advisor_desk.store import customers_repo
from advisor_desk.store import models as m
from advisor_desk.store.customers_repo import NewCustomer
from tests.support.content_factory import base_content, write_content

DAY0 = date(2026, 11, 2)
PLAYBOOKS = [
    {"uid": "t.p.after", "name": "购后关怀", "trigger": "purchase",
     "steps": [{"offset_days": d, "title": f"第{d}天回访", "script_uid": "t.s.001",
                "coupon_uid": "t.c.free"} for d in (1, 7, 14, 28)]},
    {"uid": "t.p.bday", "name": "生日关怀", "trigger": "birthday:7",
     "steps": [{"offset_days": 0, "title": "准备生日礼"}, {"offset_days": 7, "title": "生日祝福"}]},
    {"uid": "t.p.wake", "name": "沉睡唤醒", "trigger": "dormant:730",
     "steps": [{"offset_days": 0, "title": "寄小样邀约"}, {"offset_days": 7, "title": "回访"}]},
    {"uid": "t.p.white", "name": "美白跟进", "trigger": "tag_added:t.need.white",
     "audience": {"stages_in": ["intent"]},
     "steps": [{"offset_days": 0, "title": "发美白方案"}]},
]


@pytest.fixture
def world(tmp_path, paths):
    clock = FixedClock.at_local(DAY0, 10)
    desk = open_desk(paths, clock)
    desk.settings.update(store_code="SH001")
    content = base_content()
    content["playbooks.json"] = PLAYBOOKS
    desk.content.apply(desk.content.read_folder(write_content(tmp_path / "c1", content)))
    advisor, _ = desk.advisors.add("陈佳怡")
    yield desk, clock, advisor.id, tmp_path
    desk.close()


def add_customer(desk, advisor_id, name="王晓燕", birthday=None, stage="customer", at=None):
    at = at or desk.clock.now()
    with desk.ctx.db.write() as s:
        return customers_repo.create(s, NewCustomer(name=name, salutation="王姐",
                                                     birthday=birthday, stage_key=stage),
                                     owner_id=advisor_id, at=at, device_id="d", by=advisor_id)


def purchase(desk, customer_id, advisor_id, at=None):
    at = at or desk.clock.now()
    with desk.ctx.db.write() as s:
        customers_repo.record_purchase(s, customer_id, at=at, amount_fen=58000, items="精华",
                                       advisor_id=advisor_id, now=desk.clock.now(),
                                       device_id="d")


def tasks_of(desk, customer_id):
    with desk.ctx.db.read() as s:
        return s.execute(select(m.PlaybookStep.title, m.SopTask.due_on, m.SopTask.state)
                         .join(m.PlaybookStep, m.PlaybookStep.id == m.SopTask.step_id)
                         .where(m.SopTask.customer_id == customer_id)
                         .order_by(m.SopTask.due_on)).all()


def set_day(clock, day):
    clock.instant = datetime.combine(day, time(10), clock.tz).astimezone(clock.instant.tzinfo)


def test_a_purchase_on_day_0_gives_steps_on_days_1_7_14_28(world):
    desk, clock, advisor, _ = world
    cid = add_customer(desk, advisor)
    purchase(desk, cid, advisor)
    dues = [(title, due) for title, due, _ in tasks_of(desk, cid)]
    assert dues == [(f"第{d}天回访", DAY0 + timedelta(days=d)) for d in (1, 7, 14, 28)]
    purchase(desk, cid, advisor)  # the same trigger and anchor never starts a second run
    assert len(tasks_of(desk, cid)) == 4
    set_day(clock, DAY0 + timedelta(days=1))
    queue = desk.tasks.today(advisor)
    assert [r.step_title for r in queue.today] == ["第1天回访"]
    assert queue.today[0].kit.parts == (("script", "t.s.001"), ("coupon", "t.c.free"))
    assert desk.tasks.next_step(cid).step_title == "第1天回访"


def test_done_skip_snooze_and_missed(world):
    desk, clock, advisor, _ = world
    cid = add_customer(desk, advisor)
    purchase(desk, cid, advisor)
    set_day(clock, DAY0 + timedelta(days=1))
    first = desk.tasks.today(advisor).today[0]
    desk.tasks.mark_done(first.task_id, advisor, note="已到货，讲了用法")
    assert desk.tasks.today(advisor).today == ()
    assert desk.tasks.next_step(cid).step_title == "第7天回访"
    with desk.ctx.db.read() as s:
        logged = s.execute(select(m.Interaction.note, m.Interaction.sop_task_id)).all()
    assert logged == [("已到货，讲了用法", first.task_id)]
    with pytest.raises(InvalidInput):
        desk.tasks.mark_done(first.task_id, advisor)  # already closed

    set_day(clock, DAY0 + timedelta(days=7))
    seventh = desk.tasks.today(advisor).today[0]
    with pytest.raises(InvalidInput):
        desk.tasks.skip(seventh.task_id, advisor, "  ")
    desk.tasks.snooze(seventh.task_id, advisor, DAY0 + timedelta(days=9))
    assert desk.tasks.today(advisor).today == ()
    assert [r.step_title for r in desk.tasks.today(advisor).soon][:1] == ["第7天回访"]
    set_day(clock, DAY0 + timedelta(days=9))
    assert [r.step_title for r in desk.tasks.today(advisor).today] == ["第7天回访"]
    desk.tasks.skip(seventh.task_id, advisor, "客户出差")

    # the day-14 step is never touched: 8 days after it is due it becomes missed
    set_day(clock, DAY0 + timedelta(days=14 + 8))
    report = desk.sop.sweep()
    assert report.missed == 1
    states = {title: state for title, _, state in tasks_of(desk, cid)}
    assert states == {"第1天回访": "done", "第7天回访": "skipped", "第14天回访": "missed",
                      "第28天回访": "open"}
    assert all(r.step_title != "第14天回访" for r in desk.tasks.today(advisor).overdue)


def test_leave_pauses_the_queue(world):
    desk, clock, advisor, _ = world
    cid = add_customer(desk, advisor)
    purchase(desk, cid, advisor)
    desk.tasks.add_leave(advisor, DAY0 + timedelta(days=5), DAY0 + timedelta(days=20))
    with pytest.raises(InvalidInput):
        desk.tasks.add_leave(advisor, DAY0 + timedelta(days=20), DAY0 + timedelta(days=22))
    set_day(clock, DAY0 + timedelta(days=19))  # on leave: nothing turns missed
    desk.sop.sweep()
    assert desk.tasks.today(advisor).on_leave
    assert {state for *_, state in tasks_of(desk, cid)} == {"open"}
    set_day(clock, DAY0 + timedelta(days=21))  # back: due-during-leave steps are due today
    queue = desk.tasks.today(advisor)
    assert [r.step_title for r in queue.today] == ["第7天回访", "第14天回访"]
    assert [r.step_title for r in queue.overdue] == ["第1天回访"]  # due before the leave
    set_day(clock, DAY0 + timedelta(days=21 + 8))
    desk.sop.sweep()
    states = {title: state for title, _, state in tasks_of(desk, cid)}
    assert states["第7天回访"] == "missed" and states["第28天回访"] == "open"


def test_birthday_on_29_february(world):
    desk, clock, advisor, _ = world
    cid = add_customer(desk, advisor, birthday=(1996, 2, 29))
    set_day(clock, date(2027, 2, 21))  # 2027 is a common year: celebrated on 28 February
    report = desk.sop.sweep()
    assert report.runs_started == 1
    assert [(t, d) for t, d, _ in tasks_of(desk, cid)] == [
        ("准备生日礼", date(2027, 2, 21)), ("生日祝福", date(2027, 2, 28))]
    assert desk.tasks.today(advisor).birthdays[0].birthday == date(2027, 2, 28)
    desk.sop.sweep()
    assert len(tasks_of(desk, cid)) == 2  # the same birthday never starts twice


def test_dormant_trigger_fires_once_per_dormancy(world):
    desk, clock, advisor, _ = world
    cid = add_customer(desk, advisor, at=clock.now() - timedelta(days=1000))
    purchase(desk, cid, advisor, at=clock.now() - timedelta(days=800))
    assert desk.sop.sweep().runs_started == 1
    assert [t for t, _, _ in tasks_of(desk, cid) if "小样" in t] == ["寄小样邀约"]
    set_day(clock, DAY0 + timedelta(days=1))
    assert desk.sop.sweep().runs_started == 0
    # they come back, buy, and fall asleep again two years later: a new run
    purchase(desk, cid, advisor)
    set_day(clock, DAY0 + timedelta(days=1 + 731))
    assert desk.sop.sweep().runs_started == 1


def test_audience_and_tag_trigger(world):
    desk, clock, advisor, _ = world
    intent = add_customer(desk, advisor, name="李娜", stage="intent")
    other = add_customer(desk, advisor, name="赵敏", stage="customer")
    with desk.ctx.db.write() as s:
        for cid in (intent, other):
            customers_repo.add_tag(s, cid, "t.need.white", source="manual", by=advisor,
                                   at=clock.now(), device_id="d")
    assert [t for t, _, _ in tasks_of(desk, intent)] == ["发美白方案"]
    assert tasks_of(desk, other) == []


def test_editing_a_playbook_leaves_running_runs_alone(world):
    desk, _clock, advisor, tmp_path = world
    cid = add_customer(desk, advisor)
    purchase(desk, cid, advisor)
    content = base_content()
    content["playbooks.json"] = [dict(PLAYBOOKS[0], steps=[{"offset_days": 2, "title": "到货第2天回访"}]), *PLAYBOOKS[1:]]
    desk.content.apply(desk.content.read_folder(write_content(tmp_path / "c2", content,
                                                              version=2)))
    assert [t for t, _, _ in tasks_of(desk, cid)] == ["第1天回访", "第7天回访", "第14天回访",
                                                      "第28天回访"]
    other = add_customer(desk, advisor, name="刘婷")
    purchase(desk, other, advisor)
    assert [t for t, _, _ in tasks_of(desk, other)] == ["到货第2天回访"]


def test_a_long_past_event_does_not_start_a_run_of_missed_steps(world):
    desk, clock, advisor, _ = world
    cid = add_customer(desk, advisor)
    purchase(desk, cid, advisor, at=clock.now() - timedelta(days=60))
    assert tasks_of(desk, cid) == []
    purchase(desk, cid, advisor, at=clock.now() - timedelta(days=20))  # day 28 still ahead
    assert [(t, s) for t, _, s in tasks_of(desk, cid)] == [
        ("第1天回访", "missed"), ("第7天回访", "missed"), ("第14天回访", "open"),
        ("第28天回访", "open")]


def test_a_birthday_run_created_late_drops_the_steps_whose_day_has_passed(world):
    desk, _clock, advisor, _ = world
    birthday = DAY0 + timedelta(days=3)
    cid = add_customer(desk, advisor, birthday=(1990, birthday.month, birthday.day))
    assert desk.sop.sweep().runs_started == 1
    assert [(t, d) for t, d, _ in tasks_of(desk, cid)] == [("生日祝福", birthday)]


def test_the_queue_counts_everything_but_lists_the_first_rows(world):
    from advisor_desk.store import queue_repo

    desk, clock, advisor, _ = world
    for n in range(3):
        cid = add_customer(desk, advisor, name=f"客户{n}")
        purchase(desk, cid, advisor, at=clock.now() - timedelta(days=2 + n))
    desk.tasks.add_leave(advisor, DAY0 - timedelta(days=2), DAY0 - timedelta(days=1))
    with desk.ctx.db.read() as s:
        rows, counts = queue_repo.queue(s, advisor, DAY0, clock.tz, 7, limit=1)
    # day-1 steps were due on day-1 and day-2 (leave: they count from today) and day-3;
    # the three day-7 steps are coming
    assert counts == {"overdue": 1, "today": 2, "soon": 3}
    assert [r.bucket for r in rows] == ["overdue", "today", "soon"]
    assert rows[0].effective_due == DAY0 - timedelta(days=3)
    queue = desk.tasks.today(advisor)
    assert (queue.count("today"), len(queue.today)) == (2, 2)


def test_the_day_progress_is_kept_for_the_rankings(world):
    desk, clock, advisor, _ = world
    cid = add_customer(desk, advisor)
    purchase(desk, cid, advisor, at=clock.now() - timedelta(days=1))
    task = desk.tasks.today(advisor).today[0]
    desk.tasks.mark_done(task.task_id, advisor)
    with desk.ctx.db.read() as s:
        row = s.get(m.DailyProgress, (advisor, DAY0))
        due, done, on_time = row.due, row.done, row.on_time
    assert (done, on_time) == (1, 1) and due >= 1


def test_sweep_ages_purchases_out_of_the_12_month_window(world):
    """Member classes drop as purchases leave the window; each customer's numbers match a
    recount of their purchases, and a customer whose numbers hold is not rewritten."""
    desk, clock, advisor, _ = world
    now = clock.now()
    ages = {"王晓燕": (364, 300, 200, 10), "李娜": (366, 365, 200), "张伟": (100,), "陈静": ()}
    ids = {}
    for name, days in ages.items():
        ids[name] = add_customer(desk, advisor, name=name, at=now - timedelta(days=800))
        for age in days:
            purchase(desk, ids[name], advisor, at=now - timedelta(days=age, hours=1))
    classes = {n: desk.customers.profile(c).member_class for n, c in ids.items()}
    assert classes == {"王晓燕": "A", "李娜": "C", "张伟": "C", "陈静": None}
    with desk.ctx.db.read() as s:
        untouched = s.get(m.Customer, ids["张伟"]).updated_at

    set_day(clock, DAY0 + timedelta(days=3))
    assert desk.sop.sweep().member_classes_refreshed >= 1
    for name, cid in ids.items():
        profile = desk.customers.profile(cid)
        in_window = sum(1 for age in ages[name] if age + 3 < 365)
        assert profile.purchases_12m == in_window, name
        assert profile.member_class == (membership.member_class(
            in_window, {"A": 4, "B": 2, "C": 1, "D": 0}) if ages[name] else None), name
    assert desk.customers.profile(ids["王晓燕"]).member_class == "B"  # 364 days: gone
    with desk.ctx.db.read() as s:
        assert s.get(m.Customer, ids["张伟"]).updated_at == untouched
