"""Advisor profiles on a shared PC: roles, deactivation, PINs, sessions; store settings by
managers (an unlocked manager's session, checked in services)."""

from __future__ import annotations

import pytest

from advisor_desk.domain import pins
from advisor_desk.domain.errors import InvalidInput, NotAllowed


def test_the_first_profile_is_the_manager_and_only_managers_add_more(desk):
    boss, _ = desk.advisors.add("林晓雯", role="advisor")
    assert boss.is_manager
    boss_s = desk.advisors.unlock(boss.id)
    staff, _ = desk.advisors.add("陈佳怡", session=boss_s)
    assert not staff.is_manager
    with pytest.raises(NotAllowed, match="store manager"):
        desk.advisors.add("王梦琪", session=desk.advisors.unlock(staff.id))
    with pytest.raises(NotAllowed, match="store manager"):
        desk.advisors.add("王梦琪")  # nobody proved who they are
    with pytest.raises(InvalidInput, match="already exists"):
        desk.advisors.add("陈佳怡", session=boss_s)


def test_roles_and_deactivation_keep_one_manager(desk):
    boss, _ = desk.advisors.add("林晓雯")
    boss_s = desk.advisors.unlock(boss.id)
    staff, _ = desk.advisors.add("陈佳怡", session=boss_s)
    with pytest.raises(InvalidInput, match="at least one active manager"):
        desk.advisors.set_role(boss.id, "advisor", session=boss_s)
    with pytest.raises(InvalidInput, match="at least one active manager"):
        desk.advisors.set_active(boss.id, False, session=boss_s)
    with pytest.raises(NotAllowed, match="store manager"):
        desk.advisors.set_active(boss.id, False, session=desk.advisors.unlock(staff.id))
    desk.advisors.set_active(staff.id, False, session=boss_s)
    assert [a.name for a in desk.advisors.list()] == ["林晓雯"]
    assert [a.active for a in desk.advisors.list_all()] == [True, False]


def test_pins(desk):
    boss, _ = desk.advisors.add("林晓雯")
    boss_s = desk.advisors.unlock(boss.id)
    staff, _ = desk.advisors.add("陈佳怡", session=boss_s)
    staff_s = desk.advisors.unlock(staff.id, "anything")  # no PIN yet: any or none
    assert desk.advisors.check_pin(staff.id, "anything")
    with pytest.raises(InvalidInput, match="4 to 8 digits"):
        desk.advisors.set_pin(staff.id, "12a4", session=staff_s)
    desk.advisors.set_pin(staff.id, "2468", session=staff_s)
    assert desk.advisors.get(staff.id).has_pin
    assert desk.advisors.check_pin(staff.id, "2468")
    assert not desk.advisors.check_pin(staff.id, "2469")
    with pytest.raises(NotAllowed, match="Wrong PIN"):
        desk.advisors.unlock(staff.id, "2469")
    with pytest.raises(NotAllowed, match="Wrong PIN"):
        desk.advisors.unlock(staff.id)
    assert desk.advisors.unlock(staff.id, "2468").advisor_id == staff.id
    with pytest.raises(NotAllowed, match="advisor or a store manager"):
        desk.advisors.set_pin(boss.id, "1111", session=staff_s)
    desk.advisors.set_pin(staff.id, None, session=boss_s)  # a manager clears a forgotten PIN
    assert not desk.advisors.get(staff.id).has_pin


def test_pin_hashes_are_salted_and_slow():
    a, b = pins.hash_pin("1234"), pins.hash_pin("1234")
    assert a != b and a.startswith("scrypt$16384$")
    assert pins.verify_pin("1234", a) and not pins.verify_pin("1234", "garbage")


def test_store_settings_belong_to_the_manager(desk):
    boss, _ = desk.advisors.add("林晓雯")
    boss_s = desk.advisors.unlock(boss.id)
    staff, _ = desk.advisors.add("陈佳怡", session=boss_s)
    with pytest.raises(NotAllowed, match="store manager"):
        desk.settings.change(desk.advisors.unlock(staff.id), grace_days=3)
    with pytest.raises(NotAllowed, match="store manager"):
        desk.settings.change(None, grace_days=3)
    with pytest.raises(InvalidInput, match="store code cannot be empty"):
        desk.settings.change(boss_s, store_code=" ")
    desk.settings.change(boss_s, grace_days=3, contact_gap_days=5)
    assert (desk.settings.get().grace_days, desk.settings.get().contact_gap_days) == (3, 5)
