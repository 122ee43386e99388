"""Customer import and export through the services: dry run, apply, matching, atomicity."""

from __future__ import annotations

import sqlite3

import pytest

from advisor_desk.domain.customers import CustomerInput
from advisor_desk.domain.errors import Cancelled, InvalidInput, NotAllowed
from advisor_desk.domain.segments import SegmentFilter
from advisor_desk.store import customer_import_repo
from tests.support.content_factory import base_content, write_content
from tests.support.customer_files import (
    WECOM_HEADERS,
    WECOM_TITLE,
    wecom_rows,
    write_csv,
    write_xlsx,
)

HEADERS = ["姓名", "手机号", "生日", "标签", "阶段", "外部联系人ID", "添加时间"]


@pytest.fixture
def shop(desk, content_dir):
    desk.content.apply(desk.content.read_folder(content_dir))
    boss, _ = desk.advisors.add("林晓雯")
    staff, _ = desk.advisors.add("陈佳怡", session=desk.advisors.unlock(boss.id))
    return desk, boss, staff


def _dump(desk) -> list:
    """Every customer-side table and the schema (the apply suspends the link tables'
    triggers inside its transaction), to compare a database before and after."""
    con = sqlite3.connect(desk.paths.database)
    try:
        return [con.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in (
            "customers", "customer_tags", "customer_advisors", "stage_history", "events",
            "tags", "tag_groups", "sop_runs", "sop_tasks", "sqlite_master")]
    finally:
        con.close()


