"""The daily sweep commits in short batches (issue 15 item 2): many transactions instead of
one long one, each whole on its own; interrupted after some batches, the next sweep ends in
exactly the state an uninterrupted sweep reaches."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from advisor_desk.domain.clock import FixedClock
from advisor_desk.domain.errors import Cancelled
from advisor_desk.paths import AppPaths
from advisor_desk.services import sop as sop_service
from advisor_desk.services.desk import open_desk
from advisor_desk.store import customers_repo
from advisor_desk.store import models as m
from advisor_desk.store.customers_repo import NewCustomer
from tests.services.test_sop_engine import PLAYBOOKS
from tests.support.content_factory import base_content, write_content

DAY0 = date(2026, 11, 2)


def _shop(root, content_dir):
    """The same shop every time: birthdays this week, sleepers, steps overdue for weeks."""
    clock = FixedClock.at_local(DAY0 - timedelta(days=60), 10)
    desk = open_desk(AppPaths.under(root).ensure(), clock)
    desk.settings.update(store_code="SH001")
    desk.content.apply(desk.content.read_folder(content_dir))
    advisor, _ = desk.advisors.add("陈佳怡")
    with desk.ctx.db.write() as s:
        for n in range(36):
            at = clock.now() - timedelta(days=1000 if n % 3 == 0 else 5)
            cid = customers_repo.create(
                s, NewCustomer(name=f"客户{n}", salutation="姐",
                               birthday=(1990, 11, 3 + n % 5) if n % 2 else None,
                               stage_key="customer"),
                owner_id=advisor.id, at=at, device_id="d", by=advisor.id)
            when = at + timedelta(days=200) if n % 3 == 0 else clock.now()
            customers_repo.record_purchase(s, cid, at=when, amount_fen=30000, items="霜",
                                           advisor_id=advisor.id, now=clock.now(),
                                           device_id="d")
    clock.instant = FixedClock.at_local(DAY0, 10).instant
    return desk


def _state(desk) -> dict:
    with desk.ctx.db.read() as s:
        runs = s.execute(select(m.SopRun.customer_id, m.SopRun.playbook_uid,
                                m.SopRun.anchor_date, m.SopRun.state)).all()
        tasks = s.execute(select(m.SopTask.customer_id, m.SopTask.step_id, m.SopTask.due_on,
                                 m.SopTask.state)).all()
        classes = s.execute(select(m.Customer.id, m.Customer.member_class,
                                   m.Customer.purchases_12m)).all()
        events = s.execute(select(m.Event.kind, func.count()).group_by(m.Event.kind)).all()
        progress = s.execute(select(m.DailyProgress.advisor_id, m.DailyProgress.on_date,
                                    m.DailyProgress.due, m.DailyProgress.done)).all()
        last = s.scalar(select(m.Setting.value).where(m.Setting.key == "last_sweep"))
    return {"runs": sorted(runs), "tasks": sorted(tasks), "classes": sorted(classes),
            "events": sorted(events), "progress": sorted(progress), "last_sweep": last}


@pytest.fixture
def content_dir(tmp_path):
    content = base_content()
    content["playbooks.json"] = PLAYBOOKS
    return write_content(tmp_path / "c", content)


def test_the_sweep_commits_in_batches_and_an_interrupted_one_resumes_to_the_same_state(
        tmp_path, content_dir, monkeypatch):
    whole = _shop(tmp_path / "whole", content_dir)
    report = whole.sop.sweep()
    expected = _state(whole)
    whole.close()
    assert report.runs_started > 10 and report.missed > 0 and report.transactions < 10

    for name in ("MISSED_PER_BATCH", "RUNS_PER_BATCH", "CLASSES_PER_BATCH"):
        monkeypatch.setattr(sop_service, name, 3)
    desk = _shop(tmp_path / "batched", content_dir)

    def stop_at_member_classes(done, total, phase):
        if phase == "member classes":
            raise Cancelled()

    with pytest.raises(Cancelled):
        desk.sop.sweep(progress=stop_at_member_classes)
    halfway = _state(desk)
    assert halfway["runs"] and halfway["last_sweep"] is None  # batches stayed, not "swept"
    assert halfway != expected and desk.sop.sweep_due()
    report = desk.sop.sweep()
    assert _state(desk) == expected
    assert report.transactions > report.runs_started // 3 and report.longest_write_ms > 0
    desk.close()
