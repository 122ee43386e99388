"""Small pure rules: triggers, member classes, masking, segments, changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from advisor_desk.domain.changes import Changes
from advisor_desk.domain.masking import mask_phone
from advisor_desk.domain.membership import member_class, purchases_in_window
from advisor_desk.domain.segments import SegmentFilter
from advisor_desk.domain.triggers import parse_trigger

RULES = {"A": 4, "B": 2, "C": 1, "D": 0}


@pytest.mark.parametrize(("count", "cls"), [(0, "D"), (1, "C"), (2, "B"), (3, "B"), (4, "A"),
                                            (9, "A")])
def test_member_class_boundaries(count, cls):
    assert member_class(count, RULES) == cls


def test_member_class_without_rules_and_window_edges():
    assert member_class(5, {}) is None
    now = datetime(2026, 11, 24, tzinfo=UTC)
    instants = [now - timedelta(days=365), now - timedelta(days=364), now, now + timedelta(1)]
    assert purchases_in_window(instants, now) == 2  # 365 days ago is outside; future ignored


@pytest.mark.parametrize(("text", "kind", "arg"), [
    ("added", "added", None), ("purchase", "purchase", None),
    ("stage_entered:intent", "stage_entered", "intent"), ("tag_added:q.tag.x", "tag_added", "q.tag.x"),
    ("birthday", "birthday", None), ("birthday:7", "birthday", "7"),
    ("dormant:730", "dormant", "730"), ("date:2026-12-12", "date", "2026-12-12"),
])
def test_triggers_parse(text, kind, arg):
    trigger = parse_trigger(text)
    assert (trigger.kind, trigger.arg) == (kind, arg)
    assert str(trigger) == text


@pytest.mark.parametrize("text", ["", "purchase:1", "dormant", "dormant:0", "date:2026-13-01",
                                  "birthday:99", "stage_entered:", "whenever"])
def test_bad_triggers_are_rejected(text):
    with pytest.raises(ValueError):
        parse_trigger(text)


def test_trigger_helpers():
    assert parse_trigger("date:2026-12-12").on_date == date(2026, 12, 12)
    assert parse_trigger("dormant:730").days == 730 and parse_trigger("dormant:730").is_date_based
    assert not parse_trigger("purchase").is_date_based


@pytest.mark.parametrize(("phone", "masked"), [
    ("13812345678", "138****5678"), ("138 1234 5678", "138****5678"), (None, ""), ("", ""),
    ("021-6666888", "******6888"), ("123", "***"),
])
def test_phone_masking(phone, masked):
    assert mask_phone(phone) == masked


def test_segment_filter_round_trip():
    flt = SegmentFilter(stages_in=("intent",), tags_all=("a", "b"), dormant_days=30)
    assert SegmentFilter.from_dict(flt.to_dict()) == flt
    assert flt.to_dict() == {"stages_in": ["intent"], "tags_all": ["a", "b"], "dormant_days": 30}
    assert SegmentFilter.from_dict(None).is_empty
    with pytest.raises(ValueError, match="unknown segment fields"):
        SegmentFilter.from_dict({"colour": "red"})


def test_changes_merge():
    merged = Changes(customers=frozenset({1})) | Changes(customers=frozenset({2}), tags=True)
    assert merged == Changes(customers=frozenset({1, 2}), tags=True)
    assert merged.touches_customer(2) and not merged.touches_customer(3)
    assert Changes().empty and not merged.empty
