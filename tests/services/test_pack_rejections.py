"""Every malicious or broken pack is rejected with its own sentence, and the database file is
byte-identical afterwards (all connections closed, WAL checkpointed, bytes compared)."""

from __future__ import annotations

import hashlib
import stat
import warnings
import zipfile

import pytest

from advisor_desk.domain.errors import DeskError
from advisor_desk.exchange.pack_manifest import Limits
from advisor_desk.services.desk import open_desk
from tests.support.content_factory import base_content
from tests.support.packs import (
    build_pack,
    content_entries,
    craft,
    db_bytes,
    make_signer,
    manifest_for,
)
from tests.support.zip_patch import patch


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    """A shop that trusts ``hq`` for test.*, has imported test.core version 2, trusts
    ``narrow`` only for other.*, and has revoked ``revoked``."""
    from advisor_desk.domain.clock import FixedClock
    from advisor_desk.paths import AppPaths
    from tests.conftest import TODAY

    tmp = tmp_path_factory.mktemp("shop")
    paths = AppPaths.under(tmp / "data").ensure()
    clock = FixedClock.at_local(TODAY, 10)
    keys = {n: make_signer(tmp / "keys", n) for n in ("hq", "other", "narrow", "revoked")}
    desk = open_desk(paths, clock)
    desk.settings.update(store_code="SH001")
    desk.trust.add(keys["hq"].public_file, ("test.",))
    desk.trust.add(keys["narrow"].public_file, ("other.",))
    desk.trust.add(keys["revoked"].public_file, ("test.",))
    desk.trust.remove(keys["revoked"].key_id)
    desk.packs.import_file(build_pack(tmp, keys["hq"], version=2))
    desk.close()
    files = content_entries(tmp, version=3)
    return paths, clock, keys, files, tmp


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _m(files, **header):
    return manifest_for(files, version=3, **header)


