"""One window per user and database: a second start hands its files to the first.

A user who double-clicks a returned form while Engagements is already open expects that
window to come to the front and review the form, not a second window on the same database.
The running window listens on a local socket (a Unix socket, or a named pipe on Windows)
named from the user and the database; a new start first tries to hand its request over.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

# How long a new start waits for a running window to take its request, in milliseconds:
# long enough for a busy window, short enough that a stale socket costs nothing visible.
HAND_OVER_TIMEOUT_MS = 1500
# A request is a short JSON line of file paths; anything longer is not ours.
MAX_REQUEST_BYTES = 256 * 1024


def instance_name(database_url: str) -> str:
    """The socket name for this user and database (no path separators, short enough for
    a Unix socket path)."""
    digest = hashlib.sha256(f"{getpass.getuser()}\n{database_url}".encode()).hexdigest()
    return f"engagements-{digest[:20]}"


def hand_over(name: str, files: list[Path]) -> bool:
    """Ask the window already running under ``name`` to come to the front and review
    ``files``. Returns False when no window answers (this start should open one)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(HAND_OVER_TIMEOUT_MS):
        return False
    request = {"files": [str(path.resolve()) for path in files]}
    socket.write(json.dumps(request).encode() + b"\n")
    delivered = socket.waitForBytesWritten(HAND_OVER_TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(HAND_OVER_TIMEOUT_MS)
    return delivered


class InstanceServer(QObject):
    """Listens for later starts; ``requested`` carries the files each one hands over
    (an empty list: just come to the front)."""

    requested = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        # Only this user may hand requests over.
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._take_connections)
        self.name = name

    def listen(self) -> bool:
        """Start listening; a socket left behind by a window that crashed is replaced."""
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _take_connections(self) -> None:
        # A new start writes its one line as soon as it is connected, so reading it here
        # costs milliseconds; a silent peer is dropped after the hand-over timeout.
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            line = b""
            while not socket.canReadLine() and socket.bytesAvailable() <= MAX_REQUEST_BYTES:
                if not socket.waitForReadyRead(HAND_OVER_TIMEOUT_MS):
                    break
            if socket.canReadLine():
                line = bytes(socket.readLine(MAX_REQUEST_BYTES).data())
            socket.abort()
            socket.deleteLater()
            if line:
                self.requested.emit(parse_request(line))


def parse_request(line: bytes) -> list[Path]:
    """The files a request names; a malformed request is taken as "come to the front"."""
    try:
        files = json.loads(line.decode()).get("files", [])
    except (ValueError, UnicodeDecodeError, AttributeError):
        logging.getLogger(__name__).warning(
            "a malformed request from another start: %r", line[:200]
        )
        return []
    if not isinstance(files, list):
        return []
    return [Path(item) for item in files if isinstance(item, str)]
