"""Advisor profiles on a shared PC: roles, deactivation, PINs; store settings by managers."""

from __future__ import annotations

import pytest

from advisor_desk.domain import pins
from advisor_desk.domain.errors import InvalidInput


def test_the_first_profile_is_the_manager_and_only_managers_add_more(desk):
    boss, _ = desk.advisors.add("林晓雯", role="advisor")
    assert boss.is_manager
    staff, _ = desk.advisors.add("陈佳怡", by=boss)
    assert not staff.is_manager
    with pytest.raises(InvalidInput, match="store manager"):
        desk.advisors.add("王梦琪", by=staff)
    with pytest.raises(InvalidInput, match="already exists"):
        desk.advisors.add("陈佳怡", by=boss)


def test_roles_and_deactivation_keep_one_manager(desk):
    boss, _ = desk.advisors.add("林晓雯")
    staff, _ = desk.advisors.add("陈佳怡", by=boss)
    with pytest.raises(InvalidInput, match="at least one active manager"):
        desk.advisors.set_role(boss.id, "advisor", by=boss)
    with pytest.raises(InvalidInput, match="at least one active manager"):
        desk.advisors.set_active(boss.id, False, by=boss)
    with pytest.raises(InvalidInput, match="store manager"):
        desk.advisors.set_active(boss.id, False, by=staff)
    desk.advisors.set_active(staff.id, False, by=boss)
    assert [a.name for a in desk.advisors.list()] == ["林晓雯"]
    assert [a.active for a in desk.advisors.list_all()] == [True, False]


def test_pins(desk):
    boss, _ = desk.advisors.add("林晓雯")
    staff, _ = desk.advisors.add("陈佳怡", by=boss)
    assert desk.advisors.check_pin(staff.id, "anything")  # no PIN yet
    with pytest.raises(InvalidInput, match="4 to 8 digits"):
        desk.advisors.set_pin(staff.id, "12a4", by=staff)
    desk.advisors.set_pin(staff.id, "2468", by=staff)
    assert desk.advisors.get(staff.id).has_pin
    assert desk.advisors.check_pin(staff.id, "2468")
    assert not desk.advisors.check_pin(staff.id, "2469")
    with pytest.raises(InvalidInput, match="advisor or a store manager"):
        desk.advisors.set_pin(boss.id, "1111", by=staff)
    desk.advisors.set_pin(staff.id, None, by=boss)  # a manager clears a forgotten PIN
    assert not desk.advisors.get(staff.id).has_pin


def test_pin_hashes_are_salted_and_slow():
    a, b = pins.hash_pin("1234"), pins.hash_pin("1234")
    assert a != b and a.startswith("scrypt$16384$")
    assert pins.verify_pin("1234", a) and not pins.verify_pin("1234", "garbage")


def test_store_settings_belong_to_the_manager(desk):
    boss, _ = desk.advisors.add("林晓雯")
    staff, _ = desk.advisors.add("陈佳怡", by=boss)
    with pytest.raises(InvalidInput, match="store manager"):
        desk.settings.change(staff, grace_days=3)
    with pytest.raises(InvalidInput, match="store code cannot be empty"):
        desk.settings.change(boss, store_code=" ")
    desk.settings.change(boss, grace_days=3, contact_gap_days=5)
    assert (desk.settings.get().grace_days, desk.settings.get().contact_gap_days) == (3, 5)
