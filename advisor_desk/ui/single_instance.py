"""One window per data folder (docs/architecture.md): a second start on the same data dir asks
the first to come to the front instead of opening the database twice.

The data folder's process lock (``advisor_desk.folder_lock``, Qt-free, so ``restore`` on the
command line sees it too) decides who is first; the first instance then listens on a local
socket, set up after the first paint, and a second one says "raise" through it and exits.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from PySide6.QtWidgets import QWidget

from advisor_desk.folder_lock import FolderLock, Holder


def server_name(data_dir: Path) -> str:
    # a checksum, not hashlib: loading OpenSSL would cost the first paint ~4 ms
    folder = str(Path(data_dir).resolve()).encode("utf-8")
    return f"advisor-desk-{zlib.crc32(folder):08x}{zlib.adler32(folder):08x}"


class InstanceGuard:
    def __init__(self, data_dir: Path) -> None:
        self._name = server_name(data_dir)
        self._lock = FolderLock(data_dir, "app")  # the OS frees it if the process dies
        self._server = None

    @property
    def folder_lock(self) -> FolderLock:
        """The data folder's lock this window holds (a restore from the window keeps it)."""
        return self._lock

    def acquire(self) -> bool:
        """True when this process is the first for the data folder."""
        return self._lock.acquire()

    def holder(self) -> Holder | None:
        """Who has the folder when ``acquire`` failed (the window, or a restore)."""
        return self._lock.holder()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.release()

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
