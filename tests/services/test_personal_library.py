"""The personal library: favourites, recently used, personal copies of HQ scripts and new
personal scripts (HQ items read-only, packs never touch personal items), and ranking by use."""

from __future__ import annotations

import pytest

from advisor_desk.domain.errors import InvalidInput, ReadOnly
from advisor_desk.domain.library import ScriptFields, SearchFilter
from tests.support.content_factory import base_content, library_content, write_content


@pytest.fixture
def shop(desk, tmp_path):
    desk.content.apply(desk.content.read_folder(write_content(tmp_path / "c", library_content())))
    a, _ = desk.advisors.add("林晓雯")
    b, _ = desk.advisors.add("王芳", session=desk.advisors.unlock(a.id))
    return desk, a.id, b.id


def _uids(desk, query="", advisor=None, **flt):
    return [h.uid for h in desk.library.search(query, SearchFilter(**flt), advisor_id=advisor,
                                               limit=500).hits]


def test_personal_copy_of_an_hq_script_is_editable_and_hq_stays_read_only(shop):
    desk, me, other = shop
    uid, _ = desk.library.copy_script("t.s.001", advisor_id=me)
    mine = desk.library.script(uid)
    assert uid.startswith("personal.") and uid == uid.lower()
    assert (mine.origin, mine.based_on, mine.owner_id) == ("personal", "t.s.001", me)
    desk.library.update_script(uid, ScriptFields("我的第1条", "{称呼|亲}，我自己的说法"),
                               advisor_id=me)
    assert _uids(desk, "自己的说法", me) == [uid]
    assert _uids(desk, "自己的说法", other) == []
    with pytest.raises(ReadOnly):
        desk.library.update_script("t.s.001", ScriptFields("改总部", "不行"), advisor_id=me)
    with pytest.raises(ReadOnly):
        desk.library.update_script(uid, ScriptFields("改别人的", "不行"), advisor_id=other)
    with pytest.raises(InvalidInput):
        desk.library.update_script(uid, ScriptFields("坏模板", "{未知变量}"), advisor_id=me)
    again, _ = desk.library.copy_script(uid, advisor_id=me)  # a copy of a copy keeps the HQ root
    assert desk.library.script(again).based_on == "t.s.001"


def test_mine_view_and_deleting_a_personal_script(shop):
    desk, me, _other = shop
    uid, _ = desk.library.new_script(ScriptFields("加微信开场", "您好，我是专柜的小林",
                                                  kind="qa", keywords="开场，加微信"),
                                     advisor_id=me)
    assert desk.library.script(uid).keywords == ("开场", "加微信")
    assert _uids(desk, advisor=me, view="mine") == [uid]
    desk.library.set_favourite("script", uid, True, advisor_id=me)
    desk.library.delete_script(uid, advisor_id=me)
    assert _uids(desk, "开场", me) == [] and _uids(desk, advisor=me, view="favourites") == []


def test_packs_never_touch_personal_items(shop, tmp_path):
    desk, me, _ = shop
    uid, _ = desk.library.copy_script("t.s.002", advisor_id=me)
    v2 = base_content()
    v2["scripts.json"] = [s for s in v2["scripts.json"] if s["uid"] != "t.s.002"]  # retired
    desk.content.apply(desk.content.read_folder(write_content(tmp_path / "v2", v2, version=2)))
    assert desk.library.script(uid).retired is False
    assert uid in _uids(desk, "话术", me)
    assert "t.s.002" not in _uids(desk, "话术", me)


