"""Ed25519 keys, key files and manifest signatures; a pack written and read back."""

from __future__ import annotations

import os
import stat
import sys
import zipfile
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from advisor_desk.domain.errors import InvalidInput
from advisor_desk.domain.packs import TrustedKey
from advisor_desk.exchange import pack_signing as ps
from advisor_desk.exchange.pack_reader import PackReader
from advisor_desk.exchange.pack_writer import pack_folder
from tests.support.content_factory import base_content, write_content

NOW = datetime(2026, 11, 24, tzinfo=UTC)


def test_keys_are_encrypted_and_sign_exact_bytes(tmp_path):
    pem, info = ps.generate(b"correct horse", "总部")
    assert b"ENCRYPTED PRIVATE KEY" in pem and len(info.key_id) == 16
    with pytest.raises(InvalidInput, match="passphrase does not open"):
        ps.load_private_key(pem, b"wrong horse")
    key = ps.load_private_key(pem, b"correct horse")
    assert key.key_id == info.key_id
    sig = ps.parse_signature(key.sign(b"manifest bytes"))
    assert sig.key_id == info.key_id
    assert ps.verify(info.public_key, b"manifest bytes", sig.signature)
    assert not ps.verify(info.public_key, b"manifest bytes ", sig.signature)
    assert ps.parse_signature(b"{}") is None and ps.parse_signature(b"\xff" * 10) is None
    with pytest.raises(InvalidInput, match="at least 8"):
        ps.generate(b"short")


def test_public_key_files_json_and_pem(tmp_path):
    pem, info = ps.generate(b"correct horse", "总部")
    assert ps.read_public_key(ps.public_key_file(info)) == info
    public = ps.load_private_key(pem, b"correct horse")._private.public_key()
    pem_pub = public.public_bytes(serialization.Encoding.PEM,
                                  serialization.PublicFormat.SubjectPublicKeyInfo)
    assert ps.read_public_key(pem_pub).key_id == info.key_id
    with pytest.raises(InvalidInput):
        ps.read_public_key(b'{"format": "advisor-desk-public-key", "algorithm": "ed25519", '
                           b'"public_key": "AAAA", "key_id": "x"}')
    forged = ps.public_key_file(info).replace(info.key_id.encode(), b"0" * 16)
    with pytest.raises(InvalidInput, match="does not match"):
        ps.read_public_key(forged)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_private_key_file_is_mode_600_and_never_overwritten(tmp_path):
    path = tmp_path / "k.key"
    old = os.umask(0)
    try:
        ps.write_new_file(path, b"secret", 0o600)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(InvalidInput, match="already exists"):
        ps.write_new_file(path, b"other", 0o600)
    assert path.read_bytes() == b"secret"


def test_a_written_pack_reads_back_and_is_reproducible(tmp_path):
    private = Ed25519PrivateKey.generate()
    key = ps.SigningKey(private)
    folder = write_content(tmp_path / "c", base_content())
    a = pack_folder(folder, tmp_path / "a.adpack", key, created_at=NOW)
    b = pack_folder(folder, tmp_path / "b.adpack", key, created_at=NOW, version=1)
    assert a.path.read_bytes() == b.path.read_bytes()  # same content, time and key
    with zipfile.ZipFile(a.path) as zf:
        names = [i.filename for i in zf.infolist()]
        media = [i for i in zf.infolist() if i.filename.startswith("media/")]
    assert names[:2] == ["manifest.json", "manifest.sig"]
    assert all(i.compress_type == zipfile.ZIP_STORED for i in media)
    trusted = TrustedKey(key.key_id, key.info.public_key, prefixes=("test.",))
    with PackReader(a.path) as reader:
        manifest = reader.authenticate(lambda k: trusted if k == key.key_id else None, now=NOW,
                                       app_version="0.1.0")
        bundle = reader.read_content(tmp_path / "staged")
    assert manifest.pack_id == "test.core" and len(bundle.scripts) == 5
    assert all(path.is_file() for path in bundle.media.values())
    assert bundle.manifest_sha256 == a.manifest_sha256
