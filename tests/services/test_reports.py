"""Shop side of activity reports: the device key, what a report covers, and that no private
customer detail leaves the shop."""

from __future__ import annotations

import json
import sqlite3
import stat
import zipfile
from datetime import date, timedelta

import pytest

from advisor_desk.domain.errors import InvalidInput
from advisor_desk.exchange import device_key
from advisor_desk.exchange.report_format import KINDS
from advisor_desk.services.device import key_path


@pytest.fixture
def demo(desk):
    desk.demo.load(today=date(2026, 11, 24), customers=60)
    return desk


def _entries(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def test_the_device_key_is_made_at_first_start_with_mode_600(desk, paths):
    path = key_path(paths)
    assert path.is_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    info = desk.device.show()
    assert info.key_id == device_key.load(path).key_id
    public = device_key.read_public_key(desk.device.public_key_file())
    assert (public.store_code, public.device_id, public.key_id) == (
        "SH001", desk.ctx.device_id, info.key_id)


def test_the_device_key_is_in_no_report_and_no_backup(demo, paths, tmp_path):
    secret = key_path(paths).read_bytes()
    body = secret.split(b"\n")[1]  # the base64 line of the PEM
    result, _ = demo.reports.export(tmp_path / "r.adreport")
    backup = demo.maintenance.backup(tmp_path / "b.db")
    for blob in (result.path.read_bytes(), *_entries(result.path).values(),
                 backup.read_bytes()):
        assert body not in blob


def test_no_name_phone_remark_or_note_of_any_customer_is_in_any_byte(demo, paths, tmp_path):
    """Every demo customer's private text, and every note, against every byte of the report
    (the ZIP itself and each entry decompressed)."""
    con = sqlite3.connect(paths.database)
    private = set()
    for name, remark, phone, notes, salutation in con.execute(
            "SELECT name, remark_name, phone, notes, salutation FROM customers"):
        private |= {name, remark, phone, notes, salutation}
    private |= {n for (n,) in con.execute("SELECT note FROM interactions")}
    private |= {n for (n,) in con.execute("SELECT note FROM sop_tasks")}
    # a step done without a note logs the step's title: HQ's own text, not the shop's
    private -= {t for (t,) in con.execute("SELECT title FROM playbook_steps")}
    con.close()
    private = {p for p in private if p and len(p) >= 2}
    assert len(private) > 100
    result, _ = demo.reports.export(tmp_path / "r.adreport")
    blobs = [result.path.read_bytes(), *_entries(result.path).values()]
    for secret in private:
        needle = secret.encode("utf-8")
        escaped = json.dumps(secret).encode("ascii")[1:-1]  # as \\uXXXX, if ever escaped
        assert not any(needle in b or escaped in b for b in blobs), secret


def test_reports_follow_the_journal_and_a_reexport_is_marked(demo, clock, tmp_path):
    first, _ = demo.reports.export(tmp_path / "a.adreport")
    assert (first.preview.seq_from, first.preview.reexport) == (1, False)
    assert first.preview.rows["customers"] == 60
    nothing = demo.reports.preview()
    assert (nothing.seq_from, nothing.seq_to, nothing.events) == (
        first.preview.seq_to + 1, first.preview.seq_to, 0)
    advisor = demo.advisors.list()[0]
    demo.library.record_copy("script", "qinyan.script.0001", advisor_id=advisor.id,
                             customer_id=None)
    second, _ = demo.reports.export(tmp_path / "b")
    assert second.path.name == "b.adreport"
    assert (second.preview.seq_from, second.preview.rows["usage"]) == (
        first.preview.seq_to + 1, 1)
    again, _ = demo.reports.export(tmp_path / "c.adreport", since=10)
    assert again.preview.reexport and again.preview.seq_from == 11
    history = demo.reports.history()
    assert [h.reexport for h in history] == [True, False, False]
    assert history[0].file_name == "c.adreport"
    manifest = json.loads(_entries(again.path)["manifest.json"])
    assert manifest["reexport"] is True
    assert set(manifest["files"]) == {k.path for k in KINDS}


def test_until_cuts_at_the_end_of_that_day(demo, clock, tmp_path):
    before = demo.reports.preview()
    base, used = before.seq_to, before.rows["usage"]  # the demo's own copies come first
    advisor = demo.advisors.list()[0]
    for _ in range(3):
        clock.advance(days=1)
        demo.library.record_copy("script", "qinyan.script.0001", advisor_id=advisor.id,
                                 customer_id=None)
    cut = demo.reports.preview(until=clock.today() - timedelta(days=1))
    assert (cut.seq_to, cut.rows["usage"], cut.period_to) == (
        base + 2, used + 2, clock.today() - timedelta(days=1))
    with pytest.raises(InvalidInput, match="after today"):
        demo.reports.preview(until=clock.today() + timedelta(days=1))


def test_a_store_code_a_report_cannot_carry_is_one_sentence(demo, tmp_path):
    demo.settings.update(store_code="上海一店")
    with pytest.raises(InvalidInput, match="cannot go into a report"):
        demo.reports.export(tmp_path / "r.adreport")
    assert demo.reports.history() == []
    assert not (tmp_path / "r.adreport").exists()


def test_missed_steps_are_journaled_for_reports(demo, clock):
    clock.advance(days=30)
    swept = demo.sop.sweep()
    assert swept.missed > 0
    assert demo.reports.preview().rows["steps"] >= swept.missed


def test_customers_are_hashed_with_the_salt_of_hq_signed_content(desk, tmp_path):
    """A signed pack carries HQ's report salt (derived from its key); the shop's reports use
    it, and HQ, knowing the salt, can compute a customer's key from an external id."""
    from advisor_desk.domain.reports import customer_key, salt_id
    from advisor_desk.exchange.pack_writer import report_salt_of
    from tests.support.packs import build_pack, make_signer

    assert desk.reports.preview().hq_salt is False
    signer = make_signer(tmp_path / "keys")
    desk.trust.add(signer.public_file, ("test.",))
    desk.packs.import_file(build_pack(tmp_path, signer))
    salt = report_salt_of(signer.key)
    assert desk.reports.preview().hq_salt is True
    from advisor_desk.domain.customers import CustomerInput

    customer_id, _ = desk.customers.add(CustomerInput(name="王芳"), advisor_id=None)
    result, _ = desk.reports.export(tmp_path / "r.adreport")
    manifest = json.loads(_entries(result.path)["manifest.json"])
    assert manifest["salt_id"] == salt_id(salt)
    con = sqlite3.connect(desk.paths.database)
    ulid = con.execute("SELECT ulid FROM customers WHERE id = ?", (customer_id,)).fetchone()[0]
    con.close()
    rows = _entries(result.path)["data/customers.jsonl"].decode().splitlines()
    assert [json.loads(r)[4] for r in rows] == [customer_key(salt, ulid, None)]
    assert customer_key(salt, ulid, "wm-123") != customer_key(salt, ulid, None)


def test_a_restored_database_reports_as_a_new_device_from_its_own_journal(demo, paths,
                                                                          tmp_path, clock):
    """Restore gives a new device id whose journal starts after the restored one's last
    seq, so HQ sees no gap for the new device and no collision with the old one."""
    from advisor_desk.services.desk import open_desk
    from advisor_desk.services.maintenance import restore

    saved = demo.maintenance.backup(tmp_path / "b.db")
    old_device, last = demo.ctx.device_id, demo.reports.preview().seq_to
    demo.close()
    restore(paths, saved, clock.now())
    again = open_desk(paths, clock)
    try:
        preview = again.reports.preview()
        assert again.ctx.device_id != old_device
        assert preview.seq_from == last + 1 and preview.events == 0
        advisor = again.advisors.list()[0]
        again.library.record_copy("script", "qinyan.script.0001", advisor_id=advisor.id,
                                  customer_id=None)
        result, _ = again.reports.export(tmp_path / "r.adreport")
        manifest = json.loads(_entries(result.path)["manifest.json"])
        assert manifest["device_first_seq"] == last + 1 == manifest["seq_from"]
    finally:
        again.close()
