"""Which process holds a data folder (docs/architecture.md): Qt-free, so the CLI sees what the
window holds.

The window holds its data folder for as long as it runs (a second window on the same folder
brings the first to the front instead); ``restore`` needs the folder for itself and refuses
while anyone else holds it. The lock is an OS file lock through the maintained ``filelock``
library (released by the OS when a process dies, so a crash leaves nothing stale behind);
who holds it — pid, program, since when — is written beside it for the messages, since the
lock file itself belongs to the library.

Other commands (imports, exports) do not take the folder: they write through SQLite's own
lock like the window's writes do, queued behind each other (store/database.py). Issue 19's
auto-lock is a different thing (a screen lock, not a folder lock).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import filelock

LOCK_NAME = "advisor-desk.lock"
HOLDER_NAME = "advisor-desk.holder"


@dataclass(frozen=True)
class Holder:
    pid: int
    program: str  # "app" (the window) | "restore"
    since: str  # ISO instant, UTC


class FolderLock:
    """``acquire()`` without waiting; ``holder()`` says who has it when that fails."""

    def __init__(self, data_dir: Path, program: str) -> None:
        self._dir = Path(data_dir)
        self._program = program
        # held by the process, not a thread: the window's restore runs on its writer thread
        self._lock = filelock.FileLock(str(self._dir / LOCK_NAME), timeout=0,
                                       thread_local=False)

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def acquire(self) -> bool:
        """True when this process now holds the folder (or already did)."""
        if self._lock.is_locked:
            return True
        self._dir.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire()
        except filelock.Timeout:
            return False
        record = {"pid": os.getpid(), "program": self._program,
                  "since": datetime.now(UTC).isoformat(timespec="seconds")}
        tmp = self._dir / (HOLDER_NAME + ".tmp")
        with contextlib.suppress(OSError):  # the lock holds without the note; it is for messages
            tmp.write_text(json.dumps(record), "utf-8")
            os.replace(tmp, self._dir / HOLDER_NAME)
        return True

    def release(self) -> None:
        if not self._lock.is_locked:
            return
        with contextlib.suppress(OSError):
            (self._dir / HOLDER_NAME).unlink()
        self._lock.release()

    def holder(self) -> Holder | None:
        """Who holds the folder, as its holder wrote it (None if unknown)."""
        return read_holder(self._dir)


def read_holder(data_dir: Path) -> Holder | None:
    try:
        record = json.loads((Path(data_dir) / HOLDER_NAME).read_text("utf-8"))
        return Holder(int(record["pid"]), str(record["program"]), str(record["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


@contextlib.contextmanager
def holding(data_dir: Path, program: str) -> Iterator[FolderLock | None]:
    """Hold the folder for the block; yields None (holding nothing) when someone else has
    it — the caller says what to do about that."""
    lock = FolderLock(data_dir, program)
    if not lock.acquire():
        yield None
        return
    try:
        yield lock
    finally:
        lock.release()
