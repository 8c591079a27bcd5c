"""Putting a password on a database, changing it, resetting it, and taking a plain copy.

The keys and the key file are fieldmon.db.crypto's; this module applies them to a database
file, its backups and its journals. None of these functions opens an engine: the caller
disposes its own (the window) before `encrypt_database`, which replaces the file. Password
changes only rewrite key files, so they may run while the database is open.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from fieldmon.db import backup, crypto, lock
from fieldmon.domain.errors import UserError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP

JOURNALS = ("-wal", "-shm", "-journal")


@dataclass
class Encrypted:
    """What `encrypt_database` did. `recovery_key` is shown once and never stored."""

    database: Path
    recovery_key: str | None
    backup: Path
    backups_encrypted: list[Path] = field(default_factory=list)
    left_plain: list[Path] = field(default_factory=list)


def _plain_copies(database: Path) -> list[Path]:
    """Plain files holding this database's data beside it: its backups and the damaged
    files set aside."""
    found = [p for p in backup.backups(database) if crypto.is_plain(p)]
    found += sorted(
        p
        for p in database.parent.glob(f"{database.name}.damaged-*")
        if not p.name.endswith(("-wal", "-shm", crypto.KEY_SUFFIX))
    )
    return found


def _encrypted_copy(plain: Path, target: Path, key: bytes, keys: crypto.KeyFile) -> None:
    """Write an encrypted, checked copy of the plain database file `plain` at `target` (which
    may be `plain` itself: its journals are then removed). The key file is written first: a
    plain file with a key file beside it still reads as plain."""
    tmp = target.with_name(f".{target.name}.encrypting")
    tmp.unlink(missing_ok=True)
    try:
        crypto.export_encrypted(plain, tmp, key)
        verdict = backup.check(tmp, full=False, key=key)
        if not verdict.ok:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "fieldmon", "The encrypted copy of {name} did not pass its check: {verdict}"
                ),
                name=plain.name,
                verdict=verdict.message,
            )
        crypto.write_key_file(crypto.key_file(target), keys)
        for suffix in JOURNALS:  # the plain file's journals, never to be applied to the new
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _checkpoint(database: Path) -> None:
    """Fold the plain database's WAL into the file (its -wal holds data in the clear)."""
    conn = sqlite3.connect(database)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def encrypt_database(
    database: Path, new_password: str, *, recovery: bool = True, now: datetime | None = None
) -> Encrypted:
    """Encrypt the plain SQLite `database` in place with a new random key wrapped by
    `new_password` (and a recovery key, returned to be shown once).

    First an encrypted copy is made and checked, and kept as a backup (`…-before-encrypt`);
    then every plain backup and set-aside damaged file is encrypted with the same key and its
    own key file (one that cannot be read is left and listed in `left_plain`); then the
    database's journals are removed and the encrypted copy takes its place. No engine may be
    open on it; the writer lock is held meanwhile."""
    if crypto.is_encrypted(database):
        raise UserError(
            QT_TRANSLATE_NOOP("fieldmon", "The database {path} is already encrypted."),
            path=str(database),
        )
    if not new_password:
        raise UserError(QT_TRANSLATE_NOOP("fieldmon", "The new password is empty."))
    verdict = backup.check(database, full=False)
    if not verdict.ok:
        raise UserError(
            QT_TRANSLATE_NOOP("fieldmon", "The database {path} cannot be encrypted: {verdict}"),
            path=str(database),
            verdict=verdict.message,
        )
    lock.acquire(database)
    try:
        _checkpoint(database)
        key, keys, recovery_key = crypto.new_keys(new_password, recovery=recovery)
        when = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        folder = backup.backup_folder(database)
        folder.mkdir(parents=True, exist_ok=True)
        saved = folder / f"{database.stem}-{when}-before-encrypt.db"
        # Consistent: the writer lock keeps every writer out while it is read.
        _encrypted_copy(database, saved, key, keys)
        errors = crypto.errors()
        result = Encrypted(database, recovery_key, saved)
        for plain in _plain_copies(database):
            try:
                _encrypted_copy(plain, plain, key, keys)
            except UserError:
                crypto.key_file(plain).unlink(missing_ok=True)
                result.left_plain.append(plain)
            except errors:
                crypto.key_file(plain).unlink(missing_ok=True)
                result.left_plain.append(plain)
            else:
                result.backups_encrypted.append(plain)
        _encrypted_copy(database, database, key, keys)
    finally:
        lock.release(database)
    return result


def _same_key_files(database: Path, key_id: str) -> list[Path]:
    """The key files of the database's backups and set-aside files wrapping key `key_id`."""
    candidates = [crypto.key_file(p) for p in backup.backups(database)]
    candidates += sorted(database.parent.glob(f"{database.name}.damaged-*{crypto.KEY_SUFFIX}"))
    found = []
    for path in candidates:
        try:
            if path.exists() and crypto.read_key_file(path).key_id == key_id:
                found.append(path)
        except crypto.BadKeyFile:
            continue
    return found


def _rewrap(database: Path, key: bytes, new_password: str) -> list[Path]:
    if not new_password:
        raise UserError(QT_TRANSLATE_NOOP("fieldmon", "The new password is empty."))
    keys = crypto.rewrapped(crypto.read_key_file(crypto.key_file(database)), key, new_password)
    crypto.write_key_file(crypto.key_file(database), keys)
    others = _same_key_files(database, keys.key_id)
    for path in others:  # a restored backup asks for the current password
        crypto.write_key_file(path, keys)
    return others


def change_password(database: Path, current: str | None, new_password: str) -> list[Path]:
    """Wrap the database key with `new_password` instead of `current` (instant: the data is
    not touched), in the database's key file and its backups' (returned). The recovery key
    stays valid."""
    if not crypto.is_encrypted(database):
        raise UserError(
            QT_TRANSLATE_NOOP("fieldmon", "The database {path} is not encrypted."),
            path=str(database),
        )
    key = crypto.unlock(database, current)
    return _rewrap(database, key, new_password)


def reset_password(database: Path, recovery_key: str, new_password: str) -> list[Path]:
    """A new password set with the recovery key (the old password stops working)."""
    if not crypto.is_encrypted(database):
        raise UserError(
            QT_TRANSLATE_NOOP("fieldmon", "The database {path} is not encrypted."),
            path=str(database),
        )
    key = crypto.unlock_with_recovery(database, recovery_key)
    return _rewrap(database, key, new_password)


def decrypt_copy(database: Path, password: str | None, target: Path) -> Path:
    """A plain, checked copy of the encrypted `database` at `target`, which must not exist.
    Only reads the database (it may be open meanwhile)."""
    if not crypto.is_encrypted(database):
        raise UserError(
            QT_TRANSLATE_NOOP("fieldmon", "The database {path} is not encrypted."),
            path=str(database),
        )
    if target.exists():
        raise UserError(
            QT_TRANSLATE_NOOP("fieldmon", "{path} already exists; choose a new file name."),
            path=str(target),
        )
    key = crypto.unlock(database, password)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.decrypting")
    tmp.unlink(missing_ok=True)
    try:
        crypto.export_plain(database, key, tmp)
        verdict = backup.check(tmp)
        if not verdict.ok:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "fieldmon", "The plain copy of {name} did not pass its check: {verdict}"
                ),
                name=database.name,
                verdict=verdict.message,
            )
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target
