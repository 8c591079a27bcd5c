"""Evidence: photos and scans attached to visits, loans and trainings.

Where the files live: **in the database**, table `blob`, keyed by the SHA-256 of the bytes
(stored byte for byte as given, so the checksum proves it is the file taken; the same file
attached twice, or to two records, is stored once). Being in the database is what makes an
attachment saved with its record in one transaction, safe from a crash mid-save, copied by
every backup and brought back by a restore, encrypted when the database is (SQLCipher), and
carried by PostgreSQL the same way. The price: the database grows by the size of the photos,
and so does each backup (`backup.keep` in the settings says how many are kept).

A file is never removed while an attachment refers to it, and removing an attachment only
marks it deleted (undo brings it back), as every record is soft-deleted: fieldmon has no
final deletion yet, so a file once attached stays.

Each file is checked before it is stored (`inspect`): at most `MAX_BYTES`; its content must be
what its name says (JPEG, PNG, HEIC when Pillow can read it on this computer, PDF), whole (a
photo is decoded to make its preview; a PDF must end with `%%EOF`), and no larger in pixels
than `MAX_PIXELS` (an image bomb: a small file whose header claims 60,000 × 60,000 pixels is
refused from its header, before anything is decoded). Any problem is one reason, shown as
`'IMG_0412.jpg': reason` (`FileProblem`).

Pillow reads a photo's EXIF time (DateTimeOriginal, the camera's local time) and GPS point;
`doubts` flags a photo taken on another day than the visit or more than `FAR_KM` from the
site's known point (the visit's own coordinates, else the last ones recorded at the site) —
it may be the wrong photo; nothing is refused for it.
"""

from __future__ import annotations

import hashlib
import io
import math
import uuid
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldmon.db.models import Attachment, Blob, Training, Visit
from fieldmon.domain.errors import InvalidValue, UserError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP, Message
from fieldmon.services import history

MAX_BYTES = 25 * 1024**2
SIZE_LIMIT = QT_TRANSLATE_NOOP("fieldmon", "25 MB")  # MAX_BYTES in words, for messages
# More than any phone takes in its usual mode (a 200-megapixel sensor saves 12-50 MP photos
# unless told otherwise), far less than an image bomb claims. Pillow's own guard is set to
# the same, so no path decodes a larger image.
MAX_PIXELS = 120_000_000
PREVIEW_EDGE = 480  # the preview's longer side, in pixels: sharp in the strip, small to keep
PREVIEW_QUALITY = 80
FAR_KM = 2.0
KINDS = ("visit", "loan", "training")
NAMESPACE = uuid.UUID("5b0f9c52-3f1e-4d55-9a55-2f3c1de0e720")

JPEG, PNG, HEIC, PDF = "image/jpeg", "image/png", "image/heic", "application/pdf"
MEDIA_TYPES = (JPEG, PNG, HEIC, PDF)
EXTENSIONS = {
    ".jpg": JPEG,
    ".jpeg": JPEG,
    ".jpe": JPEG,
    ".png": PNG,
    ".heic": HEIC,
    ".heif": HEIC,
    ".pdf": PDF,
}
# The file dialog's filter, and what a drop accepts.
PATTERNS = " ".join(f"*{e}" for e in EXTENSIONS)

