"""A broken data folder, as a careless admin leaves it: read-only folder, read-only database,
0-byte and garbage database, a folder where a file belongs (and the reverse), a full disk.
Each gets one sentence naming the file or folder (exit 2, no traceback) and nothing is lost.

Read-only cases run the command in a child process: as root (CI) inside a private mount
namespace with the folder or file bind-mounted read-only (``unshare``; the host sees nothing);
as another user with the permission bits cleared. The full disk is a small tmpfs in the same
kind of namespace, and also a fault injected at the write call (runs everywhere).
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.cli import DEMO, db_bytes, run
from tests.support.customer_files import WECOM_HEADERS, wecom_rows, write_csv
from tests.support.packs import make_signer

pytestmark = pytest.mark.slow
MAIN = "import sys; from advisor_desk.app import main; sys.exit(main(sys.argv[1:]))"
ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False


def _namespaces_work() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    return probe.returncode == 0


NAMESPACES = sys.platform.startswith("linux") and _namespaces_work()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> dict[str, Path]:
    """A demo shop, a public key to trust and a customer file, made once."""
    from advisor_desk.app import main

    tmp = tmp_path_factory.mktemp("broken")
    assert main(["--data-dir", str(tmp / "shop"), *DEMO]) == 0
    assert main(["--data-dir", str(tmp / "shop"), "backup"]) == 0  # one backup to name
    signer = make_signer(tmp / "keys")
    csv_file = write_csv(tmp / "customers.csv", WECOM_HEADERS, wecom_rows(3000))
    return {"shop": tmp / "shop", "pub": signer.public_file, "csv": csv_file, "tmp": tmp}


@pytest.fixture
def shop(template, tmp_path) -> Path:
    return shutil.copytree(template["shop"], tmp_path / "shop")


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err and "internal error" not in err, err
    return lines[0]


def run_read_only(argv: list[str], read_only: list[Path]) -> tuple[int, str, str]:
    """Run the CLI in a child process with ``read_only`` folders/files not writable."""
    command = [sys.executable, "-c", MAIN, *argv]
    if not ROOT:
        modes = {p: p.stat().st_mode for p in read_only}
        for p in read_only:
            p.chmod(0o555 if p.is_dir() else 0o444)
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        return done.returncode, done.stdout, done.stderr
    if not NAMESPACES:
        pytest.skip("as root, read-only needs a private mount namespace (unshare)")
    script = ('for p in "$@"; do [ "$p" = "--" ] && break; mount --bind "$p" "$p" && '
              'mount -o remount,bind,ro "$p" || exit 99; shift; done; shift; exec "$@"')
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh",
                           *map(str, read_only), "--", *command],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 99, done.stderr
    return done.returncode, done.stdout, done.stderr


def _backups(shop: Path) -> list[str]:
    return sorted(p.name for p in (shop / "backups").glob("*.db"))


# ---------------------------------------------------------------- read-only
def test_a_read_only_data_folder_is_one_sentence_for_every_command(shop, template):
    db = shop / "advisor_desk.db"
    before = db_bytes(db)
    for argv in (["search", "美白"], ["check"], ["trust", "add", str(template["pub"])],
                 ["customers", "import", str(template["csv"]), "--yes"]):
        code, _out, err = run_read_only(["--data-dir", str(shop), *argv], [shop])
        assert code == 2, (argv, err)
        assert f"The folder {shop} cannot be written" in one_line(err), argv
    assert db_bytes(db) == before


def test_a_read_only_database_in_a_writable_folder(shop, template):
    db = shop / "advisor_desk.db"
    before = db_bytes(db)
    data = ["--data-dir", str(shop)]
    code, out, err = run_read_only([*data, "search", "美白"], [db])
    assert code == 0 and "result(s)" in out, err  # reading still works
    for argv in (["trust", "add", str(template["pub"])],
                 ["customers", "import", str(template["csv"]), "--yes"]):
        code, out, err = run_read_only([*data, *argv], [db])
        assert code == 2, (argv, err)
        assert f"The database {db} is read-only, so nothing can be saved" in one_line(err)
    assert db_bytes(db) == before
    assert not list(shop.glob("**/*.part"))


def test_writing_into_a_read_only_folder_names_the_file(shop, template, tmp_path, monkeypatch):
    """Exports, backups, packs and keys aimed at a folder that cannot be written: the file the
    user asked for is named (not its .part), nothing half-written stays."""
    from tests.support.packs import PASSPHRASE, make_signer

    out = tmp_path / "out"
    out.mkdir()
    signer = make_signer(tmp_path / "k")
    monkeypatch.setenv("ADVISOR_DESK_PASSPHRASE", PASSPHRASE.decode())
    content = Path(__file__).resolve().parents[2] / "resources" / "demo"
    data = ["--data-dir", str(shop)]
    for argv, target in [
        ([*data, "customers", "export", "-o", str(out / "c.xlsx")], out / "c.xlsx"),
        ([*data, "customers", "export", "-o", str(out / "c.csv")], out / "c.csv"),
        ([*data, "backup", "-o", str(out / "b.db")], out / "b.db"),
        (["pack", "build", str(content), "-o", str(out / "p.adpack"), "--key",
          str(signer.private_file)], out / "p.adpack"),
        (["pack", "keygen", "-o", str(out / "keys")], out / "keys"),
        ([*data, "customers", "import", str(template["csv"]), "--dry-run", "--report",
          str(out / "p.xlsx")], out / "p.xlsx"),  # was the OS's "Permission denied"
        (["--data-dir", str(tmp_path / "hq"), "hq", "workbook", "-o", str(out / "w.xlsx")],
         out / "w.xlsx"),  # was the sentence, then openpyxl's tracebacks at exit
    ]:
        code, _out, err = run_read_only(argv, [out])
        assert code == 2, (argv, err)
        line = one_line(err)
        assert str(target) in line and ".part" not in line, line
        assert ("may not write" in line or "cannot be written" in line
                or "not allowed to use" in line), line
    assert list(out.iterdir()) == []


# ---------------------------------------------------------------- broken database files
@pytest.mark.parametrize("with_backup", [False, True], ids=["no-backup", "backup"])
def test_an_empty_database_is_not_replaced_silently(shop, capsys, with_backup):
    db = shop / "advisor_desk.db"
    if not with_backup:
        shutil.rmtree(shop / "backups")
    latest = max((shop / "backups").glob("*.db"), default=None) if with_backup else None
    for p in shop.glob("advisor_desk.db*"):
        p.unlink()
    db.write_bytes(b"")
    for argv in (["check"], ["search", "美白"], ["trust", "list"]):
        code, out, err = run(capsys, "--data-dir", str(shop), *argv)
        assert code == 2 and out == "", (argv, err)
        line = one_line(err)
        assert f"The database {db} is empty (0 bytes)" in line, line
        assert "newer version" not in line
        if with_backup:
            assert f"advisor-desk restore {latest}" in line
        else:
            assert "there is no backup" in line
    assert db.stat().st_size == 0


def test_a_garbage_database_is_named_and_left_alone(shop, capsys):
    db = shop / "advisor_desk.db"
    for p in shop.glob("advisor_desk.db-*"):
        p.unlink()
    garbage = os.urandom(64 * 1024)
    db.write_bytes(garbage)
    for argv in (["check"], ["search", "美白"], ["backup"]):
        code, out, err = run(capsys, "--data-dir", str(shop), *argv)
        assert code == 2 and out == "", (argv, err)
        line = one_line(err)
        assert f"The database {db} is not a database file (it was overwritten or damaged)" \
            in line and "advisor-desk restore" in line, line
    assert db.read_bytes() == garbage


def test_a_damaged_database_names_the_latest_backup(shop, capsys):
    db = shop / "advisor_desk.db"
    run(capsys, "--data-dir", str(shop), "backup")
    latest = max((shop / "backups").glob("*.db"))
    data = bytearray(db_bytes(db))
    data[4096:4096 + 8192] = b"\x13" * 8192  # pages after the header, not the header
    db.write_bytes(bytes(data))
    code, _out, err = run(capsys, "--data-dir", str(shop), "search", "美白")
    assert code == 2
    line = one_line(err)
    assert f"The database {db} is damaged (it failed its integrity check)" in line
    assert f"advisor-desk restore {latest}" in line


# ---------------------------------------------------------------- a folder where a file belongs
@pytest.mark.parametrize("breakage", ["db-is-folder", "logs-is-file", "cache-is-file",
                                      "data-is-file"])
def test_a_folder_where_a_file_belongs_and_the_reverse(shop, tmp_path, capsys, breakage):
    db = shop / "advisor_desk.db"
    data = shop
    if breakage == "db-is-folder":
        db.rename(tmp_path / "moved.db")
        db.mkdir()
        expected = f"{db} is a folder where the database file belongs"
    elif breakage == "data-is-file":
        data = tmp_path / "data-file"
        data.write_text("not a folder", "utf-8")
        expected = f"The data folder {data} is a file, not a folder"
    else:
        folder = shop / breakage.split("-")[0]
        shutil.rmtree(folder)
        folder.write_text("in the way", "utf-8")
        expected = f"{folder} is a file where Advisor Desk keeps a folder"
    before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()} if data.is_dir() \
        else {data: data.read_bytes()}
    for argv in (["check"], ["search", "美白"]):
        code, _out, err = run(capsys, "--data-dir", str(data), *argv)
        assert code == 2, (argv, err)
        assert expected in one_line(err), err
    after = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()} if data.is_dir() \
        else {data: data.read_bytes()}
    assert after == before


# ---------------------------------------------------------------- disk full
FULL_RUNNER = r"""
import hashlib, json, os, shutil, subprocess, sys
mount, template, free_kb, main = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
argv = json.loads(sys.argv[5])
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mount], check=True)
shop = os.path.join(mount, "shop")
shutil.copytree(template, shop)
shutil.rmtree(os.path.join(shop, "backups")); os.mkdir(os.path.join(shop, "backups"))
st = os.statvfs(mount)
with open(os.path.join(mount, "filler"), "wb") as fh:
    fh.write(b"\0" * max(0, st.f_bavail * st.f_frsize - free_kb * 1024))
