"""One defensive ZIP reader for every signed file kind (docs/packs.md, docs/reports.md); no Qt or DB

A file kind (``.adpack``, ``.adreport``) is a ZIP holding a manifest, a signature and the files
the manifest lists with their sha256 and size. What such a kind needs from the ZIP layer, and
nothing format-specific, lives here:

``SafeZip(path, limits, wording)``
    Opens the file and checks the ZIP's structure before any data is read: a folder, a missing
    or unreadable file, not a ZIP; the entry count; names (absolute, drive letter, backslash,
    ``..``, empty or odd segments, NUL); folder entries; duplicates; symlinks; encrypted
    entries; compression other than stored/deflate; declared sizes; local-header offsets that
    lie outside the file (a damaged or shortened file) and entries that overlap each other or
    the central directory (a zip bomb trick the interpreter's zipfile does not catch).
``read(name, cap)``
    A small entry (a manifest, a signature) in memory, at most ``cap`` bytes.
``check_listing(listed, own)``
    The entries are exactly the manifest's ``listed`` names plus the kind's ``own`` files.
``stream(name, sink, cap)``
    Reads one entry in chunks, counting decompressed bytes while streaming (never trusting
    headers) per entry, in total and against the compression ratio, and hashing as it goes.
``read_listed(name, sha256, size, sink)``
    ``stream`` with the manifest's size as the cap, then the hash and size compared.

Every refusal is one sentence: an instance of ``wording.error`` (a ``DeskError`` subclass)
built from the kind's ``Wording`` templates, so a pack says "The pack contains ..." and a
report says "The report contains ..." with translations of their own.
"""

from __future__ import annotations

import hashlib
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from advisor_desk.domain.errors import DeskError

CHUNK = 1 << 20
MB = 1024 * 1024
_LOCAL_HEADER = struct.Struct("<4s22xHH")
_SAFE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*$")
# What zipfile (and a damaged file) can raise while opening or reading; all mean "damaged".
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError,
               ValueError, struct.error, NotImplementedError, RuntimeError, OverflowError,
               IndexError, KeyError, UnicodeDecodeError)


@dataclass(frozen=True)
class ZipLimits:
    """How much a file may hold. Sizes are counted while streaming, never taken from headers."""

    max_entries: int = 20_000
    max_entry_bytes: int = 256 * MB
    max_total_bytes: int = 2048 * MB
    max_ratio: int = 200  # decompressed / compressed, for entries above ratio_floor_bytes
    ratio_floor_bytes: int = 1 * MB


@dataclass(frozen=True)
class Wording:
    """The sentences of one file kind: ``N_`` templates and the ``DeskError`` class to raise.

    Parameters: ``{file}`` the file's name; ``{name}`` an entry's name; ``{count}``/``{limit}``
    numbers; ``{ratio}`` the compression ratio limit.
    """

    error: type[DeskError]
    missing: str  # {file}
    folder: str  # {file}: a folder was given where the file belongs
    unreadable: str  # {file}: permission denied or an I/O error
    not_zip: str  # {file}
    too_many: str  # {count} {limit}
    unsafe_name: str  # {name}
    folder_entry: str  # {name}
    duplicate: str  # {name}
    symlink: str  # {name}
    encrypted: str  # {name}
    compression: str  # {name}
    damaged: str  # {file} {name}: the entry cannot be found where the directory says
    overlap: str  # (no parameters)
    too_large: str  # {name}
    total: str  # {limit} (MB)
    ratio: str  # {name} {ratio}
    tampered: str  # {name}: longer, shorter or other bytes than the manifest says
    unlisted: str  # {name}: present but not in the manifest
    absent: str  # {name}: in the manifest but not present


def _shown(name: str) -> str:
    """A refused name as the sentence shows it: control characters (a line break, a record
    separator) as '?', so the sentence stays one line."""
    return "".join(c if c.isprintable() else "?" for c in name)


def unsafe_name(name: str) -> bool:
    """Absolute paths, drive letters, backslashes, ``..``, empty or odd segments, NUL."""
    if not name or name.startswith("/") or "\\" in name or "\x00" in name:
        return True
    if re.match(r"^[A-Za-z]:", name):
        return True
    parts = name.rstrip("/").split("/")
    if any(p in ("", ".", "..") for p in parts):
        return True
    return not _SAFE.match(name.rstrip("/"))


