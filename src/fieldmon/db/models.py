"""SQLAlchemy 2 typed models.

Every record carries a UUID, UTC `created_at`/`updated_at`, the officer who created and last
changed it, and a `deleted_at` mark instead of being removed, so that data from several laptops
can be merged later. Each change is also written to `history` (who, when, old → new).
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    TypeDecorator,
    Uuid,
    event,
    text,
)
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, mapped_column

from fieldmon.domain.text import normalize_name, search_key


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC; gives back timezone-aware datetimes on SQLite too (which keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime, uuid.UUID: Uuid}


class Tracked:
    """Columns every mergeable record has."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200))
    updated_by: Mapped[str] = mapped_column(String(200))
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class Place(Tracked, Base):
    """A region, a city of republican significance, a district or a settlement.

    Regions and cities come from the shipped registry (`key` set, ids derived from the key so
    they are the same on every laptop); districts and settlements are added by users."""

    __tablename__ = "place"

    kind: Mapped[str] = mapped_column(String(20))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("place.id"))
    region_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("place.id"))
    key: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str | None] = mapped_column(String(200))
    name_kk: Mapped[str | None] = mapped_column(String(200))
    aliases: Mapped[str | None] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(String(200))

    __table_args__ = (Index("ix_place_parent_name", "parent_id", "name_key"),)


class Project(Tracked, Base):
    """A project of the organisation, for one donor, with its dates and implementing partners.

    Its id is derived from its code (`fieldmon.services.projects.project_id`), so the same
    project added on two laptops is one record when their packages merge, field by field."""

    __tablename__ = "project"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    donor: Mapped[str] = mapped_column(String(200), default="")
    start_on: Mapped[date | None] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)
    partners: Mapped[str] = mapped_column(Text, default="")
    # The regions it works in: their ids, space-separated (one field when merged).
    regions: Mapped[str] = mapped_column(Text, default="", server_default="")


class Site(Tracked, Base):
    """A monitored object: a borrower's business, leased equipment, a health facility..."""

    __tablename__ = "site"

    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    site_type: Mapped[str] = mapped_column(String(40))
    place_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("place.id"))
    region_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("place.id"), index=True)
    project_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("project.id"), index=True)


_LIVE = text("deleted_at IS NULL")
_LIVE_FOLLOW_UP = text("deleted_at IS NULL AND follow_up <> ''")


class Visit(Tracked, Base):
    __tablename__ = "visit"

    visit_date: Mapped[date] = mapped_column(Date)
    officer: Mapped[str] = mapped_column(String(200))
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    purpose: Mapped[str] = mapped_column(String(40))
    funds_used: Mapped[str] = mapped_column(String(40))
    equipment_ok: Mapped[bool | None] = mapped_column(Boolean)
    beneficiaries: Mapped[int | None] = mapped_column(Integer)
    rating: Mapped[str] = mapped_column(String(40))
    findings: Mapped[str] = mapped_column(Text, default="")
    findings_key: Mapped[str] = mapped_column(Text, default="", server_default="")  # see below
    follow_up: Mapped[str] = mapped_column(Text, default="")
    follow_up_due: Mapped[date | None] = mapped_column(Date)
    follow_up_closed_on: Mapped[date | None] = mapped_column(Date)
    latitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    longitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    project_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("project.id"))

    # Partial indexes over live (not deleted) visits: every list and count query filters on
    # `deleted_at IS NULL`, and with the condition in the index a count never reads the table.
    # The follow-up index holds only visits with an action; a query uses it when it says
    # `follow_up != ''` with the literal, not a bound parameter (`visits.HAS_FOLLOW_UP`).
    __table_args__ = (
        *(
            Index(name, *columns, sqlite_where=_LIVE, postgresql_where=_LIVE)
            for name, columns in (
                ("ix_visit_live_date", ("visit_date", "id")),
                ("ix_visit_live_officer", ("officer", "visit_date")),
                ("ix_visit_live_site", ("site_id", "visit_date")),
                ("ix_visit_live_project", ("project_id", "visit_date", "site_id")),
            )
        ),
        Index(
            "ix_visit_live_follow_up",
            "follow_up_due",
            "follow_up_closed_on",
            "visit_date",
            "project_id",
            "site_id",
            sqlite_where=_LIVE_FOLLOW_UP,
            postgresql_where=_LIVE_FOLLOW_UP,
        ),
    )


