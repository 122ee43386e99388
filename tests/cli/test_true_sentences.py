"""Issue 20: each way a careless admin breaks a file or folder gets one true sentence naming
it and what to do (exit 2), never "internal error" (exit 1) or a traceback, and nothing is
lost. The read-only, 0-byte/garbage database and disk-full cases live in
test_broken_environment.py; mutated packs in test_file_fuzz.py."""

from __future__ import annotations

import csv
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.support.cli import DEMO, db_bytes, run
from tests.support.customer_files import WECOM_HEADERS, wecom_rows, write_csv

PASS = "a long passphrase"


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err and "internal error" not in err, err
    return lines[0]


@pytest.fixture(scope="module")
def hq(tmp_path_factory) -> dict[str, Path]:
    """Keys, a passphrase file and the template source folder (CSV)."""
    from advisor_desk.exchange import source_export
    from advisor_desk.services import pack_build

    tmp = tmp_path_factory.mktemp("hq")
    (tmp / "pass.txt").write_text(PASS + "\n", "utf-8")
    pack_build.keygen(tmp / "keys", PASS.encode())
    source_export.write_template(tmp / "src", "csv")
    return {"keys": tmp / "keys", "src": tmp / "src", "pass": tmp / "pass.txt", "tmp": tmp}


def _with_expiry(src: Path, out: Path, expiry: str) -> Path:
    import shutil

    folder = shutil.copytree(src, out)
    path = folder / "包信息.csv"
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    rows[1][4] = expiry
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return folder


def _build(capsys, hq, src: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "pack", "build", str(src), "-o", str(out), "--key",
               str(hq["keys"] / "hq-signing.key"), "--passphrase-file", str(hq["pass"]), *extra)


# ---------------------------------------------------------------- a folder where a file belongs
def test_a_folder_given_where_a_file_belongs_says_so(hq, tmp_path, capsys):
    folder = tmp_path / "a folder"
    folder.mkdir()
    data = ["--data-dir", str(tmp_path / "shop")]
    cases = [
        ((*data, "pack", "verify", str(folder)), "a folder is a folder, not a pack file; choose"),
        ((*data, "trust", "add", str(folder)), "is a folder, not a key file; choose the public"),
        ((*data, "restore", str(folder)), "is a folder; choose a backup file inside it"),
        (("pack", "build", str(hq["src"]), "-o", str(tmp_path / "x.adpack"), "--key",
          str(folder), "--passphrase-file", str(hq["pass"])),
         "is a folder, not a key file; choose the private key file"),
        (("pack", "build", str(hq["src"]), "-o", str(tmp_path / "x.adpack"), "--key",
          str(hq["keys"] / "hq-signing.key"), "--passphrase-file", str(folder)),
         "The passphrase file " + str(folder) + " is a folder"),
        ((*data, "customers", "import", str(tmp_path / "dir.csv")), "is a folder; choose the "
         "customer file"),
        (("--data-dir", str(tmp_path / "hq"), "hq", "trust", "add", str(folder)),
         "is a folder, not a key file; choose the store's public key file"),
    ]
    (tmp_path / "dir.csv").mkdir()
    for argv, expected in cases:
        code, _out, err = run(capsys, *argv)
        assert code == 2, (argv, err)
        assert expected in one_line(err), (argv, err)
        assert "does not exist" not in err
    assert not (tmp_path / "x.adpack").exists()


def test_a_file_given_where_the_source_folder_belongs_says_so(hq, tmp_path, capsys):
    code, _, err = _build(capsys, hq, hq["pass"], tmp_path / "x.adpack")
    assert code == 2
    assert f"{hq['pass']} is a file, not a folder; give the source folder" in one_line(err)
    assert not (tmp_path / "x.adpack").exists()


def test_keygen_into_an_existing_file_says_so(hq, tmp_path, capsys):
    existing = hq["keys"] / "hq-signing.pub"
    before = existing.read_bytes()
    code, _, err = run(capsys, "pack", "keygen", "-o", str(existing), "--passphrase-file",
                       str(hq["pass"]))
    assert code == 2
    assert f"{existing} is a file, not a folder" in one_line(err)
    assert existing.read_bytes() == before


# ---------------------------------------------------------------- restore
@pytest.fixture
def shop(tmp_path, capsys) -> Path:
    folder = tmp_path / "shop"
    code, _, err = run(capsys, "--data-dir", str(folder), *DEMO)
    assert code == 0, err
    return folder


def test_restore_names_the_chosen_file_not_the_current_database(shop, tmp_path, capsys):
    before = db_bytes(shop / "advisor_desk.db")
    junk = tmp_path / "notes.db"
    junk.write_text("shopping list: milk, eggs\n" * 20, "utf-8")
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    damaged = tmp_path / "damaged.db"
    run(capsys, "--data-dir", str(shop), "backup", "-o", str(damaged))
    damaged.write_bytes(damaged.read_bytes()[:4096] + b"\x13" * 8192)
    newer = tmp_path / "newer.db"
    run(capsys, "--data-dir", str(shop), "backup", "-o", str(newer))
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE recipes (name)")
    capsys.readouterr()
    for path, expected in [
        (junk, f"{junk} is not a database backup (it is not a database file at all)"),
        (empty, f"{empty} is not a database backup"),
        (damaged, f"{damaged} is damaged (it failed its integrity check); choose another"),
        (newer, f"{newer} was written by a newer version of Advisor Desk"),
        (foreign, f"{foreign} is not an Advisor Desk database"),
        (tmp_path / "nope.db", "nope.db does not exist"),
    ]:
        code, out, err = run(capsys, "--data-dir", str(shop), "restore", str(path))
        assert code == 2 and out == "", (path, err)
        line = one_line(err)
        assert expected in line, line
        assert "current" not in line and "The database failed" not in line
    assert db_bytes(shop / "advisor_desk.db") == before


