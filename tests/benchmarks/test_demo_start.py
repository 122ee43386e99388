"""``advisor-desk --demo`` to a filled Today, beside the start-up benchmark.

From spawning the process to the Today page showing the demo's queue (a fresh temporary data
folder each run: migrations, the demo HQ content, ~300 generated customers through the bulk
paths, the SOP engine's runs). Budget (issue 16): <= 2 s on the 2-core machine. Reported as the
wall-clock median, its ratio to a bare PySide6 window measured in the same run, and the
process's CPU seconds up to that instant: on a machine shared with other builds the wall clock
grows with the load, the CPU seconds do not, so the budget is checked on the CPU seconds and
on the wall clock of an unloaded run (see docs/benchmarks.md).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time

from tests.benchmarks.test_startup import BARE

RUNS = 7
BUDGET_S = 2.0


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, float | None, str]:
    start = time.time()
    out = subprocess.run(cmd, env=env, check=True, stdin=subprocess.DEVNULL,
                         capture_output=True, text=True, timeout=120).stdout
    reached = [line.split() for line in out.splitlines() if line.startswith("reached ")]
    assert reached, out
    cpu = float(reached[-1][3]) if len(reached[-1]) > 3 else None
    return float(reached[-1][1]) - start, cpu, out


def test_demo_to_a_filled_today(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "TMPDIR": str(tmp_path)}
    script = shutil.which("advisor-desk", path=os.path.dirname(sys.executable))
    demo = [script or sys.executable, *([] if script else ["-m", "advisor_desk"]), "--demo"]
    demo_env = {**env, "ADVISOR_DESK_QUIT_WHEN": "ready"}
    _, _, out = _run(demo, demo_env)  # warms the file cache and the compiled catalogue
    rows = [int(line.split()[-1]) for line in out.splitlines() if line.startswith("today rows")]
    assert rows and rows[0] > 10, out  # Today is filled, not just shown
    bare, wall, cpu = [], [], []
    for _ in range(RUNS):  # interleaved, so drift hits both alike
        bare.append(_run([sys.executable, "-c", BARE], env)[0])
        seconds, used, _ = _run(demo, demo_env)
        wall.append(seconds)
        cpu.append(used)
    floor, median = statistics.median(bare), statistics.median(wall)
    cpu_median = statistics.median(cpu)
    print(f"\nToday rows listed: {rows[0]}; load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores")
    print(f"bare PySide6 window shown        median {floor * 1000:6.0f} ms")
    print(f"--demo to a filled Today         median {median * 1000:6.0f} ms  "
          f"x{median / floor:5.2f} of bare  (min {min(wall) * 1000:.0f}, "
          f"max {max(wall) * 1000:.0f}); CPU {cpu_median * 1000:.0f} ms")
    assert cpu_median <= BUDGET_S
