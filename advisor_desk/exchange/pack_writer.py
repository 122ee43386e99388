"""Writing signed ``.adpack`` files (HQ side). No Qt, no database.

``pack_folder`` turns a content folder in the pack layout (``manifest.json`` header +
``content/*.json`` + ``media/<sha256>.<ext>``) into a signed pack: it validates the content
with the same parser the shops use (a pack that a shop would reject is never written), hashes
every file, writes the manifest with ``files: {path: {sha256, size}}``, signs its exact bytes
and writes the ZIP atomically. Entries are in a fixed order with a fixed timestamp, so the
same content, creation time and key give the same bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from advisor_desk.domain.errors import N_, ContentInvalid
from advisor_desk.domain.packs import last_valid_day
from advisor_desk.exchange import content_bundle
from advisor_desk.exchange.pack_manifest import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    SIGNATURE,
    PackManifest,
    kind_of,
)
from advisor_desk.exchange.pack_signing import SigningKey

ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class BuiltPack:
    path: Path
    pack_id: str
    version: int
    files: int
    media: int
    size: int
    manifest_sha256: str
    key_id: str


def _hash(source: Path | bytes) -> tuple[str, int]:
    if isinstance(source, bytes):
        return hashlib.sha256(source).hexdigest(), len(source)
    digest = hashlib.sha256()
    size = 0
    with open(source, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def manifest_bytes(header: dict, files: dict[str, tuple[str, int]]) -> bytes:
    """The manifest document for ``header`` and ``{path: (sha256, size)}`` (validated)."""
    doc = {"format": FORMAT, "format_version": FORMAT_VERSION}
    for key in ("pack_id", "version", "title", "publisher", "created_at", "expires_at",
                "min_app_version", "report_salt"):
        value = header.get(key)
        if value is not None and value != "":
            doc[key] = value.isoformat() if isinstance(value, datetime) else value
    doc["files"] = {name: {"sha256": sha, "size": size}
                    for name, (sha, size) in sorted(files.items())}
    try:
        manifest = PackManifest.model_validate(doc)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise ContentInvalid(N_("The pack header is invalid: {detail}"),
                             detail=f"{where}: {first.get('msg', 'invalid')}.") from None
    if manifest.expires_at is not None and manifest.expires_at <= manifest.created_at:
        raise ContentInvalid(N_("The pack's expiry date ({date}) is already past, so every shop "
                                "would refuse it; set a later 过期时间 in 包信息 (or leave it "
                                "empty)."), date=last_valid_day(manifest.expires_at).isoformat())
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def write_pack(out: Path, header: dict, files: dict[str, Path | bytes],
               key: SigningKey) -> BuiltPack:
    """Write a signed pack of ``files`` (pack path -> file or bytes) to ``out``."""
    for name in files:
        if kind_of(name) is None:
            raise ContentInvalid(N_("{name} is not a file a pack may hold."), name=name)
    hashes = {name: _hash(source) for name, source in files.items()}
    manifest = manifest_bytes(header, hashes)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    try:
        with zipfile.ZipFile(tmp, "w", allowZip64=True) as zf:
            _add(zf, MANIFEST, manifest, zipfile.ZIP_DEFLATED)
            _add(zf, SIGNATURE, key.sign(manifest), zipfile.ZIP_DEFLATED)
            for name in sorted(files):
                method = zipfile.ZIP_STORED if name.startswith("media/") \
                    else zipfile.ZIP_DEFLATED
                _add(zf, name, files[name], method)
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return BuiltPack(out, header["pack_id"], header["version"], len(files),
                     sum(1 for n in files if n.startswith("media/")), out.stat().st_size,
                     hashlib.sha256(manifest).hexdigest(), key.key_id)


def _add(zf: zipfile.ZipFile, name: str, source: Path | bytes, method: int) -> None:
    info = zipfile.ZipInfo(name, ZIP_TIME)
    info.compress_type = method
    info.external_attr = 0o644 << 16
    if isinstance(source, bytes):
        zf.writestr(info, source, compress_type=method)
        return
    info.file_size = source.stat().st_size
    with open(source, "rb") as src, zf.open(info, "w", force_zip64=True) as dst:
        shutil.copyfileobj(src, dst, 1 << 20)


def folder_files(folder: Path) -> dict[str, Path]:
    """Pack path -> file for a content folder's ``content/`` and ``media/``."""
    found: dict[str, Path] = {}
    for sub in ("content", "media"):
        base = folder / sub
        if base.is_dir():
            for path in sorted(base.rglob("*")):
                if path.is_file():
                    found[path.relative_to(folder).as_posix()] = path
    return found


def pack_folder(folder: Path, out: Path, key: SigningKey, *, created_at: datetime,
                version: int | None = None) -> BuiltPack:
    """Validate a content folder and write it as a signed pack."""
    folder = Path(folder)
    bundle = content_bundle.read_folder(folder)  # the shops' own validation, media hashes too
    header = dict(bundle.header.model_dump(mode="json"))
    header["created_at"] = created_at
    if not header.get("report_salt"):
        header["report_salt"] = report_salt_of(key)
    if version is not None:
        header["version"] = version
    return write_pack(out, header, folder_files(folder), key)


def report_salt_of(key: SigningKey) -> str:
    """HQ's salt for customer hashes in activity reports, derived from its signing key (an
    Ed25519 signature is deterministic): the same for every pack the key signs, and known to
    nobody without the key until a pack carries it (docs/reports.md)."""
    return hashlib.sha256(key.sign(b"advisor-desk report salt v1")).hexdigest()[:32]