def test_restore_over_a_broken_database_keeps_the_broken_file_aside(shop, tmp_path, capsys):
    good = tmp_path / "good.db"
    assert run(capsys, "--data-dir", str(shop), "backup", "-o", str(good))[0] == 0
    db = shop / "advisor_desk.db"
    db.write_bytes(b"")  # what the careless admin did
    code, _, err = run(capsys, "--data-dir", str(shop), "check")
    assert code == 2 and "is empty (0 bytes)" in one_line(err)
    code, _, err = run(capsys, "--data-dir", str(shop), "restore", str(good))
    assert code == 0, err
    assert run(capsys, "--data-dir", str(shop), "check")[0] == 0
    kept = list(shop.glob("advisor_desk.db.broken-*"))
    assert len(kept) == 1 and kept[0].stat().st_size == 0


# ---------------------------------------------------------------- expiry
def test_build_refuses_an_expiry_date_already_past(hq, tmp_path, capsys):
    src = _with_expiry(hq["src"], tmp_path / "src", "2020-01-31")
    code, out, err = _build(capsys, hq, src, tmp_path / "old.adpack")
    assert code == 2 and out == ""
    assert "expiry date (2020-01-31) is already past" in one_line(err)
    assert not (tmp_path / "old.adpack").exists()


def test_the_last_valid_day_is_the_day_hq_typed(hq, tmp_path, capsys):
    """过期时间 2099-01-31 is valid through the 31st: the shop shows and refuses with that day,
    not 02-01 (the manifest holds 2099-02-01T00:00+08:00)."""
    src = _with_expiry(hq["src"], tmp_path / "src", "2099-01-31")
    pack = tmp_path / "p.adpack"
    assert _build(capsys, hq, src, pack)[0] == 0
    data = ["--data-dir", str(tmp_path / "shop")]
    assert run(capsys, *data, "trust", "add", str(hq["keys"] / "hq-signing.pub"))[0] == 0
    code, out, err = run(capsys, *data, "pack", "verify", str(pack))
    assert code == 0, err
    assert "valid until 2099-01-31" in out and "2099-02-01" not in out


def test_an_expired_pack_names_its_last_valid_day(tmp_path):
    from advisor_desk.domain.errors import PackRejected
    from advisor_desk.domain.packs import TrustedKey, last_valid_day
    from advisor_desk.exchange.pack_reader import PackReader
    from tests.support.packs import content_entries, craft, make_signer, manifest_for

    china = datetime.fromisoformat("2026-02-01T00:00:00+08:00")
    assert last_valid_day(china).isoformat() == "2026-01-31"
    assert last_valid_day(datetime(2026, 2, 1, 15, tzinfo=UTC)).isoformat() == "2026-02-01"
    signer = make_signer(tmp_path / "k")
    files = content_entries(tmp_path)
    path = craft(tmp_path / "x.adpack", signer, files,
                 manifest=manifest_for(files, expires_at=china.isoformat()))
    key = TrustedKey(signer.key_id, signer.key.info.public_key)
    with PackReader(path) as reader, pytest.raises(PackRejected) as info:
        reader.authenticate(lambda _k: key, now=datetime(2026, 2, 5, tzinfo=UTC),
                            app_version="9.9")
    assert str(info.value) == ("The pack was valid until 2026-01-31 and has expired; ask HQ "
                               "for a current one.")


# ---------------------------------------------------------------- unowned customers
def test_the_dry_run_says_when_customers_would_have_no_owner(shop, tmp_path, capsys):
    rows = wecom_rows(5, advisor="不在本店的人")
    for row in rows[3:]:
        row[3] = ""  # 添加人 empty
    path = write_csv(tmp_path / "c.csv", WECOM_HEADERS, rows)
    code, out, err = run(capsys, "--data-dir", str(shop), "customers", "import", str(path),
                         "--dry-run")
    assert code == 0, err
    assert "advisors not in this shop (their new customers get no owner): 不在本店的人" in out
    assert "warning: 5 new customer(s) name no advisor of this shop and will have no owner" \
        in out and "--advisor NAME" in out
    code, out, err = run(capsys, "--data-dir", str(shop), "customers", "import", str(path),
                         "--dry-run", "--advisor", "林晓雯")
    assert code == 0, err
    assert "their new customers go to 林晓雯" in out and "no owner" not in out


def test_a_problem_report_that_cannot_be_written_says_where_and_never_the_os_words(
        shop, tmp_path, capsys):
    rows = wecom_rows(3)
    rows[0][10] = "12345"  # a bad phone: one problem row
    path = write_csv(tmp_path / "c.csv", WECOM_HEADERS, rows)
    (tmp_path / "taken.xlsx").mkdir()
    for report, expected in [
        (tmp_path / "nowhere" / "p.xlsx", f"The folder {tmp_path / 'nowhere'} does not exist; "
                                           "choose another place for the problem report."),
        (tmp_path / "taken.xlsx", f"{tmp_path / 'taken.xlsx'} is a folder; give a file name "
                                  "for the problem report."),
    ]:
        code, _, err = run(capsys, "--data-dir", str(shop), "customers", "import", str(path),
                           "--dry-run", "--report", str(report))
        assert code == 2
        assert one_line(err) == f"advisor-desk: {expected}"
    assert not list(tmp_path.rglob("*.part"))
