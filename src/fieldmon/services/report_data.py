"""The rows behind the quarterly report's detail sheets, streamed from the database.

Each `Table` names its columns (English headers, marked for translation, with what kind of
value each holds) and yields its rows as tuples in that order, a few thousand at a time, so
that a sheet of a million rows never sits in memory. The period and region mean what they
mean in `summary.summary`, so each sheet adds up to the figures on the Summary sheet:

* Visits: live visits dated in the period (region of the site).
* Follow-ups: follow-up actions of visits on or before the period's end that were still
  open at its start or later, with their state at the period's end.
* Loans: every loan disbursed by the period's end, as of that day (region of the loan).
* Repayments: live repayments dated in the period; reversed ones are left out.
* Arrears ageing: outstanding principal by days in arrears and currency, as of the end.
* Trainings: events starting in the period (region of the event), with their counts.
* Attendance: one row per person registered at those events.

The Visits, Loans and Trainings sheets end with the number of live evidence files (photos,
scans) each record has (`evidence.counts`, asked for a batch of rows at a time). With
photos asked for, `evidence_records` lists the records of those three sheets that have
files, in the sheets' order, for the Evidence sheet and folder.

Personal identifiers (IIN, phone) are not written: the report goes to a donor.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import islice
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from fieldmon.db.models import (
    Attachment,
    Borrower,
    Loan,
    Participation,
    Person,
    Place,
    Repayment,
    Site,
    Training,
    Visit,
)
from fieldmon.domain.choices import FundsUsed, Purpose, Rating, SiteType
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.loans import (
    AGEING_BUCKETS,
    BorrowerKind,
    LoanStatus,
    Method,
    Product,
    Sex,
    ageing_bucket,
)
from fieldmon.domain.money import Currency, from_minor
from fieldmon.domain.periods import Period
from fieldmon.domain.trainings import Category, TrainingKind, age_group
from fieldmon.services import evidence, loans, places, visits

TEXT, LABEL, DATE, INT, MONEY, DECIMAL, RATIO, LINK = (
    "text",
    "label",
    "date",
    "int",
    "money",
    "decimal",
    "ratio",
    "link",
)
Rows = Select[*tuple[Any, ...]]  # a query of any columns
BATCH = 2000  # rows fetched from the database at a time
YES = QT_TRANSLATE_NOOP("fieldmon", "Yes")
NO = QT_TRANSLATE_NOOP("fieldmon", "No")
OPEN = QT_TRANSLATE_NOOP("fieldmon", "Open")
CLOSED = QT_TRANSLATE_NOOP("fieldmon", "Closed")
NOT_IN_ARREARS = QT_TRANSLATE_NOOP("fieldmon", "Not in arrears")
EVIDENCE_FILES = QT_TRANSLATE_NOOP("fieldmon", "Evidence files")
BUCKET_LABELS = {
    "1-30": QT_TRANSLATE_NOOP("fieldmon", "1–30 days"),
    "31-60": QT_TRANSLATE_NOOP("fieldmon", "31–60 days"),
    "61-90": QT_TRANSLATE_NOOP("fieldmon", "61–90 days"),
    "91-180": QT_TRANSLATE_NOOP("fieldmon", "91–180 days"),
    "over_180": QT_TRANSLATE_NOOP("fieldmon", "Over 180 days"),
}


@dataclass(frozen=True)
class Column:
    """`kind`: TEXT (user text), LABEL (an English label the writer translates), DATE, INT,
    MONEY (a Decimal in the currency named by the row's `currency` column), DECIMAL, RATIO
    or LINK (a file's path relative to the workbook, shown by its name, linked to it).
    `total`: the column is summed under the table. `width` in characters."""

    header: str
    kind: str = TEXT
    width: int = 14
    total: bool = False


@dataclass(frozen=True)
class Table:
    """A detail sheet: `key` names it in code (ASCII), `title` is its English sheet name.
    `currency`: index of the column holding each row's currency, when money is summed."""

    key: str
    title: str
    columns: tuple[Column, ...]
    rows: Callable[[Session], Iterator[tuple[Any, ...]]]
    count: Callable[[Session], int]
    currency: int | None = None


class Places:
    """Names of every place, loaded once: (region, district, settlement) of a place id, with
    regions named in the report's language."""

    def __init__(self, session: Session, lang: str):
        rows = session.execute(
            select(Place.id, Place.kind, Place.parent_id, Place.name, Place.name_ru, Place.name_kk)
        ).all()
        by_id = {r.id: r for r in rows}
        self._paths: dict[uuid.UUID, tuple[str, str, str]] = {}
        for r in rows:
            chain = [r]
            while chain[-1].parent_id is not None and chain[-1].parent_id in by_id:
                chain.append(by_id[chain[-1].parent_id])
            region = places.display_name(chain[-1], lang)
            district = next((p.name for p in chain if p.kind == "district"), "")
            settlement = r.name if r.kind == "settlement" else ""
            self._paths[r.id] = (region, district, settlement)

    def path(self, place_id: uuid.UUID | None) -> tuple[str, str, str]:
        return self._paths.get(place_id, ("", "", "")) if place_id else ("", "", "")

    def region(self, place_id: uuid.UUID | None) -> str:
        return self.path(place_id)[0]


def _stream(session: Session, query: Rows) -> Iterator[Any]:
    yield from session.execute(query.execution_options(yield_per=BATCH))


def _count(session: Session, query: Rows) -> int:
    return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def _label(choice: type, code: str | None) -> str:
    """The English label of a stored code ('' for none; the code itself if unknown)."""
    if not code:
        return ""
    return choice.labels().get(code, code)  # type: ignore[attr-defined, no-any-return]


def _yes_no(value: bool | None) -> str:
    return "" if value is None else YES if value else NO


def _with_evidence(
    session: Session, kind: str, found: Iterable[Any], key: Callable[[Any], uuid.UUID]
) -> Iterator[tuple[Any, int]]:
    """Each row with how many live evidence files its record (`key(row)`) has, counted for
    BATCH rows at a time: a streamed sheet stays streamed."""
    rows = iter(found)
    while chunk := list(islice(rows, BATCH)):
        counts = evidence.counts(session, kind, [key(r) for r in chunk])
        for r in chunk:
            yield r, counts.get(key(r), 0)


def _has_evidence(column: Any) -> ColumnElement[bool]:
    return exists().where(
        column == getattr(Attachment, f"{column.table.name}_id"), Attachment.deleted_at.is_(None)
    )


@dataclass(frozen=True)
class EvidenceRecord:
    """A record of the report with evidence files: `name` is the site (a visit), the loan's
    number or the training's code; `day` the visit's date or the training's first day."""

    owner: evidence.Owner
    name: str
    day: date | None = None


class ReportData:
    """The detail tables of one report: the period, the region and the project (None: all)
    and the language place names are written in."""

    def __init__(
        self,
        period: Period,
        region_id: uuid.UUID | None,
        lang: str = "en",
        project_id: uuid.UUID | None = None,
    ):
        self.period, self.region_id, self.lang = period, region_id, lang
        self.project_id = project_id
        self._places: Places | None = None
        self._ageing: list[tuple[Any, ...]] | None = None

    def places(self, session: Session) -> Places:
        if self._places is None:
            self._places = Places(session, self.lang)
        return self._places

    def tables(self) -> list[Table]:
        return [
            self.visits(),
            self.follow_ups(),
            self.loans(),
            self.repayments(),
            self.ageing(),
            self.trainings(),
            self.attendance(),
        ]

    # --- visits ---------------------------------------------------------------------------

    def _visit_conditions(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [Visit.deleted_at.is_(None)]
        if self.region_id is not None:
            conditions.append(Site.region_id == self.region_id)
        if self.project_id is not None:
            conditions.append(Visit.project_id == self.project_id)
        return conditions

    def _visits_query(self) -> Rows:
        p = self.period
        return (
            select(
                Visit.id,
                Visit.visit_date,
                Visit.officer,
                Site.place_id,
                Site.name,
                Site.site_type,
                Visit.purpose,
                Visit.funds_used,
                Visit.equipment_ok,
                Visit.beneficiaries,
                Visit.rating,
                Visit.findings,
                Visit.follow_up,
                Visit.follow_up_due,
                Visit.follow_up_closed_on,
                Visit.latitude,
                Visit.longitude,
            )
            .join(Site, Site.id == Visit.site_id)
            .where(*self._visit_conditions(), Visit.visit_date.between(p.start, p.end))
            .order_by(Visit.visit_date, Visit.id)
        )

    def visits(self) -> Table:
        def rows(session: Session) -> Iterator[tuple[Any, ...]]:
            names = self.places(session)
            found = _stream(session, self._visits_query())
            for r, files in _with_evidence(session, "visit", found, lambda r: r.id):
                region, district, settlement = names.path(r.place_id)
                yield (
                    r.visit_date,
                    r.officer,
                    region,
                    district,
                    settlement,
                    r.name,
                    _label(SiteType, r.site_type),
                    _label(Purpose, r.purpose),
                    _label(FundsUsed, r.funds_used),
                    _yes_no(r.equipment_ok),
                    r.beneficiaries,
                    _label(Rating, r.rating),
                    r.findings,
                    r.follow_up,
                    r.follow_up_due,
                    r.follow_up_closed_on,
                    r.latitude,
                    r.longitude,
                    files,
                )

        return Table(
            "visits",
            QT_TRANSLATE_NOOP("fieldmon", "Visits"),
            (
                Column(QT_TRANSLATE_NOOP("fieldmon", "Date"), DATE, 12),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Officer"), TEXT, 22),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Region"), TEXT, 22),
                Column(QT_TRANSLATE_NOOP("fieldmon", "District"), TEXT, 24),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Settlement"), TEXT, 18),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Site"), TEXT, 34),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Site type"), LABEL, 22),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Purpose"), LABEL, 22),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Funds used as intended"), LABEL, 14),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Equipment in place and working"), LABEL, 14),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Beneficiaries served"), INT, 14, True),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Rating"), LABEL, 16),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Findings"), TEXT, 50),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Follow-up action"), TEXT, 40),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Follow-up due"), DATE, 12),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Follow-up closed"), DATE, 12),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Latitude"), DECIMAL, 11),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Longitude"), DECIMAL, 11),
                Column(EVIDENCE_FILES, INT, 9, True),
            ),
            rows,
            lambda session: _count(session, self._visits_query()),
        )

    def _follow_ups_query(self) -> Rows:
        p = self.period
        return (
            select(
                Visit.visit_date,
                Visit.officer,
                Site.place_id,
                Site.name,
                Visit.follow_up,
                Visit.follow_up_due,
                Visit.follow_up_closed_on,
            )
            .join(Site, Site.id == Visit.site_id)
            .where(
                *self._visit_conditions(),
                Visit.visit_date <= p.end,
                visits.has_follow_up(),
                or_(Visit.follow_up_closed_on.is_(None), Visit.follow_up_closed_on >= p.start),
            )
            .order_by(Visit.visit_date, Visit.id)
        )

    def follow_ups(self) -> Table:
        """Open at the period's end: not closed by then. `Days overdue` counts from the due
        date to the period's end; the open ones due by then are `visits.follow_ups_open`."""
        end = self.period.end

        def rows(session: Session) -> Iterator[tuple[Any, ...]]:
            names = self.places(session)
            for r in _stream(session, self._follow_ups_query()):
                closed = r.follow_up_closed_on is not None and r.follow_up_closed_on <= end
                overdue = (
                    (end - r.follow_up_due).days
                    if not closed and r.follow_up_due is not None and r.follow_up_due < end
                    else None
                )
                yield (
                    r.visit_date,
                    r.officer,
                    names.region(r.place_id),
                    r.name,
                    r.follow_up,
                    r.follow_up_due,
                    r.follow_up_closed_on if closed else None,
                    CLOSED if closed else OPEN,
                    overdue,
                )

        return Table(
            "follow_ups",
            QT_TRANSLATE_NOOP("fieldmon", "Follow-ups"),
            (
                Column(QT_TRANSLATE_NOOP("fieldmon", "Visit date"), DATE, 12),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Officer"), TEXT, 22),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Region"), TEXT, 22),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Site"), TEXT, 28),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Follow-up action"), TEXT, 50),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Due"), DATE, 12),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Closed on"), DATE, 12),
                Column(QT_TRANSLATE_NOOP("fieldmon", "State at the period's end"), LABEL, 14),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Days overdue at the period's end"), INT, 14),
            ),
            rows,
            lambda session: _count(session, self._follow_ups_query()),
        )

    # --- loans ----------------------------------------------------------------------------

    def _loans_query(self) -> Rows:
        state = loans.loans_as_of(self.period.end, self.region_id, project_id=self.project_id)
        return (
            select(
                Loan.id,
                Loan.loan_no,
                Borrower.name,
                Borrower.kind,
                Loan.place_id,
                Loan.product,
                Loan.purpose,
                Loan.currency,
                Loan.principal_minor,
                Loan.disbursed_on,
                Loan.term_months,
                Loan.annual_rate_pct,
                Loan.method,
                state.c.paid,
                state.c.outstanding,
                state.c.status,
                state.c.oldest_due,
            )
            .select_from(state)
            .join(Loan, Loan.id == state.c.id)
            .join(Borrower, Borrower.id == Loan.borrower_id)
            .order_by(Loan.loan_no)
        )

    def _loan_scope(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.region_id is not None:
            conditions.append(Loan.region_id == self.region_id)
        if self.project_id is not None:
            conditions.append(Loan.project_id == self.project_id)
        return conditions

    def _count_loans(self, session: Session) -> int:
        """As many as `loans_as_of` lists, without classifying them."""
        conditions: list[ColumnElement[bool]] = [
            Loan.deleted_at.is_(None),
            Loan.disbursed_on <= self.period.end,
            *self._loan_scope(),
        ]
        return int(session.scalar(select(func.count()).where(*conditions)) or 0)

    def loans(self) -> Table:
        end = self.period.end

        def rows(session: Session) -> Iterator[tuple[Any, ...]]:
            names = self.places(session)
            found = _stream(session, self._loans_query())
            for r, files in _with_evidence(session, "loan", found, lambda r: r.id):
                cur = Currency(r.currency)
                region, _district, settlement = names.path(r.place_id)
                overdue = r.status == LoanStatus.OVERDUE.value and r.oldest_due is not None
                days = (end - r.oldest_due).days if overdue else 0
                yield (
                    r.loan_no,
                    r.name,
                    _label(BorrowerKind, r.kind),
                    region,
                    settlement,
                    _label(Product, r.product),
                    r.purpose,
                    r.currency,
                    from_minor(r.principal_minor, cur),
                    r.disbursed_on,
                    r.term_months,
                    r.annual_rate_pct,
                    _label(Method, r.method),
                    from_minor(int(r.paid), cur),
                    from_minor(int(r.outstanding), cur),
                    _label(LoanStatus, r.status),
                    r.oldest_due,
                    days,
                    BUCKET_LABELS.get(ageing_bucket(days) or "", ""),
                    files,
                )

        return Table(
            "loans",
            QT_TRANSLATE_NOOP("fieldmon", "Loans"),
            (
                Column(QT_TRANSLATE_NOOP("fieldmon", "Loan number"), TEXT, 14),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Borrower"), TEXT, 28),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Borrower type"), LABEL, 14),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Region"), TEXT, 22),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Settlement"), TEXT, 18),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Product"), LABEL, 14),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Purpose"), TEXT, 28),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Currency"), TEXT, 9),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Principal"), MONEY, 16, True),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Disbursed on"), DATE, 12),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Term, months"), INT, 9),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Annual rate, %"), DECIMAL, 9),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Interest method"), LABEL, 16),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Paid by the period's end"), MONEY, 16, True),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Outstanding principal"), MONEY, 16, True),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Status"), LABEL, 16),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Oldest unpaid instalment"), DATE, 12),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Days in arrears"), INT, 10),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Arrears bucket"), LABEL, 14),
                Column(EVIDENCE_FILES, INT, 9, True),
            ),
            rows,
            self._count_loans,
            currency=7,
        )

    def _repayments_query(self) -> Rows:
        p = self.period
        conditions: list[ColumnElement[bool]] = [
            Repayment.reversed_at.is_(None),
            Repayment.paid_on.between(p.start, p.end),
            Loan.deleted_at.is_(None),
            *self._loan_scope(),
        ]
        return (
            select(
                Repayment.paid_on,
                Loan.loan_no,
                Borrower.name,
                Loan.place_id,
                Loan.currency,
                Repayment.amount_minor,
                Repayment.receipt_no,
                Repayment.created_by,
            )
            .join(Loan, Loan.id == Repayment.loan_id)
            .join(Borrower, Borrower.id == Loan.borrower_id)
            .where(*conditions)
            .order_by(Repayment.paid_on, Repayment.loan_id)
        )

    def repayments(self) -> Table:
        def rows(session: Session) -> Iterator[tuple[Any, ...]]:
            names = self.places(session)
            for r in _stream(session, self._repayments_query()):
                yield (
                    r.paid_on,
                    r.loan_no,
                    r.name,
                    names.region(r.place_id),
                    r.currency,
                    from_minor(r.amount_minor, Currency(r.currency)),
                    r.receipt_no,
                    r.created_by,
                )

        return Table(
            "repayments",
            QT_TRANSLATE_NOOP("fieldmon", "Repayments"),
            (
                Column(QT_TRANSLATE_NOOP("fieldmon", "Paid on"), DATE, 12),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Loan number"), TEXT, 14),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Borrower"), TEXT, 28),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Region"), TEXT, 22),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Currency"), TEXT, 9),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Amount"), MONEY, 16, True),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Receipt number"), TEXT, 16),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Recorded by"), TEXT, 22),
            ),
            rows,
            lambda session: _count(session, self._repayments_query()),
            currency=4,
        )

    def ageing_lines(self, session: Session) -> list[tuple[Any, ...]]:
        """Per currency: loans with principal outstanding, not in arrears and then by days in
        arrears bucket, with the share of the currency's outstanding principal. Counted per
        oldest unpaid due date in SQL (a few hundred dates), bucketed here."""
        if self._ageing is None:
            self._ageing = self._ageing_lines(session)
        return self._ageing

    def _ageing_lines(self, session: Session) -> list[tuple[Any, ...]]:
        end = self.period.end
        state = loans.loans_as_of(end, self.region_id, project_id=self.project_id)
        overdue = state.c.status == LoanStatus.OVERDUE.value
        rows = session.execute(
            select(
                state.c.currency,
                case((overdue, state.c.oldest_due), else_=None),
                func.count(),
                func.sum(state.c.outstanding),
            )
            .where(state.c.outstanding > 0)
            .group_by(state.c.currency, case((overdue, state.c.oldest_due), else_=None))
        ).all()
        buckets: dict[tuple[str, str], list[int]] = {}
        for cur, oldest_due, n, outstanding in rows:
            bucket = ageing_bucket((end - oldest_due).days) if oldest_due is not None else None
            line = buckets.setdefault((cur, bucket or ""), [0, 0])
            line[0] += int(n)
            line[1] += int(outstanding or 0)
        lines: list[tuple[Any, ...]] = []
        for cur in sorted({c for c, _b in buckets}):
            total = sum(v[1] for (c, _b), v in buckets.items() if c == cur)
            for bucket in ("", *(name for name, _lo, _hi in AGEING_BUCKETS)):
                n, minor = buckets.get((cur, bucket), (0, 0))
                share = (Decimal(minor) / total).quantize(Decimal("0.0001")) if total else None
                label = BUCKET_LABELS[bucket] if bucket else NOT_IN_ARREARS
                lines.append((label, cur, n, from_minor(minor, Currency(cur)), share))
        return lines

    def ageing(self) -> Table:
        return Table(
            "ageing",
            QT_TRANSLATE_NOOP("fieldmon", "Arrears ageing"),
            (
                Column(QT_TRANSLATE_NOOP("fieldmon", "Days in arrears"), LABEL, 18),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Currency"), TEXT, 9),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Loans"), INT, 10, True),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Outstanding principal"), MONEY, 18, True),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Share of outstanding"), RATIO, 12, True),
            ),
            lambda session: iter(self.ageing_lines(session)),
            lambda session: len(self.ageing_lines(session)),
            currency=1,
        )

    # --- trainings ------------------------------------------------------------------------

    def _training_conditions(self) -> list[ColumnElement[bool]]:
        p = self.period
        conditions: list[ColumnElement[bool]] = [
            Training.deleted_at.is_(None),
            Training.start_date.between(p.start, p.end),
        ]
        if self.region_id is not None:
            conditions.append(Training.region_id == self.region_id)
        if self.project_id is not None:
            conditions.append(Training.project_id == self.project_id)
        return conditions

    def _trainings_query(self) -> Rows:
        present = Participation.days_present > 0
        needed = func.coalesce(Training.min_days, Training.days)

        def present_and(condition: ColumnElement[bool]) -> Any:
            return func.sum(case((and_(present, condition), 1), else_=0))

        per_event = (
            select(
                Participation.training_id,
                func.count().label("registered"),
                func.sum(case((present, 1), else_=0)).label("present"),
                present_and(Person.sex == Sex.FEMALE.value).label("female"),
                present_and(Person.sex == Sex.MALE.value).label("male"),
                func.sum(case((Participation.days_present >= needed, 1), else_=0)).label(
                    "completed"
                ),
                func.sum(Participation.days_present).label("person_days"),
            )
            .join(Training, Training.id == Participation.training_id)
            .join(Person, Person.id == Participation.person_id)
            .where(Participation.deleted_at.is_(None), *self._training_conditions())
            .group_by(Participation.training_id)
            .subquery("per_event")
        )
        return (
            select(Training, per_event)
            .outerjoin(per_event, per_event.c.training_id == Training.id)
            .where(*self._training_conditions())
            .order_by(Training.start_date, Training.code)
        )

    def trainings(self) -> Table:
        def rows(session: Session) -> Iterator[tuple[Any, ...]]:
            names = self.places(session)
            found = _stream(session, self._trainings_query())
            for r, files in _with_evidence(session, "training", found, lambda r: r.Training.id):
                t: Training = r.Training
                region, _district, settlement = names.path(t.place_id)
                yield (
                    t.code,
                    t.title,
                    t.topic,
                    _label(TrainingKind, t.kind),
                    t.start_date,
                    t.days,
                    names.region(t.region_id),
                    settlement or region,
                    t.venue,
                    t.organizer,
                    t.facilitator,
                    int(r.registered or 0),
                    int(r.present or 0),
                    int(r.female or 0),
                    int(r.male or 0),
                    int(r.completed or 0),
                    int(r.person_days or 0),
                    files,
                )

        return Table(
            "trainings",
            QT_TRANSLATE_NOOP("fieldmon", "Trainings"),
            (
                Column(QT_TRANSLATE_NOOP("fieldmon", "Code"), TEXT, 14),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Title"), TEXT, 36),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Topic"), TEXT, 24),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Kind"), LABEL, 14),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Start date"), DATE, 12),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Days"), INT, 7),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Region"), TEXT, 22),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Place"), TEXT, 18),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Venue"), TEXT, 22),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Organizer"), TEXT, 22),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Facilitator"), TEXT, 22),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Registered"), INT, 11, True),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Present"), INT, 10, True),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Women"), INT, 9, True),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Men"), INT, 9, True),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Completed"), INT, 11, True),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Person-days"), INT, 11, True),
                Column(EVIDENCE_FILES, INT, 9, True),
            ),
            rows,
            lambda session: _count(session, self._trainings_query()),
        )

    def _attendance_query(self) -> Rows:
        return (
            select(
                Training.code,
                Training.title,
                Training.start_date,
                Training.days,
                Training.min_days,
                Training.region_id,
                Person.full_name,
                Person.sex,
                Person.birth_year,
                Person.category,
                Person.organization,
                Participation.days_present,
                Participation.pre_score,
                Participation.post_score,
            )
            .join(Training, Training.id == Participation.training_id)
            .join(Person, Person.id == Participation.person_id)
            .where(Participation.deleted_at.is_(None), *self._training_conditions())
            .order_by(Training.start_date, Training.code, Person.name_key, Participation.id)
        )

    def attendance(self) -> Table:
        """Everyone registered, present or not; `Completed` as in the summary (present on
        every day, or on the event's minimum number of days)."""
        year = self.period.end.year

        def rows(session: Session) -> Iterator[tuple[Any, ...]]:
            names = self.places(session)
            for r in _stream(session, self._attendance_query()):
                needed = r.min_days or r.days
                yield (
                    r.code,
                    r.title,
                    r.start_date,
                    r.full_name,
                    _label(Sex, r.sex),
                    r.birth_year,
                    age_group(r.birth_year, year),
                    _label(Category, r.category),
                    r.organization,
                    names.region(r.region_id),
                    r.days,
                    r.days_present,
                    YES if r.days_present >= needed else NO,
                    r.pre_score,
                    r.post_score,
                )

        return Table(
            "attendance",
            QT_TRANSLATE_NOOP("fieldmon", "Attendance"),
            (
                Column(QT_TRANSLATE_NOOP("fieldmon", "Event code"), TEXT, 14),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Event"), TEXT, 32),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Start date"), DATE, 12),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Participant"), TEXT, 28),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Sex"), LABEL, 9),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Birth year"), INT, 8),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Age group"), LABEL, 9),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Category"), LABEL, 20),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Organization"), TEXT, 24),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Region"), TEXT, 22),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Days"), INT, 7),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Days present"), INT, 9, True),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Completed"), LABEL, 10),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Score before"), INT, 9),
                Column(QT_TRANSLATE_NOOP("fieldmon", "Score after"), INT, 9),
            ),
            rows,
            lambda session: _count(session, self._attendance_query()),
        )

    # --- evidence -------------------------------------------------------------------------

    def _evidence_queries(self) -> list[tuple[str, Rows]]:
        """The records of the Visits and Trainings sheets that have live files: (kind, query
        of id, name, day), in each sheet's order. A loan's files are not written for the
        donor: a contract or a receipt carries the borrower's IIN and address, which the
        report never holds (the Loans sheet still counts them); a photo of leased equipment
        for the donor belongs to the monitoring visit that saw it."""
        end = self.period.end
        return [
            (
                "visit",
                select(Visit.id, Site.name, Visit.visit_date)
                .join(Site, Site.id == Visit.site_id)
                .where(
                    *self._visit_conditions(),
                    Visit.visit_date.between(self.period.start, end),
                    _has_evidence(Visit.id),
                )
                .order_by(Visit.visit_date, Visit.id),
            ),
            (
                "training",
                select(Training.id, Training.code, Training.start_date)
                .where(*self._training_conditions(), _has_evidence(Training.id))
                .order_by(Training.start_date, Training.code),
            ),
        ]

    def evidence_records(self, session: Session) -> Iterator[EvidenceRecord]:
        for kind, query in self._evidence_queries():
            for record_id, name, day in _stream(session, query):
                yield EvidenceRecord(evidence.Owner(kind, record_id), name, day)

    def count_evidence(self, session: Session) -> int:
        """How many files `evidence_records` have (the Evidence sheet's rows)."""
        total = 0
        for kind, query in self._evidence_queries():
            ids = query.with_only_columns(query.selected_columns[0]).order_by(None).subquery()
            column = getattr(Attachment, f"{kind}_id")
            total += int(
                session.scalar(
                    select(func.count())
                    .select_from(Attachment)
                    .where(column.in_(select(ids)), Attachment.deleted_at.is_(None))
                )
                or 0
            )
        return total
