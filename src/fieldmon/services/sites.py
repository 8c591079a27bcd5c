"""A site's history: what officers saw there over time, what is still to be done, and the
loans behind it ("what did we see here last time?", asked before a visit). Also the sites
`search.find` offers.

Loans have no link to a site: a loan is made to a borrower in a place, and a visit records a
site in a place. The loans shown with a site are therefore those **made in the site's own
place** (its settlement, or its district when no settlement was typed) **of the product that
finances that kind of site**: microcredit for a microcredit business, microleasing for
microleasing equipment. Other kinds of site (a grant project, a health facility …) are not
financed by loans, so none are shown. In a village with several borrowers this lists all of
them, of which the site's own loan is one; the window says so. A real link (a loan chosen on
the visit form) would replace this rule.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from fieldmon.db.engine import Database
from fieldmon.db.models import Borrower, Loan, Place, Site, Visit
from fieldmon.domain.choices import FundsUsed, Purpose, Rating, SiteType
from fieldmon.domain.errors import UserError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.loans import LoanStatus, Product
from fieldmon.domain.money import Currency, from_minor
from fieldmon.domain.text import escape_like, normalize_name
from fieldmon.services import places
from fieldmon.services.loans import status_today

# The product whose loans finance a kind of site (see the module's notes).
LOAN_PRODUCTS = {
    SiteType.MICROCREDIT_BUSINESS: Product.MICROCREDIT,
    SiteType.MICROLEASING_EQUIPMENT: Product.MICROLEASING,
}
SITE_GONE = QT_TRANSLATE_NOOP("fieldmon", "This site no longer exists; it may have been deleted.")


@dataclass(frozen=True)
class SiteVisit:
    """One visit to the site, as the officer recorded it."""

    id: uuid.UUID
    visit_date: date
    officer: str
    purpose: Purpose
    funds_used: FundsUsed
    equipment_ok: bool | None
    beneficiaries: int | None
    rating: Rating
    findings: str
    follow_up: str
    follow_up_due: date | None
    follow_up_closed_on: date | None

    @property
    def follow_up_open(self) -> bool:
        """A follow-up action was written and is not closed yet (the Visits list's rule)."""
        return bool(self.follow_up) and self.follow_up_closed_on is None


@dataclass(frozen=True)
class SiteLoan:
    """A loan behind the site (see the module's notes), with its state today."""

    id: uuid.UUID
    loan_no: str
    borrower: str
    product: Product
    currency: Currency
    principal: Decimal
    disbursed_on: date
    outstanding: Decimal
    status: LoanStatus
    days_in_arrears: int


@dataclass(frozen=True)
class SiteHistory:
    id: uuid.UUID
    name: str
    site_type: SiteType
    region: str  # named in the language asked for
    district: str  # '' when the site's place has none
    settlement: str  # '' when the site is recorded at a district or the region
    visits: tuple[SiteVisit, ...]  # newest first
    loan_product: Product | None  # None: no loans finance this kind of site
    loans_place: str  # the place the loans are from (the site's settlement or district)
    loans: tuple[SiteLoan, ...]  # the newest disbursed first

    @property
    def place(self) -> str:
        """Settlement, district, region: as a reader looks for it, smallest first."""
        return ", ".join(p for p in (self.settlement, self.district, self.region) if p)

    @property
    def open_follow_ups(self) -> tuple[SiteVisit, ...]:
        """The visits whose follow-up action is still open, the earliest due first (those
        without a due date last)."""
        open_ = [v for v in self.visits if v.follow_up_open]
        return tuple(sorted(open_, key=lambda v: (v.follow_up_due or date.max, v.visit_date)))


def site_history(
    db: Database, site_id: uuid.UUID, *, lang: str = "en", today: date | None = None
) -> SiteHistory:
    """Everything the site's page shows; UserError when the site is gone."""
    today = today or date.today()
    with db.read_session() as session:
        site = session.get(Site, site_id)
        if site is None or site.deleted_at is not None:
            raise UserError(SITE_GONE)
        chain = places.path_of(session, site.place_id)
        names = {p.kind: p.name for p in chain[1:]}
        site_type = SiteType(site.site_type)
        product = LOAN_PRODUCTS.get(site_type)
        return SiteHistory(
            id=site.id,
            name=site.name,
            site_type=site_type,
            region=places.display_name(chain[0], lang) if chain else "",
            district=names.get("district", ""),
            settlement=names.get("settlement", ""),
            visits=tuple(_visits(session, site_id)),
            loan_product=product,
            loans_place=places.display_name(chain[-1], lang) if chain else "",
            loans=tuple(_loans(session, site.place_id, product, today)) if product else (),
        )


def _visits(session: Session, site_id: uuid.UUID) -> list[SiteVisit]:
    rows = session.scalars(
        select(Visit)
        .where(Visit.site_id == site_id, Visit.deleted_at.is_(None))
        .order_by(Visit.visit_date.desc(), Visit.created_at.desc(), Visit.id)
    )
    return [
        SiteVisit(
            id=v.id,
            visit_date=v.visit_date,
            officer=v.officer,
            purpose=Purpose(v.purpose),
            funds_used=FundsUsed(v.funds_used),
            equipment_ok=v.equipment_ok,
            beneficiaries=v.beneficiaries,
            rating=Rating(v.rating),
            findings=v.findings,
            follow_up=v.follow_up,
            follow_up_due=v.follow_up_due,
            follow_up_closed_on=v.follow_up_closed_on,
        )
        for v in rows
    ]


def _loans(session: Session, place_id: uuid.UUID, product: Product, today: date) -> list[SiteLoan]:
    """The live loans of `product` made in the place by `today` (as the Loans list shows
    them: today's status and outstanding principal from the columns kept on the loan)."""
    status = status_today(today)
    rows = session.execute(
        select(
            Loan.id,
            Loan.loan_no,
            Borrower.name,
            Loan.currency,
            Loan.principal_minor,
            Loan.disbursed_on,
            Loan.outstanding_principal_minor,
            status,
            Loan.next_due_on,
        )
        .join(Borrower, Borrower.id == Loan.borrower_id)
        .where(
            Loan.deleted_at.is_(None),
            Loan.place_id == place_id,
            Loan.product == product.value,
            Loan.disbursed_on <= today,
        )
        .order_by(Loan.disbursed_on.desc(), Loan.loan_no)
    ).all()
    result = []
    for loan_id, loan_no, borrower, cur, principal, disbursed, outstanding, code, next_due in rows:
        currency = Currency(cur)
        late = code == LoanStatus.OVERDUE.value and next_due is not None
        result.append(
            SiteLoan(
                id=loan_id,
                loan_no=loan_no,
                borrower=borrower,
                product=product,
                currency=currency,
                principal=from_minor(principal, currency),
                disbursed_on=disbursed,
                outstanding=from_minor(outstanding, currency),
                status=LoanStatus(code),
                days_in_arrears=(today - next_due).days if late else 0,
            )
        )
    return result


# --- the sites `search.find` offers -----------------------------------------------------------


@dataclass(frozen=True)
class SiteRow:
    """A site as Find lists it."""

    id: uuid.UUID
    name: str
    place: str  # the site's settlement or district; '' for a site recorded at its region
    region: str  # the region's registry name (English); callers name it in their language
    visits: int
    last_visit: date | None


def _named(text: str) -> ColumnElement[bool]:
    """Sites whose name, place or the place's district matches `text` (any case): the
    visits list's text filter, so a site is found exactly when its visits are."""
    pattern = f"%{escape_like(normalize_name(text))}%"
    parent = aliased(Place, name="parent_place")
    own = aliased(Place, name="own_place")
    return and_(
        Site.deleted_at.is_(None),
        Site.id.in_(
            select(Site.id)
            .join(own, own.id == Site.place_id)
            .outerjoin(parent, and_(parent.id == own.parent_id, parent.kind == "district"))
            .where(
                or_(
                    Site.name_key.like(pattern, escape="\\"),
                    own.name_key.like(pattern, escape="\\"),
                    parent.name_key.like(pattern, escape="\\"),
                )
            )
        ),
    )


def list_sites(session: Session, text: str, *, limit: int = 200) -> list[SiteRow]:
    """Sites whose name, settlement or district matches `text` (any case), the most recently
    visited first; none for blank text."""
    if not normalize_name(text):
        return []
    own, region = aliased(Place, name="own"), aliased(Place, name="region")
    live = (Visit.site_id == Site.id) & Visit.deleted_at.is_(None)
    visits = select(func.count()).where(live).scalar_subquery()
    last = select(func.max(Visit.visit_date)).where(live).scalar_subquery()
    rows = session.execute(
        select(Site.id, Site.name, own.name, region.name, visits, last)
        .join(own, own.id == Site.place_id)
        .join(region, region.id == Site.region_id)
        .where(_named(text))
        .order_by(last.desc().nulls_last(), Site.name_key, Site.id)
        .limit(limit)
    ).all()
    # A site recorded at the region itself has no place of its own to show.
    return [SiteRow(r[0], r[1], "" if r[2] == r[3] else r[2], r[3], int(r[4]), r[5]) for r in rows]


def count_sites(session: Session, text: str) -> int:
    if not normalize_name(text):
        return 0
    query = select(func.count()).select_from(Site).where(_named(text))
    return int(session.execute(query).scalar_one())
