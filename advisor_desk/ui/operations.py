"""The operation runner: every write of the window runs on ONE writer thread, in order (the
idea of Anki's CollectionOp; docs/architecture.md "One writer").

    ui.ops.write(lambda desk: desk.library.set_favourite(kind, uid, True, advisor_id=me),
                 initiator=self.favourite, success=lambda _changes: ui.notify(...))

``op(desk)`` runs on the writer thread and must not touch widgets. Back on the GUI thread the
runner applies the ``Changes`` the op returned (a ``Changes``, or a tuple ending in one) through
``DeskState.apply`` — the one place — and then calls ``success(result)``. A ``DeskError`` is
shown as its sentence; anything else is logged with its traceback and the user is told where
the log is (``ui.errors.show_error``); ``failure(exc)`` runs after that (to put a form back).

The GUI thread never waits: if an op has not finished after ``BUSY_AFTER_MS`` its control is
shown busy (disabled, ``busy`` property) and ``statusChanged`` says what it waits for — the
write itself, a long write of this window queued before it ("Waiting for “Importing
customers” to finish…") or another program holding SQLite's write lock. One op per control at
a time: a second press while the first is pending is ignored (a nervous double press).

Long writes with progress (imports, the daily sweep) go through ``TaskRunner.run(...,
writes=True)``, which queues them on the same thread. The writer also looks for other
processes' commits (``poll``: on focus and every ``POLL_MS``) and applies what they changed.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from advisor_desk.domain.changes import Changes
from advisor_desk.domain.errors import Cancelled, DeskError

if TYPE_CHECKING:
    from advisor_desk.services.desk import Desk
    from advisor_desk.ui.state import DeskState

log = logging.getLogger(__name__)
BUSY_AFTER_MS = 150
POLL_MS = 2000
Done = Callable[[int, bool, Any], None]  # job id, ok, result or exception


class Writer(QObject):
    """The one thread that writes for the window. Jobs run in the order they were submitted;
    ``done(job, ok, value)`` is called on the GUI thread."""

    waitingChanged = Signal(bool)  # blocked on another connection's write lock
    currentChanged = Signal()  # a job finished (the status may change)
    _done = Signal(int, bool, object)
    _lock_waiting = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._callbacks: dict[int, Done] = {}
        self._titles: dict[int, str] = {}
        self._ids = itertools.count(1)
        self._thread: threading.Thread | None = None
        self._running: int | None = None
        self._idle = threading.Condition()
        self._queued = 0
        self.waiting = False
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._lock_waiting.connect(self._set_waiting, Qt.ConnectionType.QueuedConnection)

    @property
    def started(self) -> bool:
        return self._thread is not None

    def start(self, desk: Desk) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._loop, args=(desk,),
                                        name="advisor-desk-writer", daemon=True)
        self._thread.start()

    def _loop(self, desk: Desk) -> None:
        while True:
            try:
                with desk.writer_thread(self._lock_waiting.emit):
                    switch = self._serve(None)
            except BaseException as exc:  # the thread could not be set up: fail every job
                log.error("the writer thread stopped", exc_info=exc)
                self._serve(exc)
                return
            if switch is None:
                return
            # the database file is replaced (a restore): this thread's connection is closed
            # now; the job returns the Desk on the new file, which the next jobs write to
            job, fn = switch
            desk = self._run(job, fn, None, new_desk=desk)

    def _serve(self, broken: BaseException | None):
        """Run jobs until told to stop (None) or to switch databases (that job, for _loop)."""
        while True:
            item = self._queue.get()
            if item is None:
                return None
            job, fn, switch = item
            if switch and broken is None:
                return job, fn
            self._run(job, fn, broken)

    def _run(self, job: int, fn: Callable[[], Any], broken: BaseException | None, *,
             new_desk: Any = None) -> Any:
        self._running = job
        try:
            if broken is not None:
                raise broken
            result = fn()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._done.emit(job, False, exc)
        else:
            self._done.emit(job, True, result)
            if new_desk is not None:
                new_desk = result
        finally:
            self._running = None
            with self._idle:
                self._queued -= 1
                self._idle.notify_all()
        return new_desk

    def submit(self, fn: Callable[[], Any], done: Done, title: str = "", *,
               switch: bool = False) -> int:
        """Queue ``fn()``. ``switch``: it replaces the database file — it runs after this
        thread let go of its connection and returns the Desk the next jobs use (a failed
        switch leaves the old one)."""
        job = next(self._ids)
        self._callbacks[job] = done
        if title:
            self._titles[job] = title
        with self._idle:
            self._queued += 1
        self._queue.put((job, fn, switch))
        return job

    @property
    def current_title(self) -> str:
        """The title of the long job running now ('' for none or a short op)."""
        running = self._running
        return self._titles.get(running, "") if running is not None else ""

    def wait_idle(self, timeout_s: float | None = None) -> bool:
        """Block until every submitted job has run (shutdown and tests)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._queued == 0, timeout_s)

    def stop(self, timeout_s: float = 5.0) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout_s)

    @Slot(int, bool, object)
    def _deliver(self, job: int, ok: bool, value: Any) -> None:
        # one completion per turn of the event loop: several writes finishing together (a
        # lock freed after a queue built up) must not starve the GUI between their refreshes
        QTimer.singleShot(0, self, lambda: self._complete(job, ok, value))

    def _complete(self, job: int, ok: bool, value: Any) -> None:
        if not shiboken6.isValid(self):  # the window closed meanwhile: nobody to tell
            return
        self._titles.pop(job, None)
        done = self._callbacks.pop(job, None)
        try:
            if done is not None:
                done(job, ok, value)
        finally:
            self.currentChanged.emit()

    @Slot(bool)
    def _set_waiting(self, waiting: bool) -> None:
        self.waiting = waiting
        self.waitingChanged.emit(waiting)


