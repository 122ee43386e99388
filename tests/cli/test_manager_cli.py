"""Manager-only commands are authorised in services (issue 15 item 5): without the manager's
PIN they exit 2 with one sentence and change nothing; with it (``--pin-file``, the
``ADVISOR_DESK_PIN`` variable) they work; a wrong PIN or a non-manager is refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from advisor_desk.paths import AppPaths
from advisor_desk.services.desk import open_desk
from tests.support.cli import MANAGER_PIN, db_bytes, demo_with_manager_pin, run
from tests.support.packs import make_signer

PIN = MANAGER_PIN


@pytest.fixture
def data(tmp_path, capsys) -> Path:
    return demo_with_manager_pin(tmp_path / "data", capsys)


@pytest.fixture
def pin_file(tmp_path) -> Path:
    path = tmp_path / "pin.txt"
    path.write_text(PIN + "\n", "utf-8")
    return path


def _commands(tmp_path: Path, data: Path) -> dict[str, list[str]]:
    key = make_signer(tmp_path / "keys").public_file
    backup = tmp_path / "copy.db"
    assert main_ok(["--data-dir", str(data), "backup", "-o", str(backup)])
    return {"trust add": ["trust", "add", str(key), "--prefix", "test."],
            "restore": ["restore", str(backup)],
            "full-phone export": ["customers", "export", "-o", str(tmp_path / "all.csv"),
                                  "--full-phones"]}


def main_ok(argv: list[str]) -> bool:
    from advisor_desk.app import main

    return main(argv) == 0


def test_without_the_pin_each_manager_only_command_exits_2_and_changes_nothing(
        data, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("ADVISOR_DESK_PIN", raising=False)
    commands = _commands(tmp_path, data)
    capsys.readouterr()
    before = db_bytes(data / "advisor_desk.db")
    for name, argv in commands.items():
        code, out, err = run(capsys, "--data-dir", str(data), *argv)
        assert code == 2 and out == "", name
        assert len(err.strip().splitlines()) == 1, (name, err)
        assert "PIN of the store manager 林晓雯" in err, (name, err)
    assert db_bytes(data / "advisor_desk.db") == before
    assert not (tmp_path / "all.csv").exists()


def test_a_wrong_pin_or_an_advisor_is_refused(data, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ADVISOR_DESK_PIN", "1111")
    key = make_signer(tmp_path / "keys").public_file
    code, _, err = run(capsys, "--data-dir", str(data), "trust", "add", str(key))
    assert code == 2 and "Wrong PIN for 林晓雯" in err
    code, _, err = run(capsys, "--data-dir", str(data), "trust", "add", str(key),
                       "--manager", "陈佳怡")
    assert code == 2 and "陈佳怡 is not a store manager" in err
    code, _, err = run(capsys, "--data-dir", str(data), "customers", "export", "-o",
                       str(tmp_path / "x.csv"), "--full-phones", "--advisor", "陈佳怡")
    assert code == 2 and "not a store manager" in err


def test_with_the_pin_they_work(data, tmp_path, capsys, monkeypatch, pin_file):
    monkeypatch.delenv("ADVISOR_DESK_PIN", raising=False)
    commands = _commands(tmp_path, data)
    code, out, err = run(capsys, "--data-dir", str(data), *commands["trust add"],
                         "--pin-file", str(pin_file))
    assert code == 0 and "trusted key" in out, err
    monkeypatch.setenv("ADVISOR_DESK_PIN", PIN)
    code, out, err = run(capsys, "--data-dir", str(data), *commands["full-phone export"])
    assert code == 0 and "full phone numbers" in out, err
    assert "****" not in (tmp_path / "all.csv").read_text("utf-8-sig")
    code, out, err = run(capsys, "--data-dir", str(data), *commands["restore"])
    assert code == 0, err
    with sqlite3.connect(data / "advisor_desk.db") as conn:  # the backup is back
        assert conn.execute("SELECT count(*) FROM trusted_keys").fetchone()[0] == 0


def test_services_refuse_a_session_they_did_not_issue_or_that_was_locked(data, tmp_path):
    from advisor_desk.domain.errors import NotAllowed
    from advisor_desk.domain.people import AdvisorSession

    desk = open_desk(AppPaths.under(data))
    try:
        boss = desk.advisors.find("林晓雯")
        forged = AdvisorSession(boss, "0" * 32)
        with pytest.raises(NotAllowed):
            desk.settings.change(forged, grace_days=3)
        with pytest.raises(NotAllowed, match="Wrong PIN"):
            desk.advisors.unlock(boss.id, "0000")
        session = desk.advisors.unlock(boss.id, PIN)
        desk.settings.change(session, grace_days=3)
        desk.advisors.lock(session)
        with pytest.raises(NotAllowed):
            desk.settings.change(session, grace_days=4)
        assert desk.settings.get().grace_days == 3
    finally:
        desk.close()


def test_reading_customers_needs_the_readers_pin(data, tmp_path, capsys, monkeypatch,
                                                 pin_file):
    """Issue 19: the command line cannot show a colleague's customers. ``customers export``
    and ``tasks`` read as the advisor named by --advisor, with their PIN when their profile
    has one — naming a colleague does not get past it — or, without --advisor, as the
    store, which is the manager's view and needs the manager's PIN."""
    monkeypatch.delenv("ADVISOR_DESK_PIN", raising=False)
    desk = open_desk(AppPaths.under(data))
    try:
        colleague = desk.advisors.find("陈佳怡")
        desk.advisors.set_pin(colleague.id, "1357",
                              session=desk.advisors.unlock(desk.advisors.find("林晓雯").id, PIN))
    finally:
        desk.close()
    out_file = tmp_path / "x.xlsx"
    theirs = tmp_path / "theirs.txt"
    theirs.write_text("1357\n", "utf-8")
    before = db_bytes(data / "advisor_desk.db")
    cases = ((["customers", "export", "-o", str(out_file)], "the store manager 林晓雯"),
             (["customers", "export", "-o", str(out_file), "--advisor", "陈佳怡"], "陈佳怡"),
             (["tasks"], "the store manager 林晓雯"),
             (["tasks", "--advisor", "陈佳怡", "--json"], "陈佳怡"))
    for argv, whose in cases:
        code, out, err = run(capsys, "--data-dir", str(data), *argv)
        assert code == 2 and out == "", argv
        assert err.strip().splitlines() == [
            f"advisor-desk: This needs the PIN of {whose}: use --pin-file FILE or set "
            "ADVISOR_DESK_PIN (there is no terminal to ask on)."], argv
    assert db_bytes(data / "advisor_desk.db") == before and not out_file.exists()
    for argv, whose in cases:  # one's PIN does not open the other's (a wrong PIN counts)
        code, out, err = run(capsys, "--data-dir", str(data), *argv, "--pin-file",
                             str(theirs if "林晓雯" in whose else pin_file))
        assert code == 2 and out == "" and "Wrong PIN" in err, argv
    assert not out_file.exists()
    code, out, err = run(capsys, "--data-dir", str(data), "customers", "export", "-o",
                         str(out_file), "--pin-file", str(pin_file))
    assert code == 0 and "exported" in out, err
    code, out, err = run(capsys, "--data-dir", str(data), "tasks", "--advisor", "王梦琪")
    assert code == 0, err  # a profile without a PIN, as in the window


def test_a_pin_file_that_is_a_folder_says_so(data, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("ADVISOR_DESK_PIN", raising=False)
    key = make_signer(tmp_path / "keys").public_file
    folder = tmp_path / "pins"
    folder.mkdir()
    code, out, err = run(capsys, "--data-dir", str(data), "trust", "add", str(key),
                         "--pin-file", str(folder))
    assert code == 2 and out == ""
    assert err.strip() == f"advisor-desk: The PIN file {folder} is a folder; give the file " \
        "that holds the PIN."
