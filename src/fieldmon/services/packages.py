"""Data packages (.fmpkg): how an officer's records travel to the coordinator.

A package is a zip file:

- `manifest.json`: format version, app version, package id, officer, device id, when it was
  made, what it holds (records and deletions per record type, changes, history) and the
  SHA-256 and size of every other member;
- `records/<type>.jsonl`: one record per line, every column, deleted records included (their
  `deleted_at` is the tombstone that carries the deletion); a borrower also lists its group
  members;
- `changes.jsonl`: every change of those records (`models.Change`), the merge's versions;
- `history.jsonl`: their edit history, so the coordinator sees who changed what;
- `blobs.jsonl` and `blobs/<sha256>` (format 3): the files (photos, scans) the attachments in
  the package refer to, one member each, named by the SHA-256 of its bytes and stored as they
  are (photos do not compress); the list gives each one's checksum, size and media type.

The files travel with every package that holds a live attachment referring to them, even one
that only changed a caption: the other side may have missed the package that brought the file,
and an attachment must never arrive without it. A removed attachment travels without its file
(a photo removed as the wrong one — an ID card — is not spread to every laptop; it stays on
the one it was taken on, where undo can bring it back), and the merge leaves out a removed
attachment whose file it does not have. A file the other side has already is skipped by
the merge (its name is its checksum), so this costs transfer only, never storage. They are
listed in `blobs.jsonl`, not in the manifest: the manifest stays a couple of kilobytes, read
whole, however many photos a project holds.

By default a package holds what changed since the last export to the same destination
(the folder the package is saved in): officers save to the same USB stick or folder each
time, and a package saved elsewhere starts from everything. `--all` and `--since DATE` choose
otherwise. Each exported record carries all of its changes, so a coordinator who missed an
earlier package still merges the later one correctly (it may only lack records that changed
in the missed one alone: export `--all` then). `--project CODE` exports one project's
records (`project_ids`), with a watermark of its own for each destination.

`open_package` checks the whole file before anything is written: the format version, member
names (no absolute paths, no `..`), sizes, every checksum, every value's type, and that every
reference points to a record in the package or in the database (an attachment's file: in the
package or already here). Each file is read through, a chunk at a time: its size, its checksum
(which must be its name) and its first bytes (a photo or scan `evidence` accepts, of the type
the list says). Any problem is one `PackageError` sentence.

A package comes on a USB stick and is not trusted, so reading it never needs more memory than
one line, whatever it claims: the manifest may hold `MAX_MANIFEST_BYTES`, a line
`MAX_LINE_BYTES`, and a member as many lines as the manifest counts for it (so at most that
many times `MAX_LINE_BYTES`). The zip's declared sizes are compared first, before anything is
decompressed; the bytes are counted again as they are decompressed (a zip's headers can lie),
and lines are read with a limit, so reading stops as soon as a bound is passed. A file may
be `evidence.MAX_BYTES`, and is held whole only when the merge stores it, one at a time; their
list is held whole (as the ids of the records are), and counted first: no more lines than the
zip has files.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import uuid
import zipfile
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePosixPath
from typing import IO, Any, cast

from sqlalchemy import (
    Boolean,
    Date,
    Integer,
    Numeric,
    String,
    Text,
    Uuid,
    func,
    or_,
    select,
    union,
    union_all,
)
from sqlalchemy.orm import Session

from fieldmon import __version__
from fieldmon.db.changes import (
    CREATED,
    LOCAL_ONLY,
    MEMBERS,
    is_day_field,
    merge_fields,
    tracked_models,
)
from fieldmon.db.engine import Database
from fieldmon.db.models import (
    Attachment,
    Blob,
    BorrowerMember,
    Change,
    DecimalText,
    History,
    Indicator,
    IndicatorValue,
    Loan,
    Participation,
    Place,
    Project,
    Repayment,
    Setting,
    Site,
    Training,
    UTCDateTime,
    Visit,
)
from fieldmon.domain.errors import InvalidValue, UserError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP, Message
from fieldmon.reports.files import atomic_path
from fieldmon.services import evidence, profile
from fieldmon.services.package_crypto import (
    ENCRYPTED,
    UNPROTECTED,
    KdfParams,
    PassphraseNeeded,
    SealedReader,
    SealingWriter,
    UnprotectedExport,
    is_sealed,
)

FORMAT = 3
# What each format added, so a package from an older fieldmon still opens: its members and
# columns are what it had, and a column it lacks is empty (format 2: projects, indicators;
# format 3: attachments and their files).
TABLE_SINCE = {"project": 2, "indicator": 2, "indicator_value": 2, "attachment": 3}
COLUMN_SINCE = {(t, "project_id"): 2 for t in ("site", "visit", "loan", "training")} | {
    ("project", "regions"): 2
}
SUFFIX = ".fmpkg"
MANIFEST = "manifest.json"
CHANGES = "changes.jsonl"
HISTORY = "history.jsonl"
BLOB_LIST = "blobs.jsonl"
BLOBS = "blobs/"  # a file's member is BLOBS + its SHA-256
BLOB = "blob"  # the table attachments refer to: files, not records (never merged, never edited)
# The members that list something else than records, the manifest's count of their lines,
# and the format that added them.
LISTS = {CHANGES: "changes", HISTORY: "history", BLOB_LIST: "blobs"}
LIST_SINCE = {BLOB_LIST: 3}
# No member of a real package comes near this; a bigger one is a zip bomb or not ours.
MAX_MEMBER_BYTES = 4 * 1024**3
# The longest line of a real package is a few kilobytes: a visit's two free texts are at most
# 10,000 characters each (domain.visits.MAX_TEXT), and even a history line holding both, old
# and new, with every character escaped stays far below this. A line is read whole to be
# parsed, so this is also what reading a package may hold at once.
MAX_LINE_BYTES = 1024**2
LINE_LIMIT = "1 MiB"  # MAX_LINE_BYTES in words, for messages
# A manifest is a couple of kilobytes.
MAX_MANIFEST_BYTES = 64 * 1024
# Lines are read through a buffer of this size (a zip member's own readline is slow).
READ_BUFFER = 64 * 1024
FILE_CHUNK = 1024**2  # a file is checked a chunk at a time
BATCH = 1000
# What reading a damaged zip raises: a bad header or CRC, a broken deflate stream, a cut-off
# file, a compression method or zip version zipfile does not have.
UNREADABLE = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError)
SENT_KEY = "package.sent:"


def record_member(table: str) -> str:
    return f"records/{table}.jsonl"


def blob_member(sha256: str) -> str:
    return BLOBS + sha256


def lists_in(version: int) -> dict[str, str]:
    """The list members of a package of format `version` → the manifest key counting them."""
    return {name: key for name, key in LISTS.items() if LIST_SINCE.get(name, 1) <= version}


class PackageError(UserError):
    """A package that cannot be imported: a UserError whose `message` is the template and
    its values (`template` and `params` are kept for callers that translate them; a param
    may be a Message, such as the problem a damaged line has)."""

    def __init__(self, template: str, **params: Any):
        self.template, self.params = template, params
        super().__init__(template, **params)


NO_FILE = QT_TRANSLATE_NOOP("fieldmon", "There is no file '{file}'.")
NOT_A_PACKAGE = QT_TRANSLATE_NOOP("fieldmon", "'{file}' is not a fieldmon data package.")
BAD_MEMBER_NAME = QT_TRANSLATE_NOOP(
    "fieldmon", "The package holds a file with an unsafe name, '{name}'; it was not imported."
)
UNKNOWN_MEMBER = QT_TRANSLATE_NOOP(
    "fieldmon", "The package holds an unexpected file, '{name}'; it was not imported."
)
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "fieldmon",
    "The package was made by a newer fieldmon (package format {format}); "
    "update fieldmon to import it.",
)
BAD_MANIFEST = QT_TRANSLATE_NOOP(
    "fieldmon", "The package's manifest is damaged ({problem}); it was not imported."
)
MISSING_MEMBER = QT_TRANSLATE_NOOP(
    "fieldmon", "The package lacks '{name}', which its manifest lists; it was not imported."
)
BAD_SIZE = QT_TRANSLATE_NOOP(
    "fieldmon",
    "'{name}' in the package is not the size its manifest gives; the file is damaged.",
)
BAD_CHECKSUM = QT_TRANSLATE_NOOP(
    "fieldmon",
    "'{name}' in the package does not match its checksum; the file was changed or damaged.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "fieldmon", "'{name}' in the package is damaged and cannot be read; it was not imported."
)
BAD_LINE = QT_TRANSLATE_NOOP("fieldmon", "'{name}' line {line}: {problem}.")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "fieldmon",
    "'{name}' in the package is larger than the {count} lines its manifest lists can be; "
    "the package is damaged or not from fieldmon.",
)
LINE_TOO_LONG = QT_TRANSLATE_NOOP(
    "fieldmon",
    "'{name}' line {line}: a line is longer than {limit}; "
    "the package is damaged or not from fieldmon.",
)
TOO_MANY_LINES = QT_TRANSLATE_NOOP(
    "fieldmon",
    "'{name}' line {line}: the manifest lists only {expected} lines; "
    "the package is damaged or not from fieldmon.",
)
BAD_COUNT = QT_TRANSLATE_NOOP(
    "fieldmon", "'{name}' holds {found} records but the manifest says {expected}."
)
MISSING_REFERENCE = QT_TRANSLATE_NOOP(
    "fieldmon",
    "'{name}' line {line}: {column} {value} is neither in the package nor in this database.",
)
FILE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "fieldmon",
    "'{name}' in the package is larger than {limit}, more than an attached file can be; "
    "the package is damaged or not from fieldmon.",
)
NOT_EVIDENCE = QT_TRANSLATE_NOOP(
    "fieldmon",
    "'{name}' in the package is not the photo or scan its list of files says; it was not imported.",
)
FILE_COUNT = QT_TRANSLATE_NOOP(
    "fieldmon",
    "The number of attached files in the package ({found}) is not the {expected} "
    "its manifest counts; it was not imported.",
)
TAKEN_ELSEWHERE = QT_TRANSLATE_NOOP(
    "fieldmon",
    "'{name}' line {line}: {column} '{value}' belongs to another record in this database.",
)
# What is wrong with a manifest (BAD_MANIFEST's {problem}) or a line (BAD_LINE's {problem}).
MANIFEST_TOO_LARGE = QT_TRANSLATE_NOOP("fieldmon", "too large")
MANIFEST_NOT_JSON = QT_TRANSLATE_NOOP("fieldmon", "not JSON")
MANIFEST_NOT_OURS = QT_TRANSLATE_NOOP("fieldmon", "not a fieldmon manifest")
MANIFEST_NO_FORMAT = QT_TRANSLATE_NOOP("fieldmon", "no format version")
MANIFEST_BAD_FILES = QT_TRANSLATE_NOOP("fieldmon", "the list of files is wrong")
MANIFEST_NO_CHECKSUM = QT_TRANSLATE_NOOP("fieldmon", "no checksum for {name}")
MANIFEST_NO_COUNTS = QT_TRANSLATE_NOOP("fieldmon", "no '{key}' counts")
MANIFEST_NO_TABLE_COUNT = QT_TRANSLATE_NOOP("fieldmon", "no count of {table} records")
MANIFEST_NO_COUNT = QT_TRANSLATE_NOOP("fieldmon", "no count of {key}")
FILE_TWICE = QT_TRANSLATE_NOOP("fieldmon", "a file appears twice")
NOT_A_RECORD = QT_TRANSLATE_NOOP("fieldmon", "not a record")
RECORD_TWICE = QT_TRANSLATE_NOOP("fieldmon", "a record appears twice")
VALUE_TWICE = QT_TRANSLATE_NOOP("fieldmon", "{column} '{value}' appears twice")
RECORD_NOT_IN_PACKAGE = QT_TRANSLATE_NOOP("fieldmon", "the record is not in the package")
UNKNOWN_FIELDS = QT_TRANSLATE_NOOP("fieldmon", "unknown fields")
NOT_ONE_OWNER = QT_TRANSLATE_NOOP(
    "fieldmon", "an attached file must belong to exactly one visit, loan or training"
)
VALUE_MISSING = QT_TRANSLATE_NOOP("fieldmon", "'{column}' is missing")
VALUE_EMPTY = QT_TRANSLATE_NOOP("fieldmon", "'{column}' is empty")
VALUE_NOT = QT_TRANSLATE_NOOP("fieldmon", "'{column}' is not {what}")


def problem(template: str, **params: Any) -> Message:
    return Message(template, params)


# --- values ---------------------------------------------------------------------------------


def _utc_text(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


_ENCODERS: dict[type, Callable[[Any], Any]] = {
    datetime: _utc_text,
    date: date.isoformat,
    uuid.UUID: str,
    Decimal: str,
    list: lambda values: [encode(v) for v in values],  # a borrower's members
}


def encode(value: Any) -> Any:
    """A column value as JSON (one dictionary lookup: this runs for every value exported)."""
    encoder = _ENCODERS.get(type(value))
    return value if encoder is None else encoder(value)


Decoder = Callable[[Any], Any]


def _uuid(value: Any) -> uuid.UUID:
    if not isinstance(value, str):
        raise ValueError
    return uuid.UUID(value)


def _datetime(value: Any) -> datetime:
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError
    return parsed.astimezone(UTC)


def _date(value: Any) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError
    return date.fromisoformat(value)


def _decimal(value: Any) -> Decimal:
    if not isinstance(value, str):
        raise ValueError
    number = Decimal(value)
    if not number.is_finite():
        raise ValueError
    return number


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or abs(value) >= 2**63:
        raise ValueError
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError
    return value


def _text(length: int | None) -> Decoder:
    def decode(value: Any) -> str:
        if not isinstance(value, str) or (length is not None and len(value) > length):
            raise ValueError
        return value

    return decode


def _decoder(column: Any) -> tuple[str, Decoder]:
    """(what the value must be, in words (a template); its decoder) for a column's type."""
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return QT_TRANSLATE_NOOP("fieldmon", "a date and time with a zone"), _datetime
    if isinstance(kind, DecimalText | Numeric):
        return QT_TRANSLATE_NOOP("fieldmon", "a decimal number"), _decimal
    if isinstance(kind, Uuid):
        return QT_TRANSLATE_NOOP("fieldmon", "an id"), _uuid
    if isinstance(kind, Date):
        return QT_TRANSLATE_NOOP("fieldmon", "a date"), _date
    if isinstance(kind, Boolean):
        return QT_TRANSLATE_NOOP("fieldmon", "true or false"), _bool
    if isinstance(kind, Integer):
        return QT_TRANSLATE_NOOP("fieldmon", "a whole number"), _int
    if isinstance(kind, String | Text):
        return QT_TRANSLATE_NOOP("fieldmon", "text"), _text(getattr(kind, "length", None))
    raise TypeError(f"no package decoder for {kind!r}")


