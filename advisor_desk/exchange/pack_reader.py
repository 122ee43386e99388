"""Defensive reading of ``.adpack`` files (docs/packs.md). No Qt, no database.

The ZIP layer is ``exchange.safe_zip`` (shared with every signed file kind); this module is
the pack layer on top. Three steps, each of which rejects with one clear sentence
(``PackRejected``):

1. ``PackReader(path)``: ``SafeZip`` checks the ZIP's structure before reading any data (entry
   count, safe names, no folders, duplicates, symlinks, encrypted entries or unknown
   compression, offsets inside the file, entries that do not overlap), then ``manifest.json``
   and ``manifest.sig`` are read.
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
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from advisor_desk.domain.errors import N_, PackRejected
from advisor_desk.domain.packs import TrustedKey, last_valid_day
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
)
from advisor_desk.exchange.safe_zip import SafeZip, Wording

Progress = Callable[[int, int, str], None]

PACK_WORDING = Wording(
    error=PackRejected,
    missing=N_("The pack file {file} does not exist."),
    folder=N_("{file} is a folder, not a pack file; choose the .adpack file inside it."),
    unreadable=N_("The pack file {file} cannot be read (no permission or a disk error); copy "
                  "it to this computer again."),
    not_zip=N_("{file} is not a pack file (it is not a readable ZIP archive)."),
    too_many=N_("The pack holds too many files ({count}; at most {limit})."),
    unsafe_name=N_("The pack contains an unsafe file name ({name}); it could write outside "
                   "its folder."),
    folder_entry=N_("The pack contains a folder entry ({name}); a pack holds only files."),
    duplicate=N_("The pack contains the file {name} twice."),
    symlink=N_("The pack contains a symbolic link ({name})."),
    encrypted=N_("The pack contains an encrypted file ({name})."),
    compression=N_("The file {name} in the pack uses an unsupported compression method."),
    damaged=N_("The pack file {file} is damaged (entry {name} is not where the pack says); "
               "ask HQ for a new copy."),
    overlap=N_("The pack's entries overlap each other (a zip bomb trick); it was rejected."),
    too_large=N_("The file {name} in the pack is larger than a pack allows."),
    total=N_("The pack unpacks to more than {limit} MB."),
    ratio=N_("The file {name} in the pack is compressed suspiciously well (over {ratio}:1); "
             "it looks like a zip bomb."),
    tampered=N_("The file {name} in the pack does not match its manifest; the pack was "
                "altered or damaged."),
    unlisted=N_("The pack contains {name}, which its manifest does not list."),
    absent=N_("The pack's manifest lists {name}, but the pack does not contain it."),
)


class PackReader:
    def __init__(self, path: Path, limits: Limits = LIMITS) -> None:
        self.path = Path(path)
        self.limits = limits
        self._zip = SafeZip(self.path, limits, PACK_WORDING)
        try:
            if MANIFEST not in self._zip:
                raise PackRejected(N_("{file} is not an Advisor Desk pack (it has no "
                                      "manifest.json)."), file=self.path.name)
            self.manifest_bytes = self._zip.read(MANIFEST, limits.max_manifest_bytes)
            self.signature_bytes = (self._zip.read(SIGNATURE, 4096) if SIGNATURE in self._zip
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

    @property
    def _total(self) -> int:
        """Decompressed bytes read so far (tests check that a bomb stops early)."""
        return self._zip.total_read

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
            raise PackRejected(N_("The pack was valid until {date} and has expired; ask HQ for "
                                  "a current one."),
                               date=last_valid_day(manifest.expires_at).isoformat())
        self._check_entries(manifest)
        self.manifest, self.key = manifest, key
        return manifest

    def _check_entries(self, manifest: PackManifest) -> None:
        self._zip.check_listing(manifest.files, own=(MANIFEST, SIGNATURE))
        for name, entry in sorted(manifest.files.items()):
            if kind_of(name) is None:
                raise PackRejected(N_("The pack contains {name}, which is not a file a pack "
                                      "may hold."), name=name)
            cap = (self.limits.max_entry_bytes if kind_of(name) == "media"
                   else self.limits.max_json_bytes)
            if entry.size > cap:
                raise self._zip.reject(PACK_WORDING.too_large, name=name)
            if kind_of(name) == "media" and not name.startswith(f"media/{entry.sha256}."):
                raise self._zip.reject(PACK_WORDING.tampered, name=name)

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
                if media_dir is None:
                    self._zip.read_listed(name, entry.sha256, entry.size, None, advance)
                else:
                    with open(target, "wb") as out:
                        self._zip.read_listed(name, entry.sha256, entry.size, out.write,
                                              advance)
                media[base] = target
            else:
                parts: list[bytes] = []
                self._zip.read_listed(name, entry.sha256, entry.size, parts.append, advance)
                texts[name] = b"".join(parts)
        codes = sorted(n for n in files if kind_of(n) == "codes")
        return build_bundle(manifest.header(), texts.get, codes, media, self.manifest_sha256)
