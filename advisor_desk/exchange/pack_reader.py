"""Defensive reading of ``.adpack`` files (ARCHITECTURE.md §8). No Qt, no database.

Three steps, each of which rejects with one clear sentence (``PackRejected``):

1. ``PackReader(path)`` checks the ZIP's structure before reading any data: entry count, safe
   names (no absolute paths, drive letters, backslashes, ``..``), no folders, duplicates,
   symlinks, encrypted entries or unknown compression, entries that do not overlap (the
   interpreter's zipfile lacks that check), then reads ``manifest.json`` and ``manifest.sig``.
2. ``authenticate(lookup_key, now, app_version)``: format and versions, the signature by a
   trusted and unrevoked key allowed for this pack_id, expiry, and the entry list against the
   manifest (no extra, missing or unexpected files).
3. ``read_content(media_dir, progress)``: streams every entry, counting decompressed bytes
   (per entry, in total and against the compression ratio) and checking sha256 and size
   against the manifest; validates every JSON file with pydantic; media go to ``media_dir``
   (or are only hashed). Returns the ``ContentBundle`` the content applier takes.
"""

from __future__ import annotations

import hashlib
import json
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from advisor_desk.domain.errors import N_, PackRejected
from advisor_desk.domain.packs import TrustedKey
from advisor_desk.exchange import pack_signing
from advisor_desk.exchange.content_bundle import ContentBundle, build_bundle
from advisor_desk.exchange.pack_manifest import (
    FORMAT,
    FORMAT_VERSION,
    LIMITS,
    MANIFEST,
    SIGNATURE,
    Limits,
    PackManifest,
    kind_of,
    parse_version,
    unsafe_name,
)

CHUNK = 1 << 20
Progress = Callable[[int, int, str], None]
_LOCAL_HEADER = struct.Struct("<4s22xHH")