FILE_PROBLEM = QT_TRANSLATE_NOOP("fieldmon", "'{file}': {problem}")
NO_SUCH_FILE = QT_TRANSLATE_NOOP("fieldmon", "there is no such file")
CANNOT_READ = QT_TRANSLATE_NOOP("fieldmon", "it cannot be read")
EMPTY_FILE = QT_TRANSLATE_NOOP("fieldmon", "the file is empty")
TOO_BIG = QT_TRANSLATE_NOOP("fieldmon", "it is larger than {limit}")
WRONG_KIND = QT_TRANSLATE_NOOP(
    "fieldmon", "only JPEG, PNG and HEIC photos and PDF scans can be attached"
)
NOT_JPEG = QT_TRANSLATE_NOOP("fieldmon", "it is not a JPEG photo, whatever its name says")
NOT_PNG = QT_TRANSLATE_NOOP("fieldmon", "it is not a PNG image, whatever its name says")
NOT_HEIC = QT_TRANSLATE_NOOP("fieldmon", "it is not a HEIC photo, whatever its name says")
NOT_PDF = QT_TRANSLATE_NOOP("fieldmon", "it is not a PDF document, whatever its name says")
HEIC_UNREADABLE = QT_TRANSLATE_NOOP(
    "fieldmon", "this computer cannot read HEIC photos; save it as JPEG"
)
CUT_SHORT = QT_TRANSLATE_NOOP("fieldmon", "the file is cut short or damaged")
TOO_MANY_PIXELS = QT_TRANSLATE_NOOP(
    "fieldmon", "it claims more than {limit} million pixels, more than a photo can have"
)
NOT_ATTACHED = QT_TRANSLATE_NOOP("fieldmon", "There is no attachment {id}.")
NO_RECORD = QT_TRANSLATE_NOOP(
    "fieldmon", "There is no record {id} to attach a file to; it was deleted."
)
OTHER_DAY = QT_TRANSLATE_NOOP("fieldmon", "taken on {taken}, not on {day}")
FAR_AWAY = QT_TRANSLATE_NOOP("fieldmon", "taken {km} km from the site's known point")

NOT_WHAT_NAMED = {JPEG: NOT_JPEG, PNG: NOT_PNG, HEIC: NOT_HEIC, PDF: NOT_PDF}
_HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}


class FileProblem(InvalidValue):
    """A file that cannot be attached: `'name': reason` (a ValueError, so imports show it
    as `row N, column photos: 'name': reason`)."""

    def __init__(self, name: str, reason: str, **params: Any):
        super().__init__(FILE_PROBLEM, file=name, problem=Message(reason, params).as_reason())
        self.reason = reason


# --- what a file is --------------------------------------------------------------------------


@dataclass(frozen=True)
class Inspected:
    """What `inspect` found in a file: the blob's columns but its bytes."""

    sha256: str
    size: int
    media_type: str
    width: int | None = None
    height: int | None = None
    taken_at: str | None = None
    latitude: Decimal | None = None
    longitude: Decimal | None = None
    preview: bytes | None = None

    @property
    def is_image(self) -> bool:
        return self.media_type != PDF


def sniff(head: bytes) -> str | None:
    """The media type the first bytes of a file show, or None for anything else."""
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"%PDF-"):
        return PDF
    if head[4:8] == b"ftyp" and head[8:12] in _HEIC_BRANDS:
        return HEIC
    return None


def expected_type(name: str) -> str | None:
    return EXTENSIONS.get(Path(name).suffix.lower())


# A media type's usual file extension: what a copy written to disk is named with (never the
# name a package gave: a "PDF" named `contract.hta` must not open as a program).
SUFFIXES = {JPEG: ".jpg", PNG: ".png", HEIC: ".heic", PDF: ".pdf"}


def suffix_for(media_type: str, file_name: str = "") -> str:
    """The extension a copy of a file of `media_type` is written with: `file_name`'s own when
    it says that type (`.jpeg` stays `.jpeg`), else the type's usual one."""
    suffix = Path(file_name).suffix.lower()
    return suffix if EXTENSIONS.get(suffix) == media_type else SUFFIXES[media_type]


def _pillow() -> Any:
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # Pillow's guard, the same limit as ours
    return Image


def _rational(value: Any) -> float:
    return float(value[0]) / float(value[1]) if isinstance(value, tuple) else float(value)


def _gps(exif: Any) -> tuple[Decimal, Decimal] | None:
    """The GPS point of an EXIF block, or None if it has none (or a broken one)."""
    try:
        gps = exif.get_ifd(0x8825)
        lat, lat_ref, lon, lon_ref = gps.get(2), gps.get(1), gps.get(4), gps.get(3)
        if not lat or not lon:
            return None

        def degrees(parts: Any, negative: bool) -> float:
            d, m, s = (_rational(p) for p in parts)
            value = d + m / 60 + s / 3600
            return -value if negative else value

        latitude = degrees(lat, str(lat_ref).upper().startswith("S"))
        longitude = degrees(lon, str(lon_ref).upper().startswith("W"))
    except (TypeError, ValueError, ZeroDivisionError, KeyError, AttributeError):
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180) or (latitude, longitude) == (0, 0):
        return None
    return Decimal(f"{latitude:.6f}"), Decimal(f"{longitude:.6f}")


