"""An encrypted SQLite database at rest (SQLCipher), its key, and the key's file.

Design:

- Each encrypted database has a random 32-byte **database key**. SQLCipher is given that key
  raw (`PRAGMA key = "x'<64 hex>'"`, the first statement on every connection), so opening a
  connection costs no SQLCipher key derivation. Every page of the file, and of its `-wal`, is
  encrypted and authenticated by SQLCipher (AES-256-CBC, and HMAC-SHA256 rather than its
  default SHA-512: half the cost of reading a page on CPUs with SHA extensions, see
  bench/bench_encryption.py); the `-shm` index holds no content.
- The database key is never stored as it is. It is **wrapped** (AES-256-GCM, the key file's
  id and the wrapping's kind as associated data) by a key derived from the password with
  Argon2id (`KDF`: about 0.3 s on a laptop; salt and parameters are stored, so they can be
  raised later without breaking older files), and optionally also by a random **recovery
  key** (160 bits, shown once as eight groups of four base32 characters for the coordinator
  to keep on paper; its wrapping key comes from HKDF-SHA256, as it needs no stretching).
- The wrappings live in a **key file** beside the database, `<database>.key` (JSON, written
  atomically): `fieldmon.db` → `fieldmon.db.key`. A plaintext header inside the database
  file was considered and refused: SQLCipher's plaintext-header option leaves the schema's
  page readable and would make every tool that copies the file (the backup API, `restore`)
  responsible for a second format. A key file is the LUKS/age habit: the data and the means
  to unlock it are separate, and both must be copied together.
- A **password change rewraps** the database key (instant; the data is not re-encrypted) in
  the database's key file and in the key files of its backups, so a restored backup asks for
  the current password. The **recovery key resets the password** the same way.
- Every **backup carries its own key file** (`backups/X.db` → `backups/X.db.key`, `backup -o
  F.db` → `F.db.key`): the copy is made with SQLite's backup API between two connections
  keyed with the same database key, so it is encrypted too; `restore` brings the backup's key
  file along (unless the database's own one wraps the same key: that one is newer).
- A file is encrypted when it is not a plain SQLite file (its first 16 bytes are not
  "SQLite format 3") and its key file exists. An encrypted file whose key file is lost reads
  as a damaged file: without the key file, or without both the password and the recovery
  key, **the data is gone** — that is the point.
- Unlocked keys are remembered for the life of the process by their key file's id
  (`remember`, `known_key`), so the backups made by a running app or command (daily, before
  an upgrade, before a restore) and their checks need no password again.

Tests make key derivation cheap by replacing `KDF` (see tests/db/test_encryption.py); the
parameters a file was made with are read from its key file, never from `KDF`.
"""

from __future__ import annotations

import base64
import json
import os
import sqlite3
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldmon.domain.errors import UserError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP

KEY_SUFFIX = ".key"
HEADER = b"SQLite format 3\x00"
FORMAT = "fieldmon-database-key"
VERSION = 1
KEY_BYTES = 32
RECOVERY_BYTES = 20  # 160 bits: 32 base32 characters


@dataclass(frozen=True)
class KdfParams:
    """Argon2id's cost: passes over memory, lanes, memory in KiB."""

    iterations: int = 3
    lanes: int = 4
    memory_cost: int = 128 * 1024


# 0.3-0.5 s on a 2-core laptop of 2026 (bench/bench_encryption.py prints it).
KDF = KdfParams()


class PasswordNeeded(UserError):
    def __init__(self, path: Path):
        self.path = path
        super().__init__(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "The database {path} is protected by a password; give it with "
                "FIELDMON_PASSWORD or --password-file.",
            ),
            path=str(path),
        )


class WrongPassword(UserError):
    def __init__(self, path: Path):
        self.path = path
        super().__init__(
            QT_TRANSLATE_NOOP("fieldmon", "Wrong password for {path}; nothing was changed."),
            path=str(path),
        )


