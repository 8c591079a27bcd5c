"""Opening a database: URL resolution, SQLite pragmas, sessions, migrations at start-up."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from fieldmon.db import changes, lock
from fieldmon.db.places_seed import ensure_registry
from fieldmon.domain.errors import UserError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP

CANNOT_OPEN = QT_TRANSLATE_NOOP("fieldmon", "Cannot open the database '{shown}': {reason}.")
NEWER_SCHEMA = QT_TRANSLATE_NOOP(
    "fieldmon",
    "This database was written by a newer fieldmon (schema {schema}); update fieldmon to open "
    "it. It was not changed.",
)

# The newest migration. start-up compares the database with this string instead of importing
# Alembic on every launch; tests/db/test_migrations.py checks it equals Alembic's head.
HEAD_REVISION = "0010"


def resolve_url(db: str | os.PathLike[str]) -> str:
    """A file path or a SQLAlchemy URL → a URL. Relative paths are made absolute."""
    text_db = os.fspath(db)
    if "://" in text_db:
        return text_db
    return "sqlite:///" + str(Path(text_db).expanduser().resolve())


def shown_url(db: str | os.PathLike[str]) -> str:
    """A database path or URL as it may be shown or logged: a URL's password masked
    ('postgresql+psycopg://officer:***@host/db'); paths and URLs without one unchanged."""
    text_db = os.fspath(db)
    if "://" not in text_db:
        return text_db
    try:
        url = make_url(text_db)
        return text_db if url.password is None else url.render_as_string(hide_password=True)
    except Exception:  # a malformed URL: mask whatever stands between 'user:' and '@'
        scheme, _, rest = text_db.partition("://")
        credentials, at, place = rest.rpartition("@")
        return f"{scheme}://{credentials.split(':')[0]}:***@{place}" if at else text_db


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _sqlite_reader_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # No journal_mode: switching a file to WAL is a write.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


class Database:
    """One database: its engine and a session factory. Open it with `open_database`.

    A `read_only` database cannot change a byte of its file: SQLite opens it with
    `mode=ro`, PostgreSQL sessions are read-only transactions. An `encrypted` one is a
    SQLCipher file opened with its database `key` (see fieldmon.db.crypto).

    Every engine hides the SQL parameters in its errors (`hide_parameters`): a failed
    INSERT would otherwise carry a borrower's IIN or phone into the log or onto the screen."""

    def __init__(self, url: str, *, read_only: bool = False, key: bytes | None = None):
        self.url = url
        self.read_only = read_only
        self.encrypted = key is not None
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.path: Path | None = None
        self.locked = False  # holds the writer lock (see open_database)
        if self.is_sqlite and parsed.database and parsed.database != ":memory:":
            self.path = Path(parsed.database)
            if not read_only:
                self.path.parent.mkdir(parents=True, exist_ok=True)
        if key is not None:
            if self.path is None:
                raise ValueError("only a SQLite file can be encrypted")
            self.engine: Engine = _encrypted_engine(url, self.path, key, read_only=read_only)
        elif read_only and self.path is not None:
            path = self.path
            self.engine = create_engine(
                "sqlite://",
                creator=lambda: sqlite3.connect(
                    f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
                ),
                hide_parameters=True,
            )
            event.listen(self.engine, "connect", _sqlite_reader_pragmas)
        elif read_only and parsed.get_backend_name() == "postgresql":
            self.engine = create_engine(
                url,
                connect_args={"options": "-c default_transaction_read_only=on"},
                hide_parameters=True,
            )
        else:
            self.engine = create_engine(url, hide_parameters=True)
            if self.is_sqlite:
                event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        changes.install(self._sessions)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for one user action: committed if the block ends normally, rolled back
        if it raises."""
        with self._sessions() as session, session.begin():
            yield session

    def read_session(self) -> Session:
        """A session for queries only (the caller closes it)."""
        return self._sessions()

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A session for a long read (a report) that sees the database as it was when the
        read began, whatever is saved meanwhile: one transaction (in SQLite's WAL mode,
        writers go on while it reads), rolled back at the end."""
        with self._sessions() as session:
            if self.is_sqlite:
                # pysqlite begins no transaction before a SELECT; ask for one.
                session.connection().exec_driver_sql("BEGIN")
            else:
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            try:
                yield session
            finally:
                session.rollback()

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def migrate(self) -> None:
        """Bring the schema to the newest revision (Alembic is imported only when needed).

        A SQLite database with data is first copied to its backups folder; if the upgrade
        fails (Alembic's DDL on SQLite is not transactional), that copy is put back, so the
        database is never left half upgraded. A database from a newer fieldmon (a revision
        this one does not know) is refused and not touched."""
        current = self.current_revision()
        if current == HEAD_REVISION:
            return
        from fieldmon.db.migrate import known_revisions, upgrade

        if current is not None and current not in known_revisions():
            raise UserError(NEWER_SCHEMA, schema=current)
        snapshot = None
        if current is not None and self.path is not None:
            from fieldmon.db.backup import make_backup

            snapshot = make_backup(self.path, f"before-upgrade-{current}-{HEAD_REVISION}")
        try:
            upgrade(self.engine)
        except Exception as exc:
            if snapshot is None or self.path is None:
                raise
            from fieldmon.db.backup import replace_database

            self.engine.dispose()
            replace_database(self.path, snapshot)
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "fieldmon",
                    "The database could not be upgraded ({reason}); it was put back as it "
                    "was before. Its copy from before the upgrade is {snapshot}.",
                ),
                reason=reason(exc),
                snapshot=str(snapshot),
            ) from exc

    def dispose(self) -> None:
        self.engine.dispose()
        if self.locked and self.path is not None:
            self.locked = False
            lock.release(self.path)


