"""`fieldmon sync --to URL`: exchange this database with a central one (PostgreSQL), both
ways, by the same packages and merge rules as files on a USB stick.

1. Push: what changed here since the last push to that server, as a package, merged there
   in one transaction.
2. Pull: what changed there since the last pull, merged here in one transaction.

Each step remembers how far it got (in this database's settings, keyed by the server's URL
without its password) only once its transaction is committed. A dropped connection therefore
loses nothing: running `sync` again repeats the unfinished step, and what already arrived
merges as "unchanged". What one side received from the other is not sent back.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session

from fieldmon.db.changes import next_seq
from fieldmon.db.engine import Database, open_database, reason
from fieldmon.db.models import Setting
from fieldmon.domain.errors import UserError, reason_of
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.services import profile
from fieldmon.services.merge import MergeResult, merge
from fieldmon.services.packages import last_seq, open_package, write_package

PUSHED, PULLED = "sync.pushed:", "sync.pulled:"


@dataclass
class SyncResult:
    pushed: MergeResult
    pulled: MergeResult


def server_key(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def _setting(session: Session, key: str) -> int | None:
    row = session.get(Setting, key)
    return int(row.value) if row is not None else None


def _put(session: Session, key: str, value: int) -> None:
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
    with source.snapshot() as session:
        watermark = last_seq(session)
        write_package(
            session, path, seq_after=seq_after, since=None, officer=officer, device=device
        )
    package = open_package(target, path)
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
    progress: Callable[[str], None] = lambda _step: None,
) -> SyncResult:
    key = server_key(url)
    try:
        central = open_database(url)
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
            progress("pull")
            pulled, central_mark, (before, after) = _send(
                central, local, pulled_at, officer, Path(tmp), "pull"
            )
            with local.session() as session:
                _put(session, PULLED + key, central_mark)
                if _setting(session, PUSHED + key) == before:
                    _put(session, PUSHED + key, after)
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
