"""``.adreport`` files: written and read back, and refused with one sentence when they are
not trustworthy — through the same defensive ZIP reader as packs (``safe_zip``)."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from advisor_desk.domain.errors import ReportRejected
from advisor_desk.domain.reports import TrustedDevice
from advisor_desk.exchange import report_reader, report_writer
from advisor_desk.exchange.pack_signing import SigningKey
from advisor_desk.exchange.report_format import BY_NAME, KINDS, ReportManifest
from tests.support.zip_patch import patch

DEVICE = "01JDEV0000000000000000000A"
ADVISOR = "01JADV0000000000000000000A"
TASK = "01JTSK0000000000000000000A"
CUSTOMER = "0123456789abcdef01234567"
KEY = SigningKey(Ed25519PrivateKey.generate())
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)


def header(**over) -> dict:
    h = {"store_code": "SH001", "store_name": "门店", "device_id": DEVICE,
         "device_first_seq": 1, "seq_from": 1, "seq_to": 10, "period_from": "2026-11-20",
         "period_to": "2026-11-24", "time_zone": "Asia/Shanghai", "app_version": "0.1.0",
         "created_at": NOW, "reexport": False, "salt_id": "0123456789abcdef"}
    h.update(over)
    return h


ROWS = {
    "advisors": [(ADVISOR, "王芳", "advisor", True)],
    "catalog": [("script", "s.1", "自我介绍", "welcome", "1")],
    "steps": [(2, 1_795_000_000, "2026-11-21", ADVISOR, CUSTOMER, TASK, "pb.1", 1, 0,
               "2026-11-21", "done", True)],
    "usage": [(3, 1_795_000_100, "2026-11-21", ADVISOR, None, "script", "s.1", "copy"),
              (7, 1_795_000_200, "2026-11-22", None, CUSTOMER, "coupon", "c.1", "issue")],
    "imports": [(9, 1_795_000_300, "2026-11-22", ADVISOR, 5, 1, 3, {ADVISOR: 5})],
    "progress": [("2026-11-21", ADVISOR, 3, 2, 2)],
    "counts": [("stage", "intent", 4), ("vip", None, 10)],
}


def trusted(store: str = "SH001", revoked: bool = False) -> TrustedDevice:
    return TrustedDevice(KEY.key_id, KEY.info.public_key, store, DEVICE, "", NOW,
                         NOW if revoked else None)


def write(path: Path, rows=ROWS, **over) -> Path:
    return report_writer.write_report(path, header(**over), rows, KEY).path


def read_all(path: Path, key: TrustedDevice | None = None) -> dict[str, list]:
    key = key or trusted()
    with report_reader.ReportReader(path) as r:
        r.authenticate(lambda key_id: key if key_id == key.key_id else None)
        return {k.name: r.rows(k) for k in KINDS}


def refusal(path: Path, key: TrustedDevice | None = None) -> str:
    with pytest.raises(ReportRejected) as info:
        read_all(path, key)
    return str(info.value)


def rewrite(src: Path, dst: Path, change) -> Path:
    """Copy a report entry by entry, ``change(name, data)`` returning new bytes or None."""
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as b:
        for info in a.infolist():
            data = change(info.filename, a.read(info))
            if data is not None:
                b.writestr(info.filename, data)
    return dst


def resign(src: Path, dst: Path, edit) -> Path:
    """A report whose manifest ``edit`` changed and which is signed again by the device."""
    with zipfile.ZipFile(src) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    edit(manifest)
    body = json.dumps(manifest).encode()

    def change(name, data):
        return {"manifest.json": body, "manifest.sig": KEY.sign(body)}.get(name, data)

    return rewrite(src, dst, change)


def test_a_report_reads_back_exactly(tmp_path):
    got = read_all(write(tmp_path / "r.adreport"))
    for kind in KINDS:
        assert got[kind.name] == [tuple(r) for r in ROWS.get(kind.name, [])], kind.name


def test_the_same_rows_write_the_same_bytes(tmp_path):
    assert write(tmp_path / "a.adreport").read_bytes() == write(tmp_path / "b.adreport"
                                                                ).read_bytes()


@pytest.mark.parametrize(("case", "expected"), [
    ("unknown key", "has not registered"),
    ("revoked", "was revoked"),
    ("other store", "registered for store BJ002"),
])
def test_trust(tmp_path, case, expected):
    path = write(tmp_path / "r.adreport")
    key = {"unknown key": TrustedDevice("ffffffffffffffff", KEY.info.public_key, "SH001",
                                        DEVICE, "", NOW),
           "revoked": trusted(revoked=True), "other store": trusted("BJ002")}[case]
    assert expected in refusal(path, key)


def test_tampered_rows_unsigned_and_forged_manifests_are_refused(tmp_path):
    good = write(tmp_path / "r.adreport")
    tampered = rewrite(good, tmp_path / "t.adreport", lambda n, d: d.replace(b"copy", b"send")
                       if n == "data/usage.jsonl" else d)
    assert "does not match its manifest" in refusal(tampered)
    unsigned = rewrite(good, tmp_path / "u.adreport",
                       lambda n, d: None if n == "manifest.sig" else d)
    assert "not signed" in refusal(unsigned)
    forged = rewrite(good, tmp_path / "f.adreport", lambda n, d: d.replace(
        b'"seq_to": 10', b'"seq_to": 11') if n == "manifest.json" else d)
    assert "signature" in refusal(forged) and "does not match" in refusal(forged)
    extra = rewrite(good, tmp_path / "x.adreport", lambda n, d: d)
    with zipfile.ZipFile(extra, "a") as z:
        z.writestr("data/extra.jsonl", b"")
    assert "which its manifest does not list" in refusal(extra)


def test_rows_outside_the_range_or_of_the_wrong_shape_are_refused(tmp_path):
    late = dict(ROWS, usage=[(11, 1, "2026-11-21", None, None, "script", "s", "copy")])
    assert "outside the journal range" in refusal(write(tmp_path / "a.adreport", late))
    twice = dict(ROWS, usage=[ROWS["usage"][0], ROWS["usage"][0]])
    assert "outside the journal range" in refusal(write(tmp_path / "b.adreport", twice))
    bad_hash = dict(ROWS, usage=[(3, 1, "2026-11-21", None, "王芳", "script", "s", "copy")])
    assert "not valid for its kind" in refusal(write(tmp_path / "c.adreport", bad_hash))
    bad_day = dict(ROWS, usage=[(3, 1, "2026-13-45", None, None, "script", "s", "copy")])
    assert "not valid for its kind" in refusal(write(tmp_path / "e.adreport", bad_day))
    nul = dict(ROWS, catalog=[("script", "s\x00", "t", "", "")])
    assert "not valid for its kind" in refusal(write(tmp_path / "d.adreport", nul))


def test_a_manifest_that_lies_about_rows_or_versions_is_refused(tmp_path):
    good = write(tmp_path / "r.adreport")
    more = resign(good, tmp_path / "a.adreport",
                  lambda m: m["files"]["data/usage.jsonl"].update(rows=5))
    assert "holds 2 rows, but its manifest says 5" in refusal(more)
    newer = resign(good, tmp_path / "b.adreport", lambda m: m.update(format_version=2))
    assert "format version 2" in refusal(newer)
    backwards = resign(good, tmp_path / "c.adreport", lambda m: m.update(seq_to=-5))
    assert "manifest of c.adreport is invalid" in refusal(backwards)
    assert "not an Advisor Desk report" in refusal(resign(
        good, tmp_path / "d.adreport", lambda m: m.update(format="advisor-desk-pack")))


def test_zip_attacks_are_refused_before_any_row_is_read(tmp_path):
    good = write(tmp_path / "r.adreport")
    slip = rewrite(good, tmp_path / "s.adreport", lambda n, d: d)
    with zipfile.ZipFile(slip, "a") as z:
        z.writestr("../../evil.jsonl", b"x")
    assert "unsafe file name" in refusal(slip)
    encrypted = rewrite(good, tmp_path / "e.adreport", lambda n, d: d)
    patch(encrypted, "data/usage.jsonl", flags=0x1)
    assert "encrypted" in refusal(encrypted)
    overlap = rewrite(good, tmp_path / "o.adreport", lambda n, d: d)
    patch(overlap, "data/usage.jsonl", offset_of="data/tags.jsonl")
    assert "overlap" in refusal(overlap)
    bomb = dict(ROWS, catalog=[("script", f"s.{n}", "x" * 300, "", "") for n in range(40_000)])
    path = write(tmp_path / "b.adreport", bomb)
    small = report_reader.LIMITS.__class__(max_ratio=5, ratio_floor_bytes=1024)
    with pytest.raises(ReportRejected, match="zip bomb"), \
            report_reader.ReportReader(path, small) as r:
        r.authenticate(lambda k: trusted())
        r.rows(BY_NAME["catalog"])
    (tmp_path / "n.adreport").write_bytes(b"PK\x03\x04 not really")
    assert "not a report file" in refusal(tmp_path / "n.adreport")


def test_the_manifest_model_requires_every_data_file():
    doc = json.loads(report_writer.manifest_bytes(header(), {
        k.path: ("0" * 64, 0, 0) for k in KINDS}))
    ReportManifest.model_validate(doc)
    del doc["files"]["data/usage.jsonl"]
    with pytest.raises(ValueError, match="every data file"):
        ReportManifest.model_validate(doc)
    assert header()["created_at"] - timedelta(0) == NOW
