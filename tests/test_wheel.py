"""Shipping (docs/packaging.md): the wheel carries db/ and resources/, and an installed copy
outside the repository starts, migrates and passes its smoke test."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# building, a fresh virtualenv and pip installing into it: minutes on a cold machine (the
# suite's 120 s per test would end the whole run, pytest-timeout's thread method)
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


def test_an_installed_wheel_runs_outside_the_repository(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    wheel = next(dist.glob("advisor_desk-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)],
                   check=True, capture_output=True, timeout=600)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env |= {"HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    exe = str(bin_dir / "advisor-desk")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([exe, *args], cwd=tmp_path, env=env, capture_output=True,
                              text=True, timeout=180, stdin=subprocess.DEVNULL)

    where = subprocess.run([str(bin_dir / "python"), "-c",
                            "import advisor_desk.locate as l; print(l.data_root())"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    assert "_data" in where.stdout and str(ROOT) not in where.stdout
    smoke = run("--smoke-test")
    assert smoke.returncode == 0, smoke.stderr
    data = tmp_path / "data"
    demo = run("--data-dir", str(data), "demo", "--today", "2026-11-24", "--customers", "30")
    assert demo.returncode == 0, demo.stderr
    check = run("--data-dir", str(data), "check")
    assert check.returncode == 0 and "schema revision" in check.stdout, check.stderr