def _mb(n: int) -> int:
    return max(1, n // MB)


class SafeZip:
    """A ZIP whose structure passed every check. Use as a context manager (or ``close()``)."""

    def __init__(self, path: Path, limits: ZipLimits, wording: Wording) -> None:
        self.path = Path(path)
        self.limits = limits
        self.wording = wording
        self.total_read = 0  # decompressed bytes streamed so far, over all entries
        self._fh: Any = None
        self._zip = self._open()
        try:
            self.entries: dict[str, zipfile.ZipInfo] = self._check_structure()
        except BaseException:
            self.close()
            raise

    # ------------------------------------------------------------------ errors
    def reject(self, template: str, **params: Any) -> DeskError:
        """The kind's error for ``template`` (``{file}`` is always available)."""
        return self.wording.error(template, **{"file": self.path.name, **params})

    # ------------------------------------------------------------------ opening
    def _open(self) -> zipfile.ZipFile:
        w = self.wording
        try:
            if self.path.is_dir():
                raise self.reject(w.folder)
            if not self.path.exists():
                raise self.reject(w.missing)
            self._fh = open(self.path, "rb")  # noqa: SIM115 (closed by close())
        except OSError:
            raise self.reject(w.unreadable) from None
        try:
            return zipfile.ZipFile(self._fh)
        except _ZIP_ERRORS:
            self._fh.close()
            raise self.reject(w.not_zip) from None

    def close(self) -> None:
        self._zip.close()
        self._fh.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __contains__(self, name: object) -> bool:
        return name in self.entries

    # ------------------------------------------------------------------ structure
    def _check_structure(self) -> dict[str, zipfile.ZipInfo]:
        w, limits = self.wording, self.limits
        infos = self._zip.infolist()
        if len(infos) > limits.max_entries:
            raise self.reject(w.too_many, count=len(infos), limit=limits.max_entries)
        seen: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = info.filename
            if unsafe_name(name) or unsafe_name(info.orig_filename.rstrip("/") or "x/"):
                raise self.reject(w.unsafe_name, name=_shown(name[:120]))
            if name.endswith("/") or info.is_dir():
                raise self.reject(w.folder_entry, name=name)
            if name in seen:
                raise self.reject(w.duplicate, name=name)
            if stat.S_ISLNK(info.external_attr >> 16):
                raise self.reject(w.symlink, name=name)
            if info.flag_bits & 0x1:
                raise self.reject(w.encrypted, name=name)
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise self.reject(w.compression, name=name)
            if info.file_size > limits.max_entry_bytes:
                raise self.reject(w.too_large, name=name)
            seen[name] = info
        self._check_spans(infos)
        return seen

    def _check_spans(self, infos: list[zipfile.ZipInfo]) -> None:
        """Every entry's local header is where the central directory says, inside the file and
        before the directory, and no two entries share bytes (a zip bomb of overlapping entries
        reuses the same compressed data many times). Offsets are checked before seeking: a file
        with bytes cut out before its directory yields negative or too large offsets."""
        w = self.wording
        size = self.path.stat().st_size
        directory = getattr(self._zip, "start_dir", size)
        limit = min(size, directory if isinstance(directory, int) and directory >= 0 else size)
        spans = []
        fh = self._fh
        try:
            for info in infos:
                start = info.header_offset
                if not 0 <= start <= limit - _LOCAL_HEADER.size:
                    raise self.reject(w.damaged, name=info.filename)
                fh.seek(start)
                head = fh.read(_LOCAL_HEADER.size)
                if len(head) < _LOCAL_HEADER.size or head[:4] != b"PK\x03\x04":
                    raise self.reject(w.damaged, name=info.filename)
                _sig, name_len, extra_len = _LOCAL_HEADER.unpack(head)
                end = start + _LOCAL_HEADER.size + name_len + extra_len + info.compress_size
                spans.append((start, end))
        except OSError:
            raise self.reject(w.unreadable) from None
        spans.sort()
        previous_end = 0
        for start, end in spans:
            if start < previous_end:
                raise self.reject(w.overlap)
            previous_end = end
        if previous_end > limit:
            raise self.reject(w.overlap)

    def check_listing(self, listed: Iterable[str], own: Iterable[str] = ()) -> None:
        """The entries are exactly ``listed`` (the manifest's files) plus the ``own`` files of
        the kind (its manifest and signature, when present)."""
        listed = set(listed)
        present = set(self.entries) - set(own)
        for name in sorted(present - listed):
            raise self.reject(self.wording.unlisted, name=name)
        for name in sorted(listed - present):
            raise self.reject(self.wording.absent, name=name)

    # ------------------------------------------------------------------ data
    def read(self, name: str, cap: int) -> bytes:
        """A small entry in memory; more than ``cap`` bytes is "too large"."""
        parts: list[bytes] = []
        self.stream(name, parts.append, cap, over=self.wording.too_large)
        return b"".join(parts)

    def read_listed(self, name: str, sha256: str, size: int,
                    sink: Callable[[bytes], object] | None = None,
                    progress: Callable[[int], None] | None = None) -> None:
        """Stream an entry the manifest lists with ``sha256`` and ``size``; anything else
        (longer, shorter, other bytes) is "tampered"."""
        got_sha, got_size = self.stream(name, sink, size, progress=progress)
        if got_sha != sha256 or got_size != size:
            raise self.reject(self.wording.tampered, name=name)

    def stream(self, name: str, sink: Callable[[bytes], object] | None, cap: int, *,
               over: str | None = None, progress: Callable[[int], None] | None = None
               ) -> tuple[str, int]:
        """Read one entry in chunks, returning (sha256, size). Stops as soon as a limit is
        passed; more than ``cap`` bytes raises ``over`` (default: tampered). ``sink`` and
        ``progress`` get every chunk (``progress`` its length); their own errors pass through.
        """
        w, limits = self.wording, self.limits
        info = self.entries[name]
        digest = hashlib.sha256()
        size = 0
        try:
            fh = self._zip.open(info)
        except _ZIP_ERRORS:
            raise self.reject(w.tampered, name=name) from None
        with fh:
            while True:
                try:
                    chunk = fh.read(CHUNK)
                except _ZIP_ERRORS:
                    raise self.reject(w.tampered, name=name) from None
                if not chunk:
                    break
                size += len(chunk)
                self.total_read += len(chunk)
                if size > cap:
                    raise self.reject(over or w.tampered, name=name)
                if self.total_read > limits.max_total_bytes:
                    raise self.reject(w.total, limit=_mb(limits.max_total_bytes))
                if (size > limits.ratio_floor_bytes
                        and size > limits.max_ratio * max(info.compress_size, 1)):
                    raise self.reject(w.ratio, name=name, ratio=limits.max_ratio)
                digest.update(chunk)
                if sink is not None:
                    sink(chunk)
                if progress is not None:
                    progress(len(chunk))
        return digest.hexdigest(), size
