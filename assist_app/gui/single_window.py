"""A second start on the same data folder brings the open window forward instead of opening the
database twice (two windows would each make the daily backup, and a restore in one would pull the
file from under the other).

The first window listens on a local socket named after its data folder; the second process asks it
to come forward and ends. The name is a hash of the folder's path, which may hold a user name.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

SHOW = b"show\n"


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:20]
    return f"assist-app-{digest}"


class WindowCaller(QObject):
    """Listens for a second start; ``on_show`` brings the window forward."""

    def __init__(self, data_dir: Path, on_show: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_show = on_show
        self.server = QLocalServer(self)
        name = server_name(data_dir)
        QLocalServer.removeServer(name)  # left by a crash; the folder lock says nobody else is here
        self.server.newConnection.connect(self._on_new_connection)
        self.server.listen(name)

    def _on_new_connection(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():  # arrived before the signal was connected
                self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        if SHOW in bytes(socket.readAll().data()):
            self._on_show()
        socket.disconnectFromServer()


def call_open_window(data_dir: Path, timeout_ms: int = 3000) -> bool:
    """Ask the window already open on ``data_dir`` to come forward; False when none answered
    (it is still starting, or closing)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(SHOW)
    sent = socket.waitForBytesWritten(timeout_ms)
    socket.waitForDisconnected(timeout_ms)  # the window has read it
    return sent


def already_open_text() -> str:
    return QCoreApplication.translate(
        "SingleWindow",
        "Procedure Assist is already open with this data folder, but its window did not answer "
        "(it may be starting or closing). Wait a moment, then use the window that is open.",
    )