def _taken_at(exif: Any) -> str | None:
    """EXIF DateTimeOriginal (else DateTimeDigitized, else DateTime) as ISO text."""
    try:
        found = exif.get_ifd(0x8769)
        text = found.get(36867) or found.get(36868) or exif.get(306)
        if not isinstance(text, str):
            return None
        return datetime.strptime(text.strip("\x00 ")[:19], "%Y:%m:%d %H:%M:%S").isoformat()
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _image(data: bytes, name: str, media_type: str, sha: str) -> Inspected:
    Image = _pillow()
    from PIL import ImageOps, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise FileProblem(name, TOO_MANY_PIXELS, limit=MAX_PIXELS // 1_000_000)
            exif = image.getexif()
            taken, point = _taken_at(exif), _gps(exif)
            # Decoding the whole image is what finds a file cut short; a JPEG is decoded at
            # the preview's scale (the decoder still reads every byte).
            image.draft("RGB", (PREVIEW_EDGE, PREVIEW_EDGE))
            image.load()
            image = ImageOps.exif_transpose(image)
            image.thumbnail((PREVIEW_EDGE, PREVIEW_EDGE))
            if image.mode not in ("RGB", "L"):
                background = Image.new("RGB", image.size, "white")
                rgba = image.convert("RGBA")
                background.paste(rgba, mask=rgba.getchannel("A"))
                image = background
            out = io.BytesIO()
            image.save(out, "JPEG", quality=PREVIEW_QUALITY)
    except FileProblem:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise FileProblem(name, TOO_MANY_PIXELS, limit=MAX_PIXELS // 1_000_000) from None
    except UnidentifiedImageError:
        if media_type == HEIC:
            raise FileProblem(name, HEIC_UNREADABLE) from None
        raise FileProblem(name, NOT_WHAT_NAMED[media_type]) from None
    except Exception:  # noqa: BLE001 - Pillow parsing untrusted bytes may raise anything
        # (OSError "truncated", SyntaxError, struct.error, IndexError...): a damaged file.
        raise FileProblem(name, CUT_SHORT) from None
    return Inspected(
        sha,
        len(data),
        media_type,
        width,
        height,
        taken,
        point[0] if point else None,
        point[1] if point else None,
        out.getvalue(),
    )


def inspect(data: bytes, name: str) -> Inspected:
    """Check `data` (the file called `name`) and read what it holds; FileProblem if it
    cannot be attached (see the module's docstring)."""
    if len(data) > MAX_BYTES:
        raise FileProblem(name, TOO_BIG, limit=Message(SIZE_LIMIT))
    if not data:
        raise FileProblem(name, EMPTY_FILE)
    named = expected_type(name)
    if named is None:
        raise FileProblem(name, WRONG_KIND)
    found = sniff(data[:16])
    if found != named:
        raise FileProblem(name, NOT_WHAT_NAMED[named])
    sha = hashlib.sha256(data).hexdigest()
    if found == PDF:
        if b"%%EOF" not in data[-2048:]:
            raise FileProblem(name, CUT_SHORT)
        return Inspected(sha, len(data), PDF)
    return _image(data, name, found, sha)


def read(path: Path, shown: str | None = None) -> tuple[bytes, Inspected]:
    """The bytes of the file at `path` and what they are; FileProblem (naming it `shown`, else
    its name) if it is missing, too big (looked at before it is read) or not attachable."""
    name = shown or path.name
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise FileProblem(name, NO_SUCH_FILE)
        if size > MAX_BYTES:
            raise FileProblem(name, TOO_BIG, limit=Message(SIZE_LIMIT))
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise FileProblem(name, NO_SUCH_FILE) from None
    except OSError:
        raise FileProblem(name, CANNOT_READ) from None
    return data, inspect(data, name)


# --- storing ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Owner:
    """The record a file is attached to: `kind` is 'visit', 'loan' or 'training'."""

    kind: str
    id: uuid.UUID

    @property
    def column(self) -> str:
        return f"{self.kind}_id"


def owner_of(row: Attachment) -> Owner:
    for kind in KINDS:
        if (found := getattr(row, f"{kind}_id")) is not None:
            return Owner(kind, found)
    raise ValueError("an attachment without a record")


def attachment_id(owner: Owner, sha256: str) -> uuid.UUID:
    """Derived from the record and the file: the same file attached to the same record twice
    (on one laptop or on two) is one attachment."""
    return uuid.uuid5(NAMESPACE, f"{owner.kind}:{owner.id}:{sha256}")


def store(session: Session, data: bytes, found: Inspected) -> str:
    """Keep the file's bytes (once: nothing is written if the same file is stored already);
    returns its SHA-256."""
    stored = session.scalar(select(Blob.sha256).where(Blob.sha256 == found.sha256))
    if stored is None:  # (not session.get: that would read the stored file's bytes)
        session.add(
            Blob(
                sha256=found.sha256,
                size=found.size,
                media_type=found.media_type,
                width=found.width,
                height=found.height,
                taken_at=found.taken_at,
                latitude=found.latitude,
                longitude=found.longitude,
                preview=found.preview,
                data=data,
            )
        )
        session.flush()
    return found.sha256


def attach(
    session: Session,
    owner: Owner,
    data: bytes,
    found: Inspected,
    file_name: str,
    officer: str,
    *,
    caption: str = "",
    day: int | None = None,
) -> Attachment:
    """Attach a checked file to `owner`, in the caller's transaction (saved with the record
    or not at all). Attaching the same file again keeps the one attachment (bringing it back
    if it was removed) with the new caption and day if they are given."""
    sha = store(session, data, found)
    record_id = attachment_id(owner, sha)
    row = session.get(Attachment, record_id)
    if row is not None and row.deleted_at is None:
        changed: dict[str, Any] = {"caption": caption} if caption else {}
        if day is not None:
            changed["day"] = day
        history.update(session, "attachment", row, changed, officer)
        return row
    values: dict[str, Any] = {
        owner.column: owner.id,
        "sha256": sha,
        "file_name": Path(file_name).name[:255],
        "caption": caption,
        "day": day,
    }
    return history.create(session, "attachment", Attachment, record_id, values, officer)


def attach_file(
    session: Session,
    owner: Owner,
    path: Path,
    officer: str,
    *,
    caption: str = "",
    day: int | None = None,
) -> Attachment:
    data, found = read(path)
    return attach(session, owner, data, found, path.name, officer, caption=caption, day=day)


@dataclass(frozen=True)
class NewFile:
    """A checked file waiting to be attached when its record is saved."""

    data: bytes
    found: Inspected
    file_name: str
    caption: str = ""
    day: int | None = None


@dataclass
class Changes:
    """What a form did to a record's evidence before Save: files added, attachments removed,
    captions changed. Applied with the record, in its transaction (`apply`)."""

    added: list[NewFile] = field(default_factory=list)
    removed: set[uuid.UUID] = field(default_factory=set)
    captions: dict[uuid.UUID, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.captions)


def apply(session: Session, owner: Owner, changes: Changes | None, officer: str) -> None:
    """Write a form's evidence `changes` for `owner`, in the caller's transaction."""
    if not changes:
        return
    for attachment, caption in changes.captions.items():
        if attachment not in changes.removed:
            set_caption(session, attachment, caption, officer)
    for attachment in changes.removed:
        remove(session, attachment, officer)
    for new in changes.added:
        attach(
            session,
            owner,
            new.data,
            new.found,
            new.file_name,
            officer,
            caption=new.caption,
            day=new.day,
        )


def find_owner(
    session: Session, record_id: uuid.UUID, kinds: Iterable[str] = KINDS
) -> Owner | None:
    """The live visit, loan or training with id `record_id`, or None."""
    from fieldmon.db.changes import tracked_models

    for kind in kinds:
        row = session.get(tracked_models()[kind], record_id)
        if row is not None and row.deleted_at is None:
            return Owner(kind, record_id)
    return None


def check_owner(session: Session, owner: Owner) -> None:
    if find_owner(session, owner.id, (owner.kind,)) is None:
        raise UserError(NO_RECORD, id=str(owner.id))


def _live(session: Session, attachment: uuid.UUID) -> Attachment:
    row = session.get(Attachment, attachment)
    if row is None:
        raise UserError(NOT_ATTACHED, id=str(attachment))
    return row


def remove(session: Session, attachment: uuid.UUID, officer: str) -> None:
    """Mark an attachment removed (its file stays: `restore` brings it back)."""
    row = _live(session, attachment)
    if row.deleted_at is None:
        history.soft_delete(session, "attachment", row, officer)


def restore(session: Session, attachment: uuid.UUID, officer: str) -> None:
    row = _live(session, attachment)
    if row.deleted_at is not None:
        history.restore(session, "attachment", row, officer)


def set_caption(session: Session, attachment: uuid.UUID, caption: str, officer: str) -> bool:
    return history.update(
        session, "attachment", _live(session, attachment), {"caption": caption.strip()}, officer
    )


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttachmentRow:
    id: uuid.UUID
    kind: str
    record_id: uuid.UUID
    file_name: str
    caption: str
    day: int | None
    sha256: str
    size: int
    media_type: str
    width: int | None
    height: int | None
    taken_at: str | None
    latitude: Decimal | None
    longitude: Decimal | None
    added_at: datetime
    added_by: str

    @property
    def is_image(self) -> bool:
        return self.media_type != PDF

    @property
    def taken_on(self) -> date | None:
        return date.fromisoformat(self.taken_at[:10]) if self.taken_at else None

    @property
    def point(self) -> tuple[Decimal, Decimal] | None:
        if self.latitude is None or self.longitude is None:
            return None
        return self.latitude, self.longitude

    def as_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "record_kind": self.kind,
            "record_id": str(self.record_id),
            "file_name": self.file_name,
            "caption": self.caption,
            "day": self.day,
            "size": self.size,
            "sha256": self.sha256,
            "media_type": self.media_type,
            "taken_at": self.taken_at,
            "latitude": None if self.latitude is None else str(self.latitude),
            "longitude": None if self.longitude is None else str(self.longitude),
        }


_COLUMNS = (
    Attachment.id,
    Attachment.visit_id,
    Attachment.loan_id,
    Attachment.training_id,
    Attachment.file_name,
    Attachment.caption,
    Attachment.day,
    Blob.sha256,
    Blob.size,
    Blob.media_type,
    Blob.width,
    Blob.height,
    Blob.taken_at,
    Blob.latitude,
    Blob.longitude,
    Attachment.created_at,
    Attachment.created_by,
)


def _row(found: Any) -> AttachmentRow:
    (aid, visit, loan, training, *rest) = found
    kind, record = next(
        (k, r) for k, r in zip(KINDS, (visit, loan, training), strict=True) if r is not None
    )
    return AttachmentRow(aid, kind, record, *rest)


def attachments(session: Session, owner: Owner | None = None) -> list[AttachmentRow]:
    """Live attachments, of `owner` or all, in the order they were added (a training's
    sheets by day)."""
    query = select(*_COLUMNS).join(Blob, Blob.sha256 == Attachment.sha256)
    query = query.where(Attachment.deleted_at.is_(None))
    if owner is not None:
        query = query.where(getattr(Attachment, owner.column) == owner.id)
    query = query.order_by(Attachment.day.is_(None), Attachment.day, Attachment.created_at)
    return [_row(found) for found in session.execute(query)]


def counts(session: Session, kind: str, ids: Iterable[uuid.UUID] | None = None) -> dict[Any, int]:
    """Record id → how many live attachments it has (records without any are left out)."""
    column = getattr(Attachment, f"{kind}_id")
    query = (
        select(column, func.count())
        .where(column.is_not(None), Attachment.deleted_at.is_(None))
        .group_by(column)
    )
    if ids is not None:
        chosen = list(ids)
        found: dict[Any, int] = {}
        for start in range(0, len(chosen), 500):
            part = chosen[start : start + 500]
            found.update({k: v for k, v in session.execute(query.where(column.in_(part)))})
        return found
    return {k: v for k, v in session.execute(query)}


def previews(session: Session, shas: Iterable[str]) -> dict[str, bytes]:
    """SHA-256 → the stored JPEG preview, for the files that have one (photos)."""
    wanted = sorted(set(shas))
    found: dict[str, bytes] = {}
    for start in range(0, len(wanted), 500):
        query = select(Blob.sha256, Blob.preview).where(
            Blob.sha256.in_(wanted[start : start + 500]), Blob.preview.is_not(None)
        )
        found.update({sha: bytes(data) for sha, data in session.execute(query) if data})
    return found


def preview(session: Session, sha256: str) -> bytes | None:
    return previews(session, [sha256]).get(sha256)


def content(session: Session, sha256: str) -> bytes:
    """The file's bytes as they were attached."""
    data = session.scalar(select(Blob.data).where(Blob.sha256 == sha256))
    if data is None:
        raise UserError(NOT_ATTACHED, id=sha256)
    return bytes(data)


# --- doubts ----------------------------------------------------------------------------------


def distance_km(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> float:
    """Great-circle distance (haversine, a spherical Earth of radius 6371 km)."""
    lat1, lon1, lat2, lon2 = (math.radians(float(v)) for v in (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def doubts(
    row: AttachmentRow, day: date | None, known_point: tuple[Decimal, Decimal] | None
) -> list[Message]:
    """Why a photo may be the wrong one: taken on another day than `day` (the visit's, or a
    training day's) or more than FAR_KM from `known_point`. Empty for a scan or a photo
    without EXIF (nothing to compare)."""
    found: list[Message] = []
    taken = row.taken_on
    if day is not None and taken is not None and taken != day:
        found.append(Message(OTHER_DAY, {"taken": taken.isoformat(), "day": day.isoformat()}))
    point = row.point
    if known_point is not None and point is not None:
        km = distance_km(point, known_point)
        if km > FAR_KM:
            # whole kilometres: no decimal point to write the reader's way
            found.append(Message(FAR_AWAY, {"km": str(round(km))}))
    return found


def site_point(session: Session, visit_id: uuid.UUID) -> tuple[Decimal, Decimal] | None:
    """The site's known point for a visit: the visit's coordinates, else the latest ones
    recorded by another visit to the same site."""
    visit = session.get(Visit, visit_id)
    if visit is None:
        return None
    if visit.latitude is not None and visit.longitude is not None:
        return visit.latitude, visit.longitude
    found = session.execute(
        select(Visit.latitude, Visit.longitude)
        .where(
            Visit.site_id == visit.site_id,
            Visit.deleted_at.is_(None),
            Visit.latitude.is_not(None),
            Visit.longitude.is_not(None),
        )
        .order_by(Visit.visit_date.desc())
        .limit(1)
    ).first()
    if found is None or found[0] is None or found[1] is None:
        return None
    return found[0], found[1]


def _first_day(session: Session, owner: Owner) -> date | None:
    """A visit's date, a training's first day; None for a loan (a contract is scanned any
    day)."""
    if owner.kind == "visit":
        return session.scalar(select(Visit.visit_date).where(Visit.id == owner.id))
    if owner.kind == "training":
        return session.scalar(select(Training.start_date).where(Training.id == owner.id))
    return None


def _photo_day(owner: Owner, first: date | None, row: AttachmentRow) -> date | None:
    """The day a photo of `owner` should have been taken: the visit's date, or the training
    day a sign-in sheet is for."""
    if first is None or owner.kind == "loan":
        return None
    if owner.kind == "training":
        return None if row.day is None else first + timedelta(days=row.day - 1)
    return first


def doubts_of(
    session: Session, owner: Owner, rows: Sequence[AttachmentRow]
) -> dict[uuid.UUID, list[Message]]:
    """Attachment id → its doubts (only those with any); the record's day and point are
    read once for all its files."""
    point = site_point(session, owner.id) if owner.kind == "visit" else None
    first = _first_day(session, owner)
    found = {}
    for row in rows:
        if row.is_image and (said := doubts(row, _photo_day(owner, first, row), point)):
            found[row.id] = said
    return found


def photo_point(rows: Iterable[AttachmentRow]) -> tuple[Decimal, Decimal] | None:
    """The GPS point of the first photo that has one (to fill a visit's coordinates)."""
    for row in rows:
        if (point := row.point) is not None:
            return point
    return None
