"""`fieldmon sync --to URL`: exchange this database with a central one (PostgreSQL), both
ways, by the same packages and merge rules as files on a USB stick.

1. Push: what changed here since the last push to that server, as a package, merged there
   in one transaction.
2. Pull: what changed there since the last pull, merged here in one transaction.

Each step remembers how far it got (in this database's settings, keyed by the server's URL
without its password) only once its transaction is committed. A dropped connection therefore
loses nothing: running `sync` again repeats the unfinished step, and what already arrived
merges as "unchanged". What one side received from the other is not sent back.

Cancelling (`should_stop`, from the window's *Sync now*) is looked at before the push and
between the push and the pull, never inside a step: a step is one transaction, whole or not
at all. A cancel raises `SyncCancelled` (a `UserError`, so every caller that shows one
sentence shows it) rather than returning a half result: the pull did not happen, and a
committed push keeps its watermark, so the next sync starts with the pull. Only a sync that
did both steps records when it finished (`sync.at:<server>`), which `status` reports with
the number of changes made here since the last push.

The window keeps the central database's URL, without its password, in this database's
settings (`URL_KEY`); the password lives in the OS keyring (service `fieldmon`, user the
server key), or is asked at each sync where there is no keyring.

The packages a sync makes live only in a temporary folder, removed at the end, yet they hold
personal data: each is sealed (`package_crypto`) with a random one-time key that never leaves
memory, so nothing readable is ever written to disk, not even by a crash between the two
steps. (The key is random, so its derivation needs no cost: FAST_KDF.)
"""

from __future__ import annotations

import logging
import secrets
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, InterfaceError, OperationalError
from sqlalchemy.orm import Session

from fieldmon.db.changes import next_seq
from fieldmon.db.engine import Database, open_database, reason
from fieldmon.db.models import Change, Setting, utcnow
from fieldmon.domain.errors import UserError, reason_of
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.services import profile
from fieldmon.services.merge import MergeResult, merge
from fieldmon.services.package_crypto import FAST_KDF
from fieldmon.services.packages import last_seq, open_package, write_package

log = logging.getLogger(__name__)

PUSHED, PULLED, DONE = "sync.pushed:", "sync.pulled:", "sync.at:"
URL_KEY = "sync.url"  # the central database's URL, without its password
KEYRING_SERVICE = "fieldmon"
EXAMPLE_URL = "postgresql+psycopg://officer@server/fieldmon"


@dataclass
class SyncResult:
    pushed: MergeResult
    pulled: MergeResult


@dataclass(frozen=True)
class SyncStatus:
    last: datetime | None  # when a sync with that server last finished (UTC), None: never
    waiting: int  # changes made here since the last push to it (all of them before one)


class SyncCancelled(UserError):
    """The user stopped a sync between its steps. `pushed` is the push's merge when the push
    was done (and kept), None when nothing was sent."""

    def __init__(self, pushed: MergeResult | None):
        super().__init__(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "Sync was cancelled; what was already sent is kept. Run it again to finish.",
            )
        )
        self.pushed = pushed


def server_key(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def check_url(text: str) -> str:
    """The central database's URL as typed in Settings, checked: '' (no central database),
    or a PostgreSQL URL without a password (that goes to the keyring), given the driver
    fieldmon ships."""
    text = text.strip()
    if not text:
        return ""
    try:
        url = make_url(text)
    except ArgumentError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "Central database address: '{url}' is not a database address; write it "
                "like {example}.",
            ),
            url=text,
            example=EXAMPLE_URL,
        ) from exc
    if url.get_backend_name() != "postgresql":
        raise UserError(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "Central database address: fieldmon syncs with PostgreSQL only; write it "
                "like {example}.",
            ),
            example=EXAMPLE_URL,
        )
    if url.password is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "Central database address: leave the password out of it and type the "
                "password in its own field.",
            )
        )
    # psycopg 3 is the driver fieldmon ships; any other named (psycopg2, asyncpg) would
    # only fail at the first sync.
    return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def stored_url(db: Database) -> str:
    """The central database's URL kept in this database's settings ('' when none)."""
    return profile.get_setting(db, URL_KEY) or ""


def set_url(db: Database, text: str) -> str:
    """Check and keep the central database's URL ('' forgets it); returns what was kept."""
    url = check_url(text)
    profile.set_setting(db, URL_KEY, url)
    return url


def kept_password(url: str) -> str | None:
    """The password the OS keyring keeps for `url`'s server, or None: none kept, or no
    keyring on this computer (then the window asks)."""
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, server_key(url))
    except Exception:  # noqa: BLE001 - any keyring failure (no backend, a locked or broken
        # store, D-Bus away) only means the password is asked instead
        log.warning("cannot read the keyring", exc_info=True)
        return None


