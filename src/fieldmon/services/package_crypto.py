"""Sealed data packages: a package's zip encrypted and authenticated with the team's exchange
passphrase, so a lost USB stick gives away no name, IIN or record count.

A sealed package is a small plaintext header followed by the zip, cut into chunks:

- header (`HEADER`, 51 bytes): `MAGIC`, format version, cipher (1: AES-256-GCM), key
  derivation (1: Argon2id) and its iterations, memory (KiB) and lanes, the chunk size, a
  random 16-byte salt and a random 7-byte nonce prefix;
- chunks: `CHUNK` bytes of the zip each (the last one shorter, possibly empty), each
  encrypted on its own with the key derived from the passphrase and the salt. A chunk's
  nonce is the prefix, its number (4 bytes) and a final flag (1 byte), and the whole header
  is its associated data (the STREAM construction): a changed byte anywhere, chunks swapped,
  dropped, cut off or appended, or a header changed, fail authentication.

Everything a package holds is inside: the manifest with its record counts too.

Writing streams (`SealingWriter`: zipfile writes to it as to an unseekable file, with data
descriptors) and reading is random access (`SealedReader`: zipfile seeks in it and reads, one
chunk decrypted at a time), so memory stays one chunk whatever the size of the package. Every
read authenticates the chunk it decrypts, and `SealedReader.verify` reads the whole file
once before anything else, so the package's own checks only ever see authentic bytes.

A header's parameters are bounded (`_check_params`) before any key is derived: a header
changed to ask for a terabyte of memory is a damaged package, not a hang.
"""

from __future__ import annotations

import io
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from fieldmon.domain.errors import UserError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP

MAGIC = b"FMPKGENC"
VERSION = 1
AES_256_GCM = 1
ARGON2ID = 1
_HEADER = struct.Struct(">8sBBBBIIII16s7s")
HEADER = _HEADER.size
TAG = 16
CHUNK = 64 * 1024

# What a header may ask for. The upper bounds are far above DEFAULT_KDF and keep a changed
# header from asking for more than a laptop has.
_ITERATIONS = (1, 16)
_MEMORY_KIB = (8, 1024 * 1024)
_LANES = (1, 16)
_CHUNK = (1024, 4 * 1024 * 1024)

WRONG_OR_CHANGED = QT_TRANSLATE_NOOP(
    "fieldmon",
    "The package {name} could not be opened: wrong exchange passphrase, or the file was changed.",
)
ENCRYPTED = QT_TRANSLATE_NOOP(
    "fieldmon",
    "The package {name} is encrypted: give the team's exchange passphrase to import it.",
)
UNPROTECTED = QT_TRANSLATE_NOOP(
    "fieldmon",
    "This database is encrypted: give the team's exchange passphrase, or choose to send "
    "personal data unprotected.",
)


class WrongPassphrase(UserError):
    """A sealed package that does not open: wrong passphrase, or a changed, cut or damaged
    file (the two cannot be told apart, by design)."""


class PassphraseNeeded(UserError):
    """A sealed package imported without a passphrase."""


class UnprotectedExport(UserError):
    """A package from an encrypted database with neither a passphrase nor a plain export
    asked for."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id's cost. DEFAULT_KDF is RFC 9106's second recommendation (64 MiB, 3 passes,
    4 lanes), about 0.3 s on the 2-core development machine."""

    iterations: int = 3
    memory_kib: int = 64 * 1024
    lanes: int = 4


DEFAULT_KDF = KdfParams()
# For a passphrase that is itself a random key (sync's one-time packages) or tests: with 256
# random bits no derivation cost is needed.
FAST_KDF = KdfParams(iterations=1, memory_kib=8, lanes=1)


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def _nonce(prefix: bytes, index: int, final: bool) -> bytes:
    return prefix + index.to_bytes(4, "big") + (b"\x01" if final else b"\x00")


