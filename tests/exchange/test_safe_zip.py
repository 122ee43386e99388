"""The shared defensive ZIP reader: every structural refusal is the kind's own sentence, data
is counted while streaming, and damaged offsets are refused before any seek."""

from __future__ import annotations

import hashlib
import io
import struct
import zipfile
from pathlib import Path

import pytest

from advisor_desk.domain.errors import DeskError
from advisor_desk.exchange.pack_reader import PACK_WORDING
from advisor_desk.exchange.safe_zip import SafeZip, Wording, ZipLimits


class SampleRejected(DeskError):
    """A second file kind, to show the reader takes any wording."""


SAMPLE = Wording(
    error=SampleRejected,
    missing="{file}: missing", folder="{file}: folder", unreadable="{file}: unreadable",
    not_zip="{file}: not zip", too_many="too many {count}/{limit}", unsafe_name="unsafe {name}",
    folder_entry="folder entry {name}", duplicate="twice {name}", symlink="link {name}",
    encrypted="encrypted {name}", compression="compression {name}",
    damaged="{file}: damaged {name}", overlap="overlap", too_large="large {name}",
    total="total {limit}", ratio="ratio {name} {ratio}", tampered="tampered {name}",
    unlisted="unlisted {name}", absent="absent {name}",
)
FILES = {"manifest.json": b'{"files": {}}', "data/a.jsonl": b'{"n": 1}\n' * 50,
         "data/b.jsonl": b'{"n": 2}\n' * 50}


def _zip(path: Path, files: dict[str, bytes] = FILES) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


DEFAULT = ZipLimits()


def _open(path: Path, limits: ZipLimits = DEFAULT) -> SafeZip:
    return SafeZip(path, limits, SAMPLE)


def _refusal(path: Path, limits: ZipLimits = DEFAULT) -> str:
    with pytest.raises(SampleRejected) as info:
        _open(path, limits).close()
    return str(info.value)


def _directory_start(data: bytes) -> int:
    end = data.rfind(b"PK\x05\x06")
    return struct.unpack("<I", data[end + 16:end + 20])[0]


def test_a_good_file_reads_listed_entries_with_hashes(tmp_path):
    path = _zip(tmp_path / "good.zip")
    with _open(path) as z:
        assert set(z.entries) == set(FILES) and "manifest.json" in z
        assert z.read("manifest.json", 100) == FILES["manifest.json"]
        z.check_listing(["data/a.jsonl", "data/b.jsonl"], own=["manifest.json"])
        out: list[bytes] = []
        data = FILES["data/a.jsonl"]
        z.read_listed("data/a.jsonl", hashlib.sha256(data).hexdigest(), len(data), out.append)
        assert b"".join(out) == data
        with pytest.raises(SampleRejected, match="tampered data/b.jsonl"):
            z.read_listed("data/b.jsonl", hashlib.sha256(data).hexdigest(), len(data))
        with pytest.raises(SampleRejected, match="unlisted data/b.jsonl"):
            z.check_listing(["data/a.jsonl"], own=["manifest.json"])
        with pytest.raises(SampleRejected, match="absent data/c.jsonl"):
            z.check_listing([*FILES, "data/c.jsonl"])


