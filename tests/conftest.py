"""Shared fixtures. GUI tests run on Qt's offscreen platform; nothing touches real user data."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# windows made by tests must not freeze the test process's heap (ui/heap.py); the benchmark
# and tests/ui/test_heap.py turn it on where they measure it
os.environ["ADVISOR_DESK_GC_FREEZE"] = "0"

TODAY = date(2026, 11, 24)


@pytest.fixture
def paths(tmp_path: Path):
    from advisor_desk.paths import AppPaths

    return AppPaths.under(tmp_path / "data").ensure()


@pytest.fixture
def clock():
    from advisor_desk.domain.clock import FixedClock

    return FixedClock.at_local(TODAY, 10)


@pytest.fixture
def desk(paths, clock):
    """An open Desk on an empty, migrated database (store code SH001)."""
    from advisor_desk.services.desk import open_desk

    d = open_desk(paths, clock)
    d.settings.update(store_code="SH001", store_name="测试门店")
    yield d
    d.close()


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    from tests.support.content_factory import base_content, write_content

    return write_content(tmp_path / "content_v1", base_content())
