"""Issue 19 on top of issue 15's authorisation: the PIN lockout is one code path. Wrong PINs
given to the command line count toward the same lockout as the window's (kept in the
database), and while it lasts the CLI refuses even the right PIN with one sentence, changing
nothing; a new process (the app started again) is still locked out."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor_desk.domain import privacy
from advisor_desk.domain.errors import PinLockedOut
from advisor_desk.domain.privacy import PrivacyFilter
from advisor_desk.paths import AppPaths
from advisor_desk.services.desk import open_desk
from tests.support.cli import MANAGER_PIN, db_bytes, demo_with_manager_pin, run

PIN = MANAGER_PIN


@pytest.fixture
def data(tmp_path, capsys) -> Path:
    return demo_with_manager_pin(tmp_path / "data", capsys)


def test_wrong_cli_pins_lock_the_manager_out_of_the_cli_and_the_window(
        data, tmp_path, capsys, monkeypatch):
    out = tmp_path / "all.csv"
    export = ["--data-dir", str(data), "customers", "export", "-o", str(out), "--full-phones"]
    monkeypatch.setenv("ADVISOR_DESK_PIN", "0000")
    for _ in range(4):
        code, _, err = run(capsys, *export)
        assert code == 2 and "Wrong PIN" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, *export)  # the 5th wrong PIN earns the first wait
    assert code == 2 and "Too many wrong PINs. Try again in 30 seconds." in err, err
    monkeypatch.setenv("ADVISOR_DESK_PIN", PIN)  # even the right PIN waits
    code, _, err = run(capsys, *export)
    assert code == 2 and "Too many wrong PINs" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
    backup = tmp_path / "copy.db"
    assert run(capsys, "--data-dir", str(data), "backup", "-o", str(backup))[0] == 0
    before = db_bytes(data / "advisor_desk.db")
    code, _, err = run(capsys, "--data-dir", str(data), "restore", str(backup))
    assert code == 2 and "Too many wrong PINs" in err
    assert db_bytes(data / "advisor_desk.db") == before  # nothing restored
    desk = open_desk(AppPaths.under(data))  # the window's side, in a new Desk: still waiting
    try:
        boss = desk.advisors.find("林晓雯")
        with pytest.raises(PinLockedOut):
            desk.advisors.unlock(boss.id, PIN)
        assert desk.advisors.pin_wait(boss.id) > 0
        locked = [e for e in _pin_log(desk, data) if e.action == privacy.PIN_LOCKED]
        assert locked and locked[0].subject == "林晓雯"
    finally:
        desk.close()


def _pin_log(desk, data):
    """The privacy log's PIN entries, read the way a manager would once the wait is over."""
    from advisor_desk.domain.lockout import LockoutState
    from advisor_desk.store import advisors_repo

    boss = desk.advisors.find("林晓雯")
    with desk.ctx.db.write() as s:  # the test ends the wait (a clock moved forward)
        advisors_repo.set_lockout(s, boss.id, LockoutState(0, None))
    session = desk.advisors.unlock(boss.id, PIN)
    return desk.privacy.log(PrivacyFilter(actions=frozenset(privacy.GROUPS["pins"])),
                            session=session).entries
