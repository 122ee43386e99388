"""Erasure that sticks (PIPL-style request): personal data gone down to the file's bytes,
anonymous counts kept, a tombstone that makes a later import report "erased on request"
instead of creating the customer again — unless a manager re-adds them (logged)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from advisor_desk.domain import privacy
from advisor_desk.domain.customers import CustomerInput
from advisor_desk.domain.errors import ErasedOnRequest, InvalidInput, NotAllowed, NotFound
from advisor_desk.domain.privacy import PrivacyFilter
from advisor_desk.store import models as m
from tests.support.customer_files import write_csv

NAME, PHONE, EXT, NOTE = "欧阳素琴", "13922334455", "wmERASE0001", "女儿下月结婚，想买整套护肤"
HEADERS = ["客户名称", "手机号", "外部联系人ID", "备注"]


@pytest.fixture
def shop(desk, content_dir):
    desk.content.apply(desk.content.read_folder(content_dir))
    boss, _ = desk.advisors.add("林晓雯")
    staff, _ = desk.advisors.add("陈佳怡", session=desk.advisors.unlock(boss.id))
    return desk, boss, staff


def _customer_with_history(desk, staff) -> int:
    """The customer among 60 others, so their bytes share pages with rows that stay."""
    path = desk.paths.data / "one.csv"
    others = [[f"顾客{i:02d}", f"1360000{i:04d}", f"wmOTHER{i:04d}", "常客"] for i in range(60)]
    write_csv(path, HEADERS, [*others[:30], [NAME, PHONE, EXT, NOTE], *others[30:]])
    desk.customer_import.apply(desk.customer_import.preview(path, owner_id=staff.id))
    (cid,) = [c.id for c in desk.customers.find(PHONE[-4:])]
    desk.customers.log_interaction(cid, "chat", "聊到她女儿的婚礼", advisor_id=staff.id)
    desk.customers.record_purchase(cid, 128_000, "水乳套装（送女儿）", advisor_id=staff.id)
    desk.customers.add_tag(cid, "t.skin.dry", advisor_id=staff.id)
    return cid


def _file_bytes(desk) -> bytes:
    desk.close()  # every connection closed: the last one checkpoints the WAL
    conn = sqlite3.connect(desk.paths.database)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return desk.paths.database.read_bytes()


@pytest.fixture(params=["built-in default", "secure_delete off"])
def sqlite_build(request, shop):
    """Debian's SQLite zeroes freed space by default, python.org's Windows build does not:
    the second case makes every connection start with secure_delete off (before our own
    connection set-up runs)."""
    if request.param == "secure_delete off":
        from sqlalchemy import event

        desk = shop[0]
        desk.ctx.db.engine.dispose()
        event.listen(desk.ctx.db.engine, "connect",
                     lambda conn, _r: conn.execute("PRAGMA secure_delete = OFF"), insert=True)
    return shop


def test_erasure_removes_personal_data_down_to_the_file_and_keeps_counts(sqlite_build):
    desk, boss, staff = sqlite_build
    cid = _customer_with_history(desk, staff)
    raw = _file_bytes(desk)
    assert NAME.encode() in raw and PHONE.encode() in raw  # the oracle can see them
    with pytest.raises(NotAllowed, match="store manager"):
        desk.customers.erase(cid, session=desk.advisors.unlock(staff.id), reason="顾客来电要求")
    with pytest.raises(InvalidInput, match="Say why"):
        desk.customers.erase(cid, session=desk.advisors.unlock(boss.id), reason="  ")
    desk.customers.erase(cid, session=desk.advisors.unlock(boss.id), reason="顾客 12-07 来电要求删除")
    with pytest.raises(NotFound):
        desk.customers.profile(cid)
    assert desk.customers.count() == 60
    with desk.ctx.db.read() as s:
        c = s.get(m.Customer, cid)
        assert (c.name, c.phone, c.external_id, c.notes) == ("", None, None, "")
        assert c.purchases_12m == 1 and c.deleted_at is not None  # anonymous counts stay
        assert s.scalars(select(m.Interaction.note).where(
            m.Interaction.customer_id == cid)).all() == [""]
        assert s.scalars(select(m.Purchase.amount_fen).where(
            m.Purchase.customer_id == cid)).all() == [128_000]
        assert not s.scalars(select(m.CustomerTag).where(m.CustomerTag.customer_id == cid)).all()
        states = set(s.scalars(select(m.SopTask.state).where(m.SopTask.customer_id == cid)))
        assert not states & {"open", "snoozed"}  # nobody is asked to follow up
        (tomb,) = s.scalars(select(m.Erasure)).all()
        assert tomb.phone_hash and tomb.external_hash and PHONE not in tomb.phone_hash
    log = desk.privacy.log(PrivacyFilter(actions=frozenset({privacy.ERASE})), session=desk.advisors.unlock(boss.id))
    (entry,) = log.entries
    assert entry.detail == {"reason": "顾客 12-07 来电要求删除"} and entry.actor == "林晓雯"
    assert entry.customer_erased and entry.customer == ""
    raw = _file_bytes(desk)
    for secret in (NAME, PHONE, EXT, NOTE, "女儿的婚礼", "水乳套装"):
        assert secret.encode() not in raw, secret


def test_a_later_import_reports_erased_on_request_unless_a_manager_re_adds(shop, tmp_path):
    desk, boss, staff = shop
    cid = _customer_with_history(desk, staff)
    desk.customers.erase(cid, session=desk.advisors.unlock(boss.id), reason="顾客要求")
    again = write_csv(tmp_path / "again.csv", HEADERS, [
        [NAME, PHONE, "", NOTE],  # found by phone
        ["换了名字", "", EXT, ""],  # found by external id
        ["新顾客", "13700001111", "", ""],
    ])
    preview = desk.customer_import.preview(again, owner_id=staff.id)
    c = preview.counts
    assert (c.new, c.erased, c.rejected) == (1, 2, 0)
    assert preview.erased_rows == (2, 3)  # spreadsheet row numbers (header = row 1)
    desk.customer_import.apply(preview)
    assert desk.customers.count() == 61  # only the new customer
    assert [x.name for x in desk.customers.find("欧阳")] == []

    with pytest.raises(NotAllowed, match="store manager"):
        desk.customer_import.preview(again, owner_id=staff.id, re_add_erased=True, session=desk.advisors.unlock(staff.id))
    preview = desk.customer_import.preview(again, owner_id=staff.id, re_add_erased=True, session=desk.advisors.unlock(boss.id))
    assert (preview.counts.new, preview.counts.erased, preview.counts.unchanged) == (2, 0, 1)
    desk.customer_import.apply(preview)
    assert [x.name for x in desk.customers.find("欧阳")] == [NAME]
    readded = desk.privacy.log(PrivacyFilter(actions=frozenset({privacy.READD})), session=desk.advisors.unlock(boss.id))
    assert len(readded.entries) == 2 and {e.actor for e in readded.entries} == {"林晓雯"}
    with desk.ctx.db.read() as s:
        assert s.scalars(select(m.Erasure)).all() == []  # tombstones lifted
    preview = desk.customer_import.preview(again, owner_id=staff.id)
    assert (preview.counts.new, preview.counts.erased) == (0, 0)


def test_quick_capture_of_an_erased_phone_needs_a_manager(shop):
    desk, boss, staff = shop
    cid, _ = desk.customers.add(CustomerInput(name=NAME, phone=PHONE), advisor_id=staff.id)
    desk.customers.erase(cid, session=desk.advisors.unlock(boss.id), reason="顾客要求")
    with pytest.raises(ErasedOnRequest, match="erased on request"):
        desk.customers.add(CustomerInput(name=NAME, phone=PHONE), advisor_id=staff.id)
    with pytest.raises(ErasedOnRequest):
        desk.customers.add(CustomerInput(name=NAME, phone=PHONE), advisor_id=staff.id,
                           re_add=desk.advisors.unlock(staff.id))
    new_id, _ = desk.customers.add(CustomerInput(name=NAME, phone=PHONE), advisor_id=staff.id,
                                   re_add=desk.advisors.unlock(boss.id))
    assert desk.customers.profile(new_id).phone == PHONE
    desk.customers.erase(new_id, session=desk.advisors.unlock(boss.id), reason="再次要求")
    with pytest.raises(ErasedOnRequest):  # a second erasure sticks as well
        desk.customers.add(CustomerInput(name="别名", phone=PHONE), advisor_id=boss.id)
