"""Signed packs for tests: keys, valid packs from content folders, and crafted bad ones."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from advisor_desk.exchange import pack_signing
from advisor_desk.exchange.pack_writer import folder_files, pack_folder
from tests.support.content_factory import base_content, write_content

CREATED = datetime(2026, 11, 20, 1, 0, tzinfo=UTC)
PASSPHRASE = b"test-passphrase"


@dataclass
class Signer:
    key: pack_signing.SigningKey
    public_file: Path
    private_file: Path

    @property
    def key_id(self) -> str:
        return self.key.key_id


def make_signer(folder: Path, name: str = "hq", label: str = "测试总部") -> Signer:
    folder.mkdir(parents=True, exist_ok=True)
    pem, info = pack_signing.generate(PASSPHRASE, label)
    private = folder / f"{name}.key"
    public = folder / f"{name}.pub"
    private.write_bytes(pem)
    public.write_bytes(pack_signing.public_key_file(info))
    return Signer(pack_signing.load_private_key(pem, PASSPHRASE), public, private)


def build_pack(tmp: Path, signer: Signer, content: dict | None = None, *, version: int = 1,
               title: str = "测试内容包", name: str | None = None) -> Path:
    """A valid signed pack of ``content`` (default: the factory's content, pack id test.core)."""
    name = name or f"v{version}-{hashlib.md5(title.encode()).hexdigest()[:6]}"
    folder = write_content(tmp / f"src-{name}", content or base_content(), version=version,
                           title=title)
    return pack_folder(folder, tmp / f"{name}.adpack", signer.key, created_at=CREATED).path


def entries_of(pack: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(pack) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def content_entries(tmp: Path, content: dict | None = None, version: int = 1) -> dict[str, bytes]:
    """The files of a valid pack (without manifest and signature)."""
    folder = write_content(tmp / f"entries-{version}", content or base_content(), version=version)
    return {name: path.read_bytes() for name, path in folder_files(folder).items()}


def manifest_for(files: dict[str, bytes], **header) -> dict:
    doc = {"format": "advisor-desk-pack", "format_version": 1, "pack_id": "test.core",
           "version": 1, "title": "测试内容包", "publisher": "测试总部",
           "created_at": CREATED.isoformat()}
    doc.update(header)
    doc["files"] = {n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                    for n, d in sorted(files.items())}
    return doc


def craft(path: Path, signer: Signer | None, files: dict[str, bytes], *,
          manifest: dict | None = None, extra: list[tuple[zipfile.ZipInfo | str, bytes]] = (),
          drop: tuple[str, ...] = (), replace: dict[str, bytes] | None = None,
          signature: bytes | None = None) -> Path:
    """A pack whose manifest lists ``files`` (signed by ``signer`` unless None), then
    ``replace``d, ``drop``ped or ``extra`` entries to break it in one precise way."""
    doc = manifest if manifest is not None else manifest_for(files)
    manifest_bytes = json.dumps(doc, ensure_ascii=False).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", manifest_bytes)
        if signature is not None:
            zf.writestr("manifest.sig", signature)
        elif signer is not None:
            zf.writestr("manifest.sig", signer.key.sign(manifest_bytes))
        for name, data in sorted(files.items()):
            if name not in drop:
                zf.writestr(name, (replace or {}).get(name, data))
        for info, data in extra:
            zf.writestr(info, data)
    return path


def db_bytes(db: Path) -> bytes:
    """The database file's bytes after a WAL checkpoint (callers close their Desk first)."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return db.read_bytes()
