"""Customers through the service: quick capture, edits, tags, stages, contacts, purchases,
member classes, phone reveals, erasure, saved segments."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from advisor_desk.domain.customers import CustomerInput
from advisor_desk.domain.errors import InvalidInput, NotAllowed, NotFound
from advisor_desk.domain.people import AdvisorInfo
from advisor_desk.domain.segments import SegmentFilter
from advisor_desk.services.scope import customer_scope
from advisor_desk.store import customers_repo
from advisor_desk.store import models as m


@pytest.fixture
def shop(desk, content_dir):
    desk.content.apply(desk.content.read_folder(content_dir))
    boss, _ = desk.advisors.add("林晓雯")
    staff, _ = desk.advisors.add("陈佳怡", session=desk.advisors.unlock(boss.id))
    return desk, boss, staff


def test_quick_capture_and_search(shop):
    desk, _, staff = shop
    cid, _ = desk.customers.add(CustomerInput(name="王晓燕", salutation="王姐",
                                              phone="+86 138-1234-5678"),
                                tag_uids=("t.skin.dry",), stage_key="potential",
                                advisor_id=staff.id)
    profile = desk.customers.profile(cid)
    assert profile.phone == "13812345678" and profile.phone_masked == "138****5678"
    assert [t.tag.name for t in profile.tags] == ["干性"]
    assert profile.tags[0].added_by == "陈佳怡" and profile.tags[0].source == "manual"
    assert profile.stage == "潜在" and profile.advisors == ("陈佳怡",)
    for text in ("晓燕", "wxy", "5678"):
        assert [c.id for c in desk.customers.find(text)] == [cid]
    stranger = AdvisorInfo(id=staff.id + 99, name="别人", store_code="SH001", role="advisor")
    assert desk.customers.find("5678", viewer=stranger) == []  # the scope rule
    with pytest.raises(InvalidInput, match="already exists"):
        desk.customers.add(CustomerInput(name="另一位", phone="13812345678"), advisor_id=None)
    with pytest.raises(InvalidInput, match="not a phone number"):
        desk.customers.add(CustomerInput(name="错号", phone="12345"), advisor_id=None)
    with pytest.raises(InvalidInput, match="name or a remark"):
        desk.customers.add(CustomerInput(name=" "), advisor_id=None)


def test_edits_keep_initials_and_birthday_index_current(shop):
    desk, _, staff = shop
    cid, _ = desk.customers.add(CustomerInput(name="李娜"), advisor_id=staff.id)
    desk.customers.update(cid, CustomerInput(name="赵敏", birthday=(None, 2, 29)),
                          advisor_id=staff.id)
    with desk.ctx.db.read() as s:
        c = s.get(m.Customer, cid)
        assert (c.name_initials, c.birthday_md) == ("zm", "0229")
        kinds = s.scalars(select(m.Event.kind).where(m.Event.customer_id == cid)).all()
    assert "customer.updated" in kinds
    desk.customers.update(cid, CustomerInput(phone="138****0000"), advisor_id=staff.id)
    assert desk.customers.profile(cid).phone is None  # a mask never becomes a number


def test_exclusive_tag_groups_keep_one_and_tags_can_be_removed(shop):
    desk, _, staff = shop
    cid, _ = desk.customers.add(CustomerInput(name="张敏"), advisor_id=staff.id)
    for uid in ("t.skin.dry", "t.skin.oily", "t.need.white", "t.need.age"):
        desk.customers.add_tag(cid, uid, advisor_id=staff.id)
    names = sorted(t.tag.name for t in desk.customers.profile(cid).tags)
    assert names == ["抗老", "油性", "美白"]  # 肤质 is exclusive: 油性 replaced 干性
    desk.customers.remove_tag(cid, "t.need.white", advisor_id=staff.id)
    assert sorted(t.tag.name for t in desk.customers.profile(cid).tags) == ["抗老", "油性"]


def test_stage_history_timeline_and_member_class_boundaries(shop):
    desk, _, staff = shop
    cid, _ = desk.customers.add(CustomerInput(name="周丽"), stage_key="stranger",
                                advisor_id=staff.id)
    desk.customers.set_stage(cid, "intent", advisor_id=staff.id)
    profile = desk.customers.profile(cid)
    assert [(h.from_name, h.to_name) for h in profile.stage_history] == [("陌生", "意向"),
                                                                        ("", "陌生")]
    desk.customers.log_interaction(cid, "chat", "问了防晒", advisor_id=staff.id)
    assert desk.customers.profile(cid).timeline[0].note == "问了防晒"
    classes = []
    for _ in range(4):  # thresholds A>=4, B>=2, C>=1, D>=0
        desk.customers.record_purchase(cid, 29900, "防晒霜", advisor_id=staff.id)
        classes.append(desk.customers.profile(cid).member_class)
    assert classes == ["C", "B", "B", "A"]
    with desk.ctx.db.write() as s:  # a purchase that left the 12-month window
        customers_repo.record_purchase(s, cid, at=desk.clock.now() - timedelta(days=400),
                                       amount_fen=100, items="x", advisor_id=None,
                                       now=desk.clock.now(), device_id="d")
    assert desk.customers.profile(cid).purchases_12m == 4


def test_phone_reveal_is_for_managers_and_logged(shop):
    desk, boss, staff = shop
    cid, _ = desk.customers.add(CustomerInput(name="王芳", phone="13912345678"),
                                advisor_id=staff.id)
    boss_s, staff_s = desk.advisors.unlock(boss.id), desk.advisors.unlock(staff.id)
    with pytest.raises(NotAllowed, match="store manager"):
        desk.customers.reveal_phone(cid, session=staff_s)
    with pytest.raises(NotAllowed, match="Choose who you are"):
        desk.customers.reveal_phone(cid, session=None)
    assert desk.customers.reveal_phone(cid, session=boss_s) == "13912345678"
    desk.settings.change(boss_s, advisors_may_reveal_phone=True)
    assert desk.customers.reveal_phone(cid, session=staff_s) == "13912345678"
    with desk.ctx.db.read() as s:
        assert len(s.scalars(select(m.PhoneReveal)).all()) == 2


def test_erasure_removes_personal_data_and_keeps_counts(shop):
    desk, boss, staff = shop
    cid, _ = desk.customers.add(CustomerInput(name="删除我", phone="13700000000"),
                                tag_uids=("t.skin.dry",), advisor_id=staff.id)
    with pytest.raises(NotAllowed):
        desk.customers.erase(cid, session=desk.advisors.unlock(staff.id), reason="顾客要求")
    desk.customers.erase(cid, session=desk.advisors.unlock(boss.id), reason="顾客要求")
    with pytest.raises(NotFound):
        desk.customers.profile(cid)
    assert desk.customers.count() == 0
    with desk.ctx.db.read() as s:
        c = s.get(m.Customer, cid)
        assert (c.name, c.phone, c.deleted_at is not None) == ("", None, True)


def test_saved_segments(shop):
    desk, boss, staff = shop
    mine, _ = desk.customers.save_segment("我的意向客户", SegmentFilter(stages_in=("intent",)),
                                          advisor=staff)
    with pytest.raises(InvalidInput, match="share"):
        desk.customers.save_segment("全店", SegmentFilter(), advisor=staff, shared=True)
    shared, _ = desk.customers.save_segment("全店沉睡", SegmentFilter(dormant_days=730),
                                            advisor=boss, shared=True)
    assert [s.name for s in desk.customers.segments(staff.id)] == ["全店沉睡", "我的意向客户"]
    assert [s.name for s in desk.customers.segments(boss.id)] == ["全店沉睡"]
    assert desk.customers.segment_by_name("全店沉睡").filter == {"dormant_days": 730}
    with pytest.raises(InvalidInput):
        desk.customers.delete_segment(shared.id, advisor=staff)
    desk.customers.delete_segment(mine.id, advisor=staff)
    assert [s.name for s in desk.customers.segments(staff.id)] == ["全店沉睡"]


def test_ctrl_p_searches_the_advisors_scope_and_says_what_lies_outside(shop):
    desk, boss, staff = shop
    assert boss.is_manager and not staff.is_manager
    theirs, _ = desk.customers.add(CustomerInput(name="王建国"), stage_key="potential",
                                   advisor_id=boss.id)
    mine, _ = desk.customers.add(CustomerInput(name="王建军"), advisor_id=staff.id)
    desk.customers.log_interaction(mine, "chat", "", advisor_id=staff.id)
    found = desk.customers.pick("wj", advisor=boss)  # a manager: the whole store
    assert {p.card.id for p in found.picks} == {mine, theirs} and found.outside == 0
    assert [p.card.id for p in desk.customers.pick("wjg", advisor=boss).picks] == [theirs]
    found = desk.customers.pick("wj", advisor=staff)  # an advisor: their own
    assert [p.card.id for p in found.picks] == [mine] and found.outside == 1
    (pick,) = found.picks
    assert pick.last_contact_days == 0
    step = desk.tasks.next_step(mine)
    assert pick.next_step_on == (step.due_on if step else None)
    (boss_pick,) = [p for p in desk.customers.pick("王建国", advisor=boss).picks]
    assert boss_pick.stage == "潜在" and boss_pick.last_contact_days is None
    assert desk.customers.pick("", advisor=staff).outside == 0  # no text: no count
    assert customer_scope(staff) == staff.id and customer_scope(boss) is None