@dataclass(frozen=True)
class Column:
    name: str
    nullable: bool
    what: str
    decode: Decoder
    references: str | None  # the table a foreign key points to
    absent: bool = False  # added after the package's format: not in it, read as `empty`
    empty: Any = None


def tables_in(version: int, listed: Iterable[str] = ()) -> list[str]:
    """The record tables a package of format `version` holds, parents first, with those its
    manifest lists (`listed`): the build before format 2 wrote format-1 packages that
    already had projects."""
    listed = set(listed)
    return [t for t in tracked_models() if TABLE_SINCE.get(t, 1) <= version or t in listed]


def manifest_tables(manifest: dict[str, Any]) -> list[str]:
    """The record tables of a (checked) manifest."""
    return tables_in(manifest["format"], manifest["records"])


def columns_of(table: str, version: int = FORMAT) -> list[Column]:
    model = tracked_models()[table]
    found = []
    local = LOCAL_ONLY.get(table, frozenset())
    for column in model.__table__.columns:
        if column.key in local:
            continue
        what, decode = _decoder(column)
        fks = list(column.foreign_keys)
        target = fks[0].column.table.name if fks else None
        absent = COLUMN_SINCE.get((table, column.key), 1) > version
        default = column.default.arg if column.default is not None else None
        empty = None if column.nullable or callable(default) else default
        found.append(Column(column.key, bool(column.nullable), what, decode, target, absent, empty))
    return found


