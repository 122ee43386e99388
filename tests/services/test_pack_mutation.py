"""Property: any mutation of a valid pack (flipped bytes, truncation, reordered or duplicated
entries) is either rejected with a DeskError or is the very pack already imported; the
database file stays byte-identical either way."""

from __future__ import annotations

import io
import warnings
import zipfile
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor_desk.domain.errors import DeskError
from advisor_desk.services.desk import open_desk
from tests.support.packs import build_pack, db_bytes, make_signer


def _rebuild(original: bytes, order: list[int], duplicate: int | None = None) -> bytes:
    with zipfile.ZipFile(io.BytesIO(original)) as zf:
        infos = zf.infolist()
        entries = [(info, zf.read(info)) for info in infos]
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names warn
        with zipfile.ZipFile(out, "w") as zf:
            for index in order:
                info, data = entries[index]
                zf.writestr(info, data, compress_type=info.compress_type)
            if duplicate is not None:
                info, data = entries[duplicate]
                zf.writestr(info, data[::-1], compress_type=info.compress_type)
    return out.getvalue()


def _mutations(original: bytes, entry_count: int):
    flips = st.lists(st.tuples(st.integers(0, len(original) - 1), st.integers(1, 255)),
                     min_size=1, max_size=6).map(lambda fs: ("flip", fs))
    truncate = st.integers(0, len(original) - 1).map(lambda n: ("truncate", n))
    reorder = st.permutations(range(entry_count)).map(lambda p: ("reorder", list(p)))
    duplicate = st.integers(0, entry_count - 1).map(lambda i: ("duplicate", i))
    return st.one_of(flips, truncate, reorder, duplicate)


def _apply(original: bytes, entry_count: int, mutation) -> bytes:
    kind, arg = mutation
    if kind == "flip":
        data = bytearray(original)
        for pos, xor in arg:
            data[pos] ^= xor
        return bytes(data)
    if kind == "truncate":
        return original[:arg]
    if kind == "reorder":
        return _rebuild(original, arg)
    return _rebuild(original, list(range(entry_count)), duplicate=arg)


def test_mutated_packs_never_crash_and_never_write(paths, clock, tmp_path):
    signer = make_signer(tmp_path / "keys")
    desk = open_desk(paths, clock)
    desk.settings.update(store_code="SH001")
    desk.trust.add(signer.public_file, ("test.",))
    pack = build_pack(tmp_path, signer)
    desk.packs.import_file(pack)
    desk.close()
    original = pack.read_bytes()
    with zipfile.ZipFile(pack) as zf:
        entry_count = len(zf.infolist())
    before = db_bytes(paths.database)
    media_before = sorted(paths.media.rglob("*"))
    target = tmp_path / "mutated.adpack"
    outcomes: Counter[str] = Counter()
    desk = open_desk(paths, clock)

    @settings(max_examples=150, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(mutation=_mutations(original, entry_count))
    def attempt(mutation) -> None:
        target.write_bytes(_apply(original, entry_count, mutation))
        try:
            result, changes = desk.packs.import_file(target)
        except DeskError as exc:
            assert str(exc) and "\n" not in str(exc)
            outcomes["rejected"] += 1
            return
        # accepted: only the pack already imported (same signed manifest) can get here
        assert result.already_applied and changes.empty, mutation
        outcomes["already imported"] += 1

    try:
        attempt()
    finally:
        desk.close()
    assert db_bytes(paths.database) == before
    assert sorted(paths.media.rglob("*")) == media_before
    assert not list(paths.cache.glob("pack-*"))
    assert outcomes["rejected"] > 50
