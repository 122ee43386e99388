"""Value types of shop -> HQ activity reports and the HQ warehouse (docs/reports.md),
and the one rule for how a customer leaves the shop: a salted hash."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

NO_SALT = "advisor-desk/no-hq-salt"  # until HQ content brings a report_salt (docs/reports.md)


def salt_id(salt: str) -> str:
    """A short fingerprint of the salt, written in the manifest (never the salt itself)."""
    return hashlib.sha256(salt.encode("utf-8")).hexdigest()[:16]


def customer_key(salt: str, ulid: str, external_id: str | None) -> str:
    """How a customer appears in a report: HMAC-SHA256 (key = HQ's salt) of the external id
    HQ already knows (WeCom / CRM id), else of the shop's customer ULID; 24 hex digits. HQ
    can count one customer across reports (and across stores by external id) and compute
    the key of an external id it knows, but never learns a name or phone."""
    subject = f"x:{external_id}" if external_id else f"u:{ulid}"
    return hmac.new(salt.encode("utf-8"), subject.encode("utf-8"),
                    hashlib.sha256).hexdigest()[:24]


# ---------------------------------------------------------------- shop side
@dataclass(frozen=True)
class DeviceInfo:
    store_code: str
    store_name: str
    device_id: str
    key_id: str
    key_file: Path


@dataclass(frozen=True)
class ReportPreview:
    """What an export would write: the journal range, the period and rows per kind."""

    seq_from: int
    seq_to: int
    period_from: date
    period_to: date
    rows: dict[str, int]
    reexport: bool  # part of the range was exported before
    last_exported: int
    hq_salt: bool  # False: HQ content brought no report salt yet (a built-in one is used)

    @property
    def events(self) -> int:
        return max(0, self.seq_to - self.seq_from + 1)


@dataclass(frozen=True)
class ExportRecord:
    created_at: datetime
    file_name: str
    seq_from: int
    seq_to: int
    period_from: date
    period_to: date
    reexport: bool
    rows: dict[str, int]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    manifest_sha256: str
    preview: ReportPreview


# ---------------------------------------------------------------- HQ side
@dataclass(frozen=True)
class TrustedDevice:
    """A shop PC's public key that HQ accepts reports from (``hq trust add``)."""

    key_id: str
    public_key: str  # base64 of the raw Ed25519 key
    store_code: str
    device_id: str
    label: str
    added_at: datetime
    revoked_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True)
class MergeOutcome:
    """One file of a merge: merged, already merged (``duplicate``) or rejected (``message``
    says why in one sentence; the warehouse is untouched by it)."""

    file: str
    status: str  # merged | duplicate | rejected
    message: str = ""
    store_code: str = ""
    device_id: str = ""
    seq_from: int = 0
    seq_to: int = 0
    rows: int = 0
    new_rows: int = 0
    template: str = ""  # the untranslated sentence (GUI) and its parameters
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Gap:
    store_code: str
    device_id: str
    seq_from: int
    seq_to: int


@dataclass(frozen=True)
class MergeSummary:
    outcomes: tuple[MergeOutcome, ...]
    gaps: tuple[Gap, ...]

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


@dataclass(frozen=True)
class Table:
    """One table of the HQ workbook (and, later, the dashboard): a sheet or a CSV file."""

    name: str  # file / sheet name (ASCII)
    title: str  # sheet title
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]
    keys: tuple[str, ...] = ()  # a stable key per column (the dashboard picks columns by key)

    def column(self, key: str) -> int:
        """The position of the column with ``key``."""
        return self.keys.index(key)

    def values(self, key: str) -> list:
        i = self.column(key)
        return [row[i] for row in self.rows]
