"""Fuzz: a mutated signed file (flipped, truncated, bytes deleted or inserted, ZIP structure
edited) never makes the command line exit 1, never prints a traceback and never writes: the
data folder is byte-identical afterwards (database checkpointed; logs aside).

Table-driven by file kind: a kind says how to make a data folder that reads it (one that has
taken the intact file already, so an intact-looking mutation can only be "nothing to do"), a
valid file, and the commands to run on the mutated copy with what an exit 0 must say. Kinds:
the HQ pack (``pack verify``, ``pack import``) and the shop's activity report (``hq merge``
into the warehouse). ``ADVISOR_DESK_FUZZ_EXAMPLES`` raises the number of examples per kind
(the normal suite runs a few seconds' worth; the acceptance run used 200).
"""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor_desk.app import main
from advisor_desk.paths import AppPaths
from advisor_desk.services.desk import open_desk
from tests.support.content_factory import base_content
from tests.support.packs import build_pack, make_signer
from tests.support.zip_patch import (
    CENTRAL_FIELDS,
    EOCD_FIELDS,
    rename_central,
    set_central,
    set_eocd,
)

EXAMPLES = int(os.environ.get("ADVISOR_DESK_FUZZ_EXAMPLES", "30"))


@dataclass(frozen=True)
class FileKind:
    name: str
    suffix: str
    prepare: Callable[[Path], tuple[Path, bytes]]  # tmp -> (data folder, a valid file)
    # after --data-dir DIR ("{file}" is the mutated file), and what its exit 0 must print
    commands: tuple[tuple[tuple[str, ...], str], ...]


def _prepare_pack(tmp: Path) -> tuple[Path, bytes]:
    """A shop that trusts the signer and has imported the pack already, so the only thing an
    intact-looking mutation may do is "already imported" (nothing to write)."""
    signer = make_signer(tmp / "keys")
    data = tmp / "shop"
    desk = open_desk(AppPaths.under(data))
    try:
        desk.settings.update(store_code="SH001")
        desk.trust.add(signer.public_file, ("test.",))
        pack = build_pack(tmp, signer, base_content(scripts=6))
        desk.packs.import_file(pack)
    finally:
        desk.close()
    return data, pack.read_bytes()


def _prepare_report(tmp: Path) -> tuple[Path, bytes]:
    """An HQ folder that trusts a demo shop's device and has merged its report already."""
    from advisor_desk.services.hq import open_hq
    from tests.support.reports import make_shop

    desk, _clock = make_shop(tmp / "shop", store_code="SH001", seed=3, customers=15, days=1)
    try:
        report, _ = desk.reports.export(tmp / "r.adreport")
        (tmp / "shop.pub").write_bytes(desk.device.public_key_file())
    finally:
        desk.close()
    hq = open_hq(AppPaths.under(tmp / "hq"))
    try:
        hq.trust_add(tmp / "shop.pub")
        assert hq.merge([report.path]).count("merged") == 1
    finally:
        hq.close()
    return tmp / "hq", report.path.read_bytes()


KINDS = [
    FileKind("pack", ".adpack", _prepare_pack,
             ((("pack", "verify", "{file}"), "OK: signed, intact and valid"),
              (("pack", "import", "{file}", "--yes"), "already imported"))),
    FileKind("report", ".adreport", _prepare_report,
             ((("hq", "merge", "{file}"), "1 already merged"),)),
]


# ---------------------------------------------------------------- mutations
def _entries(original: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(original)) as zf:
        return [(info, zf.read(info)) for info in zf.infolist()]


def _rebuild(original: bytes, order: list[int], duplicate: int | None = None) -> bytes:
    entries = _entries(original)
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names warn
        with zipfile.ZipFile(out, "w") as zf:
            for index in order:
                info, data = entries[index % len(entries)]
                zf.writestr(info, data, compress_type=info.compress_type)
            if duplicate is not None:
                info, data = entries[duplicate % len(entries)]
                zf.writestr(info, data[::-1], compress_type=info.compress_type)
    return out.getvalue()


