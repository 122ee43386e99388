"""The shipped demo HQ content (沁研 QINYAN, resources/demo) is valid and complete enough to
demo every part of the app: scripts for each sales step, materials per channel, every coupon
type, the four tag dimensions and the standard SOP playbooks."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from advisor_desk import locate
from advisor_desk.domain import templates
from advisor_desk.exchange.content_bundle import read_folder

TODAY = date(2026, 11, 24)


@pytest.fixture(scope="module")
def bundle():
    return read_folder(locate.demo_content_dir())


def test_the_folder_reads_as_one_pack(bundle):
    assert bundle.pack_id == "qinyan.core" and bundle.version == 1
    assert {s.key for s in bundle.scenes} >= {
        "welcome", "product_knowledge", "needs", "objection_price", "objection_allergy",
        "objection_effect", "objection_compare", "closing", "post_purchase", "member_day",
        "live_preview", "birthday", "festival", "reactivation", "daily_moments", "koc"}
    assert [s.key for s in sorted(bundle.stages, key=lambda s: s.sort)] == [
        "stranger", "potential", "intent", "customer", "repeat", "super"]


def test_scripts_cover_the_seven_steps_and_the_objections(bundle):
    scripts = bundle.scripts
    assert len(scripts) >= 80
    steps = Counter(s.sales_step for s in scripts)
    assert all(steps[n] >= 8 for n in range(1, 8)), steps
    assert sum(s.kind == "qa" for s in scripts) >= 30
    scenes = Counter(s.scene for s in scripts)
    for family in ("price", "allergy", "effect", "compare"):
        assert scenes[f"objection_{family}"] >= 6, family
    assert {s.channel for s in scripts} == {"chat", "group", "moments"}
    for s in scripts:
        assert 40 <= len(s.body) <= 300, s.uid
        assert 2 <= len(s.keywords) <= 5, s.uid
    compared = " ".join(s.title + s.body for s in scripts if s.scene == "objection_compare")
    assert all(brand in compared for brand in ("SK-II", "小棕瓶", "兰蔻"))


def test_materials_cover_kinds_channels_and_pictures(bundle):
    mats = bundle.materials
    assert len(mats) >= 30
    assert {m.kind for m in mats} >= {"text", "image", "link", "moments"}
    assert {m.channel for m in mats} == {"chat", "group", "moments"}
    moments = [m for m in mats if m.kind == "moments"]
    assert len(moments) >= 3 and max(len(m.media) for m in moments) >= 3
    used = {name for m in mats for name in m.media}
    assert len(used) >= 12 and used <= set(bundle.media)
    assert all(m.url.startswith("https://m.qinyan-demo.cn/") for m in mats if m.kind == "link")
    windows = {(m.valid_from, m.valid_to) for m in mats}
    assert (date(2026, 12, 1), date(2026, 12, 12)) in windows  # the 双12 preview
    assert any(m.valid_to and m.valid_to < TODAY for m in mats)  # one already expired


def test_media_are_small_pictures(bundle):
    assert bundle.media and all(p.suffix in (".jpg", ".png") for p in bundle.media.values())
    assert sum(p.stat().st_size for p in bundle.media.values()) < 3 * 1024 * 1024


def test_coupons_cover_every_type_and_one_code_pool(bundle):
    coupons = {c.uid: c for c in bundle.coupons}
    assert len(coupons) >= 8
    assert {c.type for c in coupons.values()} == {
        "no_threshold", "threshold", "discount", "random", "campaign"}
    assert any(c.valid_to and c.valid_to < TODAY for c in coupons.values())
    assert any(c.valid_from and c.valid_from > TODAY for c in coupons.values())
    sh = bundle.coupon_codes["SH001"].codes
    pooled = {c.coupon_uid for c in sh}
    assert len(pooled) == 1 and len(sh) == 60
    assert len(bundle.coupon_codes["BJ002"].codes) == 20
    (pool_uid,) = pooled
    for c in coupons.values():
        assert ("{券码}" in c.message) == (c.uid == pool_uid), c.uid


def test_tags_memberships_and_levels(bundle):
    tags = [t for g in bundle.tag_groups for t in g.tags]
    assert 18 <= len(tags) <= 30
    assert {g.dimension for g in bundle.tag_groups} == {
        "social", "consumption", "behaviour", "tier"}
    assert any(g.exclusive for g in bundle.tag_groups)
    assert any(not g.exclusive for g in bundle.tag_groups)
    assert [v.key for v in sorted(bundle.vip_levels, key=lambda v: v.sort)] == [
        "gold", "platinum", "diamond"]
    classes = {m.member_class: m.min_purchases_12m for m in bundle.member_classes}
    assert classes == {"A": 4, "B": 2, "C": 1, "D": 0}


def test_playbooks_are_the_standard_sops_with_real_kits(bundle):
    by_trigger = {p.trigger: p for p in bundle.playbooks}
    assert [s.offset_days for s in by_trigger["purchase"].steps] == [1, 7, 14, 28]
    assert len(by_trigger["added"].steps) == 7
    assert [s.offset_days for s in by_trigger["birthday:7"].steps] == [0, 7]
    assert by_trigger["birthday:7"].steps[-1].coupon_uid
    assert "dormant:730" in by_trigger
    assert any(t.startswith(("stage_entered:", "tag_added:")) for t in by_trigger)
    steps = [s for p in bundle.playbooks for s in p.steps]
    assert sum(s.script_uid is not None for s in steps) >= len(steps) * 0.8
    assert sum(bool(s.script_uid and s.material_uid and s.coupon_uid) for s in steps) >= 2


def test_daily_tasks_and_announcements(bundle):
    schedules = {t.schedule for t in bundle.daily_tasks}
    assert {"daily", "weekly:3", "dates:2026-12-10,2026-12-11"} <= schedules
    assert any(t.schedule == "daily" and t.material_uid for t in bundle.daily_tasks)
    assert len(bundle.announcements) >= 2
    assert all(a.valid_from and a.valid_to for a in bundle.announcements)


def test_no_template_uses_an_unknown_variable(bundle):
    texts = [s.body for s in bundle.scripts] + [m.body for m in bundle.materials] + [
        c.message for c in bundle.coupons]
    assert all(templates.check(t) == [] for t in texts)
    used = {ph.name for t in texts for ph in templates.placeholders(t)}
    assert {"称呼", "顾问", "门店", "券名", "券码", "到期日", "剩余天数"} <= used
