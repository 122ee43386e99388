"""PIN lockout kept in the database: 5 wrong PINs -> 30 s, then 1 min, 5 min ...; a restart
resets nothing; the right PIN or a manager's reset clears it; both are in the privacy log."""

from __future__ import annotations

from datetime import timedelta

import pytest

from advisor_desk.domain import lockout, privacy
from advisor_desk.domain.errors import PinLockedOut
from advisor_desk.domain.privacy import PrivacyFilter
from advisor_desk.services.desk import open_desk


@pytest.fixture
def people(desk):
    boss, _ = desk.advisors.add("林晓雯")
    staff, _ = desk.advisors.add("陈佳怡", session=desk.advisors.unlock(boss.id))
    desk.advisors.set_pin(staff.id, "2468", session=desk.advisors.unlock(staff.id))
    return boss, staff


def _wrong(desk, advisor_id: int, times: int) -> None:
    for _ in range(times):
        assert desk.advisors.check_pin(advisor_id, "0000") is False


def test_the_waits_grow_and_nothing_is_checked_during_one(desk, clock, people):
    _, staff = people
    _wrong(desk, staff.id, 4)
    assert desk.advisors.pin_tries_left(staff.id) == 0
    with pytest.raises(PinLockedOut, match="30 seconds") as caught:
        desk.advisors.check_pin(staff.id, "0000")  # the 5th wrong PIN earns the first wait
    assert caught.value.params["seconds"] == 30
    with pytest.raises(PinLockedOut):  # even the right PIN is not looked at while waiting
        desk.advisors.check_pin(staff.id, "2468")
    clock.advance(seconds=29)
    assert desk.advisors.pin_wait(staff.id) == 1
    clock.advance(seconds=1)
    with pytest.raises(PinLockedOut, match="60 seconds"):
        desk.advisors.check_pin(staff.id, "0000")  # 6th: one minute
    clock.advance(minutes=1)
    with pytest.raises(PinLockedOut, match="5 minutes"):
        desk.advisors.check_pin(staff.id, "0000")  # 7th: five minutes
    clock.advance(minutes=5)
    assert desk.advisors.check_pin(staff.id, "2468")  # right at last: all cleared
    assert desk.advisors.pin_tries_left(staff.id) == 4
    assert desk.advisors.pin_wait(staff.id) == 0


def test_waits_in_order():
    assert [lockout.wait_after(n) for n in range(4, 11)] == [
        None, timedelta(seconds=30), timedelta(minutes=1), timedelta(minutes=5),
        timedelta(minutes=15), timedelta(hours=1), timedelta(hours=1)]


def test_a_restart_does_not_reset_the_lockout(desk, paths, clock, people):
    boss, staff = people
    _wrong(desk, staff.id, 4)
    with pytest.raises(PinLockedOut):
        desk.advisors.check_pin(staff.id, "0000")
    desk.close()
    clock.advance(seconds=10)
    again = open_desk(paths, clock)  # the app started again
    try:
        with pytest.raises(PinLockedOut, match="20 seconds"):
            again.advisors.check_pin(staff.id, "2468")
        clock.advance(seconds=20)
        with pytest.raises(PinLockedOut, match="60 seconds"):  # the count survived too
            again.advisors.check_pin(staff.id, "1357")
        again.advisors.set_pin(staff.id, "1357", session=again.advisors.unlock(boss.id))  # a manager resets the PIN
        assert again.advisors.pin_wait(staff.id) == 0
        assert again.advisors.check_pin(staff.id, "1357")
        log = again.privacy.log(PrivacyFilter(actions=frozenset(privacy.GROUPS["pins"])),
                                session=again.advisors.unlock(boss.id))
        assert [(e.action, e.actor, e.subject) for e in log.entries] == [
            (privacy.PIN_SET, "林晓雯", "陈佳怡"),
            (privacy.PIN_LOCKED, "", "陈佳怡"),
            (privacy.PIN_LOCKED, "", "陈佳怡"),
            (privacy.PIN_SET, "陈佳怡", "陈佳怡"),
        ]
    finally:
        again.close()