class DecimalText(TypeDecorator[Decimal]):
    """An exact decimal kept as text: SQLite has no decimal type and would store a float."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class Person(Tracked, Base):
    """A person: a borrower, a group member, a training participant — one record for all.
    Found again by IIN or by `name_key` + birth year instead of being entered twice.
    `category` (trainings' disaggregation) and `organization` are '' when not known."""

    __tablename__ = "person"

    full_name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))
    sex: Mapped[str] = mapped_column(String(10))
    birth_year: Mapped[int] = mapped_column(Integer)
    iin: Mapped[str | None] = mapped_column(String(12), index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    place_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("place.id"))
    region_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("place.id"))
    category: Mapped[str] = mapped_column(String(40), default="", server_default="")
    organization: Mapped[str] = mapped_column(String(200), default="", server_default="")

    __table_args__ = (Index("ix_person_name_year", "name_key", "birth_year"),)


class Borrower(Tracked, Base):
    """Who a loan is made to: one person, or a group of 2–3 (its members in `borrower_member`)."""

    __tablename__ = "borrower"

    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(Text, default="", server_default="")  # see below
    place_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("place.id"))
    region_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("place.id"))


class BorrowerMember(Base):
    __tablename__ = "borrower_member"

    borrower_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("borrower.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)


class Loan(Tracked, Base):
    """A microcredit or microleasing loan. Amounts are whole minor units (tiyn, cents).

    `total_due_minor` and `final_due_on` summarize the stored schedule; `paid_minor`,
    `next_due_on` (oldest instalment not fully paid; NULL when repaid) and
    `outstanding_principal_minor` are the state after every live repayment, kept by the
    service in the same transaction as the repayment so the list can filter and sort on
    today's status with an index. Figures as of an earlier date come from the schedule and
    the repayments instead (services/loans/)."""

    __tablename__ = "loan"

    loan_no: Mapped[str] = mapped_column(String(40), unique=True)
    borrower_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("borrower.id"), index=True)
    product: Mapped[str] = mapped_column(String(20))
    purpose: Mapped[str] = mapped_column(String(200), default="")
    principal_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    annual_rate_pct: Mapped[Decimal] = mapped_column(DecimalText)
    method: Mapped[str] = mapped_column(String(20))
    term_months: Mapped[int] = mapped_column(Integer)
    # No index: every query on it reads most loans, and a scan of the table is faster than
    # a lookup per row through an index (100,000 loans: 23 ms against 160 ms).
    disbursed_on: Mapped[date] = mapped_column(Date)
    first_due_on: Mapped[date] = mapped_column(Date)
    approved_on: Mapped[date | None] = mapped_column(Date)
    region_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("place.id"), index=True)
    place_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("place.id"), index=True)
    total_due_minor: Mapped[int] = mapped_column(BigInteger)
    final_due_on: Mapped[date] = mapped_column(Date)
    paid_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    next_due_on: Mapped[date | None] = mapped_column(Date, index=True)
    outstanding_principal_minor: Mapped[int] = mapped_column(BigInteger)
    project_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("project.id"), index=True)


class Instalment(Base):
    """One line of a loan's schedule. `due_before_minor` and `principal_before_minor` are the
    sums over the earlier instalments, so the instalment a paid amount reaches is one range
    condition in SQL (repayments pay the oldest first)."""

    __tablename__ = "instalment"

    loan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loan.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    principal_minor: Mapped[int] = mapped_column(BigInteger)
    interest_minor: Mapped[int] = mapped_column(BigInteger)
    due_before_minor: Mapped[int] = mapped_column(BigInteger)
    principal_before_minor: Mapped[int] = mapped_column(BigInteger)


_NOT_REVERSED = text("reversed_at IS NULL")
_LIVE_RECEIPT = text("reversed_at IS NULL AND deleted_at IS NULL AND receipt_no <> ''")