@pytest.mark.parametrize("where", ["first entry", "middle", "just before the directory"])
def test_bytes_deleted_before_the_directory_are_refused_not_sought(tmp_path, where):
    """Deleting bytes shifts the central directory, so zipfile computes negative (or wrong)
    local-header offsets; they are checked before any seek (a negative seek was exit 1)."""
    data = _zip(tmp_path / "good.zip").read_bytes()
    start = _directory_start(data)
    cut = {"first entry": 10, "middle": start // 2, "just before the directory": start - 6}[where]
    bad = tmp_path / "cut.zip"
    bad.write_bytes(data[:cut] + data[cut + 5:])
    message = _refusal(bad)
    assert message.startswith("cut.zip: damaged "), message


def test_bytes_inserted_before_the_directory_are_refused(tmp_path):
    data = _zip(tmp_path / "good.zip").read_bytes()
    start = _directory_start(data)
    bad = tmp_path / "grown.zip"
    bad.write_bytes(data[:start // 2] + b"\0" * 7 + data[start // 2:])
    with pytest.raises(SampleRejected), _open(bad) as z:
        for name in z.entries:
            z.read(name, 1 << 20)


def test_every_offset_is_checked_before_seeking(tmp_path):
    data = bytearray(_zip(tmp_path / "good.zip").read_bytes())
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 42, len(data) + 100)  # beyond the end
    bad = tmp_path / "far.zip"
    bad.write_bytes(bytes(data))
    assert _refusal(bad) == "far.zip: damaged manifest.json"


def test_missing_folder_and_not_a_zip(tmp_path):
    assert _refusal(tmp_path / "nope.zip") == "nope.zip: missing"
    (tmp_path / "dir.zip").mkdir()
    assert _refusal(tmp_path / "dir.zip") == "dir.zip: folder"
    (tmp_path / "junk.zip").write_bytes(b"hello")
    assert _refusal(tmp_path / "junk.zip") == "junk.zip: not zip"
    (tmp_path / "empty.zip").write_bytes(b"")
    assert _refusal(tmp_path / "empty.zip") == "empty.zip: not zip"


def test_limits_are_counted_while_streaming(tmp_path):
    path = _zip(tmp_path / "big.zip", {"a": b"x" * 3_000_000, "b": b"y" * 10})
    assert _refusal(path, ZipLimits(max_entries=1)) == "too many 2/1"
    assert _refusal(path, ZipLimits(max_entry_bytes=1000)) == "large a"
    with _open(path, ZipLimits(max_total_bytes=2_000_000)) as z, \
            pytest.raises(SampleRejected, match="total 1"):
        z.read("a", 10_000_000)
    with _open(path) as z, pytest.raises(SampleRejected, match="ratio a 200"):
        z.read("a", 10_000_000)
    assert z.total_read <= 2 * (1 << 20)  # stopped at the first chunk past the floor
    with _open(path) as z, pytest.raises(SampleRejected, match="large b"):
        z.read("b", 5)


def test_the_sinks_own_errors_pass_through(tmp_path):
    """A full disk while writing an entry out is not "the file is damaged"."""
    path = _zip(tmp_path / "good.zip")

    def full(_chunk: bytes) -> None:
        raise OSError(28, "No space left on device")

    with _open(path) as z, pytest.raises(OSError, match="No space"):
        z.stream("data/a.jsonl", full, 1 << 20)


def test_pack_wording_names_every_sentence_once():
    templates = [v for k, v in vars(PACK_WORDING).items() if k != "error"]
    assert all(isinstance(t, str) and t.strip() for t in templates)
    assert len(set(templates)) == len(templates)


def test_data_descriptor_entries_read(tmp_path):
    """Entries written to a stream (sizes after the data) are ordinary to the reader."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf, \
            zf.open("data/a.jsonl", "w") as fh:
        fh.write(FILES["data/a.jsonl"])
    path = tmp_path / "streamed.zip"
    path.write_bytes(buffer.getvalue())
    with _open(path) as z:
        assert z.read("data/a.jsonl", 1 << 20) == FILES["data/a.jsonl"]


def test_a_control_character_in_a_refused_name_keeps_the_sentence_one_line(tmp_path):
    """Found by the report fuzz: a flipped byte made 'data/interacti\\x1ens.jsonl'; the record
    separator split the CLI's one-line sentence in two."""
    path = _zip(tmp_path / "odd.zip", {"data/interacti\x1ens.jsonl": b"{}\n",
                                       "data/a\nb.jsonl": b"{}\n"})
    text = _refusal(path)
    assert text.startswith("unsafe data/") and "?" in text
    assert len(text.splitlines()) == 1
