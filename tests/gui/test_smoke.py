"""``advisor-desk --smoke-test`` starts the real app headless on demo data and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def test_smoke_test_exits_zero_without_a_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                              "QT_QPA_PLATFORM")}
    env["HOME"] = str(tmp_path)
    result = subprocess.run([sys.executable, "-m", "advisor_desk", "--smoke-test"],
                            capture_output=True, text=True, env=env, timeout=90,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert "smoke test OK" in result.stdout
    assert "scripts listed" in result.stdout
