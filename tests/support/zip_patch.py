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


# ---------------------------------------------------------------- structure edits on bytes
# offsets inside a central directory record and the end-of-central-directory record
CENTRAL_FIELDS = {"flags": (8, "<H"), "method": (10, "<H"), "compressed": (20, "<I"),
                  "size": (24, "<I"), "name_len": (28, "<H"), "extra_len": (30, "<H"),
                  "offset": (42, "<I")}
EOCD_FIELDS = {"disk_entries": (8, "<H"), "entries": (10, "<H"), "cd_size": (12, "<I"),
               "cd_offset": (16, "<I")}


def central_positions(data: bytes) -> list[int]:
    return [pos for pos, _name in _central_records(data)]


def set_central(data: bytes, index: int, field: str, value: int) -> bytes:
    """Overwrite one field of the ``index``-th central directory record (wrapping around)."""
    positions = central_positions(data)
    if not positions:
        return data
    at, fmt = CENTRAL_FIELDS[field]
    pos = positions[index % len(positions)] + at
    out = bytearray(data)
    struct.pack_into(fmt, out, pos, value % (1 << (8 * struct.calcsize(fmt))))
    return bytes(out)


def set_eocd(data: bytes, field: str, value: int) -> bytes:
    end = data.rfind(b"PK\x05\x06")
    if end == -1:
        return data
    at, fmt = EOCD_FIELDS[field]
    out = bytearray(data)
    struct.pack_into(fmt, out, end + at, value % (1 << (8 * struct.calcsize(fmt))))
    return bytes(out)


def rename_central(data: bytes, index: int, name: bytes) -> bytes:
    """Give the ``index``-th central record a different name of the same length (so the rest
    of the file stays in place); the local header keeps the old one."""
    positions = central_positions(data)
    if not positions:
        return data
    pos = positions[index % len(positions)]
    length = struct.unpack("<H", data[pos + 28:pos + 30])[0]
    new = (name * (length // max(len(name), 1) + 1))[:length]
    return data[:pos + 46] + new + data[pos + 46 + length:]
