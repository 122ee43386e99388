"""The ``.adreport`` v1 format (shop -> HQ, docs/reports.md).

A ZIP with ``manifest.json``, ``manifest.sig`` (the device key's Ed25519 signature of the exact
manifest bytes, the same signature file as packs) and one JSON Lines file per kind under
``data/``. Every line is a JSON array whose columns are listed in ``KINDS`` (arrays, not
objects: a month of 300 stores is ~3 million lines, and HQ decodes them with msgspec straight
into typed tuples). Journal kinds start with the event's ``seq``; ``at`` is UTC epoch seconds,
``day`` the shop's local calendar day. A customer is only ever a salted hash.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Literal

import msgspec
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from advisor_desk.exchange.safe_zip import ZipLimits

FORMAT = "advisor-desk-report"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
DATA_DIR = "data"
SUFFIX = ".adreport"
ULID = r"^[0-9A-HJKMNP-TV-Z]{26}$"
STORE_CODE = r"^[A-Za-z0-9_-]{1,20}$"
DAY = r"^\d{4}-\d{2}-\d{2}$"

# Hot columns (~3 M values a month at HQ) are checked by length, which msgspec does in C at no
# cost; a regex per value would triple the decoding time. Days are then parsed once per
# distinct value by the reader (report_reader.DAY_COLUMNS).
_Day = Annotated[str, msgspec.Meta(min_length=10, max_length=10)]
_Ulid = Annotated[str, msgspec.Meta(min_length=26, max_length=26)]
_Uid = Annotated[str, msgspec.Meta(min_length=1, max_length=120)]
_Word = Annotated[str, msgspec.Meta(max_length=40)]
_Text = Annotated[str, msgspec.Meta(max_length=400)]
_Hash = Annotated[str, msgspec.Meta(min_length=24, max_length=24)]
_Seq = Annotated[int, msgspec.Meta(ge=1, le=2**62)]
_At = Annotated[int, msgspec.Meta(ge=0, le=2**40)]
_Count = Annotated[int, msgspec.Meta(ge=0, le=2**31 - 1)]


@dataclass(frozen=True)
class Kind:
    """One JSON Lines file: its columns and the typed row msgspec validates each line as."""

    name: str
    columns: tuple[str, ...]
    row: Any  # a tuple[...] type for msgspec
    journal: bool = True  # rows start with the journal seq (idempotent by device + seq)

    @property
    def path(self) -> str:
        return f"{DATA_DIR}/{self.name}.jsonl"


_EV = ("seq", "at", "day", "advisor")
KINDS: tuple[Kind, ...] = (
    Kind("advisors", ("advisor", "name", "role", "active"),
         tuple[_Ulid, _Text, _Word, bool], journal=False),
    Kind("catalog", ("kind", "uid", "title", "group", "detail"),
         tuple[_Word, _Uid, _Text, _Text, _Text], journal=False),
    Kind("steps", (*_EV, "customer", "task", "playbook", "version", "step", "due", "outcome",
                   "on_time"),
         tuple[_Seq, _At, _Day, _Ulid | None, _Hash, _Ulid, _Uid, _Count, _Count, _Day,
               Literal["done", "skipped", "missed"], bool | None]),
    Kind("interactions", (*_EV, "customer", "kind"),
         tuple[_Seq, _At, _Day, _Ulid | None, _Hash, _Word]),
    Kind("usage", (*_EV, "customer", "item_kind", "uid", "action"),
         tuple[_Seq, _At, _Day, _Ulid | None, _Hash | None, _Word, _Uid, _Word]),
    Kind("coupons", (*_EV, "customer", "coupon", "code"),
         tuple[_Seq, _At, _Day, _Ulid | None, _Hash | None, _Uid, _Word | None]),
    Kind("customers", (*_EV, "customer", "source"),
         tuple[_Seq, _At, _Day, _Ulid | None, _Hash, _Text]),
    Kind("imports", (*_EV, "new", "updated", "tags_added", "new_by_owner"),
         tuple[_Seq, _At, _Day, _Ulid | None, _Count, _Count, _Count, dict[str, _Count]]),
    Kind("stages", (*_EV, "customer", "from_stage", "to_stage"),
         tuple[_Seq, _At, _Day, _Ulid | None, _Hash, _Uid | None, _Uid]),
    Kind("tags", (*_EV, "customer", "tag", "source"),
         tuple[_Seq, _At, _Day, _Ulid | None, _Hash, _Uid, _Word]),
    Kind("progress", ("day", "advisor", "due", "done", "on_time"),
         tuple[_Day, _Ulid, _Count, _Count, _Count], journal=False),
    Kind("counts", ("dimension", "key", "count"),
         tuple[Literal["stage", "vip", "class"], _Uid | None, _Count], journal=False),
)
BY_NAME = {k.name: k for k in KINDS}
BY_PATH = {k.path: k for k in KINDS}
EVENT_KINDS = tuple(k.name for k in KINDS if k.journal)


@dataclass(frozen=True)
class Limits(ZipLimits):
    """What a report may hold: the ZIP limits of ``safe_zip`` plus the manifest cap."""

    max_entries: int = 64
    max_total_bytes: int = 1024 * 1024 * 1024
    max_manifest_bytes: int = 64 * 1024


LIMITS = Limits()


class FileEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    size: int = Field(ge=0)
    rows: int = Field(ge=0)


class ReportManifest(BaseModel):
    """The signed description of one report. ``seq_from``..``seq_to`` (inclusive) is the
    journal range it covers completely; ``seq_to = seq_from - 1`` is an empty range (a report
    that only refreshes the snapshots)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    format: Literal["advisor-desk-report"]
    format_version: Literal[1]
    store_code: Annotated[str, StringConstraints(pattern=STORE_CODE)]
    store_name: Annotated[str, StringConstraints(max_length=200)] = ""
    device_id: Annotated[str, StringConstraints(pattern=ULID)]
    device_first_seq: int = Field(ge=1, le=2**62)
    seq_from: int = Field(ge=1, le=2**62)
    seq_to: int = Field(ge=0, le=2**62)
    period_from: Annotated[str, StringConstraints(pattern=DAY)]
    period_to: Annotated[str, StringConstraints(pattern=DAY)]
    time_zone: Annotated[str, StringConstraints(max_length=60)]
    app_version: Annotated[str, StringConstraints(pattern=r"^\d{1,6}(\.\d{1,6}){0,3}$")]
    created_at: datetime
    reexport: bool = False
    salt_id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16}$")]
    files: dict[str, FileEntry]

    @field_validator("created_at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        if value.utcoffset() is None:
            raise ValueError("needs a time zone")
        return value

    @model_validator(mode="after")
    def _ranges(self) -> ReportManifest:
        if self.seq_to < self.seq_from - 1:
            raise ValueError("seq_to is before seq_from")
        if self.seq_from < self.device_first_seq:
            raise ValueError("seq_from is before the device's first seq")
        if self.period_to < self.period_from:
            raise ValueError("period_to is before period_from")
        if set(self.files) != set(BY_PATH):
            raise ValueError("files must list every data file of format version 1")
        return self


def row_decoder(kind: Kind) -> msgspec.json.Decoder:
    return msgspec.json.Decoder(kind.row)


def encode_rows(rows) -> bytes:
    """JSON Lines (UTF-8, no spaces, one array per line)."""
    encoder = msgspec.json.Encoder()
    buf = bytearray()
    for row in rows:
        encoder.encode_into(row, buf, len(buf))
        buf += b"\n"
    return bytes(buf)
