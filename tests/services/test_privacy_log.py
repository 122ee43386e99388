"""The privacy log: reveals, exports (rows, masked or not), erasures, PIN and role changes —
for managers, filterable, exported to XLSX (read back with openpyxl)."""

from __future__ import annotations

from datetime import timedelta

import openpyxl
import pytest

from advisor_desk.domain import privacy
from advisor_desk.domain.customers import CustomerInput
from advisor_desk.domain.errors import InvalidInput, NotAllowed
from advisor_desk.domain.privacy import PrivacyFilter


@pytest.fixture
def shop(desk, content_dir):
    desk.content.apply(desk.content.read_folder(content_dir))
    boss, _ = desk.advisors.add("林晓雯")
    staff, _ = desk.advisors.add("陈佳怡", session=desk.advisors.unlock(boss.id))
    return desk, boss, staff


def _activity(desk, clock, boss, staff, tmp_path) -> int:
    cid, _ = desk.customers.add(CustomerInput(name="王晓燕", phone="13812345678"),
                                advisor_id=staff.id)
    desk.customers.add(CustomerInput(name="李娜", phone="13900001111"), advisor_id=staff.id)
    desk.customers.reveal_phone(cid, session=desk.advisors.unlock(boss.id))
    clock.advance(days=1)
    desk.customer_export.export(tmp_path / "mine.xlsx", advisor=staff)
    desk.customer_export.export(tmp_path / "all.csv", advisor=boss, full_phones=True,
                                session=desk.advisors.unlock(boss.id))
    clock.advance(days=1)
    desk.advisors.set_role(staff.id, "manager", session=desk.advisors.unlock(boss.id))
    desk.advisors.set_role(staff.id, "advisor", session=desk.advisors.unlock(boss.id))
    return cid


def test_what_the_log_records_newest_first(shop, clock, tmp_path):
    desk, boss, staff = shop
    cid = _activity(desk, clock, boss, staff, tmp_path)
    page = desk.privacy.log(session=desk.advisors.unlock(boss.id))
    summary = [(e.action, e.actor, e.subject, e.customer, e.phone_masked, e.detail)
               for e in page.entries]
    assert summary[:5] == [
        (privacy.ROLE, "林晓雯", "陈佳怡", "", "", {"role": "advisor"}),
        (privacy.ROLE, "林晓雯", "陈佳怡", "", "", {"role": "manager"}),
        (privacy.EXPORT, "林晓雯", "", "", "",
         {"rows": 2, "full_phones": True, "format": "csv", "filtered": False}),
        (privacy.EXPORT, "陈佳怡", "", "", "",
         {"rows": 2, "full_phones": False, "format": "xlsx", "filtered": False}),
        (privacy.REVEAL, "林晓雯", "", "王晓燕", "138****5678", {}),
    ]
    assert page.total == len(page.entries) == 7  # and the two profiles added
    assert page.entries[4].customer_id == cid
    with pytest.raises(NotAllowed, match="store manager"):
        desk.privacy.log(session=desk.advisors.unlock(staff.id))


def test_filters_by_kind_person_and_day(shop, clock, tmp_path):
    desk, boss, staff = shop
    _activity(desk, clock, boss, staff, tmp_path)
    today = clock.today()

    def actions(**kw) -> list[str]:
        return [e.action for e in desk.privacy.log(PrivacyFilter(**kw), session=desk.advisors.unlock(boss.id)).entries]

    assert actions(actions=frozenset(privacy.GROUPS["exports"])) == [privacy.EXPORT] * 2
    assert actions(actions=frozenset(privacy.GROUPS["reveals"])) == [privacy.REVEAL]
    yesterday = today - timedelta(days=1)
    assert actions(since=yesterday, until=yesterday) == [privacy.EXPORT] * 2
    assert actions(since=today) == [privacy.ROLE] * 2
    # a person: what they did and what was done to their profile
    assert set(actions(actor_id=staff.id)) == {privacy.EXPORT, privacy.ROLE,
                                               privacy.ADVISOR_ADDED}
    assert desk.privacy.log(PrivacyFilter(), session=desk.advisors.unlock(boss.id), limit=3).total == 7
    with pytest.raises(InvalidInput, match="before the start"):
        desk.privacy.log(PrivacyFilter(since=today, until=yesterday), session=desk.advisors.unlock(boss.id))


def test_export_to_xlsx_writes_every_matching_entry_and_is_logged(shop, clock, tmp_path):
    desk, boss, staff = shop
    _activity(desk, clock, boss, staff, tmp_path)
    out = tmp_path / "privacy.xlsx"
    headers = ["时间", "谁", "操作", "客户", "手机", "涉及顾问", "详情"]
    flt = PrivacyFilter(actions=frozenset(privacy.GROUPS["exports"] + privacy.GROUPS["reveals"]))
    n = desk.privacy.export(out, flt, session=desk.advisors.unlock(boss.id), headers=headers, render=lambda e: [
        e.at.astimezone(clock.tz).strftime("%Y-%m-%d %H:%M"), e.actor, e.action, e.customer,
        e.phone_masked, e.subject, str(e.detail.get("rows", ""))])
    assert n == 3
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert list(rows[0]) == headers
    assert [r[2] for r in rows[1:]] == [privacy.EXPORT, privacy.EXPORT, privacy.REVEAL]
    assert rows[3][4] == "138****5678"  # never the full number
    assert desk.privacy.log(session=desk.advisors.unlock(boss.id)).entries[0].action == privacy.LOG_EXPORT
    with pytest.raises(NotAllowed, match="store manager"):
        desk.privacy.export(out, flt, session=desk.advisors.unlock(staff.id), headers=headers, render=lambda e: [])
    with pytest.raises(InvalidInput, match=".xlsx"):
        desk.privacy.export(tmp_path / "p.csv", flt, session=desk.advisors.unlock(boss.id), headers=headers,
                            render=lambda e: [])