def is_sealed(path: str | Path) -> bool:
    """Whether the file at `path` starts like a sealed package."""
    try:
        with open(path, "rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


class SealingWriter(io.RawIOBase):
    """An unseekable binary stream that seals what is written to it into `out`."""

    def __init__(
        self,
        out: IO[bytes],
        passphrase: str,
        kdf: KdfParams | None = None,
        chunk: int | None = None,
    ):
        """`kdf` None: DEFAULT_KDF; `chunk` None: CHUNK (both read at the call, so tests can
        make them small)."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        super().__init__()
        kdf, chunk = kdf or DEFAULT_KDF, chunk or CHUNK
        salt, self._prefix = os.urandom(16), os.urandom(7)
        self._header = _HEADER.pack(
            MAGIC,
            VERSION,
            AES_256_GCM,
            ARGON2ID,
            0,
            kdf.iterations,
            kdf.memory_kib,
            kdf.lanes,
            chunk,
            salt,
            self._prefix,
        )
        self._aead = AESGCM(_derive(passphrase, salt, kdf))
        self._out, self._chunk = out, chunk
        self._buffer = bytearray()
        self._index = self._written = 0
        out.write(self._header)

    def writable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._written

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        self._buffer += view
        self._written += len(view)
        # A full chunk is sealed only when more follows: the last one carries the final flag.
        while len(self._buffer) > self._chunk:
            self._seal(bytes(self._buffer[: self._chunk]), final=False)
            del self._buffer[: self._chunk]
        return len(view)

    def _seal(self, plain: bytes, final: bool) -> None:
        nonce = _nonce(self._prefix, self._index, final)
        self._out.write(self._aead.encrypt(nonce, plain, self._header))
        self._index += 1

    def close(self) -> None:
        if not self.closed:
            self._seal(bytes(self._buffer), final=True)
            self._buffer = bytearray()
        super().close()


class SealedReader(io.RawIOBase):
    """A sealed package's zip, read (and authenticated) a chunk at a time, seekable.

    Raises WrongPassphrase (naming `name`) when the header is not one fieldmon writes, the
    key does not open the first chunk, or any chunk read fails authentication."""

    def __init__(
        self, path: Path, name: str, *, passphrase: str | None = None, key: bytes | None = None
    ):
        """Open with the `passphrase`, or with the `key` an earlier reader of the same file
        derived (`key`: the derivation is slow on purpose, and a package is read several
        times)."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        super().__init__()
        self._name = name
        self._file = open(path, "rb")  # noqa: SIM115 - closed by close()
        try:
            header = self._file.read(HEADER)
            if len(header) != HEADER:
                raise self._broken()
            fields = _HEADER.unpack(header)
            magic, version, cipher, kdf, _reserved, iterations, memory, lanes, chunk = fields[:9]
            salt, self._prefix = fields[9], fields[10]
            if (magic, version, cipher, kdf) != (MAGIC, VERSION, AES_256_GCM, ARGON2ID):
                raise self._broken()
            params = KdfParams(iterations, memory, lanes)
            if not _check_params(params, chunk):
                raise self._broken()
            self._header, self._chunk = header, int(chunk)
            body = os.fstat(self._file.fileno()).st_size - HEADER
            full = chunk + TAG
            self._count = max(1, -(-body // full))
            self._last = body - (self._count - 1) * full
            if self._last < TAG:
                raise self._broken()
            self._size: int = body - self._count * TAG
            if key is None:
                key = _derive(passphrase or "", salt, params)
            self.key = key
            self._aead = AESGCM(key)
        except BaseException:
            self._file.close()
            raise
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None
        self._plain_chunk(0)  # a wrong passphrase is said at once

    def _broken(self) -> WrongPassphrase:
        return WrongPassphrase(WRONG_OR_CHANGED, name=self._name)

    def _plain_chunk(self, index: int) -> bytes:
        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        from cryptography.exceptions import InvalidTag

        final = index == self._count - 1
        self._file.seek(HEADER + index * (self._chunk + TAG))
        sealed = self._file.read(self._last if final else self._chunk + TAG)
        try:
            plain = self._aead.decrypt(_nonce(self._prefix, index, final), sealed, self._header)
        except InvalidTag:
            raise self._broken() from None
        self._cached = (index, plain)
        return plain

    def verify(self) -> None:
        """Authenticate every chunk (a pass over the file, one chunk in memory)."""
        for index in range(self._count):
            self._plain_chunk(index)

    @property
    def size(self) -> int:
        return self._size

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        if base + offset < 0:
            raise OSError("negative seek position")
        self._pos = base + offset
        return self._pos

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._pos < self._size:
            index, start = divmod(self._pos, self._chunk)
            plain = self._plain_chunk(index)
            piece = plain[start : start + len(view) - done]
            view[done : done + len(piece)] = piece
            done += len(piece)
            self._pos += len(piece)
        return done

    def close(self) -> None:
        if not self.closed:
            self._file.close()
            self._cached = None
        super().close()


def _check_params(params: KdfParams, chunk: int) -> bool:
    return (
        _ITERATIONS[0] <= params.iterations <= _ITERATIONS[1]
        and _MEMORY_KIB[0] <= params.memory_kib <= _MEMORY_KIB[1]
        and _LANES[0] <= params.lanes <= _LANES[1]
        and params.memory_kib >= 8 * params.lanes
        and _CHUNK[0] <= chunk <= _CHUNK[1]
    )
