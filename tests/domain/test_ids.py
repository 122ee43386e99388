"""ULIDs: the bulk generator agrees with the ulid package and never repeats."""

from __future__ import annotations

from datetime import UTC, datetime

from ulid import ULID

from advisor_desk.domain.ids import new_ulid, new_ulids


def test_bulk_ulids_are_valid_unique_and_carry_the_time():
    at = datetime(2026, 11, 24, 1, 2, 3, 456000, tzinfo=UTC)
    ids = new_ulids(5000, at)
    assert len(set(ids)) == 5000
    for text in ids[:50]:
        parsed = ULID.from_str(text)
        assert str(parsed) == text and parsed.datetime == at
    assert ids[0][:10] == new_ulid(at)[:10]
    assert new_ulids(0, at) == []


def test_bulk_ulids_take_one_time_per_id():
    early = datetime(2020, 1, 1, tzinfo=UTC)
    late = datetime(2026, 1, 1, tzinfo=UTC)
    a, b = new_ulids(2, [early, late])
    assert ULID.from_str(a).datetime == early and ULID.from_str(b).datetime == late
