"""Importing signed packs: round trip from spreadsheets, retirement, shop data kept, media once,
cancel, trust rules and the demo key."""

from __future__ import annotations

import copy

import pytest

from advisor_desk.domain.errors import Cancelled, DeskError, InvalidInput, NotAllowed, NotFound
from advisor_desk.domain.library import ScriptFilter
from advisor_desk.services import pack_build
from advisor_desk.services.trust import demo_key_dir
from tests.support.content_factory import PNG_1PX, base_content, media_name
from tests.support.packs import CREATED, build_pack, db_bytes, make_signer


@pytest.fixture
def hq(tmp_path, desk):
    signer = make_signer(tmp_path / "keys")
    desk.trust.add(signer.public_file, ("test.",))
    return signer


def _titles(desk, advisor_id=None):
    return {s.title for s in desk.library.scripts(ScriptFilter(), advisor_id=advisor_id)}


def test_round_trip_spreadsheets_build_verify_import(desk, tmp_path):
    signer = make_signer(tmp_path / "keys")
    desk.trust.add(signer.public_file, ("qinyan.",))
    source = tmp_path / "source"
    pack_build.write_template(source, "xlsx")
    report = pack_build.build(source, tmp_path / "out.adpack", signer.key, now=CREATED)
    assert report.pack.pack_id == "qinyan.core" and report.counts["scripts"] == 1
    verified = desk.packs.verify(report.pack.path)
    assert verified.summary.key_id == signer.key_id and not verified.already_imported
    verified.close()
    result, changes = desk.packs.import_file(report.pack.path)
    assert result.diff.kind("scripts").new == ("加好友后的第一句话",)
    assert changes.library and changes.packs
    assert _titles(desk) == {"加好友后的第一句话"}
    [record] = desk.packs.history()
    assert (record.pack_id, record.version, record.key_id) == ("qinyan.core", 1, signer.key_id)
    assert not list(desk.paths.cache.glob("pack-*")), "staging folder removed"


def test_version_n_plus_1_dropping_10_scripts_retires_exactly_those(desk, hq, tmp_path):
    v1 = base_content(scripts=30)
    desk.packs.import_file(build_pack(tmp_path, hq, v1, version=1))
    manager, _ = desk.advisors.add("王店长", role="manager")
    dropped = [s["uid"] for s in v1["scripts.json"][5:15]]
    for uid in dropped[:3]:
        desk.library.record_copy("script", uid, advisor_id=manager.id, customer_id=None)
    from advisor_desk.store import models as m  # test-only: plant shop data directly

    with desk.ctx.db.write() as s:
        s.add(m.Script(uid="personal.01", kind="script", title="我的开场白", body="你好呀",
                       origin="personal", owner_id=manager.id, keywords=""))
        s.add(m.Favourite(advisor_id=manager.id, kind="script", uid=dropped[0],
                          added_at=desk.clock.now()))
        s.add(m.Favourite(advisor_id=manager.id, kind="script", uid="personal.01",
                          added_at=desk.clock.now()))
    v2 = copy.deepcopy(v1)
    v2["scripts.json"] = [s for s in v2["scripts.json"] if s["uid"] not in dropped]
    with desk.packs.verify(build_pack(tmp_path, hq, v2, version=2), stage=True) as verified:
        preview = verified.diff.kind("scripts")
        result, _ = desk.packs.apply(verified)
    wanted = {f"话术标题{int(uid[-3:])}" for uid in dropped}
    assert set(preview.retired) == wanted == set(result.diff.kind("scripts").retired)
    assert result.diff.kind("scripts").unchanged == 20
    assert not result.diff.kind("scripts").new and not result.diff.kind("scripts").changed
    visible = _titles(desk, manager.id)
    assert not visible & wanted and "我的开场白" in visible and len(visible) == 21
    for uid in dropped[:3]:
        detail = desk.library.script(uid)
        assert detail.retired and detail.use_count == 1  # history kept
    from sqlalchemy import select

    with desk.ctx.db.read() as s:
        favourites = set(s.scalars(select(m.Favourite.uid)))
        personal = s.execute(select(m.Script.title, m.Script.retired, m.Script.origin)
                             .where(m.Script.uid == "personal.01")).one()
    assert favourites == {dropped[0], "personal.01"}
    assert tuple(personal) == ("我的开场白", False, "personal")