def _change_columns() -> list[Column]:
    names = ("id", "table_name", "record_id", "fields", "changed_at", "changed_by")
    return [
        Column(c.key, False, *_decoder(c), None) for c in Change.__table__.columns if c.key in names
    ]


def _history_columns() -> list[Column]:
    return [Column(c.key, False, *_decoder(c), None) for c in History.__table__.columns]


def _sha256(value: Any) -> str:
    if not isinstance(value, str) or len(value) != 64 or set(value) - set("0123456789abcdef"):
        raise ValueError
    return value


def _file_size(value: Any) -> int:
    size = _int(value)
    if not 0 < size <= evidence.MAX_BYTES:
        raise ValueError
    return size


def _media_type(value: Any) -> str:
    if value not in evidence.MEDIA_TYPES:
        raise ValueError
    return cast(str, value)


def _blob_list_columns() -> list[Column]:
    """The columns of `blobs.jsonl`: a file's checksum (its member's name), size and type."""
    return [
        Column("sha256", False, QT_TRANSLATE_NOOP("fieldmon", "a SHA-256 checksum"), _sha256, None),
        Column(
            "size",
            False,
            QT_TRANSLATE_NOOP("fieldmon", "a size up to 25 MB"),  # evidence.SIZE_LIMIT
            _file_size,
            None,
        ),
        Column(
            "media_type",
            False,
            QT_TRANSLATE_NOOP("fieldmon", "a photo or scan type"),
            _media_type,
            None,
        ),
    ]


def decode_row(columns: list[Column], data: Any) -> dict[str, Any]:
    """A JSON object → column values; InvalidValue (a ValueError) naming the column on a
    missing or bad one."""
    if not isinstance(data, dict):
        raise InvalidValue(NOT_A_RECORD)
    row: dict[str, Any] = {}
    for column in columns:
        if column.absent:
            row[column.name] = column.empty
            continue
        if column.name not in data:
            raise InvalidValue(VALUE_MISSING, column=column.name)
        value = data[column.name]
        if value is None:
            if not column.nullable:
                raise InvalidValue(VALUE_EMPTY, column=column.name)
            row[column.name] = None
            continue
        try:
            row[column.name] = column.decode(value)
        except (ValueError, TypeError, InvalidOperation, ArithmeticError):
            raise InvalidValue(VALUE_NOT, column=column.name, what=Message(column.what)) from None
    return row


# --- export -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scope:
    """What goes in a package: everything, what changed since a day, or (neither) what
    changed since the last export to the same destination; of one `project` (its id) or
    of all."""

    everything: bool = False
    since: date | None = None
    project: uuid.UUID | None = None


