"""Type fast into a real search box while a 10 ms heartbeat timer runs on the GUI thread;
the largest gap between beats is how long the GUI froze (docs/library.md)."""

from __future__ import annotations

import time
from itertools import pairwise

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit, QListView

from tests.support.qt_input import type_text

KEY_GAP_MS = 30  # a fast typist
PAUSE_MS = 250  # between queries: the debounced search has run


def type_and_measure(qtbot, box: QLineEdit, results: QListView, queries: list[str],
                     expected) -> float:
    """Type each query character by character; after each, the list must show
    ``expected(query)`` (uids, in order). Returns the largest heartbeat gap in ms."""
    beats: list[float] = []
    heart = QTimer(interval=10)
    heart.timeout.connect(lambda: beats.append(time.perf_counter()))
    heart.start()
    try:
        for query in queries:
            box.selectAll()
            box.del_()
            for ch in query:
                type_text(qtbot, box, ch)
                qtbot.wait(KEY_GAP_MS)
            qtbot.wait(PAUSE_MS)
            model = results.model()
            shown = [model.uid_at(r) for r in range(model.rowCount())]
            assert shown == expected(query), query
    finally:
        heart.stop()
    return max(b - a for a, b in pairwise(beats)) * 1000