db = os.path.join(shop, "advisor_desk.db")
before = hashlib.sha256(open(db, "rb").read()).hexdigest()
done = subprocess.run([sys.executable, "-c", main, "--data-dir", shop, *argv],
                      capture_output=True, text=True)
import sqlite3
conn = sqlite3.connect(db); conn.execute("PRAGMA wal_checkpoint(TRUNCATE)"); conn.close()
after = hashlib.sha256(open(db, "rb").read()).hexdigest()
parts = [n for _, _, fs in os.walk(shop) for n in fs if n.endswith((".part", ".new"))]
print(json.dumps({"code": done.returncode, "err": done.stderr, "same": before == after,
                  "leftovers": parts, "shop": shop}))
"""


@pytest.mark.skipif(not NAMESPACES, reason="needs a private mount namespace (unshare) for tmpfs")
@pytest.mark.parametrize("free_kb", [200, 2000], ids=["backup-fails", "import-fails"])
def test_a_full_disk_on_a_small_tmpfs(template, tmp_path, free_kb):
    """The customer import backs up first (fails with 200 KB free), then writes 3,000
    customers in one transaction (fails with 2 MB free): a sentence, the database as before,
    no half-written file left."""
    for p in template["shop"].glob("advisor_desk.db-*"):
        p.unlink()
    mount = tmp_path / "mnt"
    mount.mkdir()
    argv = ["customers", "import", str(template["csv"]), "--yes"]
    done = subprocess.run(["unshare", "-rm", sys.executable, "-c", FULL_RUNNER, str(mount),
                           str(template["shop"]), str(free_kb), MAIN, json.dumps(argv)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 2, result
    assert f"The disk holding {result['shop']}" in one_line(result["err"])
    assert "is full" in result["err"]
    assert result["same"] and result["leftovers"] == [], result


def test_a_full_disk_injected_at_the_write_calls(shop, template, capsys, monkeypatch):
    """The same sentence where no small file system can be mounted: SQLite's "disk is full"
    at commit, and ENOSPC while a backup file is written."""
    from sqlalchemy import event

    from advisor_desk.store import backup, database

    db = shop / "advisor_desk.db"
    before = db_bytes(db)
    real_engine = database.make_engine

    def full_engine(path, **kw):
        engine = real_engine(path, **kw)

        @event.listens_for(engine, "commit")
        def _full(_conn) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        return engine

    monkeypatch.setattr(database, "make_engine", full_engine)
    code, _, err = run(capsys, "--data-dir", str(shop), "trust", "add", str(template["pub"]))
    assert code == 2
    assert f"The disk holding {shop} is full, so nothing could be saved" in one_line(err)
    monkeypatch.setattr(database, "make_engine", real_engine)

    def no_space(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device", str(dst))

    monkeypatch.setattr(backup.os, "replace", no_space)
    code, _, err = run(capsys, "--data-dir", str(shop), "customers", "import",
                       str(template["csv"]), "--yes")
    assert code == 2
    assert f"The disk holding {shop / 'backups'} is full" in one_line(err)
    monkeypatch.undo()
    assert db_bytes(db) == before
    assert not list(shop.glob("**/*.part"))
