"""Byte-level surgery on ZIP files, to craft what zipfile refuses to write (encrypted flags,
overlapping entries)."""

from __future__ import annotations

import struct
from pathlib import Path


def _central_records(data: bytes):
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        name_len, extra_len, comment_len = struct.unpack("<HHH", data[pos + 28:pos + 34])
        name = data[pos + 46:pos + 46 + name_len].decode("utf-8", "replace")
        yield pos, name
        pos = data.find(b"PK\x01\x02", pos + 46 + name_len + extra_len + comment_len)


def patch(path: Path, name: str, *, flags: int | None = None,
          offset_of: str | None = None) -> None:
    """Set the general-purpose flags of ``name`` (central and local header), or point its
    central record at the local header of ``offset_of`` (overlapping entries)."""
    data = bytearray(path.read_bytes())
    records = dict((n, p) for p, n in _central_records(bytes(data)))
    pos = records[name]
    if flags is not None:
        local = struct.unpack("<I", data[pos + 42:pos + 46])[0]
        struct.pack_into("<H", data, pos + 8, flags)
        struct.pack_into("<H", data, local + 6, flags)
    if offset_of is not None:
        other = records[offset_of]
        data[pos + 42:pos + 46] = data[other + 42:other + 46]
    path.write_bytes(bytes(data))