def _quiet_craft(*args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate we want
        return craft(*args, **kwargs)


def _symlink(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


SCRIPTS = "content/scripts.json"
BIG = b'{"items": []}' + b" " * (30 * 1024 * 1024)


def case_unsigned(p, k, f):
    return craft(p, None, f, manifest=_m(f))


def case_unknown_key(p, k, f):
    return craft(p, k["other"], f, manifest=_m(f))


def case_revoked_key(p, k, f):
    return craft(p, k["revoked"], f, manifest=_m(f))


def case_key_not_allowed(p, k, f):
    return craft(p, k["narrow"], f, manifest=_m(f))


def case_bad_signature(p, k, f):
    return craft(p, None, f, manifest=_m(f), signature=k["hq"].key.sign(b"another manifest"))


def case_damaged_signature(p, k, f):
    return craft(p, None, f, manifest=_m(f), signature=b"not a signature")


def case_tampered_file(p, k, f):
    return craft(p, k["hq"], f, manifest=_m(f),
                 replace={SCRIPTS: f[SCRIPTS].replace("话术".encode(), "改过".encode())})


def case_tampered_media(p, k, f):
    name = next(n for n in f if n.startswith("media/"))
    return craft(p, k["hq"], f, manifest=_m(f), replace={name: f[name][:-1] + b"!"})


def case_extra_file(p, k, f):
    data = b"\x89PNG extra"
    return craft(p, k["hq"], f, manifest=_m(f), extra=[(f"media/{_sha(data)}.png", data)])


def case_missing_file(p, k, f):
    return craft(p, k["hq"], f, manifest=_m(f), drop=(SCRIPTS,))


def case_expired(p, k, f):
    return craft(p, k["hq"], f, manifest=_m(f, expires_at="2026-11-01T00:00:00+08:00"))


def case_newer_format(p, k, f):
    return craft(p, k["hq"], f, manifest=_m(f, format_version=2))


def case_newer_app(p, k, f):
    return craft(p, k["hq"], f, manifest=_m(f, min_app_version="99.0"))


def case_rollback(p, k, f):
    return craft(p, k["hq"], f, manifest=manifest_for(f, version=1))


def case_same_version_other_bytes(p, k, f):
    return craft(p, k["hq"], f, manifest=manifest_for(f, version=2, title="另一个标题"))


def case_invalid_manifest(p, k, f):
    return craft(p, k["hq"], f, manifest=_m(f, pack_id="Test Core!"))


def case_invalid_content(p, k, f):
    bad = f[SCRIPTS].replace("{顾问|".encode(), "{店长|".encode())
    files = {**f, SCRIPTS: bad}
    return craft(p, k["hq"], files, manifest=_m(files))


def case_unexpected_name(p, k, f):
    files = {**f, "notes.txt": b"hello"}
    return craft(p, k["hq"], files, manifest=_m(files))


def case_zip_bomb(p, k, f):
    files = {**f, SCRIPTS: BIG}
    return craft(p, k["hq"], files, manifest=_m(files))


def case_overlapping_entries(p, k, f):
    files = {**f, "content/announcements.json": f["content/daily_tasks.json"]}
    path = craft(p, k["hq"], files, manifest=_m(files))
    patch(path, "content/announcements.json", offset_of="content/daily_tasks.json")
    return path


def case_zip_slip(p, k, f):
    return craft(p, k["hq"], f, manifest=_m(f), extra=[("../../evil.sh", b"rm -rf /")])


def case_absolute_path(p, k, f):
    return craft(p, k["hq"], f, manifest=_m(f), extra=[("/etc/cron.d/evil", b"x")])


def case_backslash(p, k, f):
    return craft(p, k["hq"], f, manifest=_m(f), extra=[("..\\..\\evil.bat", b"x")])


def case_drive_letter(p, k, f):
    return craft(p, k["hq"], f, manifest=_m(f), extra=[("C:/Windows/evil.dll", b"x")])


def case_symlink(p, k, f):
    return craft(p, k["hq"], f, manifest=_m(f), extra=[(_symlink("content/link.json"),
                                                        b"/etc/passwd")])


def case_duplicate_names(p, k, f):
    return _quiet_craft(p, k["hq"], f, manifest=_m(f), extra=[(SCRIPTS, b'{"items": []}')])


def case_encrypted_entry(p, k, f):
    path = craft(p, k["hq"], f, manifest=_m(f))
    patch(path, SCRIPTS, flags=0x1)
    return path


def case_folder_entry(p, k, f):
    return craft(p, k["hq"], f, manifest=_m(f), extra=[(zipfile.ZipInfo("content/"), b"")])


def case_bzip2(p, k, f):
    info = zipfile.ZipInfo("content/extra.json")
    info.compress_type = zipfile.ZIP_BZIP2
    return craft(p, k["hq"], f, manifest=_m(f), extra=[(info, b"{}")])


def case_no_manifest(p, k, f):
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr(SCRIPTS, f[SCRIPTS])
    return p


def case_bytes_deleted(p, k, f):
    """A few bytes cut out before the central directory: zipfile then computes negative
    local-header offsets (this was exit 1, "internal error")."""
    path = craft(p, k["hq"], f, manifest=_m(f))
    data = path.read_bytes()
    path.write_bytes(data[:40] + data[45:])
    return path


def case_not_a_zip(p, k, f):
    p.write_bytes(b"PK\x03\x04 this is not really a zip" * 10)
    return p


CASES = [
    (case_unsigned, "is not signed"),
    (case_unknown_key, "which this shop does not trust"),
    (case_revoked_key, "which was revoked"),
    (case_key_not_allowed, "may sign only packs starting with other."),
    (case_bad_signature, "signature does not match its manifest"),
    (case_damaged_signature, "signature file is damaged"),
    (case_tampered_file, "content/scripts.json in the pack does not match its manifest"),
    (case_tampered_media, "in the pack does not match its manifest"),
    (case_extra_file, "which its manifest does not list"),
    (case_missing_file, "lists content/scripts.json, but the pack does not contain it"),
    (case_expired, "valid until 2026-10-31 and has expired"),
    (case_newer_format, "format version 2, newer than this app reads"),
    (case_newer_app, "needs Advisor Desk 99.0 or newer"),
    (case_rollback, "older than version 2 already imported"),
    (case_same_version_other_bytes, "already imported with different content"),
    (case_invalid_manifest, "manifest is invalid: pack_id"),
    (case_invalid_content, "unknown variable {店长}"),
    (case_unexpected_name, "notes.txt, which is not a file a pack may hold"),
    (case_zip_bomb, "compressed suspiciously well"),
    (case_overlapping_entries, "entries overlap each other"),
    (case_zip_slip, "unsafe file name (../../evil.sh)"),
    (case_absolute_path, "unsafe file name (/etc/cron.d/evil)"),
    (case_backslash, "unsafe file name"),
    (case_drive_letter, "unsafe file name (C:/Windows/evil.dll)"),
    (case_symlink, "symbolic link (content/link.json)"),
    (case_duplicate_names, "contains the file content/scripts.json twice"),
    (case_encrypted_entry, "encrypted file (content/scripts.json)"),
    (case_folder_entry, "folder entry (content/)"),
    (case_bzip2, "unsupported compression method"),
    (case_no_manifest, "has no manifest.json"),
    (case_bytes_deleted, "bad.adpack is damaged (entry manifest.json is not where"),
    (case_not_a_zip, "is not a pack file"),
]


@pytest.mark.parametrize(("make", "expected"), CASES, ids=[c[0].__name__[5:] for c in CASES])
def test_a_bad_pack_is_rejected_with_its_sentence_and_nothing_is_written(shop, make, expected,
                                                                          tmp_path):
    paths, clock, keys, files, _tmp = shop
    before = db_bytes(paths.database)
    media_before = sorted(paths.media.rglob("*"))
    bad = make(tmp_path / "bad.adpack", keys, files)
    desk = open_desk(paths, clock)
    try:
        with pytest.raises(DeskError) as info:
            desk.packs.import_file(bad)
        message = str(info.value)
        assert expected in message
        assert "\n" not in message and message.endswith((".", ")")), message
        with pytest.raises(DeskError):
            desk.packs.verify(bad)
    finally:
        desk.close()
    assert db_bytes(paths.database) == before
    assert sorted(paths.media.rglob("*")) == media_before
    assert not list(paths.cache.glob("pack-*")), "staged media are cleaned up"


@pytest.mark.parametrize(("limits", "expected"), [
    (Limits(max_entries=5), "too many files (16; at most 5)"),
    (Limits(max_entry_bytes=1000), "larger than a pack allows"),
    (Limits(max_total_bytes=3000), "unpacks to more than"),
], ids=["entries", "entry-size", "total-size"])
def test_reading_limits(shop, tmp_path, limits, expected):
    paths, clock, keys, _files, _tmp = shop
    good = build_pack(tmp_path, keys["hq"], base_content(), version=5)
    desk = open_desk(paths, clock)
    try:
        desk.packs.limits = limits
        with pytest.raises(DeskError, match=expected.replace("(", r"\(").replace(")", r"\)")):
            desk.packs.verify(good)
    finally:
        desk.close()


def test_the_same_file_twice_is_a_no_op(shop, tmp_path):
    paths, clock, keys, _files, tmp = shop
    before = db_bytes(paths.database)
    desk = open_desk(paths, clock)
    try:
        again = build_pack(tmp, keys["hq"], version=2)  # byte-identical to the imported one
        result, changes = desk.packs.import_file(again)
        assert result.already_applied and changes.empty
    finally:
        desk.close()
    assert db_bytes(paths.database) == before


def test_zip_bomb_entries_stop_early(tmp_path):
    """The bomb is rejected long before 30 MB are decompressed (ratio checked per chunk)."""
    from advisor_desk.exchange.pack_reader import PackReader

    signer = make_signer(tmp_path)
    files = {SCRIPTS: BIG}
    path = craft(tmp_path / "bomb.adpack", signer, files, manifest=manifest_for(files))
    key = signer.key.info
    from advisor_desk.domain.packs import TrustedKey

    trusted = TrustedKey(key.key_id, key.public_key)
    with PackReader(path) as reader:
        reader.authenticate(lambda _k: trusted, now=reader_now(), app_version="0.1.0")
        with pytest.raises(DeskError, match="suspiciously well"):
            reader.read_content()
        assert reader._total < 10 * 1024 * 1024


def reader_now():
    from datetime import UTC, datetime

    return datetime(2026, 11, 24, tzinfo=UTC)


def test_cases_cover_the_issue_list():
    names = {c[0].__name__ for c in CASES}
    for required in ("unsigned", "unknown_key", "revoked_key", "key_not_allowed",
                     "bad_signature", "tampered_file", "extra_file", "missing_file", "expired",
                     "newer_format", "newer_app", "rollback", "same_version_other_bytes",
                     "zip_bomb", "zip_slip", "symlink", "duplicate_names", "encrypted_entry"):
        assert f"case_{required}" in names
