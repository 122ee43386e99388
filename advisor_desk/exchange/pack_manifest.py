"""The ``.adpack`` v1 manifest, the entry names a pack may hold and the reading limits."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from advisor_desk.exchange import content_schema as cs
from advisor_desk.exchange.content_bundle import MAX_JSON_BYTES, PackHeader
from advisor_desk.exchange.safe_zip import ZipLimits

FORMAT = "advisor-desk-pack"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PACK_ID = r"^[a-z0-9][a-z0-9._-]{0,79}$"
MB = 1024 * 1024


@dataclass(frozen=True)
class Limits(ZipLimits):
    """What a pack may hold: the ZIP limits of ``safe_zip`` plus the JSON and manifest caps."""

    max_json_bytes: int = MAX_JSON_BYTES
    max_manifest_bytes: int = 16 * MB


LIMITS = Limits()


class FileEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    size: int = Field(ge=0)


class PackManifest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    format: Literal["advisor-desk-pack"]
    format_version: Literal[1]
    pack_id: Annotated[str, StringConstraints(pattern=PACK_ID)]
    version: int = Field(ge=1, le=1_000_000_000)
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    publisher: Annotated[str, StringConstraints(max_length=200)] = ""
    created_at: datetime
    expires_at: datetime | None = None
    min_app_version: Annotated[str, StringConstraints(pattern=r"^\d{1,6}(\.\d{1,6}){0,3}$")] = "0"
    # the salt shops hash customers with in activity reports (docs/reports.md)
    report_salt: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32,64}$")] | None = None
    files: dict[str, FileEntry]

    @field_validator("created_at", "expires_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.utcoffset() is None:
            raise ValueError("needs a time zone, e.g. 2026-12-01T00:00:00+08:00")
        return value

    def header(self) -> PackHeader:
        return PackHeader.model_validate(self.record())

    def record(self) -> dict[str, Any]:
        """What the shop keeps about this version (the manifest without its file list)."""
        data = self.model_dump(mode="json", exclude={"files"})
        data["file_count"] = len(self.files)
        return data


def parse_version(text: str) -> tuple[int, ...]:
    """``"1.2.3"`` -> ``(1, 2, 3)``; anything unparsable sorts as very new."""
    if not re.fullmatch(r"\d{1,6}(\.\d{1,6}){0,3}", text or ""):
        return (10**9,)
    parts = tuple(int(p) for p in text.split("."))
    while len(parts) > 1 and parts[-1] == 0:
        parts = parts[:-1]
    return parts


# ----------------------------------------------------------------- entry names
_CONTENT = re.compile(r"^content/([a-z_]+\.json)$")
_CODES = re.compile(rf"^content/{cs.COUPON_CODES_DIR}/[A-Za-z0-9_-]{{1,20}}\.json$")
_MEDIA = re.compile(r"^media/[0-9a-f]{64}\.(png|jpg|jpeg|gif|webp|pdf|mp4)$")


def kind_of(name: str) -> str | None:
    """"content", "codes" or "media" for a name a pack may hold; None otherwise."""
    m = _CONTENT.match(name)
    if m:
        return "content" if m.group(1) in cs.CONTENT_FILES else None
    if _CODES.match(name):
        return "codes"
    if _MEDIA.match(name):
        return "media"
    return None