@dataclass
class ExportResult:
    path: Path
    records: dict[str, int]
    deleted: dict[str, int]
    changes: int
    files: int = 0  # attached files (photos, scans)

    @property
    def total(self) -> int:
        return sum(self.records.values())


def destination_key(path: Path, project: uuid.UUID | None = None) -> str:
    """The setting holding the watermark of the last export to `path`'s folder: one for
    whole packages and one per project, so a package of one project does not make the next
    package of another skip its records."""
    folder = SENT_KEY + str(path.resolve().parent)
    return folder if project is None else f"{folder}|project:{project}"


class _HashingWriter:
    """Writes JSON lines to a zip member, keeping their SHA-256 and size; lines are written
    a batch at a time."""

    def __init__(self, stream: IO[bytes]):
        self.stream, self.sha, self.size = stream, hashlib.sha256(), 0
        self.pending: list[str] = []
        self.dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

    def line(self, obj: Any) -> None:
        self.pending.append(self.dumps(obj))
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            data = ("\n".join(self.pending) + "\n").encode()
            self.pending = []
            self.stream.write(data)
            self.sha.update(data)
            self.size += len(data)


def project_ids(table: str, project: uuid.UUID) -> Any:
    """The ids of `table`'s records a package of one project holds, deleted ones included
    (their tombstones travel), or None for all of them: the project and its indicators and
    their values; its visits and their sites (those it owns too); its loans with their
    repayments, borrowers and the borrowers' members; its trainings with their
    registrations and the people registered; the attachments of those visits, loans and
    trainings (their files go with them); every place (the registry is small and
    everything points into it). A site the project's visits share with another project
    keeps that project's id, so that project's record goes too (its record only), and every
    reference in the package is to a record in it or on every laptop."""
    visits = select(Visit.id).where(Visit.project_id == project)
    loans = select(Loan.id).where(Loan.project_id == project)
    borrowers = select(Loan.borrower_id).where(Loan.project_id == project)
    trainings = select(Training.id).where(Training.project_id == project)
    indicators = select(Indicator.id).where(Indicator.project_id == project)
    sites = select(Site.id).where(
        or_(
            Site.project_id == project,
            Site.id.in_(select(Visit.site_id).where(Visit.project_id == project)),
        )
    )
    chosen: dict[str, Any] = {
        "place": None,
        "project": select(Project.id).where(
            or_(
                Project.id == project,
                Project.id.in_(select(Site.project_id).where(Site.id.in_(sites))),
            )
        ),
        "indicator": indicators,
        "indicator_value": select(IndicatorValue.id).where(
            IndicatorValue.indicator_id.in_(indicators)
        ),
        "site": sites,
        "visit": visits,
        "loan": loans,
        "repayment": select(Repayment.id).where(Repayment.loan_id.in_(loans)),
        "borrower": borrowers,
        "person": union(
            select(BorrowerMember.person_id).where(BorrowerMember.borrower_id.in_(borrowers)),
            select(Participation.person_id).where(Participation.training_id.in_(trainings)),
        ),
        "training": trainings,
        "participation": select(Participation.id).where(Participation.training_id.in_(trainings)),
        "attachment": select(Attachment.id).where(
            or_(
                Attachment.visit_id.in_(visits),
                Attachment.loan_id.in_(loans),
                Attachment.training_id.in_(trainings),
            )
        ),
    }
    return chosen[table]  # a new record type must say which of its records a project holds


def _chosen_ids(
    table: str, seq_after: int | None, since: datetime | None, project: uuid.UUID | None = None
) -> Any:
    """The ids of `table`'s records that go in the package: those with a change after the
    watermark or the day, or (neither) all; of `project` only when one is given
    (`project_ids`). The shipped registry's regions and cities are on every laptop already
    and never travel."""
    model = tracked_models()[table]
    query = select(model.id)
    if table == "place":
        query = query.where(Place.key.is_(None))
    if project is not None and (scoped := project_ids(table, project)) is not None:
        query = query.where(model.id.in_(scoped))
    if seq_after is not None or since is not None:
        changed = select(Change.record_id).where(Change.table_name == table)
        if seq_after is not None:
            changed = changed.where(Change.seq > seq_after)
        if since is not None:
            changed = changed.where(Change.changed_at >= since)
        query = query.where(model.id.in_(changed))
    return query


def write_package(
    session: Session,
    path: Path,
    *,
    seq_after: int | None,
    since: datetime | None,
    officer: str,
    device: str,
    now: datetime | None = None,
    passphrase: str | None = None,
    kdf: KdfParams | None = None,
    project: uuid.UUID | None = None,
) -> ExportResult:
    """Write the records chosen by the watermark or day (neither: all), of `project` only
    when one is given, to `path`, reading through `session` (one snapshot); sealed with
    `passphrase` when one is given (see `package_crypto`; `kdf` overrides its key
    derivation's cost)."""
    selective = seq_after is not None or since is not None
    chosen = [_chosen_ids(t, seq_after, since, project) for t in tracked_models()]
    files: dict[str, dict[str, Any]] = {}
    counts: dict[str, int] = {}
    records: dict[str, int] = {}
    deleted: dict[str, int] = {}
    referred: set[str] = set()  # the files the attachments in the package refer to
    with (
        _zip_target(path, passphrase, kdf) as target,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf,
    ):
        for table, model in tracked_models().items():
            rows = model.__table__
            query = (
                select(rows)
                .where(rows.c.id.in_(_chosen_ids(table, seq_after, since, project)))
                .order_by(rows.c.id)
            )
            name = record_member(table)
            tally = _Tally(referred)
            files[name], records[table] = _write_lines(
                zf, name, _record_lines(session, table, query, tally)
            )
            deleted[table] = tally.deleted
        for name, model, cols in (
            (CHANGES, Change, _change_columns()),
            (HISTORY, History, _history_columns()),
        ):
            log = model.__table__
            query = (
                select(*(log.c[c.name] for c in cols))
                .where(log.c.record_id.in_(union_all(*chosen)))
                .order_by(log.c.record_id, log.c.id)
            )
            result = session.execute(query.execution_options(yield_per=BATCH)).mappings()
            files[name], counts[LISTS[name]] = _write_lines(
                zf, name, ({c.name: encode(row[c.name]) for c in cols} for row in result)
            )
        listed = _write_blobs(session, zf, referred)
        files[BLOB_LIST], counts[LISTS[BLOB_LIST]] = _write_lines(zf, BLOB_LIST, listed)
        manifest = {
            "format": FORMAT,
            "app": "fieldmon",
            "app_version": __version__,
            "package_id": str(uuid.uuid4()),
            "officer": officer,
            "device_id": device,
            "created_at": encode(now or datetime.now(UTC)),
            "scope": {
                "everything": not selective,
                "since": encode(since) if since else None,
                "project": encode(project),
            },
            "records": records,
            "deleted": deleted,
            **counts,
            "files": files,
        }
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
    return ExportResult(path, records, deleted, counts["changes"], len(listed))


