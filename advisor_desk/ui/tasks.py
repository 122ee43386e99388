"""The one background-task helper: run a callable off the GUI thread with progress, cancel,
and the result or error delivered back on the GUI thread.

The callable receives a ``TaskContext``: ``ctx.progress(done, total, text)`` reports progress
and ``ctx.check()`` raises ``Cancelled`` once the user pressed Cancel. A worker opens its own
database sessions (services do that per call); nothing Qt is touched from the worker.

Reads run on a small thread pool. A task that writes (``writes=True``: the imports) is
queued on the window's one writer thread instead (``ui.operations.Writer``), behind and
before the window's other writes, which show "waiting for “Importing customers”". (The daily
sweep is the exception: it commits in short batches and runs on the pool, so the window's
writes slip in between its batches instead of waiting for all of it.)
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from advisor_desk.domain.errors import Cancelled

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from advisor_desk.ui.operations import Writer

log = logging.getLogger(__name__)


class TaskContext:
    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancel = threading.Event()
        self._last = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report progress (throttled to ~20 updates a second); also checks for cancel."""
        now = time.monotonic()
        if done >= total or now - self._last >= 0.05:
            self._last = now
            self._report(done, total, text)
        self.check()


class _Bridge(QObject):
    progressed = Signal(int, int, int, str)
    finished = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[TaskContext], Any], ctx: TaskContext,
                 bridge: _Bridge) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._id, self._fn, self._ctx, self._bridge = task_id, fn, ctx, bridge

    def run(self) -> None:
        try:
            result = self._fn(self._ctx)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._bridge.failed.emit(self._id, exc)
        else:
            self._bridge.finished.emit(self._id, result)


@dataclass
class _Pending:
    title: str
    ctx: TaskContext
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    dialog: QProgressDialog | None
    writes: bool = False


class TaskRunner(QObject):
    """Owned by the main window; ``busyChanged`` drives the status bar indicator."""

    busyChanged = Signal(bool)
    progressed = Signal(str, int, int, str)  # title, done, total, text

    def __init__(self, parent: QWidget, error_handler: Callable[[BaseException], None],
                 writer: Writer | None = None,
                 apply_changes: Callable[[Any], None] | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._error_handler = error_handler
        self._writer = writer
        self._apply_changes = apply_changes  # a write task's Changes: DeskState.apply
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._bridge = _Bridge()
        self._bridge.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._bridge.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._bridge.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(self, fn: Callable[[TaskContext], Any], *, title: str,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            modal: bool = False, cancellable: bool = True, show_after_ms: int = 400,
            writes: bool = False) -> TaskContext:
        """Start ``fn(ctx)`` on a worker thread (``writes``: on the writer thread, in order
        with the window's other writes). A modal task shows a progress dialog after
        ``show_after_ms``; others report through ``progressed`` (the status bar)."""
        task_id = next(self._ids)
        ctx = TaskContext(lambda d, t, text: self._bridge.progressed.emit(task_id, d, t, text))
        dialog = None
        if modal:
            from PySide6.QtWidgets import QProgressDialog

            dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0,
                                     self._parent)
            dialog.setObjectName("taskProgressDialog")
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(show_after_ms)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if not cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(ctx.cancel)
            dialog.setValue(0)
        self._pending[task_id] = _Pending(title, ctx, on_done, on_error, dialog,
                                          writes and self._writer is not None)
        if len(self._pending) == 1:
            self.busyChanged.emit(True)
        if writes and self._writer is not None:
            self._writer.submit(lambda: fn(ctx), lambda _job, ok, value: (
                self._on_finished if ok else self._on_failed)(task_id, value), title=title)
        else:
            self._pool.start(_Job(task_id, fn, ctx, self._bridge))
        return ctx

    def cancel_all(self) -> None:
        for pending in self._pending.values():
            pending.ctx.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every worker has finished (used at shutdown and in tests)."""
        done = self._pool.waitForDone(msecs)
        if self._writer is not None:
            done = self._writer.wait_idle(None if msecs < 0 else msecs / 1000) and done
        return done

    @Slot(int, int, int, str)
    def _on_progress(self, task_id: int, done: int, total: int, text: str) -> None:
        pending = self._pending.get(task_id)
        if pending is None:
            return
        if pending.dialog is not None:
            pending.dialog.setMaximum(max(total, 0))
            pending.dialog.setValue(min(done, total) if total else 0)
            if text:
                pending.dialog.setLabelText(f"{pending.title}\n{text}")
        self.progressed.emit(pending.title, done, total, text)

    def _finish(self, task_id: int) -> _Pending | None:
        pending = self._pending.pop(task_id, None)
        if pending is not None and pending.dialog is not None:
            pending.dialog.close()
            pending.dialog.deleteLater()
        if not self._pending:
            self.busyChanged.emit(False)
        return pending

    @Slot(int, object)
    def _on_finished(self, task_id: int, result: Any) -> None:
        pending = self._finish(task_id)
        if pending is None:
            return
        if pending.on_done is not None:
            pending.on_done(result)  # first: it may set who is at the counter (first run)
        if pending.writes and self._apply_changes is not None:
            from advisor_desk.ui.operations import changes_in

            changes = changes_in(result)
            if not changes.empty:
                self._apply_changes(changes)  # the one place, as for ui.ops.write

    @Slot(int, object)
    def _on_failed(self, task_id: int, exc: BaseException) -> None:
        pending = self._finish(task_id)
        if pending is None:
            return
        if not isinstance(exc, Cancelled):
            from advisor_desk.ui.errors import log_unexpected

            log_unexpected(exc, f"background task {pending.title!r} failed")
        handler = pending.on_error or self._error_handler
        handler(exc)
