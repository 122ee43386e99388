"""Keep Python's cyclic garbage collector off the long-lived heap (issue 17, typing stutter).

A window that has listed 200,000 customers or imported a big file holds a large heap of
objects that live until the app quits. Every full (generation 2) collection walks all of
them on whichever thread triggers it - on the GUI thread that is a pause in typing. After
start-up, and again after the heap has grown by a full collection, the survivors are moved to
the permanent generation (``gc.freeze()``), which collections skip. Reference counting still
frees everything as usual; only reference cycles among frozen objects would wait (none are
kept on purpose). ``ADVISOR_DESK_GC_FREEZE=0`` turns this off (to measure the difference).
"""

from __future__ import annotations

import gc
import os

from PySide6.QtCore import QObject, QTimer

SETTLE_MS = 1500  # after start-up: the first page has shown
CHECK_MS = 5000  # then: freeze what a full collection left, when there was one


class HeapKeeper(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.enabled = os.environ.get("ADVISOR_DESK_GC_FREEZE", "1") != "0"
        self.frozen_at: list[int] = []  # gc.get_freeze_count() after each freeze
        self._full = gc.get_stats()[2]["collections"]
        self._timer = QTimer(self, interval=CHECK_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        if self.enabled:
            QTimer.singleShot(SETTLE_MS, self.settle)
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def settle(self) -> None:
        """Freeze the objects alive now (after a young collection drops recent garbage)."""
        gc.collect(1)
        gc.freeze()
        self._full = gc.get_stats()[2]["collections"]
        self.frozen_at.append(gc.get_freeze_count())

    def check(self) -> None:
        if not self.enabled:
            return
        full = gc.get_stats()[2]["collections"]
        if full != self._full:  # the heap grew enough for a full pass: keep it out of the next
            self.settle()