class Repayment(Tracked, Base):
    """A repayment as posted. Never edited: a wrong one is reversed (`reversed_at`, with who
    and why) and kept, and the right one posted anew."""

    __tablename__ = "repayment"

    loan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loan.id"))
    paid_on: Mapped[date] = mapped_column(Date)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    receipt_no: Mapped[str] = mapped_column(String(40))
    reversed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reversed_by: Mapped[str | None] = mapped_column(String(200))
    reversal_reason: Mapped[str | None] = mapped_column(Text)

    # Over live (not reversed) repayments, with the amount in the index: summing a loan's
    # repayments up to a date reads the index only.
    __table_args__ = (
        Index("ix_repayment_loan", "loan_id", "paid_on"),
        Index(
            "ix_repayment_live_loan",
            "loan_id",
            "paid_on",
            "amount_minor",
            sqlite_where=_NOT_REVERSED,
            postgresql_where=_NOT_REVERSED,
        ),
        # One receipt per loan among live repayments: a rule of the data, so no path (a
        # form, an import, a merge of two laptops' packages) can count one receipt twice.
        # Migration 0006 settles duplicates saved before it; the merge settles new ones.
        Index(
            "ux_repayment_live_receipt",
            "loan_id",
            "receipt_no",
            unique=True,
            sqlite_where=_LIVE_RECEIPT,
            postgresql_where=_LIVE_RECEIPT,
        ),
        Index(
            "ix_repayment_live_paid_on",
            "paid_on",
            "loan_id",
            "amount_minor",
            sqlite_where=_NOT_REVERSED,
            postgresql_where=_NOT_REVERSED,
        ),
    )


class Training(Tracked, Base):
    """A training event of `days` consecutive days. `min_days` NULL: completing it means
    being present every day; otherwise on at least `min_days` days."""

    __tablename__ = "training"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    topic: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(20))
    start_date: Mapped[date] = mapped_column(Date, index=True)
    days: Mapped[int] = mapped_column(Integer)
    min_days: Mapped[int | None] = mapped_column(Integer)
    region_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("place.id"), index=True)
    place_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("place.id"))
    venue: Mapped[str] = mapped_column(String(200), default="")
    organizer: Mapped[str] = mapped_column(String(200), default="")
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    search_key: Mapped[str] = mapped_column(Text, default="", server_default="")  # see below
    project_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("project.id"), index=True)


class Participation(Tracked, Base):
    """A person registered at a training. `marks` has one character a day, '1' present and
    '0' absent; `days_present` is its count of '1's, kept with it so that the summary sums
    and compares without reading the marks."""

    __tablename__ = "participation"

    training_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("training.id"))
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    marks: Mapped[str] = mapped_column(String(60), default="")
    days_present: Mapped[int] = mapped_column(Integer, default=0)
    pre_score: Mapped[int | None] = mapped_column(Integer)
    post_score: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_participation_training_person", "training_id", "person_id", unique=True),
    )


class Indicator(Tracked, Base):
    """An indicator of a project's results framework. `measure` is a key of the summary
    (`visits.count`, `loans.par30[KZT]`), computed from the project's records (in `region_id`
    if set), or `manual` for values typed per quarter (`IndicatorValue`). `level` is the result
    it belongs to (goal, outcome, output: free text). `baseline` and `target` (for the life of
    the project) are exact decimals; `year_targets` is JSON, {"2011": "120", ...}. The id is
    derived from the project and the code (`services.indicators.indicator_id`)."""

    __tablename__ = "indicator"

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id"))
    code: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    level: Mapped[str] = mapped_column(String(200), default="")
    unit: Mapped[str] = mapped_column(String(60), default="")
    measure: Mapped[str] = mapped_column(String(120))
    region_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("place.id"))
    baseline: Mapped[Decimal | None] = mapped_column(DecimalText)
    target: Mapped[Decimal | None] = mapped_column(DecimalText)
    year_targets: Mapped[str] = mapped_column(Text, default="{}")

    __table_args__ = (Index("ix_indicator_project_code", "project_id", "code", unique=True),)


class IndicatorValue(Tracked, Base):
    """A value typed for a manual indicator and one quarter (`period`: '2010Q4'), with a note.
    One record per indicator and quarter (the id is derived from both), so two officers
    typing a value for the same quarter is a conflict the merge shows, not two values."""

    __tablename__ = "indicator_value"

    indicator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("indicator.id"))
    period: Mapped[str] = mapped_column(String(6))
    value: Mapped[Decimal] = mapped_column(DecimalText)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_indicator_value_indicator_period", "indicator_id", "period", unique=True),
    )


