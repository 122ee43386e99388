"""Benchmarks run only when asked: ``pytest -m benchmark -s tests/benchmarks``."""

import pytest


def pytest_collection_modifyitems(items):
    for item in items:
        if "benchmarks" in str(item.fspath):
            item.add_marker(pytest.mark.benchmark)
            item.add_marker(pytest.mark.timeout(1800))
