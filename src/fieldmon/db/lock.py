"""One writing fieldmon per SQLite database.

The Python 3.11 SQLite predates the fix (3.51.3) for a WAL-reset bug that can corrupt a
database when two connections write or checkpoint at once, and a second copy of the app would
otherwise meet "database is locked" mid-edit. So a process that writes holds an exclusive OS
lock on `<database>.lock` for as long as it has the database open; a second one is told, in
one sentence, who has it open. The operating system drops the lock when the holder exits or
is killed, so a crash never leaves a stale lock. Within one process the lock is shared
(counted), since the app and its tests open the same file more than once.
"""

from __future__ import annotations

import os
import re
import socket
import sys
import threading
from datetime import datetime
from pathlib import Path
from typing import IO

from fieldmon.domain.errors import UserError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP, Message

_held: dict[Path, tuple[IO[str], int]] = {}
_guard = threading.Lock()


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


# What the holder writes in the lock file (kept in English and in this form, which older
# versions write too); the reader shows it in its own language.
_HOLDER = re.compile(r"process (?P<pid>\d+) on (?P<host>.+), since (?P<since>[\d.: ]+)")


def holder_message(written: str) -> Message | str:
    """The lock file's text as a Message in the reader's language; text in another form (a
    future version's) as it is; an empty file: 'another program'."""
    found = _HOLDER.fullmatch(written.strip())
    if found is not None:
        return Message(
            QT_TRANSLATE_NOOP("fieldmon", "process {pid} on {host}, since {since}"),
            found.groupdict(),
        )
    return written.strip() or Message(QT_TRANSLATE_NOOP("fieldmon", "another program"))


def _try_lock(handle: IO[str]) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def acquire(database: Path) -> None:
    """Hold the writer lock of `database`; UserError naming the holder if another process
    has it."""
    key = database.resolve()
    with _guard:
        if key in _held:
            handle, count = _held[key]
            _held[key] = (handle, count + 1)
            return
        path = lock_path(key)
        handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release()
        if not _try_lock(handle):
            handle.seek(0)
            holder = holder_message(handle.read())
            handle.close()
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "fieldmon",
                    "The database {database} is already open in another fieldmon ({holder}); "
                    "close that one first.",
                ),
                database=str(database),
                holder=holder,
            )
        handle.seek(0)
        handle.truncate()
        handle.write(
            f"process {os.getpid()} on {socket.gethostname()}, "
            f"since {datetime.now().strftime('%d.%m.%Y %H:%M')}"
        )
        handle.flush()
        _held[key] = (handle, 1)


def release(database: Path) -> None:
    key = database.resolve()
    with _guard:
        if key not in _held:
            return
        handle, count = _held.pop(key)
        if count > 1:
            _held[key] = (handle, count - 1)
            return
        handle.close()  # closing the file drops the OS lock
