"""The README's two commands are the ones CI and users run."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> list[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    return re.findall(r"```sh\n(python3 -m venv .*?)\n```", readme)


def test_readme_has_the_two_commands_and_ci_runs_the_second():
    demo, tests = _commands()
    assert demo.endswith("advisor-desk --demo")
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert tests in ci.splitlines()
