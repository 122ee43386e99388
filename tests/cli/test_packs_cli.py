"""``pack`` and ``trust`` commands: HQ builds and signs, the shop trusts, previews, imports;
no standard input is needed anywhere."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from advisor_desk.app import main

PASS = "a long passphrase"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def hq(tmp_path, capsys) -> dict[str, Path]:
    """Keys, the template source folder and a built pack (version 1)."""
    (tmp_path / "pass.txt").write_text(PASS + "\n", "utf-8")
    code, out, err = run(capsys, "pack", "keygen", "-o", str(tmp_path / "keys"), "--label",
                         "沁研总部", "--passphrase-file", str(tmp_path / "pass.txt"))
    assert code == 0, err
    assert "key id:" in out
    code, _, err = run(capsys, "pack", "template", "-o", str(tmp_path / "src"), "--format", "csv")
    assert code == 0, err
    code, out, err = run(capsys, "pack", "build", str(tmp_path / "src"), "-o",
                         str(tmp_path / "v1.adpack"), "--key", str(tmp_path / "keys/hq-signing.key"),
                         "--passphrase-file", str(tmp_path / "pass.txt"))
    assert code == 0, err
    assert "qinyan.core version 1" in out
    return {"keys": tmp_path / "keys", "src": tmp_path / "src", "pack": tmp_path / "v1.adpack",
            "pass": tmp_path / "pass.txt"}


def test_keygen_without_a_passphrase_and_without_a_terminal_refuses(tmp_path, capsys,
                                                                      monkeypatch):
    monkeypatch.delenv("ADVISOR_DESK_PASSPHRASE", raising=False)
    code, _, err = run(capsys, "pack", "keygen", "-o", str(tmp_path / "k"))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "--passphrase-file" in err
    assert not (tmp_path / "k" / "hq-signing.key").exists()
    monkeypatch.setenv("ADVISOR_DESK_PASSPHRASE", PASS)
    assert run(capsys, "pack", "keygen", "-o", str(tmp_path / "k"))[0] == 0
    code, _, err = run(capsys, "pack", "keygen", "-o", str(tmp_path / "k"))
    assert code == 2 and "already exists" in err


def test_build_reports_every_row_problem(hq, tmp_path, capsys):
    path = hq["src"] / "话术.csv"
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    rows.append(["qy.s.2", "话术", "", "{店长}好", "", "九", "", ""])
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    code, out, err = run(capsys, "pack", "build", str(hq["src"]), "-o", str(tmp_path / "x.adpack"),
                         "--key", str(hq["keys"] / "hq-signing.key"), "--passphrase-file",
                         str(hq["pass"]))
    assert code == 2 and out == "" and not (tmp_path / "x.adpack").exists()
    lines = err.strip().splitlines()
    assert "话术.csv row 3, column 标题: required" in lines
    assert "话术.csv row 3, column 销售步骤: '九' is not a whole number" in lines
    assert lines[-1].startswith("advisor-desk: The source folder has 2 problem(s)")
    code, _, err = run(capsys, "pack", "build", str(hq["src"]), "-o", str(tmp_path / "x.adpack"),
                       "--key", str(hq["keys"] / "hq-signing.key"))  # no passphrase, no tty
    assert code == 2 and "passphrase" in err


def test_the_shop_side(hq, tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "shop")]
    code, _, err = run(capsys, *data, "pack", "verify", str(hq["pack"]))
    assert code == 2 and "does not trust" in err
    code, out, err = run(capsys, *data, "trust", "add", str(hq["keys"] / "hq-signing.pub"),
                         "--prefix", "qinyan.")
    assert code == 0 and "for qinyan.*" in out, err
    code, out, _ = run(capsys, *data, "trust", "list")
    assert "trusted" in out and "沁研总部" in out
    code, out, _ = run(capsys, *data, "pack", "verify", str(hq["pack"]))
    assert code == 0 and out.startswith("OK: signed, intact and valid")
    db = tmp_path / "shop" / "advisor_desk.db"

    def packs() -> int:
        with sqlite3.connect(db) as conn:
            return conn.execute("SELECT count(*) FROM packs").fetchone()[0]

    code, out, _ = run(capsys, *data, "pack", "import", str(hq["pack"]), "--dry-run")
    assert code == 0 and "scripts & Q&A: 1 new" in out and "+ 加好友后的第一句话" in out
    assert "dry run" in out and packs() == 0
    code, out, err = run(capsys, *data, "pack", "import", str(hq["pack"]))  # no --yes, no tty
    assert code == 2 and "+ 加好友后的第一句话" in out and "add --yes" in err
    assert len(err.strip().splitlines()) == 1 and packs() == 0
    code, out, _ = run(capsys, *data, "pack", "import", str(hq["pack"]), "--yes")
    assert code == 0 and "imported qinyan.core version 1" in out and packs() == 1
    code, out, _ = run(capsys, *data, "pack", "import", str(hq["pack"]), "--yes")
    assert code == 0 and "already imported" in out and packs() == 1
    code, out, _ = run(capsys, *data, "pack", "list")
    assert "qinyan.core v1" in out and "scripts & Q&A 1" in out
    key_id = out.split("key ")[1].split()[0]
    code, out, _ = run(capsys, *data, "trust", "remove", key_id)
    assert code == 0 and "revoked" in out
    code, _, _ = run(capsys, "pack", "build", str(hq["src"]), "-o", str(tmp_path / "v2.adpack"),
                     "--key", str(hq["keys"] / "hq-signing.key"), "--version", "2",
                     "--passphrase-file", str(hq["pass"]))
    code, _, err = run(capsys, *data, "pack", "import", str(tmp_path / "v2.adpack"), "--yes")
    assert code == 2 and "was revoked" in err and packs() == 1


def test_export_source_turns_content_into_spreadsheets(tmp_path, capsys):
    from tests.support.content_factory import base_content, write_content

    folder = write_content(tmp_path / "content", base_content())
    code, out, err = run(capsys, "pack", "export-source", str(folder), "-o", str(tmp_path / "s"))
    assert code == 0, err
    assert "scripts 5" in out and (tmp_path / "s" / "话术.xlsx").is_file()
    assert (tmp_path / "s" / "素材文件" / "新品海报.png").is_file()


def test_the_demo_builds_on_a_machine_without_any_emoji_font(hq, tmp_path, capsys,
                                                             monkeypatch):
    """The font check reads the shipped coverage table: the demo (⏰, 😊 ...) builds even
    where no emoji font is installed, and a character no target font has is still refused."""
    from fontTools import ttLib

    from advisor_desk import locate

    def no_fonts(*_a, **_k):
        raise AssertionError("the build must not read this machine's fonts")

    monkeypatch.setattr(ttLib, "TTFont", no_fonts)
    monkeypatch.setattr(ttLib, "TTCollection", no_fonts)
    src = tmp_path / "demo-src"
    code, _, err = run(capsys, "pack", "export-source", str(locate.demo_content_dir()), "-o",
                       str(src))
    assert code == 0, err
    build = ["pack", "build", str(src), "--key", str(hq["keys"] / "hq-signing.key"),
             "--passphrase-file", str(hq["pass"])]
    code, _out, err = run(capsys, *build, "-o", str(tmp_path / "demo.adpack"))
    assert code == 0, err
    import openpyxl

    book = openpyxl.load_workbook(src / "话术.xlsx")
    sheet = book.active
    sheet.cell(row=2, column=4).value = "您好\U000f0001"
    book.save(src / "话术.xlsx")
    code, _, err = run(capsys, *build, "-o", str(tmp_path / "bad.adpack"))
    assert code == 2 and "U+F0001" in err and not (tmp_path / "bad.adpack").exists()
