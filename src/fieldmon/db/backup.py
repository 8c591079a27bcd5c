"""Backups of the SQLite database: consistent copies, checked, rotated; restore; a check.

A backup is made with SQLite's online backup API (a consistent copy even while the app is
writing), written under a temporary name, checked with `quick_check`, then renamed. They go to
`backups/` beside the database file, named `<database>-<YYYYmmdd-HHMMSS>-<reason>.db`:
`before-upgrade-0003-0004` before every migration, `daily` at the first start of a day,
`before-restore` before a restore replaces the database, `manual` for File → Back up now and
`fieldmon backup`. How many are kept is decided in one place, `kept_count`: the database's
setting `backup.keep` (File → Settings), else `KEEP` (10); every path that makes a backup (the
daily one, Back up now, `fieldmon backup`, before an upgrade, before a restore) uses it. Rotation
removes the oldest only after the new backup passed its check, and never a file it is told to
protect: a restore protects the backup it restores from, so restoring the oldest one does not
delete it.

An encrypted database (fieldmon.db.crypto) is copied between two connections keyed with its
key, so its backups are encrypted too, and each backup gets a copy of the database's key file
(`X.db` → `X.db.key`), removed with it by the rotation. The key must have been unlocked in this
process (`crypto.unlock`, which opening the database does); an encrypted file whose key is not
known fails its check with a sentence saying so, and is never taken for a good backup.

PostgreSQL databases are backed up by the server's own tools (pg_dump), not here.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from fieldmon.db import crypto
from fieldmon.domain.errors import UserError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP, Message, Translator, render

KEEP = 10
FOLDER = "backups"
HEADER = b"SQLite format 3\x00"


NOT_A_DATABASE_FILE = QT_TRANSLATE_NOOP("fieldmon", "it is not a database file")
NOT_FIELDMON = QT_TRANSLATE_NOOP("fieldmon", "it is not a fieldmon database")
LOCKED = QT_TRANSLATE_NOOP("fieldmon", "it is encrypted and its password was not given")


class _Locked(Exception):
    """An encrypted file whose key this process has not unlocked."""


def _connect(path: Path, *, read_only: bool = True, key: bytes | None = None) -> Any:
    """A DB-API connection to `path`: sqlite3 for a plain file, SQLCipher keyed with `key` (or
    the key unlocked earlier) for an encrypted one."""
    if key is not None or crypto.is_encrypted(path):
        key = key or crypto.known_key(path)
        if key is None:
            raise _Locked(path)
        return crypto.connect(path, key, read_only=read_only)
    if read_only:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    return sqlite3.connect(path)


def _remove_with_key_file(path: Path) -> None:
    path.unlink(missing_ok=True)
    crypto.key_file(path).unlink(missing_ok=True)


def _as_is(text: str) -> Message:
    """SQLite's own words (an integrity_check line, a driver error): shown as they come."""
    return Message("{text}", {"text": text})


@dataclass(frozen=True)
class Problems:
    """Several problems in one sentence, '; '-separated, each in the reader's language (a
    Message parameter: `render` calls `shown`)."""

    items: tuple[Message, ...]

    def shown(self, tr: Translator) -> str:
        return "; ".join(render(m, tr) for m in self.items)

    def __str__(self) -> str:
        return "; ".join(render(m) for m in self.items)


@dataclass(frozen=True)
class Verdict:
    """The check's outcome. `problems` are Messages (SQLite's own lines kept as they come);
    `message` is the one sentence to show, `text` that sentence in English."""

    ok: bool
    problems: Sequence[Message]
    revision: str | None = None

    @property
    def message(self) -> Message:
        if self.ok:
            return Message(QT_TRANSLATE_NOOP("fieldmon", "The database is intact."))
        return Message(
            QT_TRANSLATE_NOOP("fieldmon", "The database is damaged: {problems}."),
            {"problems": Problems(tuple(self.problems[:5]))},
        )

    @property
    def text(self) -> str:
        return self.message.render()

    def shown(self, tr: Translator) -> str:
        return self.message.render(tr)


def backup_folder(database: Path) -> Path:
    return database.parent / FOLDER