def _mb(n: int) -> int:
    return max(1, n // (1024 * 1024))


class PackReader:
    def __init__(self, path: Path, limits: Limits = LIMITS) -> None:
        self.path = Path(path)
        self.limits = limits
        self._total = 0
        if not self.path.is_file():
            raise PackRejected(N_("The pack file {file} does not exist."), file=self.path.name)
        try:
            self._zip = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError,
                struct.error, NotImplementedError):
            raise PackRejected(N_("{file} is not a pack file (it is not a readable ZIP "
                                  "archive)."), file=self.path.name) from None
        try:
            self._infos = self._check_structure()
            self.manifest_bytes = self._read_small(MANIFEST, limits.max_manifest_bytes)
            sig = self._infos.get(SIGNATURE)
            self.signature_bytes = (self._read_small(SIGNATURE, 4096) if sig is not None
                                    else None)
        except BaseException:
            self.close()
            raise
        self.manifest_sha256 = hashlib.sha256(self.manifest_bytes).hexdigest()
        self.manifest: PackManifest | None = None
        self.key: TrustedKey | None = None

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> PackReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ 1. structure
    def _check_structure(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        if len(infos) > self.limits.max_entries:
            raise PackRejected(N_("The pack holds too many files ({count}; at most {limit})."),
                               count=len(infos), limit=self.limits.max_entries)
        seen: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = info.filename
            if unsafe_name(name) or unsafe_name(info.orig_filename.rstrip("/") or "x/"):
                raise PackRejected(N_("The pack contains an unsafe file name ({name}); it "
                                      "could write outside its folder."), name=name[:120])
            if name.endswith("/") or info.is_dir():
                raise PackRejected(N_("The pack contains a folder entry ({name}); a pack "
                                      "holds only files."), name=name)
            if name in seen:
                raise PackRejected(N_("The pack contains the file {name} twice."), name=name)
            if stat.S_ISLNK(info.external_attr >> 16):
                raise PackRejected(N_("The pack contains a symbolic link ({name})."), name=name)
            if info.flag_bits & 0x1:
                raise PackRejected(N_("The pack contains an encrypted file ({name})."),
                                   name=name)
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise PackRejected(N_("The file {name} in the pack uses an unsupported "
                                      "compression method."), name=name)
            if info.file_size > self.limits.max_entry_bytes:
                raise self._too_large(name)
            seen[name] = info
        self._check_no_overlap(infos)
        if MANIFEST not in seen:
            raise PackRejected(N_("{file} is not an Advisor Desk pack (it has no "
                                  "manifest.json)."), file=self.path.name)
        return seen

    def _check_no_overlap(self, infos: list[zipfile.ZipInfo]) -> None:
        """Every entry's bytes lie apart and before the central directory (a zip bomb made
        of overlapping entries reuses the same compressed data many times)."""
        spans = []
        with open(self.path, "rb") as fh:
            for info in infos:
                fh.seek(info.header_offset)
                head = fh.read(_LOCAL_HEADER.size)
                if len(head) < _LOCAL_HEADER.size or head[:4] != b"PK\x03\x04":
                    raise PackRejected(N_("The pack file is damaged (entry {name} cannot be "
                                          "found)."), name=info.filename)
                _sig, name_len, extra_len = _LOCAL_HEADER.unpack(head)
                end = info.header_offset + _LOCAL_HEADER.size + name_len + extra_len \
                    + info.compress_size
                spans.append((info.header_offset, end))
        spans.sort()
        limit = getattr(self._zip, "start_dir", None)
        previous_end = 0
        for start, end in spans:
            if start < previous_end:
                raise PackRejected(N_("The pack's entries overlap each other (a zip bomb "
                                      "trick); it was rejected."))
            previous_end = end
        if limit is not None and previous_end > limit:
            raise PackRejected(N_("The pack's entries overlap each other (a zip bomb "
                                  "trick); it was rejected."))

    def _read_small(self, name: str, cap: int) -> bytes:
        parts: list[bytes] = []
        self._stream(name, parts.append, cap, over="too_large")
        return b"".join(parts)

    # ------------------------------------------------------------------ streaming
    def _stream(self, name: str, sink: Callable[[bytes], object] | None, cap: int, *,
                over: str = "tampered", progress: Callable[[int], None] | None = None
                ) -> tuple[str, int]:
        """Read one entry in chunks: (sha256, size). Stops as soon as a limit is passed;
        more than ``cap`` bytes is either tampering (the manifest said less) or too large."""
        info = self._infos[name]
        limits = self.limits
        digest = hashlib.sha256()
        size = 0
        try:
            with self._zip.open(info) as fh:
                while chunk := fh.read(CHUNK):
                    size += len(chunk)
                    self._total += len(chunk)
                    if size > cap:
                        raise _TooLong()
                    if self._total > limits.max_total_bytes:
                        raise PackRejected(N_("The pack unpacks to more than {limit} MB."),
                                           limit=_mb(limits.max_total_bytes))
                    if (size > limits.ratio_floor_bytes
                            and size > limits.max_ratio * max(info.compress_size, 1)):
                        raise PackRejected(N_("The file {name} in the pack is compressed "
                                              "suspiciously well (over {ratio}:1); it looks "
                                              "like a zip bomb."), name=name,
                                           ratio=limits.max_ratio)
                    digest.update(chunk)
                    if sink is not None:
                        sink(chunk)
                    if progress is not None:
                        progress(len(chunk))
        except _TooLong:
            if over == "tampered":
                raise self._tampered(name) from None
            raise self._too_large(name) from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, struct.error,
                NotImplementedError, RuntimeError):
            raise self._tampered(name) from None
        return digest.hexdigest(), size

    @staticmethod
    def _too_large(name: str) -> PackRejected:
        return PackRejected(N_("The file {name} in the pack is larger than a pack allows."),
                            name=name)

    @staticmethod
    def _tampered(name: str) -> PackRejected:
        return PackRejected(N_("The file {name} in the pack does not match its manifest; the "
                               "pack was altered or damaged."), name=name)

    # ------------------------------------------------------------------ 2. authenticity
    def _raw_manifest(self) -> dict[str, Any]:
        try:
            raw = json.loads(self.manifest_bytes.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raw = None
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise PackRejected(N_("{file} is not an Advisor Desk pack (its manifest is not "
                                  "readable)."), file=self.path.name)
        return raw

    def authenticate(self, lookup_key: Callable[[str], TrustedKey | None], *, now: datetime,
                     app_version: str) -> PackManifest:
        raw = self._raw_manifest()
        fv = raw.get("format_version")
        if not isinstance(fv, int) or isinstance(fv, bool) or fv < 1:
            raise PackRejected(N_("The pack's manifest has no valid format version."))
        if fv > FORMAT_VERSION:
            raise PackRejected(N_("The pack uses format version {version}, newer than this app "
                                  "reads ({supported}); please update Advisor Desk."),
                               version=fv, supported=FORMAT_VERSION)
        needed = str(raw.get("min_app_version") or "0")
        if parse_version(needed) > parse_version(app_version):
            raise PackRejected(N_("The pack needs Advisor Desk {needed} or newer (this is "
                                  "{current}); please update."),
                               needed=needed[:20], current=app_version)
        if self.signature_bytes is None:
            raise PackRejected(N_("The pack is not signed (it has no manifest.sig); only "
                                  "signed packs can be imported."))
        signature = pack_signing.parse_signature(self.signature_bytes)
        if signature is None:
            raise PackRejected(N_("The pack's signature file is damaged."))
        key = lookup_key(signature.key_id)
        if key is None:
            raise PackRejected(N_("The pack is signed with key {key}, which this shop does "
                                  "not trust; a store manager can add HQ's public key on the "
                                  "Sync page."), key=signature.key_id)
        if not key.active:
            raise PackRejected(N_("The pack is signed with key {key}, which was revoked; a "
                                  "revoked key signs nothing new."), key=key.key_id)
        if not pack_signing.verify(key.public_key, self.manifest_bytes, signature.signature):
            raise PackRejected(N_("The pack's signature does not match its manifest; the pack "
                                  "was altered or damaged."))
        try:
            manifest = PackManifest.model_validate(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ()))
            raise PackRejected(N_("The pack's manifest is invalid: {detail}"),
                               detail=f"{where}: {first.get('msg', 'invalid')}.") from None
        if not key.allows(manifest.pack_id):
            raise PackRejected(N_("Key {key} may sign only packs starting with {prefixes}, "
                                  "not {pack}."), key=key.key_id,
                               prefixes=", ".join(key.prefixes), pack=manifest.pack_id)
        if manifest.expires_at is not None and manifest.expires_at <= now:
            raise PackRejected(N_("The pack expired on {date}; ask HQ for a current one."),
                               date=manifest.expires_at.date().isoformat())
        self._check_entries(manifest)
        self.manifest, self.key = manifest, key
        return manifest

    def _check_entries(self, manifest: PackManifest) -> None:
        present = set(self._infos) - {MANIFEST, SIGNATURE}
        for name in sorted(present - set(manifest.files)):
            raise PackRejected(N_("The pack contains {name}, which its manifest does not "
                                  "list."), name=name)
        for name in sorted(set(manifest.files) - present):
            raise PackRejected(N_("The pack's manifest lists {name}, but the pack does not "
                                  "contain it."), name=name)
        for name, entry in sorted(manifest.files.items()):
            if kind_of(name) is None:
                raise PackRejected(N_("The pack contains {name}, which is not a file a pack "
                                      "may hold."), name=name)
            cap = (self.limits.max_entry_bytes if kind_of(name) == "media"
                   else self.limits.max_json_bytes)
            if entry.size > cap:
                raise self._too_large(name)
            if kind_of(name) == "media" and not name.startswith(f"media/{entry.sha256}."):
                raise self._tampered(name)

    # ------------------------------------------------------------------ 3. content
    def read_content(self, media_dir: Path | None = None,
                     progress: Progress | None = None) -> ContentBundle:
        """Stream and check every file; media are written to ``media_dir`` when given."""
        manifest = self.manifest
        if manifest is None:
            raise RuntimeError("authenticate() first")
        files = manifest.files
        total = sum(e.size for e in files.values())
        done = 0
        if media_dir is not None:
            media_dir.mkdir(parents=True, exist_ok=True)

        def advance(n: int) -> None:
            nonlocal done
            done += n
            if progress is not None:
                progress(done, total, "")

        texts: dict[str, bytes] = {}
        names = sorted(files, key=lambda n: (kind_of(n) == "media", n))
        media: dict[str, Path] = {}
        for name in names:
            entry = files[name]
            if kind_of(name) == "media":
                base = name.removeprefix("media/")
                target = media_dir / base if media_dir is not None else Path(base)
                with (open(target, "wb") if media_dir is not None else _Discard()) as out:
                    sha, size = self._stream(name, out.write, entry.size, progress=advance)
                media[base] = target
            else:
                parts: list[bytes] = []
                sha, size = self._stream(name, parts.append, entry.size, progress=advance)
                texts[name] = b"".join(parts)
            if sha != entry.sha256 or size != entry.size:
                raise self._tampered(name)
        codes = sorted(n for n in files if kind_of(n) == "codes")
        return build_bundle(manifest.header(), texts.get, codes, media, self.manifest_sha256)


class _TooLong(Exception):
    """An entry is longer than its manifest says (tampered)."""


class _Discard:
    def write(self, data: bytes) -> int:
        return len(data)

    def __enter__(self) -> _Discard:
        return self

    def __exit__(self, *exc: object) -> None:
        return None