def _assert_lists_match_links(desk) -> None:
    """customers.tag_list / tag_bits / advisor_list (migration 0003) equal the link tables
    for every customer: the import writes them itself, with the triggers suspended."""
    con = sqlite3.connect(desk.paths.database)
    try:
        links: dict[str, dict[int, set[int]]] = {"tag": {}, "advisor": {}}
        for cid, tid in con.execute("SELECT customer_id, tag_id FROM customer_tags"):
            links["tag"].setdefault(cid, set()).add(tid)
        for cid, aid in con.execute("SELECT customer_id, advisor_id FROM customer_advisors"):
            links["advisor"].setdefault(cid, set()).add(aid)
        rows = con.execute("SELECT id, tag_list, tag_bits, advisor_list FROM customers")
        for cid, tag_list, bits, advisor_list in rows:
            tags, advisors = links["tag"].get(cid, set()), links["advisor"].get(cid, set())
            assert sorted(int(t) for t in tag_list.strip(",").split(",") if t) \
                == sorted(tags), cid
            assert bits == sum(1 << t for t in tags if t < 63), cid
            assert {int(a) for a in advisor_list.strip(",").split(",") if a} == advisors, cid
        triggers = {r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {f"{t}_list_{e}" for t in ("customer_tags", "customer_advisors")
                for e in ("insert", "delete", "update")} <= triggers
    finally:
        con.close()


def test_dry_run_counts_and_reports_each_bad_row(shop, tmp_path):
    desk, _, staff = shop
    desk.customers.add(CustomerInput(name="老客王芳", phone="13800000001"), advisor_id=staff.id)
    rows = [
        ["王芳", "13800000001", "", "肤质:干性", "", "", ""],  # updated: matched by phone
        ["李娜", "13800000002", "1990-03-05", "肤质:油性；护肤诉求:美白", "潜在", "ext-2", ""],
        ["赵敏", "12345", "", "", "", "", ""],  # bad phone
        ["钱多", "13800000004", "1990-02-30", "", "", "", ""],  # bad date
        ["孙丽", "13800000005", "", "星座:天蝎", "", "", ""],  # unknown tag
        ["周周", "13800000006", "", "", "外星", "", ""],  # unknown stage
        ["吴一", "13800000002", "", "", "", "", ""],  # the same customer as row 3
        ["郑二", "13800000008", "", "干性,油性", "", "", ""],  # two tags of an exclusive group
    ]
    path = write_csv(tmp_path / "c.csv", HEADERS, rows, "gbk")
    before = _dump(desk)
    preview = desk.customer_import.preview(path, owner_id=staff.id)
    assert _dump(desk) == before  # a dry run writes nothing
    c = preview.counts
    assert (c.new, c.updated, c.unchanged, c.rejected, c.warned) == (4, 1, 0, 3, 3)
    assert [(p.row, p.rejected, p.message) for p in preview.problems] == [
        (4, True, "bad phone number 12345"), (5, True, "bad birthday 1990-02-30"),
        (6, False, "unknown tag 星座:天蝎 (left out)"), (7, False, "unknown stage 外星 (left out)"),
        (8, True, "the same customer as row 3"),
        (9, False, "干性、油性 are in the same group and a customer has only one of them "
                   "(left out)")]
    assert preview.unknown_tags == (("星座", "天蝎"),)


def test_apply_imports_with_backup_tags_and_owner(shop, tmp_path):
    desk, _, staff = shop
    path = write_csv(tmp_path / "c.csv", HEADERS, [
        ["李娜", "138-0000-0002", "03-05", "肤质:油性；美白", "潜在", "ext-2", "2026-11-20 09:30"]])
    preview = desk.customer_import.preview(path, owner_id=staff.id)
    result, changes = desk.customer_import.apply(preview)
    assert (result.counts.new, result.counts.updated) == (1, 0) and changes.all_customers
    assert result.backup is not None and result.backup.exists()
    (cid,) = desk.customers.ids(SegmentFilter(text="李娜"))
    p = desk.customers.profile(cid)
    assert (p.phone, p.birthday, p.stage_key, p.external_id) == \
        ("13800000002", (None, 3, 5), "potential", "ext-2")
    assert p.advisors == ("陈佳怡",) and p.added_at.isoformat().startswith("2026-11-20T01:30")
    assert {(t.tag.name, t.source, t.added_by) for t in p.tags} == {
        ("油性", "import", "陈佳怡"), ("美白", "import", "陈佳怡")}
    assert [c.id for c in desk.customers.find("ln")] == [cid]  # pinyin initials indexed
    for flt in (SegmentFilter(tags_any=("t.skin.oily",)), SegmentFilter(tags_all=(
            "t.skin.oily", "t.need.white")), SegmentFilter(stages_in=("potential",))):
        assert desk.customers.ids(flt, viewer=staff) == [cid]  # the list's filters
    assert desk.customers.ids(SegmentFilter(tags_none=("t.skin.oily",))) == []
    _assert_lists_match_links(desk)
    again = desk.customer_import.preview(path, owner_id=staff.id)
    assert (again.counts.new, again.counts.updated, again.counts.unchanged) == (0, 0, 1)


def test_match_by_external_id_then_phone_and_exclusive_tags_replace(shop, tmp_path):
    desk, _, staff = shop
    a, _ = desk.customers.add(CustomerInput(name="甲", phone="13800000011"),
                              tag_uids=("t.skin.dry",), advisor_id=staff.id)
    b, _ = desk.customers.add(CustomerInput(name="乙", phone="13800000012"), advisor_id=staff.id)
    write = tmp_path / "first.csv"
    write_csv(write, ["姓名", "外部联系人ID", "手机号"], [["甲", "wm-a", "13800000011"]])
    desk.customer_import.apply(desk.customer_import.preview(write))
    path = write_csv(tmp_path / "m.csv", ["姓名", "外部联系人ID", "手机号", "标签", "生日"], [
        ["甲改名", "wm-a", "", "肤质:油性", ""],  # by external id; exclusive 肤质 replaces 干性
        ["乙", "", "13800000012", "护肤诉求:抗老", "1991-06-01"],  # by phone
    ])
    result, _ = desk.customer_import.apply(desk.customer_import.preview(path))
    assert (result.counts.new, result.counts.updated) == (0, 2)
    pa, pb = desk.customers.profile(a), desk.customers.profile(b)
    assert pa.name == "甲改名" and pa.phone == "13800000011"  # an empty cell erases nothing
    assert [c.id for c in desk.customers.find("jgm")] == [a]
    assert pb.birthday == (1991, 6, 1)
    assert desk.customers.ids(SegmentFilter(birthday_within_days=366)) == [b]
    assert [t.tag.name for t in pa.tags] == ["油性"]
    assert [t.tag.name for t in pb.tags] == ["抗老"]
    _assert_lists_match_links(desk)
    # the triggers are back and keep the lists current for the next writer
    desk.customers.add_tag(b, "t.skin.dry", advisor_id=staff.id)
    desk.customers.remove_tag(a, "t.skin.oily", advisor_id=staff.id)
    _assert_lists_match_links(desk)
    assert desk.customers.count(SegmentFilter(tags_any=("t.skin.dry",))) == 1


def test_unknown_tags_can_be_created_as_local_tags(shop, tmp_path):
    desk, *_ = shop
    path = write_csv(tmp_path / "t.csv", ["姓名", "标签"], [["王芳", "星座:天蝎；爱喝咖啡"]])
    preview = desk.customer_import.preview(path, create_tags=True)
    assert preview.counts.rejected == 0 and set(preview.unknown_tags) == {
        ("星座", "天蝎"), (None, "爱喝咖啡")}
    result, changes = desk.customer_import.apply(preview)
    assert result.created_tags == 2 and changes.tags
    local = {(t.group_name, t.name, t.origin) for t in desk.customers.tags()
             if t.origin == "local"}
    assert local == {("星座", "天蝎", "local"), ("导入标签", "爱喝咖啡", "local")}


def test_wecom_export_imports_and_maps_the_adder_to_the_advisor(shop, tmp_path):
    desk, boss, staff = shop
    path = write_xlsx(tmp_path / "wecom.xlsx", WECOM_HEADERS, wecom_rows(30, advisor="林晓雯"),
                      WECOM_TITLE)
    preview = desk.customer_import.preview(path, owner_id=staff.id)
    assert preview.counts.new == 30 and preview.counts.rejected == 0
    desk.customer_import.apply(preview)
    assert desk.customers.count(viewer=boss) == 30
    assert desk.customers.count(viewer=staff) == 0  # every one is 林晓雯's, none unassigned


def test_failure_mid_apply_leaves_the_database_as_before(shop, tmp_path, monkeypatch):
    desk, _, staff = shop
    desk.customers.add(CustomerInput(name="老客", phone="13800000001"), advisor_id=staff.id)
    path = write_xlsx(tmp_path / "w.xlsx", WECOM_HEADERS, wecom_rows(50), WECOM_TITLE)
    preview = desk.customer_import.preview(path, owner_id=staff.id)
    before = _dump(desk)

    def boom(*_a, **_k):
        raise OSError("disk unplugged")

    monkeypatch.setattr(customer_import_repo, "update_customers", boom)
    with pytest.raises(OSError):
        desk.customer_import.apply(preview)
    assert _dump(desk) == before


def test_cancel_rolls_back(shop, tmp_path):
    desk, _, staff = shop
    path = write_xlsx(tmp_path / "w.xlsx", WECOM_HEADERS, wecom_rows(50), WECOM_TITLE)
    preview = desk.customer_import.preview(path, owner_id=staff.id)
    before = _dump(desk)

    def progress(done, _total, phase):
        if phase == "new":
            raise Cancelled()

    with pytest.raises(Cancelled):
        desk.customer_import.apply(preview, progress=progress)
    assert _dump(desk) == before


def test_import_starts_playbooks_for_new_friends_in_bulk(desk, tmp_path):
    content = base_content()
    content["playbooks.json"].append(
        {"uid": "t.p.new", "name": "新客七步", "trigger": "added",
         "audience": {"stages_out": ["customer"]},
         "steps": [{"offset_days": d, "title": f"第{d}天"} for d in (0, 1, 3)]})
    content["playbooks.json"].append(
        {"uid": "t.p.live", "name": "直播间来的客人", "trigger": "tag_added:t.src.live",
         "steps": [{"offset_days": 2, "title": "回访直播间福利"}]})
    desk.content.apply(desk.content.read_folder(write_content(tmp_path / "c", content)))
    path = write_csv(tmp_path / "n.csv", ["姓名", "手机号", "标签", "添加时间"], [
        [f"新客{n}", f"139{n:08d}", "来源:直播间", "2026-11-24 09:00"] for n in range(30)]
        + [["老朋友", "13700000000", "", "2024-01-01 09:00"]])
    desk.customer_import.apply(desk.customer_import.preview(path))
    con = sqlite3.connect(desk.paths.database)
    try:
        runs = con.execute("SELECT playbook_uid, count(*) FROM sop_runs GROUP BY 1").fetchall()
        events = con.execute("SELECT kind, payload FROM events WHERE kind LIKE 'customer%' "
                             "OR kind LIKE 'tag%'").fetchall()
    finally:
        con.close()
    assert dict(runs).get("t.p.new") == 30  # the 2024 friend is too old to start anything
    assert dict(runs).get("t.p.live") == 30  # an imported tag is a tag added today
    # one journal entry for the import (reports count from it), not one per customer
    assert [k for k, _ in events] == ["customers.imported"]
    assert '"new": 31' in events[0][1] and '"tags_added": 30' in events[0][1]


def test_export_round_trip_is_unchanged_and_masks_phones(shop, tmp_path):
    desk, boss, staff = shop
    path = write_xlsx(tmp_path / "w.xlsx", WECOM_HEADERS, wecom_rows(40), WECOM_TITLE)
    desk.customer_import.apply(desk.customer_import.preview(path, owner_id=staff.id))
    desk.customers.add(CustomerInput(name="无号", birthday=(None, 2, 29)), stage_key="intent",
                       advisor_id=staff.id)
    for suffix in (".csv", ".xlsx"):
        out = tmp_path / f"export{suffix}"
        result = desk.customer_export.export(out, advisor=boss)
        assert result.customers == 41 and not result.full_phones
        preview = desk.customer_import.preview(out)
        c = preview.counts
        assert (c.new, c.updated, c.unchanged, c.rejected) == (0, 0, 41, 0), preview.problems
    text = (tmp_path / "export.csv").read_text("utf-8-sig")
    assert "****" in text and "13" + "0" * 9 not in text
    with pytest.raises(NotAllowed, match="store manager"):
        desk.customer_export.export(tmp_path / "full.csv", advisor=staff, full_phones=True,
                                    session=desk.advisors.unlock(staff.id))
    with pytest.raises(NotAllowed, match="store manager"):  # saying "boss" is not enough
        desk.customer_export.export(tmp_path / "full.csv", advisor=boss, full_phones=True)
    full = desk.customer_export.export(tmp_path / "full.csv", advisor=boss, full_phones=True,
                                       session=desk.advisors.unlock(boss.id))
    assert full.full_phones and "****" not in (tmp_path / "full.csv").read_text("utf-8-sig")
    mine = desk.customer_export.export(tmp_path / "mine.csv", SegmentFilter(stages_in=(
        "intent",)), advisor=staff)
    assert mine.customers == 1
    with pytest.raises(InvalidInput, match="xlsx"):
        desk.customer_export.export(tmp_path / "x.pdf", advisor=boss)