def check(path: Path, *, full: bool = True, key: bytes | None = None) -> Verdict:
    """Is the file at `path` an intact SQLite database? (`full`: integrity_check and foreign
    keys; otherwise quick_check.) Never changes the file. An encrypted one is read with `key`,
    else with the key unlocked earlier in this process."""
    try:
        with open(path, "rb") as f:
            header = f.read(len(HEADER))
    except OSError as exc:
        return Verdict(
            False,
            [
                Message(
                    QT_TRANSLATE_NOOP("fieldmon", "cannot read it ({reason})"),
                    {"reason": exc.strerror or str(exc)},
                )
            ],
        )
    encrypted = header != HEADER and (key is not None or crypto.key_file(path).exists())
    if header != HEADER and not encrypted:
        return Verdict(False, [Message(NOT_A_DATABASE_FILE)])
    errors = crypto.errors() if encrypted else (sqlite3.Error,)
    try:
        conn = _connect(path, key=key)
    except _Locked:
        return Verdict(False, [Message(LOCKED)])
    except crypto.BadKeyFile as exc:
        return Verdict(False, [exc.message])
    except errors as exc:
        return Verdict(False, [_as_is(str(exc))])
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        problems: list[Message] = [] if rows == ["ok"] else [_as_is(str(r)) for r in rows]
        if full and not problems:
            problems += [
                Message(
                    QT_TRANSLATE_NOOP("fieldmon", "{table} row {row} points to a missing {parent}"),
                    {"table": r[0], "row": r[1], "parent": r[2]},
                )
                for r in conn.execute("PRAGMA foreign_key_check")
            ]
        revision = None
        try:
            found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = found[0] if found else None
        except errors:
            problems.append(Message(NOT_FIELDMON))
    except errors as exc:
        problems, revision = [_as_is(str(exc))], None
    finally:
        conn.close()
    return Verdict(not problems, problems, revision)


def copy_database(source: Path, target: Path) -> Path:
    """A consistent, checked copy of the database at `source` written to `target` (whole or
    not at all). The copy of an encrypted database is encrypted with the same key and gets a
    copy of its key file (written before the copy takes its name); a plain copy leaves no key
    file beside it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".db", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    encrypted = crypto.is_encrypted(source)
    key = crypto.known_key(source) if encrypted else None
    if encrypted and key is None:
        raise crypto.PasswordNeeded(source)
    errors = crypto.errors() if encrypted else (sqlite3.Error,)
    try:
        src = _connect(source)
        try:
            dst = crypto.connect(tmp, key) if key is not None else sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        verdict = check(tmp, full=False, key=key) if key is not None else check(tmp, full=False)
        if not verdict.ok:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "fieldmon", "The copy of {name} did not pass its check: {verdict}"
                ),
                name=source.name,
                verdict=verdict.message,
            )
        if encrypted:
            crypto.copy_key_file(source, target)
        else:
            crypto.key_file(target).unlink(missing_ok=True)
        os.replace(tmp, target)
    except errors as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("fieldmon", "Cannot back up {name}: {reason}."),
            name=source.name,
            reason=str(exc),
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return target


def backups(database: Path) -> list[Path]:
    """This database's backups, newest first."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{database.stem}-*.db") if not p.name.startswith(".")]
    stamp = slice(len(database.stem) + 1, len(database.stem) + 16)  # YYYYmmdd-HHMMSS

    def age(p: Path) -> tuple[str, int]:
        # By the time in the name, then by when written: two backups made in one second
        # must not be ordered by their reasons' spelling.
        try:
            return p.name[stamp], p.stat().st_mtime_ns
        except OSError:
            return p.name[stamp], 0

    return sorted(found, key=age, reverse=True)


SETTING = "backup.keep"


def kept_count(database: Path) -> int:
    """How many backups of `database` are kept: its `backup.keep` setting, read straight from
    the file (so every path agrees, whether or not an engine is open), else `KEEP`."""
    errors = crypto.errors() if crypto.is_encrypted(database) else (sqlite3.Error,)
    try:
        conn = _connect(database)
    except (_Locked, crypto.BadKeyFile):
        return KEEP
    except errors:
        return KEEP
    try:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (SETTING,)).fetchone()
    except errors:  # an older schema without settings, or not a database
        row = None
    finally:
        conn.close()
    value = str(row[0]).strip() if row and row[0] is not None else ""
    return max(int(value), 1) if value.isdigit() else KEEP