def test_favourites_and_recently_used_views(shop):
    desk, me, other = shop
    assert desk.library.set_favourite("material", "t.m.text", True, advisor_id=me).library
    assert desk.library.set_favourite("material", "t.m.text", True, advisor_id=me).empty
    assert _uids(desk, advisor=me, view="favourites") == ["t.m.text"]
    assert _uids(desk, advisor=other, view="favourites") == []
    for uid in ("t.s.003", "t.s.001"):
        desk.clock.advance(minutes=5)
        desk.library.record_copy("script", uid, advisor_id=me, customer_id=None)
    desk.library.record_copy("script", "t.s.005", advisor_id=other, customer_id=None)
    assert _uids(desk, advisor=me, view="recent") == ["t.s.001", "t.s.003"]
    assert _uids(desk, "话术", advisor=me, view="recent") == ["t.s.001", "t.s.003"]
    hits = desk.library.search("", SearchFilter(view="recent"), advisor_id=me).hits
    assert hits[0].my_last_use is not None and hits[0].uses == 1


def test_ranking_title_hits_then_my_recent_use_then_overall_use(shop):
    desk, me, other = shop
    # every script title holds 话术; bodies hold 话术 too
    for _ in range(3):
        desk.library.record_copy("script", "t.s.002", advisor_id=other, customer_id=None)
    desk.library.record_copy("script", "t.s.004", advisor_id=me, customer_id=None)
    order = _uids(desk, "话术", me, kinds=("script",))
    assert order[:2] == ["t.s.004", "t.s.002"]  # mine recently, then most used overall
    assert set(order[2:]) == {"t.s.001", "t.s.003", "t.s.005"}
    hits = desk.library.search("话术", SearchFilter(), advisor_id=me).hits
    assert all(h.title_hit for h in hits if h.kind == "script")
    body_only = desk.library.search("这是第", SearchFilter(), advisor_id=me).hits
    assert body_only and not any(h.title_hit for h in body_only)


def test_kind_and_type_filters_and_valid_now(shop):
    desk, _me, _ = shop
    assert set(_uids(desk, kinds=("coupon",))) == {"t.c.pool", "t.c.free"}
    assert set(_uids(desk, kinds=("coupon",), include_expired=True)) == \
        {"t.c.pool", "t.c.free", "t.c.old"}
    assert set(_uids(desk, kinds=("material",), types=("moments", "image"))) == \
        {"t.m.moments", "t.m.img"}
    assert "t.m.expired" not in _uids(desk, kinds=("material",))
    assert set(_uids(desk, kinds=("script",), types=("qa",))) == {"t.s.001", "t.s.003",
                                                                 "t.s.005"}
    assert _uids(desk, kinds=("script",), sales_step=3) == ["t.s.002"]
    both = set(_uids(desk, kinds=("script", "coupon")))
    assert {"t.s.001", "t.c.pool"} <= both and not any(u.startswith("t.m.") for u in both)


@pytest.mark.parametrize(("body", "says"), [
    ("{产品名}到货了", "“产品名”"),
    ("{称呼|亲}，您好}", "has no partner"),
])
def test_a_bad_script_is_explained_in_shop_words(shop, body, says):
    desk, me, _ = shop
    with pytest.raises(InvalidInput) as caught:
        desk.library.new_script(ScriptFields(title="新话术", body=body), advisor_id=me)
    assert says in str(caught.value)
    assert "variable" not in str(caught.value) and "brace" not in str(caught.value)
    assert caught.value.params["field"] == "body"


def test_a_hit_shown_before_an_edit_shows_the_edit(shop):
    """Index rows read once are kept as ready hits between keystrokes; an edit of the item
    (any index change) must show at the next search, not the kept title."""
    desk, me, _other = shop
    uid, _ = desk.library.new_script(ScriptFields("开场白甲", "您好"), advisor_id=me)
    before = desk.library.search("开场白", SearchFilter(), advisor_id=me).hits
    assert [h.title for h in before if h.uid == uid] == ["开场白甲"]
    desk.library.update_script(uid, ScriptFields("开场白乙", "您好"), advisor_id=me)
    after = desk.library.search("开场白", SearchFilter(), advisor_id=me).hits
    assert [h.title for h in after if h.uid == uid] == ["开场白乙"]
