"""Applying HQ content: upsert, idempotence, retirement, versioned playbooks, shop data kept."""

from __future__ import annotations

import copy

import pytest

from advisor_desk.domain.errors import ContentInvalid
from advisor_desk.domain.library import ScriptFilter
from tests.support.content_factory import base_content, write_content


def _apply(desk, folder):
    return desk.content.apply(desk.content.read_folder(folder))[0]


def test_first_apply_creates_everything(desk, content_dir):
    result = _apply(desk, content_dir)
    counts = result.diff.counts()
    assert counts["scripts"]["new"] == 5
    assert counts["tags"]["new"] == 8
    assert counts["coupon_codes"]["new"] == 5  # only this store's pool (SH001), not BJ002
    assert counts["playbooks"]["new"] == 1
    assert len(desk.library.scripts(ScriptFilter(), advisor_id=None)) == 5


def test_applying_the_same_content_twice_changes_nothing(desk, content_dir, tmp_path):
    _apply(desk, content_dir)
    bundle = desk.content.read_folder(content_dir)
    assert desk.content.preview(bundle).empty  # every item compares unchanged
    result, changes = desk.content.apply(bundle)
    assert result.already_applied and changes.empty
    # the same content under a new version number: a real pass that still changes nothing
    again = write_content(tmp_path / "v2", base_content(), version=2)
    result2 = _apply(desk, again)
    assert result2.diff.empty
    assert result2.diff.kind("scripts").unchanged == 5
    assert len(desk.content.history()) == 2


def test_a_newer_version_retires_missing_items_and_keeps_their_history(desk, content_dir,
                                                                        tmp_path):
    _apply(desk, content_dir)
    desk.library.record_copy("script", "t.s.002", advisor_id=None, customer_id=None)
    v2 = base_content()
    v2["scripts.json"] = [s for s in v2["scripts.json"] if s["uid"] not in ("t.s.002", "t.s.003")]
    v2["scripts.json"][0]["body"] = "{称呼|亲}，改过的话术。"
    result = _apply(desk, write_content(tmp_path / "v2", v2, version=2))
    diff = result.diff.kind("scripts")
    assert sorted(diff.retired) == ["话术标题2", "话术标题3"]
    assert diff.changed == ("话术标题1",)
    listed = {s.uid for s in desk.library.scripts(ScriptFilter(), advisor_id=None)}
    assert listed == {"t.s.001", "t.s.004", "t.s.005"}
    retired = desk.library.script("t.s.002")
    assert retired.retired and retired.use_count == 1  # history kept
    # an item that comes back in a later version is live again
    v3 = base_content()
    result3 = _apply(desk, write_content(tmp_path / "v3", v3, version=3))
    assert "话术标题2" in result3.diff.kind("scripts").changed
    assert not desk.library.script("t.s.002").retired


def test_preview_writes_nothing(desk, content_dir):
    bundle = desk.content.read_folder(content_dir)
    diff = desk.content.preview(bundle)
    assert len(diff.kind("scripts").new) == 5
    assert desk.library.scripts(ScriptFilter(), advisor_id=None) == []
    assert desk.content.history() == []


def test_rollback_and_conflicting_versions_are_rejected(desk, content_dir, tmp_path):
    _apply(desk, content_dir)
    _apply(desk, write_content(tmp_path / "v3", base_content(), version=3))
    with pytest.raises(ContentInvalid, match="older than version 3"):
        _apply(desk, write_content(tmp_path / "v2", base_content(), version=2))
    changed = base_content()
    changed["scripts.json"] = changed["scripts.json"][:1]
    with pytest.raises(ContentInvalid, match="already imported with different content"):
        _apply(desk, write_content(tmp_path / "v3b", changed, version=3, title="另一个"))


def test_a_changed_playbook_gets_a_new_version_and_the_old_one_is_kept(desk, content_dir,
                                                                        tmp_path):
    from sqlalchemy import select

    from advisor_desk.store import models as m

    _apply(desk, content_dir)
    v2 = base_content()
    v2["playbooks.json"][0]["steps"][0]["title"] = "第1天：到货关怀"
    result = _apply(desk, write_content(tmp_path / "v2", v2, version=2))
    assert result.diff.kind("playbooks").changed == ("购后关怀",)
    with desk.ctx.db.read() as s:
        rows = s.execute(select(m.Playbook.version, m.Playbook.active)
                         .where(m.Playbook.uid == "t.p.after").order_by(m.Playbook.version)).all()
        steps_v1 = s.scalars(select(m.PlaybookStep.title).join(m.Playbook).where(
            m.Playbook.uid == "t.p.after", m.Playbook.version == 1)
            .order_by(m.PlaybookStep.sort)).all()
    assert [tuple(r) for r in rows] == [(1, False), (2, True)]
    assert steps_v1[0] == "第1天回访"  # version 1 is immutable


def test_personal_scripts_and_shop_data_are_never_touched(desk, content_dir, tmp_path):
    from sqlalchemy import select

    from advisor_desk.store import models as m

    _apply(desk, content_dir)
    advisor, _ = desk.advisors.add("陈佳怡")
    with desk.ctx.db.write() as s:
        s.add(m.Script(uid="personal.01", kind="script", title="我的话术", body="我自己写的",
                       origin="personal", owner_id=advisor.id, keywords=""))
        s.add(m.Favourite(advisor_id=advisor.id, kind="script", uid="t.s.001",
                          added_at=desk.clock.now()))
    empty = base_content()
    empty["scripts.json"] = []
    empty["playbooks.json"] = []
    _apply(desk, write_content(tmp_path / "v2", empty, version=2))
    mine = desk.library.scripts(ScriptFilter(), advisor_id=advisor.id)
    assert [s.uid for s in mine] == ["personal.01"]
    with desk.ctx.db.read() as s:
        assert s.scalars(select(m.Favourite.uid)).all() == ["t.s.001"]
    # HQ content may not take over a shop's own item
    clash = copy.deepcopy(base_content())
    clash["scripts.json"][1]["uid"] = "personal.01"
    with pytest.raises(ContentInvalid, match="shop's own item"):
        _apply(desk, write_content(tmp_path / "v3", clash, version=3))
    assert desk.library.script("personal.01").title == "我的话术"


def test_issued_coupon_codes_survive_and_unissued_missing_codes_go(desk, content_dir, tmp_path):
    from sqlalchemy import select

    from advisor_desk.store import models as m

    _apply(desk, content_dir)
    with desk.ctx.db.write() as s:
        code = s.scalars(select(m.CouponCode).where(m.CouponCode.code == "QY-0000")).one()
        code.issued_at = desk.clock.now()
    v2 = base_content()
    v2["coupon_codes"]["SH001"] = [{"coupon_uid": "t.c.pool", "code": "QY-9999"}]
    _apply(desk, write_content(tmp_path / "v2", v2, version=2))
    with desk.ctx.db.read() as s:
        codes = sorted(s.scalars(select(m.CouponCode.code)).all())
    assert codes == ["QY-0000", "QY-9999"]


def test_exclusive_groups_and_media_are_stored(desk, content_dir):
    _apply(desk, content_dir)
    stored = list(desk.paths.media.rglob("*.png"))
    assert len(stored) == 1 and stored[0].read_bytes()[:4] == b"\x89PNG"
