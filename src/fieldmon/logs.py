"""Logging to a rotating file in the user-data folder; tracebacks go there, not on screen.

The log file is outside the (encrypted) database, so nothing personal may reach it in the
clear: every handler fieldmon sets up masks IINs/BINs, phone numbers, passwords and the
password in a database URL, in the message and in the traceback (SQLAlchemy's errors quote
the statement's parameters, e.g. "[parameters: ('880514400123', ...)]", which are hidden
whole)."""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from fieldmon.paths import data_dir

_configured: Path | None = None

IIN_MASK = "************"
PHONE_MASK = "+7 *** *** ** **"
SECRET_MASK = "***"

# SQLAlchemy's "[parameters: (...)]" line (the values of a failed statement: names, IINs,
# phones) goes whole; the repr is one line.
_PARAMETERS = re.compile(r"\[parameters: [^\n]*")
# 'scheme://user:secret@host' → 'scheme://user:***@host'
_URL_PASSWORD = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*://[^\s:/@'\"]*:)[^\s@'\"]+(@)")
# password=secret, PGPASSWORD=secret, passphrase: 'secret', "password": "secret"
_SECRET_WORD = r"[A-Za-z_\-]*(?:password|passwd|passphrase|secret|pwd)[A-Za-z_\-]*"
_SECRET_ASSIGNED = re.compile(rf"(?i)\b({_SECRET_WORD}\s*=\s*)(['\"]?)[^\s'\",;&)\]}}]+")
_SECRET_QUOTED = re.compile(rf"(?i)\b({_SECRET_WORD}['\"]?\s*:\s*)(['\"])[^'\"]*(['\"])")
# SQLCipher's key in a quoted statement: PRAGMA key = 'secret' / PRAGMA main.rekey = "x'..'"
_PRAGMA_KEY = re.compile(
    r"(?i)(PRAGMA\s+(?:\w+\.)?(?:re)?key\s*=\s*)(?:'(?:[^']|'')*'|\"[^\"]*\"|[^;\]\n]*)"
)
# 12 digits in a row, not part of a longer number: an IIN or a BIN.
_IIN = re.compile(r"(?<!\d)\d{12}(?!\d)")
_SEP = r"[ \t().\-]*"
# A Kazakhstan phone: +7 / 7 / 8 and 10 digits, with spaces, dashes, dots or brackets;
# or the 10 digits alone when they begin with 7 (mobile codes 70x, 77x).
_PHONE = re.compile(
    rf"(?<![0-9A-Za-z+\-])(?:(?:\+{_SEP}7|[78]){_SEP}\d(?:{_SEP}\d){{9}}|7\d{{9}})(?!\d)"
)


def mask(text: str) -> str:
    """Text with IINs/BINs, phone numbers, passwords and SQL parameters masked."""
    text = _PARAMETERS.sub("[parameters: hidden]", text)
    text = _PRAGMA_KEY.sub(rf"\g<1>{SECRET_MASK}", text)
    text = _URL_PASSWORD.sub(rf"\g<1>{SECRET_MASK}\g<2>", text)
    text = _SECRET_QUOTED.sub(rf"\g<1>\g<2>{SECRET_MASK}\g<3>", text)
    text = _SECRET_ASSIGNED.sub(rf"\g<1>\g<2>{SECRET_MASK}", text)
    text = _IIN.sub(IIN_MASK, text)
    return _PHONE.sub(PHONE_MASK, text)


class MaskingFilter(logging.Filter):
    """Masks a record in place before any handler formats it: its message (arguments
    merged), its traceback and its stack. Never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what can be kept
            message = f"{record.msg} {record.args!r}"
        record.msg = mask(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        if record.stack_info:
            record.stack_info = mask(record.stack_info)
        return True


class MaskingFormatter(logging.Formatter):
    """A formatter whose every output line is masked too (whatever a filter missed)."""

    def format(self, record: logging.LogRecord) -> str:
        return mask(super().format(record))


def masked_handler(handler: logging.Handler) -> logging.Handler:
    """The handler with the masking filter and formatter fieldmon gives all its handlers."""
    handler.addFilter(MaskingFilter())
    handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler


def setup_logging() -> Path:
    """Idempotent; returns the log file's path."""
    global _configured
    if _configured is not None:
        return _configured
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "fieldmon.log"
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    root = logging.getLogger("fieldmon")
    root.setLevel(logging.INFO)
    root.addHandler(masked_handler(handler))
    _configured = path
    return path