@dataclass
class _Tally:
    """What writing a record member counts besides its lines."""

    files: set[str]  # the files attachments refer to
    deleted: int = 0


def _record_lines(session: Session, table: str, query: Any, tally: _Tally) -> Iterator[Any]:
    """The JSON objects of `query`'s records of `table`, read a batch at a time."""
    columns = [c.name for c in columns_of(table)]
    result = session.execute(query.execution_options(yield_per=BATCH)).mappings()
    for batch in result.partitions():
        members = _members(session, batch) if table == "borrower" else {}
        for row in batch:
            data = {c: encode(row[c]) for c in columns}
            if table == "borrower":
                data[MEMBERS] = [str(p) for p in members.get(row["id"], [])]
            if table == "attachment" and row["deleted_at"] is None:
                tally.files.add(row["sha256"])  # a removed attachment's file stays here
            tally.deleted += row["deleted_at"] is not None
            yield data


def _write_lines(
    zf: zipfile.ZipFile, name: str, objects: Iterable[Any]
) -> tuple[dict[str, Any], int]:
    """Write `objects` as JSON lines to member `name`; its manifest entry (checksum and
    size) and how many lines it has."""
    count = 0
    with zf.open(name, "w", force_zip64=True) as stream:
        out = _HashingWriter(stream)
        for obj in objects:
            out.line(obj)
            count += 1
        out.flush()
    return {"sha256": out.sha.hexdigest(), "size": out.size}, count


def _write_blobs(session: Session, zf: zipfile.ZipFile, wanted: set[str]) -> list[dict[str, Any]]:
    """Write each file in `wanted` (SHA-256s) to its own member, stored as it is (a photo
    does not compress), reading one file's bytes from the database at a time; their lines
    for `blobs.jsonl`."""
    listed = []
    for sha in sorted(wanted):
        media_type, data = session.execute(
            select(Blob.media_type, Blob.data).where(Blob.sha256 == sha)
        ).one()
        info = zipfile.ZipInfo(blob_member(sha), datetime.now().timetuple()[:6])
        info.compress_type = zipfile.ZIP_STORED
        info.external_attr = 0o600 << 16
        zf.writestr(info, data)
        listed.append({"sha256": sha, "size": len(data), "media_type": media_type})
        del data  # before the next one is read
    return listed


@contextlib.contextmanager
def _zip_target(
    path: Path, passphrase: str | None, kdf: KdfParams | None
) -> Iterator[Path | SealingWriter]:
    """Where the zip is written: the file itself, or a stream sealing it into the file."""
    if passphrase is None:
        yield path
        return
    with open(path, "wb") as out, SealingWriter(out, passphrase, kdf) as writer:
        yield writer


def _members(session: Session, batch: Any) -> dict[uuid.UUID, list[uuid.UUID]]:
    ids = [row["id"] for row in batch]
    found: dict[uuid.UUID, list[uuid.UUID]] = {}
    for borrower_id, person_id in session.execute(
        select(BorrowerMember.borrower_id, BorrowerMember.person_id)
        .where(BorrowerMember.borrower_id.in_(ids))
        .order_by(BorrowerMember.borrower_id, BorrowerMember.position)
    ):
        found.setdefault(borrower_id, []).append(person_id)
    return found


def last_seq(session: Session) -> int:
    return int(session.scalar(select(func.max(Change.seq))) or 0)


def export_package(
    db: Database,
    path: str | Path,
    officer: str,
    scope: Scope = Scope(),
    *,
    now: datetime | None = None,
    passphrase: str | None = None,
    plain: bool = False,
    kdf: KdfParams | None = None,
) -> ExportResult:
    """Export to `path` (written whole or not at all) and remember the destination.

    With a `passphrase` the package is sealed (encrypted and authenticated). Without one, an
    encrypted database (`db.encrypted`) refuses (UnprotectedExport) unless `plain` says a
    plain package is meant."""
    path = Path(path)
    if passphrase is None and not plain and getattr(db, "encrypted", False):
        raise UnprotectedExport(UNPROTECTED)
    key = destination_key(path, scope.project)
    device = profile.device_id(db)
    since = None
    if scope.since is not None:
        since = datetime.combine(scope.since, time.min).astimezone()
    with db.snapshot() as session:
        sent = None if scope.everything or since else session.get(Setting, key)
        watermark = last_seq(session)
        with atomic_path(path) as tmp:
            result = write_package(
                session,
                tmp,
                seq_after=int(sent.value) if sent is not None else None,
                since=since,
                officer=officer,
                device=device,
                now=now,
                passphrase=passphrase,
                kdf=kdf,
                project=scope.project,
            )
    result.path = path
    if not since:
        profile.set_setting(db, key, str(watermark))
    return result


# --- reading and checking ---------------------------------------------------------------------


@dataclass(frozen=True)
class Listed:
    """A file as `blobs.jsonl` lists it."""

    size: int
    media_type: str


