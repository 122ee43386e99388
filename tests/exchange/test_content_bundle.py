"""Reading a content folder: strict validation with a sentence that says what is wrong."""

from __future__ import annotations

import json

import pytest

from advisor_desk.domain.errors import ContentInvalid
from advisor_desk.exchange.content_bundle import read_folder
from tests.support.content_factory import base_content, write_content


def _folder(tmp_path, mutate):
    content = base_content()
    mutate(content)
    return write_content(tmp_path / "c", content)


def test_a_valid_folder_reads_completely(content_dir):
    bundle = read_folder(content_dir)
    assert bundle.pack_id == "test.core" and bundle.version == 1
    assert len(bundle.scripts) == 5 and len(bundle.materials) == 3
    assert set(bundle.coupon_codes) == {"SH001", "BJ002"}
    assert len(bundle.manifest_sha256) == 64


@pytest.mark.parametrize(("mutate", "message"), [
    (lambda c: c["scripts.json"][0].update(colour="red"), "scripts.json, item 1 (t.s.001)"),
    (lambda c: c["scripts.json"][0].update(sales_step=9), "sales_step"),
    (lambda c: c["scripts.json"][0].update(body="{未知变量}"), "unknown variable"),
    (lambda c: c["scripts.json"].append(dict(c["scripts.json"][0])), "t.s.001 appears twice"),
    (lambda c: c["scripts.json"][0].update(scene="nowhere"), "unknown scene nowhere"),
    (lambda c: c["playbooks.json"][0].update(trigger="sometimes"), "unknown trigger"),
    (lambda c: c["playbooks.json"][0]["steps"][0].update(coupon_uid="t.c.none"),
     "unknown coupon t.c.none"),
    (lambda c: c["materials.json"][1].update(media=[]), "exactly one media file"),
    (lambda c: c["coupons.json"][0].pop("threshold_fen"), "needs threshold_fen"),
    (lambda c: c["coupon_codes"]["SH001"].append({"coupon_uid": "t.c.none", "code": "ZZ-0001"}),
     "unknown coupon t.c.none"),
], ids=["extra-field", "bad-step", "bad-variable", "duplicate", "scene", "trigger", "step-ref",
        "media", "coupon-shape", "code-ref"])
def test_invalid_content_is_rejected_with_a_reason(tmp_path, mutate, message):
    with pytest.raises(ContentInvalid, match="The HQ content is invalid") as err:
        read_folder(_folder(tmp_path, mutate))
    assert message in str(err.value)


def test_broken_json_and_wrong_shapes(tmp_path, content_dir):
    (content_dir / "content" / "scripts.json").write_text("{not json", "utf-8")
    with pytest.raises(ContentInvalid, match="scripts.json is not valid JSON: line 1"):
        read_folder(content_dir)
    (content_dir / "content" / "scripts.json").write_text(json.dumps([1, 2]), "utf-8")
    with pytest.raises(ContentInvalid, match='must be a JSON object'):
        read_folder(content_dir)
    (content_dir / "content" / "scripts.json").write_bytes("{}".encode("utf-16"))
    with pytest.raises(ContentInvalid, match="not UTF-8"):
        read_folder(content_dir)


def test_media_must_match_its_hash_name(content_dir):
    media = next((content_dir / "media").iterdir())
    media.write_bytes(media.read_bytes() + b"tampered")
    with pytest.raises(ContentInvalid, match="does not match its sha256 name"):
        read_folder(content_dir)


def test_not_a_content_folder(tmp_path):
    with pytest.raises(ContentInvalid, match="has no manifest.json"):
        read_folder(tmp_path)
