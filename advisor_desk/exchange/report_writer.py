"""Writing signed ``.adreport`` files (shop side). No Qt, no database.

The rows of every kind are encoded as JSON Lines, hashed, listed in the manifest with their
sha256, size and row count; the manifest's exact bytes are signed with the device key and the
ZIP is written to ``*.part`` and renamed, so a report is never half-written. Entries have a
fixed order and timestamp.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from advisor_desk.exchange.pack_signing import SigningKey
from advisor_desk.exchange.report_format import (
    FORMAT,
    FORMAT_VERSION,
    KINDS,
    MANIFEST,
    SIGNATURE,
    ReportManifest,
    encode_rows,
)

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
HEADER_FIELDS = ("store_code", "store_name", "device_id", "device_first_seq", "seq_from",
                 "seq_to", "period_from", "period_to", "time_zone", "app_version",
                 "created_at", "reexport", "salt_id")


@dataclass(frozen=True)
class WrittenReport:
    path: Path
    manifest_sha256: str
    size: int
    rows: dict[str, int]


def manifest_bytes(header: dict[str, Any], files: dict[str, tuple[str, int, int]]) -> bytes:
    """The manifest for ``header`` and ``{path: (sha256, size, rows)}``, validated by the
    same model HQ reads it with (a report HQ would refuse is never written)."""
    doc: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION}
    for key in HEADER_FIELDS:
        value = header[key]
        doc[key] = value.isoformat() if hasattr(value, "isoformat") else value
    doc["files"] = {name: {"sha256": sha, "size": size, "rows": rows}
                    for name, (sha, size, rows) in sorted(files.items())}
    ReportManifest.model_validate(doc)
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def write_report(out: Path, header: dict[str, Any],
                 rows: dict[str, Sequence[Iterable[Any]]], key: SigningKey) -> WrittenReport:
    """Write the signed report of ``rows`` (kind name -> rows; a missing kind is empty)."""
    data: dict[str, bytes] = {}
    files: dict[str, tuple[str, int, int]] = {}
    for kind in KINDS:
        kind_rows = rows.get(kind.name, ())
        body = encode_rows(kind_rows)
        data[kind.path] = body
        files[kind.path] = (hashlib.sha256(body).hexdigest(), len(body), len(kind_rows))
    manifest = manifest_bytes(header, files)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    try:
        with zipfile.ZipFile(tmp, "w", allowZip64=True) as zf:
            _add(zf, MANIFEST, manifest)
            _add(zf, SIGNATURE, key.sign(manifest))
            for name in sorted(data):
                _add(zf, name, data[name])
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return WrittenReport(out, hashlib.sha256(manifest).hexdigest(), out.stat().st_size,
                         {k.name: files[k.path][2] for k in KINDS})


def _add(zf: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    zf.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