def test_media_are_stored_once(desk, hq, tmp_path):
    content = base_content()
    img = media_name(PNG_1PX)
    content["materials.json"].append({"uid": "t.m.img2", "kind": "moments", "title": "同图朋友圈",
                                      "media": [img, img]})
    desk.packs.import_file(build_pack(tmp_path, hq, content, version=1))
    desk.packs.import_file(build_pack(tmp_path, hq, content, version=2))
    files = [p for p in desk.paths.media.rglob("*") if p.is_file()]
    assert len(files) == 1 and files[0].read_bytes() == PNG_1PX
    from sqlalchemy import func, select

    from advisor_desk.store import models as m

    with desk.ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(m.Media)) == 1


@pytest.mark.parametrize("phase", ["verify", "backup", "media", "apply"])
def test_cancel_at_any_phase_changes_nothing(desk, hq, tmp_path, phase):
    desk.packs.import_file(build_pack(tmp_path, hq, version=1))  # so a backup is made too
    bigger = base_content(scripts=12)
    pack = build_pack(tmp_path, hq, bigger, version=2)
    desk.close()
    before = db_bytes(desk.paths.database)
    from advisor_desk.services.desk import open_desk

    again = open_desk(desk.paths, desk.clock)

    def progress(done, total, text):
        if text == phase and (phase != "apply" or done == total):
            raise Cancelled()

    try:
        with pytest.raises(Cancelled):
            again.packs.import_file(pack, progress)
        assert len(again.packs.history()) == 1
    finally:
        again.close()
    assert db_bytes(desk.paths.database) == before


def test_an_only_verified_pack_cannot_be_applied(desk, hq, tmp_path):
    with desk.packs.verify(build_pack(tmp_path, hq)) as verified, \
            pytest.raises(InvalidInput, match="only checked"):
        desk.packs.apply(verified)


def test_the_demo_key_is_trusted_only_in_demo_mode(desk, tmp_path):
    key_dir = demo_key_dir()
    passphrase = (key_dir / "passphrase.txt").read_text().strip().encode()
    key = pack_build.load_key(key_dir / "demo.key", passphrase)
    content = base_content(pack_id="demo.core")
    path = build_pack(tmp_path, type("S", (), {"key": key})(), content)
    with pytest.raises(DeskError, match="does not trust"):
        desk.packs.verify(path)
    assert all(not k.demo for k in desk.trust.list_keys())
    desk.settings.update(demo=True)
    assert desk.trust.list_keys()[0].demo
    desk.packs.import_file(path)
    assert desk.packs.history()[0].key_id == key.key_id
    with pytest.raises(InvalidInput, match="built in"):
        desk.trust.remove(key.key_id)


def test_trust_rules(desk, tmp_path):
    signer = make_signer(tmp_path / "keys")
    manager, _ = desk.advisors.add("王店长", role="manager")
    boss = desk.advisors.unlock(manager.id)
    advisor, _ = desk.advisors.add("陈佳怡", session=boss)
    staff = desk.advisors.unlock(advisor.id)
    with pytest.raises(NotAllowed, match="Only a store manager"):
        desk.trust.add(signer.public_file, ("test.",), session=staff)
    with pytest.raises(NotAllowed, match="Only a store manager"):
        desk.trust.add(signer.public_file, ("test.",))  # nobody unlocked: refused too
    with pytest.raises(InvalidInput, match="not a valid pack id prefix"):
        desk.trust.add(signer.public_file, ("Test Core",), session=boss)
    key, changes = desk.trust.add(signer.public_file, ("test.",), session=boss)
    assert key.prefixes == ("test.",) and key.label == "测试总部" and changes.packs
    key, _ = desk.trust.add(signer.public_file, ("test.", "acme."), session=boss)  # prefixes
    assert key.prefixes == ("test.", "acme.") and key.allows("acme.core")
    assert not key.allows("other.core") and not key.allows("testing.core")
    with pytest.raises(NotAllowed, match="Only a store manager"):
        desk.trust.remove(key.key_id, session=staff)
    desk.trust.remove(key.key_id, session=boss)
    [revoked] = desk.trust.list_keys()
    assert revoked.revoked_at is not None
    with pytest.raises(InvalidInput, match="revoked key cannot be trusted again"):
        desk.trust.add(signer.public_file, session=boss)
    with pytest.raises(NotFound, match="No trusted key"):
        desk.trust.remove("0000000000000000", session=boss)
    with pytest.raises(DeskError, match="not an Advisor Desk public key"):
        junk = tmp_path / "junk.pub"
        junk.write_text("hello")
        desk.trust.add(junk, session=boss)
