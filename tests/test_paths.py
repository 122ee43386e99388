"""Where data lives: --data-dir, portable mode, platform folders; no import side effects."""

from __future__ import annotations

import subprocess
import sys

from advisor_desk.paths import PORTABLE_FOLDER, AppPaths


def test_data_dir_puts_everything_under_it(tmp_path):
    paths = AppPaths.resolve(tmp_path / "d")
    assert paths.mode == "custom"
    for folder in (paths.data, paths.config, paths.logs, paths.backups, paths.media, paths.cache):
        assert folder.is_relative_to((tmp_path / "d").resolve())
    assert not paths.data.exists()  # resolving creates nothing
    paths.ensure()
    assert paths.logs.is_dir() and paths.media.is_dir()


def test_portable_marker_beside_the_executable(tmp_path):
    (tmp_path / "portable").write_text("")
    paths = AppPaths.resolve(executable_dir=tmp_path)
    assert paths.mode == "portable"
    assert paths.data == (tmp_path / PORTABLE_FOLDER).resolve()
    assert AppPaths.resolve(tmp_path / "x", executable_dir=tmp_path).mode == "custom"


def test_without_a_marker_platform_folders_are_used(tmp_path):
    paths = AppPaths.resolve(executable_dir=tmp_path)
    assert paths.mode == "user"
    assert "AdvisorDesk" in str(paths.data)


def test_importing_the_package_has_no_side_effects(tmp_path):
    code = ("import advisor_desk.app, advisor_desk.paths, advisor_desk.cli, sys;"
            "advisor_desk.cli.parse_args([]);"  # building the parser imports every command
            "print('PySide6' in sys.modules, 'sqlalchemy' in sys.modules)")
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "xdg"), "PATH": "/usr/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True)
    assert out.stdout.split() == ["False", "False"]  # heavy imports stay lazy
    assert not any(tmp_path.iterdir())  # nothing was created
