"""``data_folder.explain``: the environment faults that reach the front end become one
sentence naming what the user asked for; anything else stays a bug (None)."""

from __future__ import annotations

import errno
import sqlite3

from advisor_desk.domain.errors import N_, InvalidInput
from advisor_desk.paths import AppPaths
from advisor_desk.services.data_folder import explain


def _os(code: int, name: str, other: str | None = None) -> OSError:
    return OSError(code, "text nobody reads", name, None, other)


def test_each_fault_names_the_file_the_user_meant(tmp_path):
    cases = {
        _os(errno.ENOSPC, "/shop/backups/b.db.part"): "The disk holding /shop/backups is full",
        _os(errno.EROFS, "/usb/export.xlsx.part"): "may not write /usb/export.xlsx (",
        _os(errno.EACCES, "/keys/hq.pub"): "not allowed to use /keys/hq.pub (",
        _os(errno.EISDIR, "/out/p.adpack.part", "/out/p.adpack"): "/out/p.adpack is a folder",
        _os(errno.ENOTDIR, "/out/file/x"): "/out/file/x is not a folder",
        _os(errno.ENOENT, "/proc/x.csv.part"): "/proc/x.csv cannot be used",
        _os(errno.EEXIST, "/keys"): "/keys already exists",
    }
    for exc, expected in cases.items():
        problem = explain(exc)
        assert problem is not None and expected in str(problem), (exc, problem)
        assert ".part" not in str(problem) and "text nobody reads" not in str(problem)


def test_causes_and_sqlite_faults_are_found_and_bugs_are_not(tmp_path):
    paths = AppPaths.under(tmp_path)
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as inner:
            raise RuntimeError("while exporting") from inner
    except RuntimeError as outer:
        assert str(explain(outer)) == "The disk is full. Free some space, then try again."
    readonly = sqlite3.OperationalError("attempt to write a readonly database")
    assert f"The database {paths.database} is read-only" in str(explain(readonly, paths))
    own = InvalidInput(N_("No advisor named {name}."), name="x")
    assert explain(own) is own
    assert explain(KeyError("x")) is None
    assert explain(OSError(errno.EIO, "I/O error")) is None  # no file named: a bug to log
    assert explain(sqlite3.IntegrityError("UNIQUE constraint failed"), paths) is None