def keep_password(url: str, password: str) -> None:
    """Keep `url`'s password in the OS keyring; one sentence when there is none."""
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, server_key(url), password)
    except Exception as exc:  # noqa: BLE001 - whatever the backend raises, one sentence
        log.warning("cannot write the keyring", exc_info=True)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "Central database password: this computer has no keyring to keep it; leave "
                "the field empty and fieldmon will ask for it at each sync.",
            )
        ) from exc


def status(db: Database, url: str) -> SyncStatus:
    """When the last sync with `url`'s server finished, and how many changes (saves of a
    record, as the Home page counts them) were made here since the last push to it."""
    key = server_key(url)
    with db.read_session() as session:
        row = session.get(Setting, DONE + key)
        last = datetime.fromisoformat(row.value) if row is not None else None
        pushed = _setting(session, PUSHED + key)
        query = select(func.count()).select_from(Change)
        if pushed is not None:
            query = query.where(Change.seq > pushed)
        waiting = int(session.scalar(query) or 0)
    return SyncStatus(last, waiting)


def _setting(session: Session, key: str) -> int | None:
    row = session.get(Setting, key)
    return int(row.value) if row is not None else None


def _put(session: Session, key: str, value: int | str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=str(value)))
    else:
        row.value = str(value)


def _send(
    source: Database,
    target: Database,
    seq_after: int | None,
    officer: str,
    folder: Path,
    name: str,
) -> tuple[MergeResult, int, tuple[int, int]]:
    """Package what `source` has after `seq_after`, merge it into `target`. Returns the
    merge, `source`'s watermark, and `target`'s change numbers (before, after) the merge."""
    path = folder / f"{name}.fmpkg"
    device = profile.device_id(source)
    one_time = secrets.token_urlsafe(32)  # 256 random bits, see the module's docstring
    with source.snapshot() as session:
        watermark = last_seq(session)
        write_package(
            session,
            path,
            seq_after=seq_after,
            since=None,
            officer=officer,
            device=device,
            passphrase=one_time,
            kdf=FAST_KDF,
        )
    package = open_package(target, path, one_time)
    with target.session() as session:
        before = next_seq(session, 0) - 1  # takes the numbering lock on PostgreSQL
        result = merge(session, package)
        after = last_seq(session)
    return result, watermark, (before, after)


def sync(
    local: Database,
    url: str,
    officer: str,
    *,
    password: str | None = None,
    progress: Callable[[str], None] = lambda _step: None,
    should_stop: Callable[[], bool] = lambda: False,
) -> SyncResult:
    """Push, then pull (see the module's docstring). `password`, when given, is used to
    connect instead of one in `url`; the server key (the settings' names) is `url`'s.
    `progress` is told "push" and "pull" as each step starts. `should_stop` is asked before
    the push and before the pull: True raises `SyncCancelled`."""
    key = server_key(url)
    if should_stop():
        raise SyncCancelled(None)
    address = url
    if password is not None:
        address = make_url(url).set(password=password).render_as_string(hide_password=False)
    try:
        central = open_database(address)
    except UserError as exc:
        # The driver's words when it failed (they stay as they come), else our sentence.
        cause = reason(exc.__cause__) if exc.__cause__ is not None else reason_of(exc)
        raise UserError(
            QT_TRANSLATE_NOOP("fieldmon", "Cannot reach the central database: {reason}."),
            reason=cause,
        ) from exc
    try:
        with tempfile.TemporaryDirectory(prefix="fieldmon-sync-") as tmp:
            with local.read_session() as session:
                pushed_at, pulled_at = (
                    _setting(session, PUSHED + key),
                    _setting(session, PULLED + key),
                )
            if should_stop():
                raise SyncCancelled(None)
            progress("push")
            pushed, watermark, (before, after) = _send(
                local, central, pushed_at, officer, Path(tmp), "push"
            )
            with local.session() as session:
                _put(session, PUSHED + key, watermark)
                # What the push added there need not come back, unless others wrote between.
                if pulled_at is not None and before == pulled_at:
                    _put(session, PULLED + key, after)
                    pulled_at = after
            if should_stop():
                raise SyncCancelled(pushed)
            progress("pull")
            pulled, central_mark, (before, after) = _send(
                central, local, pulled_at, officer, Path(tmp), "pull"
            )
            with local.session() as session:
                _put(session, PULLED + key, central_mark)
                if _setting(session, PUSHED + key) == before:
                    _put(session, PUSHED + key, after)
                _put(session, DONE + key, utcnow().isoformat())
    except (OperationalError, InterfaceError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "fieldmon", "The connection to {server} dropped; run sync again to finish."
            ),
            server=key,
        ) from exc
    finally:
        central.dispose()
    return SyncResult(pushed, pulled)