class Blob(Base):
    """A file attached as evidence, byte for byte as given, stored once however many records
    it is attached to: its key is its SHA-256 (`services.evidence`). Never changed and never
    removed while an attachment, even a deleted one, refers to it. What Pillow read from it
    (media type, pixel size, the EXIF time and GPS point) and a downscaled JPEG preview are
    kept beside it, so a list of thumbnails never reads the files; `data` is the last column,
    so reading the others never reads it (SQLite keeps a large value in overflow pages)."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(40))
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    # EXIF DateTimeOriginal as the camera wrote it (local time, no zone): 2026-11-30T14:05:09.
    taken_at: Mapped[str | None] = mapped_column(String(19))
    latitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    longitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    preview: Mapped[bytes | None] = mapped_column(LargeBinary)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Tracked, Base):
    """A file attached to one visit, loan or training (exactly one of the three ids is set),
    with the name it had, a caption and, for a training's sign-in sheet, the day it is for.
    Removing one marks it deleted like every record; its file stays."""

    __tablename__ = "attachment"

    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit.id"), index=True)
    loan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("loan.id"), index=True)
    training_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("training.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), ForeignKey("blob.sha256"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    caption: Mapped[str] = mapped_column(Text, default="")
    day: Mapped[int | None] = mapped_column(Integer)


class History(Base):
    """One row per change to a record: what changed, from what to what, by whom and when.
    `changes` is JSON: {field: [old, new]} (for `create`, old is null)."""

    __tablename__ = "history"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    action: Mapped[str] = mapped_column(String(20))
    changes: Mapped[str] = mapped_column(Text)
    changed_by: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Setting(Base):
    """Per-database settings: the officer's profile, the device id, the registry version."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Draft(Base):
    """A form's unsaved typing, kept so that a crash loses nothing."""

    __tablename__ = "draft"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Change(Base):
    """One change to a record as the merge sees it: which columns it set (`fields`, space
    separated; `*` for the record's creation), when, by whom. Written for every insert and
    update of a tracked record by `fieldmon.db.changes`, and carried by data packages.

    A record's changes are the version it is at: two copies of a record compare, field by
    field, the sets of changes that touched the field, so a change made on one laptop is
    recognised on every other one by its id. `seq` numbers the changes in the order this
    database received them, for "what changed since the last export"."""

    __tablename__ = "change"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    fields: Mapped[str] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    changed_by: Mapped[str] = mapped_column(String(200))
    seq: Mapped[int] = mapped_column(BigInteger, index=True)


class Conflict(Base):
    """A field both sides changed since their common version. The later edit is applied
    (`kept_*`); the other value waits here until the coordinator picks one (`resolved_*`)."""

    __tablename__ = "conflict"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    field: Mapped[str] = mapped_column(String(40))
    kept_value: Mapped[str] = mapped_column(Text)
    kept_by: Mapped[str] = mapped_column(String(200))
    kept_at: Mapped[datetime] = mapped_column(UTCDateTime)
    other_value: Mapped[str] = mapped_column(Text)
    other_by: Mapped[str] = mapped_column(String(200))
    other_at: Mapped[datetime] = mapped_column(UTCDateTime)
    found_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    source: Mapped[str] = mapped_column(String(200), default="")
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(200))


# --- search keys --------------------------------------------------------------------------------
# Text searched with LIKE is searched in a stored, Python-folded key: SQLite's lower() folds
# ASCII only, and a key folded once by the same function gives the same matches on SQLite and
# PostgreSQL without a function call per row. Kept here, on every ORM insert and update, so no
# service can forget them; Core writes (the package merge: `services.merge.recompute`) fill
# them themselves. Migration 0005 filled the rows saved before.


def derived_keys(table: str, row: dict[str, Any]) -> dict[str, str]:
    """The search keys of a row of `table` (column → value) from its other columns."""
    if table == "training":
        return {"search_key": search_key(row["code"], row["title"], row["topic"])}
    if table == "borrower":
        return {"name_key": normalize_name(row["name"])}
    if table == "visit":
        return {"findings_key": normalize_name(row["findings"] or "")}
    return {}


def _fill_keys(_mapper: Mapper[Any], _connection: Connection, target: Any) -> None:
    table = target.__tablename__
    values = {c: getattr(target, c) for c in _KEY_SOURCES[table]}
    for name, value in derived_keys(table, values).items():
        setattr(target, name, value)


_KEY_SOURCES = {
    "training": ("code", "title", "topic"),
    "borrower": ("name",),
    "visit": ("findings",),
}
for _model in (Training, Borrower, Visit):
    event.listen(_model, "before_insert", _fill_keys)
    event.listen(_model, "before_update", _fill_keys)
