"""A killed pack import leaves its staging folder (the pack's media, streamed into cache/);
the next start or import removes it at once, while a folder a live import is using stays."""

from __future__ import annotations

import subprocess
import sys

import pytest

from advisor_desk.paths import AppPaths
from advisor_desk.services.desk import open_desk
from advisor_desk.services.packs import drop_stale_staging
from tests.support.content_factory import base_content
from tests.support.packs import build_pack, make_signer

pytestmark = pytest.mark.slow

STAGER = """
import sys, time
from pathlib import Path
from advisor_desk.paths import AppPaths
from advisor_desk.services.desk import open_desk
desk = open_desk(AppPaths.under(Path(sys.argv[1])))
verified = desk.packs.verify(Path(sys.argv[2]), stage=True)  # what the import dialog holds
print(verified.staging, flush=True)
time.sleep(120)
"""


@pytest.fixture
def shop(tmp_path):
    signer = make_signer(tmp_path / "keys")
    data = tmp_path / "shop"
    desk = open_desk(AppPaths.under(data))
    desk.settings.update(store_code="SH001")
    desk.trust.add(signer.public_file, ("test.",))
    desk.close()
    return data, build_pack(tmp_path, signer, base_content(scripts=20))


def _stage(data, pack) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-c", STAGER, str(data), str(pack)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline().strip()
    assert line, proc.stderr.read()
    return proc, line


def _kill(proc: subprocess.Popen) -> None:
    proc.kill()
    proc.communicate(timeout=30)  # reaps it and closes its pipes


def test_a_killed_imports_staging_goes_at_the_next_start_a_live_one_stays(shop):
    data, pack = shop
    cache = data / "cache"
    killed, killed_folder = _stage(data, pack)
    _kill(killed)
    assert {str(p) for p in cache.glob("pack-*")} == {killed_folder}
    assert [p for p in cache.rglob("*.png")], "the killed import left its media behind"
    live, live_folder = _stage(data, pack)  # another start: the killed folder goes
    try:
        assert {str(p) for p in cache.glob("pack-*")} == {live_folder}
        desk = open_desk(AppPaths.under(data))  # a start while that import is open
        try:
            assert {str(p) for p in cache.glob("pack-*")} == {live_folder}
            media = list(cache.rglob("*.png"))
            assert media and all(str(p).startswith(live_folder) for p in media)
            desk.packs.import_file(pack)  # an import of its own meanwhile leaves it too
            assert {str(p) for p in cache.glob("pack-*")} == {live_folder}
        finally:
            desk.close()
    finally:
        _kill(live)
    assert drop_stale_staging(cache) == 1  # the next import or start, after that one died
    assert not list(cache.glob("pack-*"))
