"""One window per data folder (ARCHITECTURE.md §12): a second start on the same data dir asks
the first to come to the front instead of opening the database twice.

A ``QLockFile`` in the data folder decides who is first (cheap, QtCore only); the first
instance then listens on a local socket, set up after the first paint, and a second one
says "raise" through it and exits.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QWidget

LOCK_NAME = "advisor-desk.lock"


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha1(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"advisor-desk-{digest}"


class InstanceGuard:
    def __init__(self, data_dir: Path) -> None:
        self._name = server_name(data_dir)
        self._lock = QLockFile(str(Path(data_dir) / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # a crashed instance's lock is stale at once
        self._server = None

    def acquire(self) -> bool:
        """True when this process is the first for the data folder."""
        return self._lock.tryLock(200)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()

    def ask_first_to_raise(self, timeout_ms: int = 1000) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(b"raise\n")
        ok = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return ok

    def serve(self, window: QWidget) -> None:
        """Listen for a second instance and bring ``window`` to the front when it knocks."""
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(window)
        QLocalServer.removeServer(self._name)  # a socket file left by a crash
        if not server.listen(self._name):
            return

        def knock() -> None:
            connection = server.nextPendingConnection()
            if connection is not None:
                connection.readyRead.connect(connection.readAll)
                connection.disconnected.connect(connection.deleteLater)
            if window.isMinimized():
                window.showNormal()
            window.show()
            window.raise_()
            window.activateWindow()

        server.newConnection.connect(knock)
        self._server = server