def _mutations(size: int, entry_count: int):
    pos = st.integers(0, size - 1)
    index = st.integers(0, entry_count - 1)
    odd = st.sampled_from([0, 1, 29, 0xFFFF, 0xFFFFFFFF]) | st.integers(0, 2 * size)
    return st.one_of(
        st.tuples(st.just("flip"), st.lists(st.tuples(pos, st.integers(1, 255)), min_size=1,
                                            max_size=6)),
        st.tuples(st.just("truncate"), pos),
        st.tuples(st.just("delete"), pos, st.integers(1, 64)),
        st.tuples(st.just("insert"), pos, st.binary(min_size=1, max_size=64)),
        st.tuples(st.just("reorder"), st.permutations(range(entry_count))),
        st.tuples(st.just("duplicate"), index),
        st.tuples(st.just("drop"), index),
        st.tuples(st.just("central"), index, st.sampled_from(sorted(CENTRAL_FIELDS)), odd),
        st.tuples(st.just("eocd"), st.sampled_from(sorted(EOCD_FIELDS)), odd),
        st.tuples(st.just("rename"), index,
                  st.sampled_from([b"../", b"/", b"\\", b"C:", b"\x00", b"a/", b"\xff"])),
    )


def mutate(original: bytes, entry_count: int, mutation: tuple) -> bytes:
    kind, *arg = mutation
    if kind == "flip":
        data = bytearray(original)
        for at, xor in arg[0]:
            data[at] ^= xor
        return bytes(data)
    if kind == "truncate":
        return original[:arg[0]]
    if kind == "delete":
        return original[:arg[0]] + original[arg[0] + arg[1]:]
    if kind == "insert":
        return original[:arg[0]] + arg[1] + original[arg[0]:]
    if kind == "reorder":
        return _rebuild(original, list(arg[0]))
    if kind == "duplicate":
        return _rebuild(original, list(range(entry_count)), duplicate=arg[0])
    if kind == "drop":
        return _rebuild(original, [i for i in range(entry_count) if i != arg[0]])
    if kind == "central":
        return set_central(original, *arg)
    if kind == "eocd":
        return set_eocd(original, *arg)
    return rename_central(original, *arg)


# ---------------------------------------------------------------- "never a write"
def snapshot(data: Path) -> dict[str, str]:
    """sha256 of every file in the data folder (its databases checkpointed first: the shop's
    or HQ's warehouse), logs and SQLite's -wal/-shm side files aside."""
    for db in data.glob("*.db"):
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    return {str(p.relative_to(data)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(data.rglob("*")) if p.is_file()
            and p.relative_to(data).parts[0] != "logs" and not p.name.endswith(("-wal", "-shm"))}


@pytest.mark.parametrize("kind", KINDS, ids=[k.name for k in KINDS])
def test_mutated_files_never_crash_and_never_write(kind, tmp_path, capsys):
    data, original = kind.prepare(tmp_path)
    entry_count = len(_entries(original))
    before = snapshot(data)
    target = tmp_path / f"mutated{kind.suffix}"
    outcomes: Counter[str] = Counter()

    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(mutation=_mutations(len(original), entry_count))
    def attempt(mutation) -> None:
        target.write_bytes(mutate(original, entry_count, mutation))
        for command, accepted in kind.commands:
            argv = [a.replace("{file}", str(target)) for a in command]
            code = main(["--data-dir", str(data), *argv])
            out, err = capsys.readouterr()
            assert code in (0, 2), (mutation, command, err)
            assert "Traceback" not in err + out and "internal error" not in err, mutation
            if code == 2:
                assert len(err.strip().splitlines()) == 1, (mutation, err)
                assert target.name in err or "pack" in err, (mutation, err)  # names the file
            else:
                assert accepted in out and err == "", (mutation, command, out, err)
            outcomes[f"{command[1]} exit {code}"] += 1
        outcomes[mutation[0]] += 1

    attempt()
    assert snapshot(data) == before
    print(f"\n{kind.name}: {EXAMPLES} mutations: {dict(sorted(outcomes.items()))}")
    last = kind.commands[-1][0][1]
    assert outcomes[f"{last} exit 2"] > EXAMPLES // 2