class WrongRecoveryKey(UserError):
    def __init__(self, path: Path):
        self.path = path
        super().__init__(
            QT_TRANSLATE_NOOP(
                "fieldmon", "That is not the recovery key of {path}; nothing was changed."
            ),
            path=str(path),
        )


class NoRecoveryKey(UserError):
    def __init__(self, path: Path):
        self.path = path
        super().__init__(
            QT_TRANSLATE_NOOP("fieldmon", "The database {path} has no recovery key."),
            path=str(path),
        )


class BadKeyFile(UserError):
    def __init__(self, path: Path, reason: str):
        self.path = path
        super().__init__(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "The key file {path} cannot be read ({reason}); the database is locked without it.",
            ),
            path=str(path),
            reason=reason,
        )


def key_file(database: Path) -> Path:
    """Where the wrapped keys of `database` live: `<database>.key`."""
    return database.with_name(database.name + KEY_SUFFIX)


def is_plain(path: Path) -> bool:
    """Does the file begin like a plain SQLite database?"""
    try:
        with open(path, "rb") as f:
            return f.read(len(HEADER)) == HEADER
    except OSError:
        return False


def is_encrypted(path: Path) -> bool:
    """Is the file at `path` an encrypted database: it has a key file and is not a plain
    SQLite file (an empty file with a key file is a new encrypted database)."""
    return path.exists() and key_file(path).exists() and not is_plain(path)


# --- the key file ---------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    return base64.b64decode(str(text), validate=True)


def _aesgcm(key: bytes) -> Any:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _password_bytes(password: str) -> bytes:
    # The same word typed on two keyboards (Kazakh letters composed or not) is one password.
    return unicodedata.normalize("NFC", password).encode("utf-8")


def derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    """The password's wrapping key (Argon2id)."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_cost,
    ).derive(_password_bytes(password))


def _recovery_wrapping_key(recovery: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"fieldmon recovery"
    ).derive(recovery)


@dataclass(frozen=True)
class KeyFile:
    """A database key's wrappings: by the password (always), by a recovery key (optional)."""

    key_id: str
    password: dict[str, Any]
    recovery: dict[str, Any] | None = None

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "key_id": self.key_id,
            "cipher": CIPHER,
            "password": self.password,
        }
        if self.recovery is not None:
            data["recovery"] = self.recovery
        return json.dumps(data, indent=2) + "\n"


def _wrap(wrapping: bytes, key: bytes, key_id: str, kind: str) -> tuple[str, str]:
    nonce = os.urandom(12)
    sealed = _aesgcm(wrapping).encrypt(nonce, key, f"{FORMAT}/{key_id}/{kind}".encode())
    return _b64(nonce), _b64(sealed)