@dataclass
class Package:
    """A package that passed every check; its rows are read again, in batches, to merge,
    and its files one at a time."""

    path: Path
    manifest: dict[str, Any]
    ids: dict[str, set[uuid.UUID]] = field(default_factory=dict)
    key: bytes | None = None  # a sealed package's key, derived once
    blobs: dict[str, Listed] = field(default_factory=dict)  # the files it holds, by SHA-256

    @property
    def source(self) -> str:
        return str(self.manifest.get("officer") or "")

    @property
    def version(self) -> int:
        return int(self.manifest["format"])

    def rows(self, table: str) -> Iterator[list[dict[str, Any]]]:
        if table not in manifest_tables(self.manifest):
            return
        columns = columns_of(table, self.version)
        if table == "borrower":
            columns = [*columns, _members_column()]
        yield from self._batches(record_member(table), columns)

    def changes(self) -> Iterator[list[dict[str, Any]]]:
        yield from self._batches(CHANGES, _change_columns())

    def history(self) -> Iterator[list[dict[str, Any]]]:
        yield from self._batches(HISTORY, _history_columns())

    def files(self, wanted: Iterable[str]) -> Iterator[tuple[str, bytes]]:
        """(SHA-256, bytes) of each listed file in `wanted`, one at a time, checked again as
        it is read (the file on the stick may have been swapped since `open_package`)."""
        with _open_zip(self.path, self.key) as zf:
            for sha in wanted:
                yield sha, _read_blob(zf, sha, self.blobs[sha], keep=True)

    def _batches(self, name: str, columns: list[Column]) -> Iterator[list[dict[str, Any]]]:
        batch: list[dict[str, Any]] = []
        expected = _line_counts(self.manifest)[name]
        with _open_zip(self.path, self.key) as zf, zf.open(name) as stream:
            for number, line in _lines(stream, name, expected):
                batch.append(_decode_line(columns, name, number, line))
                if len(batch) >= BATCH:
                    yield batch
                    batch = []
        if batch:
            yield batch


def _members_column() -> Column:
    def decode(value: Any) -> list[uuid.UUID]:
        if not isinstance(value, list) or len(value) > 10:
            raise ValueError
        return [_uuid(v) for v in value]

    return Column(
        MEMBERS, False, QT_TRANSLATE_NOOP("fieldmon", "a list of people's ids"), decode, "person"
    )


def _safe_name(name: str) -> bool:
    path = PurePosixPath(name)
    return (
        bool(name)
        and "\\" not in name
        and not path.is_absolute()
        and ".." not in path.parts
        and ":" not in name
    )


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _line_counts(manifest: dict[str, Any]) -> dict[str, int]:
    """Member name → how many lines the (checked) manifest says it holds."""
    counts = {record_member(t): manifest["records"][t] for t in manifest_tables(manifest)}
    return counts | {name: manifest[key] for name, key in lists_in(manifest["format"]).items()}


def _lines(stream: IO[bytes], name: str, expected: int) -> Iterator[tuple[int, bytes]]:
    """The lines of member `name`, numbered from 1. A line (with its end) longer than
    MAX_LINE_BYTES, or one more than the `expected` ones, is a PackageError as soon as it is
    met: no more than MAX_LINE_BYTES + 1 bytes of it are ever read."""
    # A zip member is not a raw stream, but gives BufferedReader all it needs (readinto).
    reader = io.BufferedReader(cast(Any, stream), READ_BUFFER)
    number = 0
    while line := reader.readline(MAX_LINE_BYTES + 1):
        number += 1
        if len(line) > MAX_LINE_BYTES:
            raise PackageError(LINE_TOO_LONG, name=name, line=number, limit=LINE_LIMIT)
        if number > expected:
            raise PackageError(TOO_MANY_LINES, name=name, line=number, expected=expected)
        yield number, line


def _read_manifest(zf: zipfile.ZipFile) -> dict[str, Any]:
    info = zf.getinfo(MANIFEST)
    if info.file_size > MAX_MANIFEST_BYTES:
        raise PackageError(BAD_MANIFEST, problem=problem(MANIFEST_TOO_LARGE))
    try:
        with zf.open(info) as stream:
            data = stream.read(MAX_MANIFEST_BYTES + 1)  # counted: the header may lie
    except UNREADABLE:
        raise PackageError(DAMAGED, name=MANIFEST) from None
    if len(data) > MAX_MANIFEST_BYTES:
        raise PackageError(BAD_MANIFEST, problem=problem(MANIFEST_TOO_LARGE))
    try:
        manifest = json.loads(data)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise PackageError(BAD_MANIFEST, problem=problem(MANIFEST_NOT_JSON)) from None
    if not isinstance(manifest, dict) or manifest.get("app") != "fieldmon":
        raise PackageError(BAD_MANIFEST, problem=problem(MANIFEST_NOT_OURS))
    version = manifest.get("format")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackageError(BAD_MANIFEST, problem=problem(MANIFEST_NO_FORMAT))
    if version > FORMAT:
        raise PackageError(NEWER_FORMAT, format=version)
    records = manifest.get("records")
    listed = [t for t in records if t in TABLE_SINCE] if isinstance(records, dict) else []
    expected = {record_member(t) for t in tables_in(version, listed)} | set(lists_in(version))
    files = manifest.get("files")
    if not isinstance(files, dict) or set(files) != expected:
        raise PackageError(BAD_MANIFEST, problem=problem(MANIFEST_BAD_FILES))
    for name, entry in files.items():
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("sha256"), str)
            or not isinstance(entry.get("size"), int)
        ):
            raise PackageError(BAD_MANIFEST, problem=problem(MANIFEST_NO_CHECKSUM, name=name))
    for key in ("records", "deleted"):
        if not isinstance(manifest.get(key), dict):
            raise PackageError(BAD_MANIFEST, problem=problem(MANIFEST_NO_COUNTS, key=key))
    for table in tables_in(version, listed):
        if not _is_count(manifest["records"].get(table)):
            raise PackageError(BAD_MANIFEST, problem=problem(MANIFEST_NO_TABLE_COUNT, table=table))
    for key in lists_in(version).values():
        if not _is_count(manifest.get(key)):
            raise PackageError(BAD_MANIFEST, problem=problem(MANIFEST_NO_COUNT, key=key))
    return manifest


def _check_members(zf: zipfile.ZipFile, manifest: dict[str, Any]) -> None:
    """Sizes, line lengths and counts, and checksums, reading each member once."""
    files = manifest["files"]
    counts = _line_counts(manifest)
    for name, entry in files.items():
        try:
            info = zf.getinfo(name)
        except KeyError:
            raise PackageError(MISSING_MEMBER, name=name) from None
        # What the zip and the manifest declare, before anything is decompressed.
        most = min(counts[name] * MAX_LINE_BYTES, MAX_MEMBER_BYTES)
        if info.file_size > most or entry["size"] > most:
            raise PackageError(TOO_LARGE, name=name, count=counts[name])
        if info.file_size != entry["size"]:
            raise PackageError(BAD_SIZE, name=name)
        # What the member really holds, counted as it is decompressed.
        sha, size = hashlib.sha256(), 0
        try:
            with zf.open(info) as stream:
                for _number, line in _lines(stream, name, counts[name]):
                    size += len(line)
                    if size > entry["size"]:
                        raise PackageError(BAD_SIZE, name=name)
                    sha.update(line)
        except UNREADABLE:
            raise PackageError(DAMAGED, name=name) from None
        if size != entry["size"]:
            raise PackageError(BAD_SIZE, name=name)
        if sha.hexdigest() != entry["sha256"]:
            raise PackageError(BAD_CHECKSUM, name=name)


