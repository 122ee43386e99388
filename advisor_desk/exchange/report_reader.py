"""Defensive reading of ``.adreport`` files at HQ (docs/reports.md). No Qt, no database.

The ZIP layer is ``exchange.safe_zip``, the same reader packs use; this module is the report
layer on top, and every refusal is one ``ReportRejected`` sentence:

1. ``ReportReader(path)``: ``SafeZip`` checks the structure; ``manifest.json`` and
   ``manifest.sig`` are read.
2. ``authenticate(lookup_key)``: format and version, the signature by a registered and not
   revoked device key of the manifest's store, the strict manifest model (seq range, period,
   every data file listed) and the entry list.
3. ``rows(kind)``: one data file streamed with its sha256 and size checked against the
   manifest, every line decoded and validated by msgspec into a typed tuple, the row count
   and (journal kinds) the seqs checked: strictly increasing, inside the manifest's range.
"""

from __future__ import annotations

import hashlib
import json
import operator
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import msgspec
from pydantic import ValidationError

from advisor_desk.domain.errors import N_, ReportRejected
from advisor_desk.domain.reports import TrustedDevice
from advisor_desk.exchange import pack_signing
from advisor_desk.exchange.report_format import (
    FORMAT,
    FORMAT_VERSION,
    KINDS,
    LIMITS,
    MANIFEST,
    SIGNATURE,
    Kind,
    Limits,
    ReportManifest,
    row_decoder,
)
from advisor_desk.exchange.safe_zip import SafeZip, Wording

# the columns that hold a calendar day (checked as dates: msgspec only checks their length)
DAY_COLUMNS = {k.name: tuple(i for i, c in enumerate(k.columns)
                             if c == "day" or (c == "due" and k.journal)) for k in KINDS}

REPORT_WORDING = Wording(
    error=ReportRejected,
    missing=N_("The report file {file} does not exist."),
    folder=N_("{file} is a folder, not a report file."),
    unreadable=N_("The report file {file} cannot be read (no permission or a disk error)."),
    not_zip=N_("{file} is not a report file (it is not a readable ZIP archive)."),
    too_many=N_("{file} holds too many files for a report ({count}; at most {limit})."),
    unsafe_name=N_("{file} contains an unsafe file name ({name}); it was refused."),
    folder_entry=N_("{file} contains a folder entry ({name}); a report holds only files."),
    duplicate=N_("{file} contains the file {name} twice."),
    symlink=N_("{file} contains a symbolic link ({name})."),
    encrypted=N_("{file} contains an encrypted file ({name})."),
    compression=N_("The file {name} in {file} uses an unsupported compression method."),
    damaged=N_("The report file {file} is damaged (entry {name} is not where the file "
               "says); ask the store to export it again."),
    overlap=N_("The entries of {file} overlap each other (a zip bomb trick); it was "
               "refused."),
    too_large=N_("The file {name} in {file} is larger than a report allows."),
    total=N_("{file} unpacks to more than {limit} MB."),
    ratio=N_("The file {name} in {file} is compressed suspiciously well (over {ratio}:1); "
             "it looks like a zip bomb."),
    tampered=N_("The file {name} in {file} does not match its manifest; the report was "
                "altered or damaged."),
    unlisted=N_("{file} contains {name}, which its manifest does not list."),
    absent=N_("The manifest of {file} lists {name}, but the file does not contain it."),
)