def _unwrap(wrapping: bytes, entry: dict[str, Any], key_id: str, kind: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag

    try:
        return bytes(
            _aesgcm(wrapping).decrypt(
                _unb64(entry["nonce"]),
                _unb64(entry["wrapped"]),
                f"{FORMAT}/{key_id}/{kind}".encode(),
            )
        )
    except InvalidTag:
        return None


def wrap_with_password(key: bytes, key_id: str, password: str) -> dict[str, Any]:
    salt = os.urandom(16)
    params = KDF
    nonce, wrapped = _wrap(derive(password, salt, params), key, key_id, "password")
    return {
        "kdf": "argon2id",
        "salt": _b64(salt),
        "iterations": params.iterations,
        "lanes": params.lanes,
        "memory_cost": params.memory_cost,
        "nonce": nonce,
        "wrapped": wrapped,
    }


def wrap_with_recovery(key: bytes, key_id: str, recovery: bytes) -> dict[str, Any]:
    salt = os.urandom(16)
    nonce, wrapped = _wrap(_recovery_wrapping_key(recovery, salt), key, key_id, "recovery")
    return {"kdf": "hkdf-sha256", "salt": _b64(salt), "nonce": nonce, "wrapped": wrapped}


def read_key_file(path: Path) -> KeyFile:
    """The key file at `path` (BadKeyFile when it is missing or not one)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError("not a fieldmon key file")
        if data.get("version") != VERSION:
            raise ValueError(f"version {data.get('version')}")
        if data.get("cipher") != CIPHER:
            raise ValueError(f"cipher {data.get('cipher')}")
        return KeyFile(str(data["key_id"]), dict(data["password"]), data.get("recovery"))
    except OSError as exc:
        raise BadKeyFile(path, exc.strerror or str(exc)) from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadKeyFile(path, str(exc)) from None


def write_key_file(path: Path, keys: KeyFile) -> None:
    """Write a key file whole or not at all (a temporary file, flushed, then renamed)."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(keys.to_json())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def copy_key_file(source_database: Path, target_database: Path) -> None:
    """Give `target_database` a copy of `source_database`'s key file."""
    write_key_file(key_file(target_database), read_key_file(key_file(source_database)))


# --- unlocking ------------------------------------------------------------------------------

_known: dict[str, bytes] = {}


def remember(key_id: str, key: bytes) -> None:
    """Keep an unlocked key for this process (backups and their checks need it)."""
    _known[key_id] = key


def forget_all() -> None:
    _known.clear()


def known_key(database: Path) -> bytes | None:
    """The key of an encrypted file unlocked earlier in this process (by its key file's id)."""
    try:
        return _known.get(read_key_file(key_file(database)).key_id)
    except BadKeyFile:
        return None


def unlock(database: Path, password: str | None) -> bytes:
    """The database key of an encrypted `database`, unwrapped with `password` (remembered).
    PasswordNeeded without one (even when this process knows the key: whoever opens a
    database shows its password), WrongPassword when it does not unwrap; the database file
    is never opened here."""
    keys = read_key_file(key_file(database))
    if not password:
        raise PasswordNeeded(database)
    entry = keys.password
    try:
        params = KdfParams(int(entry["iterations"]), int(entry["lanes"]), int(entry["memory_cost"]))
        wrapping = derive(password, _unb64(entry["salt"]), params)
        key = _unwrap(wrapping, entry, keys.key_id, "password")
    except (KeyError, ValueError, TypeError) as exc:
        raise BadKeyFile(key_file(database), str(exc)) from None
    if key is None:
        raise WrongPassword(database)
    remember(keys.key_id, key)
    return key


def unlock_with_recovery(database: Path, recovery_key: str) -> bytes:
    keys = read_key_file(key_file(database))
    if keys.recovery is None:
        raise NoRecoveryKey(database)
    try:
        raw = parse_recovery_key(recovery_key)
    except ValueError:
        raise WrongRecoveryKey(database) from None
    try:
        wrapping = _recovery_wrapping_key(raw, _unb64(keys.recovery["salt"]))
        key = _unwrap(wrapping, keys.recovery, keys.key_id, "recovery")
    except (KeyError, ValueError, TypeError) as exc:
        raise BadKeyFile(key_file(database), str(exc)) from None
    if key is None:
        raise WrongRecoveryKey(database)
    remember(keys.key_id, key)
    return key


def new_keys(password: str, *, recovery: bool = True) -> tuple[bytes, KeyFile, str | None]:
    """A new random database key, its key file, and its recovery key as it is shown (None
    without one)."""
    key = os.urandom(KEY_BYTES)
    key_id = os.urandom(8).hex()
    raw = os.urandom(RECOVERY_BYTES) if recovery else None
    keys = KeyFile(
        key_id,
        wrap_with_password(key, key_id, password),
        wrap_with_recovery(key, key_id, raw) if raw is not None else None,
    )
    remember(key_id, key)
    return key, keys, format_recovery_key(raw) if raw is not None else None


def rewrapped(keys: KeyFile, key: bytes, new_password: str) -> KeyFile:
    """The same key file with the database key wrapped by a new password (the recovery
    wrapping kept)."""
    return KeyFile(keys.key_id, wrap_with_password(key, keys.key_id, new_password), keys.recovery)


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """A recovery key as typed: any case, spaces and dashes anywhere; 0 and 1 read as O and I
    (base32 has neither)."""
    cleaned = "".join(c for c in text.upper() if c.isalnum()).replace("0", "O").replace("1", "I")
    raw = base64.b32decode(cleaned)
    if len(raw) != RECOVERY_BYTES:
        raise ValueError("wrong length")
    return raw


# --- connections ----------------------------------------------------------------------------


def dbapi() -> Any:
    """sqlcipher3's DB-API module (imported on first use: plain databases never load it)."""
    from sqlcipher3 import dbapi2

    if not getattr(dbapi2, "_fieldmon_quiet", False):
        # SQLCipher writes its own errors to stderr; fieldmon says one sentence instead.
        quiet = dbapi2.connect(":memory:")
        quiet.execute("PRAGMA cipher_log_level = NONE")
        quiet.close()
        dbapi2._fieldmon_quiet = True
    return dbapi2


def errors() -> tuple[type[BaseException], ...]:
    """The exceptions of sqlite3 and sqlcipher3 (they share no base class)."""
    return (sqlite3.Error, dbapi().Error)


# What every encrypted file is (its key file says so): SQLCipher 4's defaults but HMAC-SHA256.
CIPHER = "sqlcipher4-raw-key-hmac-sha256"
CIPHER_PRAGMAS = ("cipher_hmac_algorithm = HMAC_SHA256",)

# The page cache of an encrypted connection, in KiB: an upper bound, the cache grows only as
# pages are read. Plain SQLite rereads pages from the operating system's file cache for
# nothing; SQLCipher decrypts and authenticates a page each time it enters SQLite's cache, so
# a summary whose pages do not fit is decrypted again on every pass. The summary of 100,000
# loans (a 612 MB file) touches about 300 MB: with a 64 MiB cache it took 2.8x plain, 256 MiB
# 1.4x, 384 MiB 1.0x (bench/bench_encryption.py). A database of a few thousand loans never
# comes near the bound. The engine reuses its most recent connection first (pool_use_lifo)
# and keeps at most two open (pool_size): one warm cache serves the reports, and connections
# opened for work running at the same time close, freeing their caches, when it ends.
CACHE_KIB = 512 * 1024


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(
    path: Path, key: bytes, *, read_only: bool = False, check_same_thread: bool = True
) -> Any:
    """A SQLCipher connection to `path` keyed with `key` (the key pragma is its first
    statement). Reading it fails with DatabaseError when the key is not the file's."""
    module = dbapi()
    if read_only:
        conn = module.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=check_same_thread
        )
    else:
        conn = module.connect(str(path), check_same_thread=check_same_thread)
    try:
        conn.execute(key_pragma(key))
        for pragma in CIPHER_PRAGMAS:
            conn.execute(f"PRAGMA {pragma}")
        # A page is decrypted each time it enters the cache: see CACHE_KIB.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except BaseException:
        conn.close()
        raise
    return conn


def export_encrypted(plain: Path, target: Path, key: bytes) -> None:
    """Write an encrypted copy of the plain database `plain` to the new file `target`."""
    conn = dbapi().connect(f"{plain.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), f"x'{key.hex()}'"))
        for pragma in CIPHER_PRAGMAS:
            conn.execute(f"PRAGMA encrypted.{pragma}")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()


def export_plain(encrypted: Path, key: bytes, target: Path) -> None:
    """Write a plain copy of the encrypted database to the new file `target`."""
    conn = connect(encrypted, key, read_only=True)
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        conn.execute("SELECT sqlcipher_export('plain')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA plain.user_version = {int(version)}")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
