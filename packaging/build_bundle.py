"""Build a desktop bundle with PyInstaller (Windows: a folder for the installer; Linux: a
folder for a .desktop launcher).

    python packaging/build_bundle.py            # -> dist/AdvisorDesk/

Steps: compile the zh_CN translations (.ts -> .qm with PySide6's lrelease) into the bundle's
resources, run PyInstaller with packaging/advisor-desk.spec, then run the bundle's
--smoke-test so a broken bundle never ships. Needs `pip install pyinstaller` (not a runtime or
test dependency). Nothing generated here is committed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def compile_translations(out_dir: Path) -> Path:
    from advisor_desk.ui.i18n import compile_qm, ts_files

    out_dir.mkdir(parents=True, exist_ok=True)
    return compile_qm(ts_files("zh_CN"), out_dir / "advisor_desk_zh_CN.qm")


def main() -> int:
    build = Path(tempfile.mkdtemp(prefix="advisor-desk-build-"))
    qm_dir = build / "translations"
    qm = compile_translations(qm_dir)
    print(f"translations: {qm} ({qm.stat().st_size} bytes)")
    env = {**os.environ, "ADVISOR_DESK_QM_DIR": str(qm_dir)}
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--distpath", str(ROOT / "dist"), "--workpath", str(build / "work"),
                    str(ROOT / "packaging" / "advisor-desk.spec")], check=True, env=env,
                   cwd=ROOT)
    exe = ROOT / "dist" / "AdvisorDesk" / ("AdvisorDesk.exe" if os.name == "nt" else "AdvisorDesk")
    smoke = subprocess.run([str(exe), "--smoke-test"], capture_output=True, text=True,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=180)
    print(smoke.stdout.strip() or smoke.stderr.strip())
    shutil.rmtree(build, ignore_errors=True)
    return smoke.returncode


if __name__ == "__main__":
    raise SystemExit(main())