def make_backup(
    database: Path,
    reason: str,
    *,
    keep: int | None = None,
    now: datetime | None = None,
    protect: frozenset[Path] = frozenset(),
) -> Path:
    """A backup in the backups folder; then only the newest `keep` (default: `kept_count`)
    are kept, never removing a file in `protect`."""
    keep = kept_count(database) if keep is None else keep
    when = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = backup_folder(database) / f"{database.stem}-{when}-{reason}.db"
    n = 1
    while target.exists():
        n += 1
        target = target.with_name(f"{database.stem}-{when}-{reason}-{n}.db")
    copy_database(database, target)
    spared = {p.resolve() for p in protect}
    for old in backups(database)[max(keep, 1) :]:
        if old.resolve() not in spared:
            _remove_with_key_file(old)
    return target


def daily_backup(
    database: Path, *, keep: int | None = None, now: datetime | None = None
) -> Path | None:
    """A backup if none was made today."""
    today = (now or datetime.now()).strftime("%Y%m%d")
    if any(p.name[len(database.stem) + 1 :].startswith(today) for p in backups(database)):
        return None
    return make_backup(database, "daily", keep=keep, now=now)


def set_aside(database: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its journal) out of the way, keeping it for rescue; an
    encrypted one keeps a copy of its key file too."""
    when = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    kept = database.with_name(f"{database.name}.damaged-{when}")
    if crypto.key_file(database).exists() and not crypto.is_plain(database):
        with contextlib.suppress(crypto.BadKeyFile):  # none to keep
            crypto.copy_key_file(database, kept)
    os.replace(database, kept)
    for suffix in ("-wal", "-shm"):
        journal = Path(f"{database}{suffix}")
        if journal.exists():
            os.replace(journal, Path(f"{kept}{suffix}"))
    return kept


def latest_good(database: Path) -> Path | None:
    """The newest backup that passes its check."""
    return next((p for p in backups(database) if check(p, full=False).ok), None)


CANNOT_RESTORE = QT_TRANSLATE_NOOP("fieldmon", "Cannot restore from {name}: {problems}.")


def replace_database(database: Path, backup: Path) -> Path | None:
    """Put `backup` in the place of `database` (whose engine must be closed). The backup is
    checked first and copied beside the database; the current file, if it is a readable
    database, is itself backed up (returned) by a rotation that never removes `backup`.
    Raises UserError and changes nothing when the backup is not good.

    An encrypted backup brings its key file, unless the database's own key file wraps the
    same key (it is the newer: a password changed since). Both keys must be unlocked in this
    process (crypto.PasswordNeeded otherwise): the current database is backed up first."""
    if crypto.is_encrypted(database) and crypto.known_key(database) is None:
        raise crypto.PasswordNeeded(database)
    if crypto.is_encrypted(backup) and crypto.known_key(backup) is None:
        raise crypto.PasswordNeeded(backup)
    verdict = check(backup)
    if not verdict.ok:
        raise UserError(
            CANNOT_RESTORE, name=backup.name, problems=Problems(tuple(verdict.problems[:3]))
        )
    if verdict.revision is None:
        raise UserError(CANNOT_RESTORE, name=backup.name, problems=Message(NOT_FIELDMON))
    target_tmp = database.with_name(f".{database.name}.restoring")
    copy_database(backup, target_tmp)
    saved = None
    try:
        if database.exists() and check(database, full=False).ok:
            keep = max(kept_count(database), 2)
            saved = make_backup(database, "before-restore", keep=keep, protect=frozenset({backup}))
    except BaseException:
        _remove_with_key_file(target_tmp)
        raise
    for suffix in ("-wal", "-shm"):  # the old file's journal must not be applied to the new
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    tmp_keys = crypto.key_file(target_tmp)
    if tmp_keys.exists():
        if _same_key(database, target_tmp):
            tmp_keys.unlink()
        else:
            os.replace(tmp_keys, crypto.key_file(database))
    else:
        crypto.key_file(database).unlink(missing_ok=True)
    os.replace(target_tmp, database)
    return saved


def _same_key(a: Path, b: Path) -> bool:
    try:
        first = crypto.read_key_file(crypto.key_file(a)).key_id
        return first == crypto.read_key_file(crypto.key_file(b)).key_id
    except crypto.BadKeyFile:
        return False
