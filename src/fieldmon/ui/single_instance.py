"""One fieldmon window per database: a second start hands its work to the first.

A double-click on a data package runs `fieldmon FILE.fmpkg`. When fieldmon is already open on
the same database, a second copy would only fail on the database's writer lock; instead it
connects to the running window's local socket (`QLocalServer`: a named pipe on Windows, a
socket file on Linux), sends the package's path, and exits. The running window comes to the
front and offers to import it. A start without a package just brings the running window to
the front.

The socket's name is derived from the user and the database's resolved path, so two users, or
one user with two databases, never reach each other's window. On Linux the socket file lives
in the user's own runtime folder ($XDG_RUNTIME_DIR, else the data folder), never in the
shared /tmp where another user could take the name first; on Windows it is a named pipe that
only this user may open. A socket file left by a crash answers nobody: it is removed before
listening, and only then (a live window's never is).
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
TIMEOUT_MS = 2000
ACTIVATE = ""  # the message of a start without a package


def server_name(database: str) -> str:
    """The local socket's name for `database` (a path or URL) and this user."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment: still one per database
        user = ""
    where = str(Path(database).resolve()) if "://" not in database else database
    digest = hashlib.sha256(f"{user}\0{where}".encode()).hexdigest()[:20]
    name = f"fieldmon-{digest}"
    folder = None if sys.platform == "win32" else _private_folder()
    return name if folder is None else str(folder / name)


def _private_folder() -> Path | None:
    """This user's own folder for the socket file (None: none to be had; Qt's temporary
    folder then, as on a system without a runtime folder)."""
    from fieldmon.paths import data_dir

    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir() and Path(runtime).stat().st_uid == os.getuid():
        return Path(runtime)
    folder = data_dir()
    # A socket's path has at most 107 bytes; a long data folder falls back to its own
    # short, private folder in the temporary folder.
    if len(str(folder).encode()) > 70:
        folder = Path("/tmp") / f"fieldmon-{os.getuid()}"
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            if folder.is_symlink() or folder.stat().st_uid != os.getuid():
                log.warning("%s belongs to another user", folder)
                return None
            folder.chmod(0o700)
        except OSError:
            return None
    return folder


def hand_over(name: str, message: str) -> bool:
    """Send `message` (a package's path, or ACTIVATE) to the window listening on `name`;
    True if one took it."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write((message + "\n").encode())
    socket.waitForBytesWritten(TIMEOUT_MS)
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(TIMEOUT_MS):
        answer += bytes(socket.readAll().data())  # the window's "ok": it has the line
    socket.disconnectFromServer()
    return answer.strip() == b"ok"


def _answers(name: str) -> bool:
    """Does a live window listen on `name`?"""
    socket = QLocalSocket()
    socket.connectToServer(name)
    alive = socket.waitForConnected(500)
    socket.abort()
    return alive


class Listener(QObject):
    """Listens on `name` while the window is open; `received(message)` for each start that
    handed over."""

    received = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)
        if _answers(name):  # another window has it (busy, or it would have taken the start)
            log.warning("another fieldmon window listens for other starts")
            return
        QLocalServer.removeServer(name)  # a crashed run's socket file, answering nobody
        if self.server.listen(name):
            log.info("listening for other starts")
        else:
            log.warning("cannot listen for other starts: %s", self.server.errorString())

    def is_listening(self) -> bool:
        return self.server.isListening()

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode(errors="replace").rstrip("\n")
        socket.write(b"ok\n")
        socket.flush()
        self.received.emit(line)

    def close(self) -> None:
        self.server.close()
