"""Opening an .ics file with Jumelage while Jumelage already runs on that database.

The running instance holds the database's instance lock, so a second process could not open
it. Instead the first instance listens on a local socket (:class:`HandOff`: a
``QLocalServer`` whose name comes from the database's real path and the user), and a second
process started with calendar files for the same database hands them over
(:func:`send_paths`) and exits; the running window raises itself and previews each import.

The message is one line of JSON, a list of absolute paths, answered by ``ok``.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

#: How long a second process waits for the running one (milliseconds).
TIMEOUT_MS = 3000
_ACK = b"ok\n"
_LIMIT = 1 << 20  # a message is a list of paths: never more than this


def server_name(database: Path) -> str:
    """The socket's name for ``database``: the same for every process of this user that
    opens the same file (symbolic links resolved), different for another file or user."""
    real = os.path.realpath(Path(database).expanduser())
    try:
        user = getpass.getuser()
    except Exception:  # no user name (some containers): the numeric id, where there is one
        user = str(getattr(os, "getuid", lambda: "")())
    digest = hashlib.sha256(f"{user}\0{real}".encode()).hexdigest()[:24]
    return f"jumelage-{digest}"


def send_paths(database: Path, files: Sequence[Path], timeout_ms: int = TIMEOUT_MS) -> bool:
    """Hand ``files`` to the instance running on ``database``; ``True`` once it has them,
    ``False`` when none is running (or it did not answer): then start normally."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(database))
    if not socket.waitForConnected(timeout_ms):
        return False
    message = json.dumps([str(Path(f).expanduser().absolute()) for f in files]) + "\n"
    socket.write(message.encode("utf-8"))
    if not socket.waitForBytesWritten(timeout_ms):
        socket.abort()
        return False
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(timeout_ms):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer == _ACK


class HandOff(QObject):
    """The running instance's end: :meth:`listen`, then :attr:`received` brings the files
    another process handed over."""

    received = Signal(list)  # list[Path]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self, database: Path) -> bool:
        """Listen for ``database``, unless another instance already answers for it. A socket
        left behind by an instance that crashed is removed first."""
        name = server_name(database)
        probe = QLocalSocket()
        probe.connectToServer(name)
        if probe.waitForConnected(200):
            probe.abort()
            log.warning("another instance already listens for %s", database)
            return False
        QLocalServer.removeServer(name)
        if self.server.listen(name):
            return True
        log.warning("cannot listen for %s: %s", database, self.server.errorString())
        return False

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > _LIMIT:
                socket.abort()
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        try:
            names = json.loads(line.decode("utf-8"))
            files = [Path(n) for n in names if isinstance(n, str)]
        except (UnicodeDecodeError, ValueError, TypeError):
            log.warning("ignored a malformed hand-off message")
            socket.abort()
            return
        socket.write(_ACK)
        socket.flush()
        if files:
            self.received.emit(files)