def _encrypted_engine(url: str, path: Path, key: bytes, *, read_only: bool) -> Engine:
    """An engine whose connections are SQLCipher's, the key pragma their first statement;
    SQLAlchemy's pysqlite dialect drives them (`module=`: its exceptions are sqlcipher3's)."""
    from fieldmon.db import crypto

    module = crypto.dbapi()
    if read_only:
        engine = create_engine(
            "sqlite://",
            module=module,
            creator=lambda: crypto.connect(path, key, read_only=True, check_same_thread=False),
            hide_parameters=True,
        )
        event.listen(engine, "connect", _sqlite_reader_pragmas)
    else:
        engine = create_engine(
            url,
            module=module,
            creator=lambda: crypto.connect(path, key, check_same_thread=False),
            hide_parameters=True,
            # The warm page cache first (crypto.CACHE_KIB); at most two connections keep
            # theirs, those opened beside them when more work runs at once close when done.
            pool_use_lifo=True,
            pool_size=2,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _key_for(database: Path | None, password: str | None) -> bytes | None:
    """The key of an encrypted SQLite file (PasswordNeeded, WrongPassword); None for a plain
    one, a new one, or a server."""
    from fieldmon.db import crypto

    if database is None or not crypto.is_encrypted(database):
        return None
    return crypto.unlock(database, password)


def _sqlite_file(url: str) -> Path | None:
    try:
        parsed = make_url(url)
    except Exception:
        return None
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return None if parsed.database == ":memory:" else Path(parsed.database)


class DamagedDatabase(UserError):
    """A database file that is not a database or is damaged; `backup` is the newest good
    backup, if any, for the user to restore."""

    def __init__(self, path: Path | None):
        from fieldmon.db.backup import latest_good

        self.path = path
        self.backup = latest_good(path) if path is not None else None
        if self.backup is None:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "fieldmon", "'{path}' is not a fieldmon database or it is damaged."
                ),
                path=str(path),
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "fieldmon",
                    "'{path}' is not a fieldmon database or it is damaged. The newest good "
                    "backup is {backup} (fieldmon restore FILE).",
                ),
                path=str(path),
                backup=str(self.backup),
            )


def reason(exc: BaseException) -> str:
    """The first line of the driver's message, without SQLAlchemy's SQL and links."""
    original = getattr(exc, "orig", None) or exc
    lines = str(original).strip().splitlines()
    return lines[0].rstrip(".") if lines else type(original).__name__


def open_database(
    db: str | os.PathLike[str],
    *,
    migrate: bool = True,
    writer: bool = True,
    password: str | None = None,
) -> Database:
    """Open (creating and migrating if needed) the database at a path or URL, and make sure
    the shipped place registry is in it. A `writer` holds the SQLite file's writer lock
    (`fieldmon.db.lock`) until `dispose()`. Commands that only read pass writer=False: they
    may run beside an open app, and never change a byte of the file (no upgrade, no registry
    refresh, no journal switch); a database that needs an upgrade is refused in one sentence.

    An encrypted file needs its `password` (crypto.PasswordNeeded without it,
    crypto.WrongPassword with a wrong one; either way its file is not opened)."""
    shown = shown_url(db)
    if not writer:
        return _open_reader(db, shown, password)
    url = resolve_url(db)
    key = _key_for(_sqlite_file(url), password)
    try:
        database = Database(url, key=key)
    except Exception as exc:  # a malformed URL, an unknown driver
        raise UserError(CANNOT_OPEN, shown=shown, reason=reason(exc)) from exc
    if writer and database.path is not None:
        try:
            lock.acquire(database.path)
        except UserError:
            database.engine.dispose()
            raise
        database.locked = True
    if migrate:
        try:
            database.migrate()
        except OperationalError as exc:  # no server there, a wrong password, a locked file
            database.dispose()
            raise UserError(CANNOT_OPEN, shown=shown, reason=reason(exc)) from exc
        except DatabaseError as exc:  # not a database, or a damaged one
            database.dispose()
            raise DamagedDatabase(database.path) from exc
        except BaseException:
            database.dispose()
            raise
        ensure_registry(database)
    return database


def _open_reader(db: str | os.PathLike[str], shown: str, password: str | None) -> Database:
    url = resolve_url(db)
    parsed = make_url(url)
    file = parsed.database if parsed.get_backend_name() == "sqlite" else None
    if file and file != ":memory:" and not Path(file).exists():
        # No file yet (a first command on a new laptop): a new, empty database is made, as
        # any command makes one; an existing file is never written by a reader.
        open_database(db).dispose()
    key = _key_for(_sqlite_file(url), password)
    try:
        database = Database(url, read_only=True, key=key)
    except Exception as exc:  # a malformed URL, an unknown driver
        raise UserError(CANNOT_OPEN, shown=shown, reason=reason(exc)) from exc
    try:
        current = database.current_revision()
    except OperationalError as exc:
        database.dispose()
        raise UserError(CANNOT_OPEN, shown=shown, reason=reason(exc)) from exc
    except DatabaseError as exc:
        database.dispose()
        raise DamagedDatabase(database.path) from exc
    if current != HEAD_REVISION:
        database.dispose()
        from fieldmon.db.migrate import known_revisions

        if current is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "fieldmon", "'{shown}' is not a fieldmon database (or it is empty)."
                ),
                shown=shown,
            )
        if current not in known_revisions():
            raise UserError(NEWER_SCHEMA, schema=current)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "This database has an older schema ({schema}): open it once in fieldmon, or run "
                "a command that writes, to upgrade it. It was not changed.",
            ),
            schema=current,
        )
    return database