@dataclass
class _Refs:
    """References to records not (yet) seen in the package: table → id → (member, line,
    column)."""

    pending: dict[str, dict[Any, tuple[str, int, str]]] = field(default_factory=dict)
    # (table, unique column) → value → (record id, line), to compare with the database.
    unique: dict[tuple[str, str], dict[Any, tuple[uuid.UUID, int]]] = field(default_factory=dict)

    def add(self, table: str, value: Any, where: tuple[str, int, str]) -> None:
        self.pending.setdefault(table, {}).setdefault(value, where)


def _decode_line(columns: list[Column], name: str, number: int, line: bytes) -> dict[str, Any]:
    try:
        return decode_row(columns, json.loads(line))
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        # Not JSON, or brackets nested too deep (RecursionError): not a record.
        found = exc.message if isinstance(exc, InvalidValue) else Message(NOT_A_RECORD)
        raise PackageError(BAD_LINE, name=name, line=number, problem=found) from None


def _scan(
    zf: zipfile.ZipFile,
    manifest: dict[str, Any],
    name: str,
    columns: list[Column],
    each: Callable[[dict[str, Any], int], None],
) -> None:
    """Decode every line of member `name` and pass it to `each`; the lines must be as many as
    the manifest says."""
    expected = _line_counts(manifest)[name]
    count = 0
    with zf.open(name) as stream:
        for number, line in _lines(stream, name, expected):
            each(_decode_line(columns, name, number, line), number)
            count += 1
    if count != expected:
        raise PackageError(BAD_COUNT, name=name, found=count, expected=expected)


@contextlib.contextmanager
def _open_zip(path: Path, key: bytes | None) -> Iterator[zipfile.ZipFile]:
    """The package's zip: the file, or a sealed file opened with `key`; NOT_A_PACKAGE when
    there is no zip."""
    with contextlib.ExitStack() as stack:
        source: Path | SealedReader = path
        if key is not None:
            source = stack.enter_context(SealedReader(path, path.name, key=key))
        try:
            zf = stack.enter_context(zipfile.ZipFile(source))
        except (*UNREADABLE, ValueError):
            raise PackageError(NOT_A_PACKAGE, file=path.name) from None
        yield zf


def open_package(db: Database, path: str | Path, passphrase: str | None = None) -> Package:
    """Check every byte of the package at `path` against its manifest and the database;
    raises PackageError and writes nothing. A sealed package needs the `passphrase`
    (PassphraseNeeded without one, WrongPassphrase when it does not open or any byte was
    changed); a plain one opens with or without."""
    path = Path(path)
    if not path.is_file():
        raise PackageError(NO_FILE, file=str(path))
    key = None
    if is_sealed(path):
        if not passphrase:
            raise PassphraseNeeded(ENCRYPTED, name=path.name)
        with SealedReader(path, path.name, passphrase=passphrase) as reader:
            reader.verify()  # every byte authentic before any is looked at
            key = reader.key
    with _open_zip(path, key) as zf:
        names = zf.namelist()
        for name in names:
            if not _safe_name(name):
                raise PackageError(BAD_MEMBER_NAME, name=name)
        if MANIFEST not in names:
            raise PackageError(NOT_A_PACKAGE, file=path.name)
        manifest = _read_manifest(zf)
        for name in names:  # files are looked at once their list is read
            if name != MANIFEST and name not in manifest["files"] and not name.startswith(BLOBS):
                raise PackageError(UNKNOWN_MEMBER, name=name)
        if len(names) != len(set(names)):
            raise PackageError(BAD_MANIFEST, problem=problem(FILE_TWICE))
        # Before the list is read (and held): one line for each file member, no more.
        found = sum(name.startswith(BLOBS) for name in names)
        if found != manifest.get("blobs", 0):
            raise PackageError(FILE_COUNT, found=found, expected=manifest.get("blobs", 0))
        _check_members(zf, manifest)
        package = Package(path, manifest, key=key)
        package.blobs = _read_blob_list(zf, manifest)
        _check_blobs(zf, package.blobs, names)
        refs = _Refs()
        for table in tracked_models():
            package.ids[table] = (
                _scan_records(zf, manifest, package, table, refs)
                if table in manifest_tables(manifest)
                else set()
            )
        _scan_log(zf, package)
    _check_references(db, package, refs)
    _check_unique(db, refs)
    return package


def _read_blob_list(zf: zipfile.ZipFile, manifest: dict[str, Any]) -> dict[str, Listed]:
    """The files `blobs.jsonl` lists (none before format 3): SHA-256 → size and type."""
    listed: dict[str, Listed] = {}
    if BLOB_LIST not in _line_counts(manifest):
        return listed

    def each(row: dict[str, Any], number: int) -> None:
        if row["sha256"] in listed:
            raise PackageError(BAD_LINE, name=BLOB_LIST, line=number, problem=problem(FILE_TWICE))
        listed[row["sha256"]] = Listed(row["size"], row["media_type"])

    _scan(zf, manifest, BLOB_LIST, _blob_list_columns(), each)
    return listed


def _check_blobs(zf: zipfile.ZipFile, listed: dict[str, Listed], names: list[str]) -> None:
    """Every file member is listed (so its name is a checksum), and every listed file is
    there and is what the list says (`_read_blob`)."""
    for name in names:
        if name.startswith(BLOBS) and name[len(BLOBS) :] not in listed:
            raise PackageError(UNKNOWN_MEMBER, name=name)
    for sha, entry in listed.items():
        _read_blob(zf, sha, entry, keep=False)