class ReportReader:
    def __init__(self, path: Path, limits: Limits = LIMITS) -> None:
        self.path = Path(path)
        self.limits = limits
        self._zip = SafeZip(self.path, limits, REPORT_WORDING)
        try:
            if MANIFEST not in self._zip:
                raise self._reject(N_("{file} is not an Advisor Desk report (it has no "
                                      "manifest.json)."))
            self.manifest_bytes = self._zip.read(MANIFEST, limits.max_manifest_bytes)
            self.signature_bytes = (self._zip.read(SIGNATURE, 4096) if SIGNATURE in self._zip
                                    else None)
        except BaseException:
            self.close()
            raise
        self.manifest_sha256 = hashlib.sha256(self.manifest_bytes).hexdigest()
        self.manifest: ReportManifest | None = None
        self.key: TrustedDevice | None = None
        # kinds whose file holds a backslash: only these can carry a string with a tab,
        # newline or backslash in it (JSON escapes them), which a loader may need to escape
        self.escaped: set[str] = set()

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> ReportReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _reject(self, template: str, **params: Any) -> ReportRejected:
        """The report's refusal for ``template`` (``{file}`` filled in by safe_zip)."""
        return self._zip.reject(template, **params)

    # ------------------------------------------------------------------ authenticity
    def _raw_manifest(self) -> dict[str, Any]:
        try:
            raw = json.loads(self.manifest_bytes.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            raw = None
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise self._reject(N_("{file} is not an Advisor Desk report (its manifest is not "
                                  "readable)."))
        return raw

    def authenticate(self, lookup_key: Callable[[str], TrustedDevice | None]
                     ) -> ReportManifest:
        raw = self._raw_manifest()
        fv = raw.get("format_version")
        if not isinstance(fv, int) or isinstance(fv, bool) or fv < 1:
            raise self._reject(N_("The manifest of {file} has no valid format version."))
        if fv > FORMAT_VERSION:
            raise self._reject(N_("{file} uses report format version {version}, newer than "
                                  "this app reads ({supported}); update Advisor Desk at HQ."),
                               version=fv, supported=FORMAT_VERSION)
        if self.signature_bytes is None:
            raise self._reject(N_("{file} is not signed (it has no manifest.sig)."))
        signature = pack_signing.parse_signature(self.signature_bytes)
        if signature is None:
            raise self._reject(N_("The signature file of {file} is damaged."))
        key = lookup_key(signature.key_id)
        if key is None:
            raise self._reject(N_("{file} is signed by device key {key}, which HQ has not "
                                  "registered (advisor-desk hq trust add)."),
                               key=signature.key_id)
        if not key.active:
            raise self._reject(N_("{file} is signed by device key {key}, which was revoked."),
                               key=key.key_id)
        if not pack_signing.verify(key.public_key, self.manifest_bytes, signature.signature):
            raise self._reject(N_("The signature of {file} does not match its manifest; the "
                                  "report was altered or damaged."))
        try:
            manifest = ReportManifest.model_validate(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ()))
            raise self._reject(N_("The manifest of {file} is invalid: {detail}"),
                               detail=f"{where}: {first.get('msg', 'invalid')}."[:200]
                               ) from None
        if manifest.store_code != key.store_code:
            raise self._reject(N_("{file} says it comes from store {store}, but device key "
                                  "{key} is registered for store {registered}."),
                               store=manifest.store_code, key=key.key_id,
                               registered=key.store_code)
        self._zip.check_listing(manifest.files, own=(MANIFEST, SIGNATURE))
        self.manifest, self.key = manifest, key
        return manifest

    # ------------------------------------------------------------------ rows
    def rows(self, kind: Kind) -> list[tuple]:
        """Every row of one data file, checked (see the module docstring)."""
        manifest = self.manifest
        if manifest is None:
            raise RuntimeError("authenticate() first")
        entry = manifest.files[kind.path]
        parts: list[bytes] = []
        self._zip.read_listed(kind.path, entry.sha256, entry.size, parts.append)
        data = b"".join(parts)
        del parts
        if b"\\" in data:
            if b"\\u0000" in data:  # NUL in a string: no database stores it as text
                raise self._reject(N_("The file {name} in {file} holds a row that is not "
                                      "valid for its kind; the report was refused."),
                                   name=kind.path)
            self.escaped.add(kind.name)
        try:
            rows = row_decoder(kind).decode_lines(data)
        except (msgspec.ValidationError, msgspec.DecodeError, RecursionError):
            raise self._reject(N_("The file {name} in {file} holds a row that is not valid "
                                  "for its kind; the report was refused."),
                               name=kind.path) from None
        if len(rows) != entry.rows:
            raise self._reject(N_("The file {name} in {file} holds {count} rows, but its "
                                  "manifest says {expected}."), name=kind.path,
                               count=len(rows), expected=entry.rows)
        for column in DAY_COLUMNS.get(kind.name, ()):  # each distinct day once, not per row
            try:
                for day in {r[column] for r in rows}:
                    if day is not None:
                        date.fromisoformat(day)
            except ValueError:
                raise self._reject(N_("The file {name} in {file} holds a row that is not valid "
                                      "for its kind; the report was refused."),
                                   name=kind.path) from None
        if kind.journal and rows:
            seqs = [r[0] for r in rows]
            if (seqs[0] < manifest.seq_from or seqs[-1] > manifest.seq_to
                    or not all(map(operator.lt, seqs, seqs[1:]))):
                raise self._reject(N_("The file {name} in {file} holds events outside the "
                                      "journal range its manifest names."), name=kind.path)
        return rows