def changes_in(result: Any) -> Changes:
    """The ``Changes`` an op returned: the result itself or the last item of a tuple."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple) and result and isinstance(result[-1], Changes):
        return result[-1]
    return Changes()


@dataclass
class _Op:
    initiator: QWidget | None
    success: Callable[[Any], None] | None
    failure: Callable[[BaseException], None] | None
    inline_error: Callable[[DeskError], None] | None = None
    busy_shown: bool = False
    was_enabled: bool = True


class OperationRunner(QObject):
    """Owned by the main window; pages reach it as ``ui.ops``."""

    statusChanged = Signal(str)  # what the window's writes wait for ('' when nothing)

    def __init__(self, parent: QWidget, state: DeskState,
                 show_error: Callable[[BaseException], None], writer: Writer) -> None:
        super().__init__(parent)
        self._state = state
        self._show_error = show_error
        self._writer = writer
        self._ops: dict[int, _Op] = {}
        self._polling = False
        self._poll_again = False  # asked while one was under way: its answer may be stale
        self._poll_timer = QTimer(self, interval=POLL_MS)
        self._poll_timer.timeout.connect(self.poll)
        writer.waitingChanged.connect(lambda _w: self._update_status())
        writer.currentChanged.connect(self._update_status)

    @property
    def writer(self) -> Writer:
        return self._writer

    @property
    def busy(self) -> bool:
        return bool(self._ops)

    @property
    def polling(self) -> bool:
        """A look for other processes' changes is under way (or asked for again)."""
        return self._polling or self._poll_again

    def attach(self, desk: Desk) -> None:
        """The database is open: start the writer thread and the watch for other processes."""
        self._writer.start(desk)
        self._poll_timer.start()

    # ------------------------------------------------------------------ writes
    def write(self, op: Callable[[Desk], Any], *, initiator: QWidget | None = None,
              success: Callable[[Any], None] | None = None,
              failure: Callable[[BaseException], None] | None = None,
              inline_error: Callable[[DeskError], None] | None = None,
              replaces_database: bool = False) -> bool:
        """Queue ``op(desk)`` on the writer thread; False when nothing was queued (no
        database yet, or ``initiator`` has an op pending). ``inline_error(exc)`` shows a
        DeskError inside a form, at its field, instead of a dialog (a bug still gets the
        dialog).
        ``replaces_database``: ``op`` swaps the database file (a restore) and returns the Desk
        on it; it runs once the writer's connection is closed, and later writes use that
        Desk."""
        if not self._state.is_ready:
            return False
        if initiator is not None and any(o.initiator is initiator for o in self._ops.values()):
            return False
        desk = self._state.desk
        job = self._writer.submit(lambda: op(desk), self._finished, switch=replaces_database)
        self._ops[job] = _Op(initiator, success, failure, inline_error)
        QTimer.singleShot(BUSY_AFTER_MS, self, lambda: self._show_busy(job))
        return True

    def _show_busy(self, job: int) -> None:
        op = self._ops.get(job)
        if op is None:
            return
        op.busy_shown = True
        widget = op.initiator
        if widget is not None and shiboken6.isValid(widget):
            op.was_enabled = widget.isEnabled()
            widget.setProperty("busy", True)
            widget.setEnabled(False)
        self._update_status()

    def _finished(self, job: int, ok: bool, value: Any) -> None:
        op = self._ops.pop(job, None)
        if op is None or not shiboken6.isValid(self):
            return
        widget = op.initiator
        if op.busy_shown and widget is not None and shiboken6.isValid(widget):
            widget.setProperty("busy", False)
            widget.setEnabled(op.was_enabled)
        self._update_status()
        if not ok:
            if isinstance(value, Cancelled):
                pass
            elif op.inline_error is not None and isinstance(value, DeskError):
                op.inline_error(value)
            else:
                self._show_error(value)
            if op.failure is not None:
                op.failure(value)
            return
        changes = changes_in(value)
        if not changes.empty:
            self._state.apply(changes)
        if op.success is not None:
            op.success(value)

    def _update_status(self) -> None:
        if not any(op.busy_shown for op in self._ops.values()):
            self.statusChanged.emit("")
        elif self._writer.waiting:
            self.statusChanged.emit(self.tr(
                "Waiting for another program that is writing to the data (an import?)… "
                "Your change follows."))
        elif self._writer.current_title:
            self.statusChanged.emit(self.tr("Waiting for “%1” to finish… Your change "
                                            "follows.").replace("%1",
                                                                self._writer.current_title))
        else:
            self.statusChanged.emit(self.tr("Saving…"))

    # ------------------------------------------------------------------ other processes
    def poll(self) -> None:
        """Ask (on the writer thread) whether another process committed; apply what changed."""
        if not self._state.is_ready or not self._writer.started:
            return
        if self._polling:  # the one under way may have looked before what we ask about
            self._poll_again = True
            return
        self._polling = True
        desk = self._state.desk
        self._writer.submit(desk.watch.poll, self._polled)

    def _polled(self, _job: int, ok: bool, value: Any) -> None:
        self._polling = False
        if not ok:
            log.error("looking for other processes' changes failed", exc_info=value)
        elif not value.empty:
            log.info("another process changed the data: %s", value)
            self._state.apply(value)
        if self._poll_again:
            self._poll_again = False
            self.poll()