def _read_blob(zf: zipfile.ZipFile, sha: str, entry: Listed, *, keep: bool) -> bytes:
    """Read the file `sha` through, a chunk at a time, and check it: no larger than a file
    can be attached (declared, then counted), the size the list gives, bytes whose SHA-256
    is its name, and the first ones those of the listed media type (`evidence.sniff`). Its
    bytes when `keep` (else nothing is held)."""
    name = blob_member(sha)
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise PackageError(MISSING_MEMBER, name=name) from None
    if info.file_size > evidence.MAX_BYTES:
        raise PackageError(FILE_TOO_LARGE, name=name, limit=Message(evidence.SIZE_LIMIT))
    if info.file_size != entry.size:
        raise PackageError(BAD_SIZE, name=name)
    digest, size, head, kept = hashlib.sha256(), 0, b"", []
    try:
        with zf.open(info) as stream:
            while chunk := stream.read(FILE_CHUNK):
                size += len(chunk)
                if size > entry.size:
                    raise PackageError(BAD_SIZE, name=name)
                digest.update(chunk)
                if len(head) < 16:
                    head = (head + chunk)[:16]
                if keep:
                    kept.append(chunk)
    except UNREADABLE:
        raise PackageError(DAMAGED, name=name) from None
    if size != entry.size:
        raise PackageError(BAD_SIZE, name=name)
    if digest.hexdigest() != sha:
        raise PackageError(BAD_CHECKSUM, name=name)
    if evidence.sniff(head) != entry.media_type:
        raise PackageError(NOT_EVIDENCE, name=name)
    return b"".join(kept)


def _scan_records(
    zf: zipfile.ZipFile, manifest: dict[str, Any], package: Package, table: str, refs: _Refs
) -> set[uuid.UUID]:
    name = record_member(table)
    columns = columns_of(table, manifest["format"])
    if table == "borrower":
        columns = [*columns, _members_column()]
    ids: set[uuid.UUID] = set()
    unique = {
        c.key: refs.unique.setdefault((table, c.key), {})
        for c in tracked_models()[table].__table__.columns
        if c.unique
    }
    # References to earlier tables (and to the package's files) are checked against the
    # package as rows are read; a place may point to a place later in the same file, so
    # those wait for the end.
    known: dict[str, Collection[Any]] = {**package.ids, BLOB: package.blobs}

    def each(row: dict[str, Any], number: int) -> None:
        if row["id"] in ids:
            raise PackageError(BAD_LINE, name=name, line=number, problem=problem(RECORD_TWICE))
        ids.add(row["id"])
        if table == "attachment":
            _check_attachment(row, name, number)
        for key, seen in unique.items():
            if row[key] is not None:
                if row[key] in seen:
                    twice = problem(VALUE_TWICE, column=key, value=row[key])
                    raise PackageError(BAD_LINE, name=name, line=number, problem=twice)
                seen[row[key]] = (row["id"], number)
        for column in columns:
            target, value = column.references, row[column.name]
            if target is None or value is None:
                continue
            if target == BLOB and row["deleted_at"] is not None:
                continue  # a removed attachment travels without its file
            for one in value if isinstance(value, list) else [value]:
                if one not in known.get(target, ()) and not (target == table and one in ids):
                    refs.add(target, one, (name, number, column.name))

    _scan(zf, manifest, name, columns, each)
    # Self-references (a settlement's district) seen later in the same file.
    for value in list(refs.pending.get(table, {})):
        if value in ids:
            del refs.pending[table][value]
    return ids


def _check_attachment(row: dict[str, Any], name: str, number: int) -> None:
    """An attachment belongs to one record, and its id is the one derived from that record
    and its file (`evidence.attachment_id`): no package can move a file to another record or
    attach it twice."""
    owners = [
        evidence.Owner(kind, row[f"{kind}_id"])
        for kind in evidence.KINDS
        if row[f"{kind}_id"] is not None
    ]
    if len(owners) != 1 or row["id"] != evidence.attachment_id(owners[0], row["sha256"]):
        raise PackageError(BAD_LINE, name=name, line=number, problem=problem(NOT_ONE_OWNER))


def _scan_log(zf: zipfile.ZipFile, package: Package) -> None:
    fields = {t: set(merge_fields(t)) | {CREATED} for t in tracked_models()}

    def check_change(row: dict[str, Any], number: int) -> None:
        table = row["table_name"]
        if row["record_id"] not in package.ids.get(table, ()):
            raise PackageError(
                BAD_LINE, name=CHANGES, line=number, problem=problem(RECORD_NOT_IN_PACKAGE)
            )
        if not all(f in fields[table] or is_day_field(table, f) for f in row["fields"].split()):
            raise PackageError(BAD_LINE, name=CHANGES, line=number, problem=problem(UNKNOWN_FIELDS))

    def check_history(row: dict[str, Any], number: int) -> None:
        if row["record_id"] not in package.ids.get(row["table_name"], ()):
            raise PackageError(
                BAD_LINE, name=HISTORY, line=number, problem=problem(RECORD_NOT_IN_PACKAGE)
            )

    _scan(zf, package.manifest, CHANGES, _change_columns(), check_change)
    _scan(zf, package.manifest, HISTORY, _history_columns(), check_history)


def _check_references(db: Database, package: Package, refs: _Refs) -> None:
    """References to records (and files) the package has not: they must be here."""
    models = tracked_models()
    with db.read_session() as session:
        for table, wanted in refs.pending.items():
            key = Blob.sha256 if table == BLOB else models[table].id
            missing = dict(wanted)
            ids = list(wanted)
            for start in range(0, len(ids), BATCH):
                chunk = ids[start : start + BATCH]
                for found in session.scalars(select(key).where(key.in_(chunk))):
                    missing.pop(found, None)
            if missing:
                value, (name, line, column) = min(missing.items(), key=lambda kv: kv[1][:2])
                raise PackageError(
                    MISSING_REFERENCE, name=name, line=line, column=column, value=value
                )


def _check_unique(db: Database, refs: _Refs) -> None:
    """A unique value (a loan number, a training code) held here by a different record."""
    models = tracked_models()
    with db.read_session() as session:
        for (table, column), seen in refs.unique.items():
            attr = getattr(models[table], column)
            values = list(seen)
            for start in range(0, len(values), BATCH):
                chunk = values[start : start + BATCH]
                for other_id, value in session.execute(
                    select(models[table].id, attr).where(attr.in_(chunk))
                ):
                    record_id, line = seen[value]
                    if record_id != other_id:
                        raise PackageError(
                            TAKEN_ELSEWHERE,
                            name=record_member(table),
                            line=line,
                            column=column,
                            value=value,
                        )
