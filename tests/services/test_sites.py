"""A site's history: its visits newest first, its open follow-ups, the loans behind it (the
product that finances the kind of site, made in the site's own place), and sites found by
`search.find`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import pytest

from fieldmon.db.engine import Database
from fieldmon.domain.choices import Rating, SiteType
from fieldmon.domain.errors import UserError
from fieldmon.domain.loans import LoanStatus, Product, Sex
from fieldmon.services import loans, search, sites, visits
from fieldmon.services.places import PlaceInput
from tests.conftest import OFFICER
from tests.factories import borrower_input, loan_fields, person_fields, site_input, visit_fields

TODAY = date(2026, 11, 21)
BAKERY = "Наубайхана «Нан»"
LONG_FINDINGS = "Пеш істемейді.\nИесі жаңа пеш сатып алуды жоспарлап отыр, несие керек."


@dataclass
class Records:
    site: uuid.UUID
    first: uuid.UUID  # 10.03.2026, follow-up closed
    second: uuid.UUID  # 02.06.2026, follow-up open (overdue)
    third: uuid.UUID  # 15.09.2026, no follow-up
    credit: uuid.UUID  # microcredit in the site's settlement: shown
    leasing: uuid.UUID  # microleasing in the same settlement: another product
    elsewhere: uuid.UUID  # microcredit in another settlement


def borrower(east: uuid.UUID, name: str, settlement: str = "Верх-Уба") -> loans.BorrowerInput:
    person = person_fields(full_name=name, sex=Sex.FEMALE, birth_year=1982)
    return borrower_input(east, person, settlement=settlement)


def add_records(db: Database, east: uuid.UUID) -> Records:
    """The bakery in Верх-Уба with three visits by two officers (and one deleted), another
    site beside it, and three loans of which only one is behind the bakery."""
    bakery = site_input(east, name=BAKERY)
    first = visits.save_visit(
        db,
        visit_fields(
            visit_date=date(2026, 3, 10),
            officer="Ерлан Сапаров",
            findings="Пеш орнатылды, ұн қоймасы дайын.",
            follow_up="Шот-фактураның көшірмесін әкелу",
            follow_up_due=date(2026, 4, 10),
            follow_up_closed_on=date(2026, 4, 5),
        ),
        bakery,
        OFFICER,
        today=TODAY,
    )
    second = visits.save_visit(
        db,
        visit_fields(
            visit_date=date(2026, 6, 2),
            officer="Гүлнар Әбдіқалықова",
            rating=Rating.MINOR_ISSUES,
            findings="Цехтың есігі сынған; өнім күніне 300 нан.",
            follow_up="Есікті ауыстыру",
            follow_up_due=date(2026, 7, 1),
        ),
        bakery,
        OFFICER,
        today=TODAY,
    )
    third = visits.save_visit(
        db,
        visit_fields(
            visit_date=date(2026, 9, 15),
            officer="Ерлан Сапаров",
            rating=Rating.SERIOUS_ISSUES,
            findings=LONG_FINDINGS,
        ),
        bakery,
        OFFICER,
        today=TODAY,
    )
    gone = visits.save_visit(db, visit_fields(visit_date=date(2026, 10, 1)), bakery, OFFICER)
    visits.delete_visit(db, gone, OFFICER)
    # Another site in the same settlement: its visits are not this site's.
    visits.save_visit(db, visit_fields(), site_input(east, name="Шеберхана «Өрнек»"), OFFICER)
    credit = loans.save_loan(
        db, loan_fields(loan_no="MC-2026/011"), borrower(east, "Әсел Қасымова"), OFFICER
    )
    leasing = loans.save_loan(
        db,
        loan_fields(loan_no="ML-2026/003", product=Product.MICROLEASING),
        borrower(east, "Жанар Серікова"),
        OFFICER,
    )
    elsewhere = loans.save_loan(
        db,
        loan_fields(loan_no="MC-2026/012"),
        borrower(east, "Ұлболсын Төлеуова", settlement="Үлкен Нарын"),
        OFFICER,
    )
    site = visits.load_visit(db, first).site_id
    return Records(site, first, second, third, credit, leasing, elsewhere)


@pytest.fixture
def records(db: Database, east: uuid.UUID) -> Records:
    return add_records(db, east)


def test_the_visits_are_the_sites_own_newest_first(db: Database, records: Records) -> None:
    history = sites.site_history(db, records.site, today=TODAY)
    assert history.name == BAKERY and history.site_type == SiteType.MICROCREDIT_BUSINESS
    assert [v.id for v in history.visits] == [records.third, records.second, records.first]
    assert [v.officer for v in history.visits] == [
        "Ерлан Сапаров",
        "Гүлнар Әбдіқалықова",
        "Ерлан Сапаров",
    ]
    assert history.visits[0].rating == Rating.SERIOUS_ISSUES
    assert history.visits[1].findings == "Цехтың есігі сынған; өнім күніне 300 нан."


def test_the_place_is_named_in_the_language_asked_for(db: Database, records: Records) -> None:
    history = sites.site_history(db, records.site, lang="kk", today=TODAY)
    assert history.settlement == "Верх-Уба"
    assert history.district == "Шемонаихинский район"
    assert history.region == "Шығыс Қазақстан облысы"
    assert history.place == "Верх-Уба, Шемонаихинский район, Шығыс Қазақстан облысы"


def test_only_open_follow_ups_are_open(db: Database, records: Records) -> None:
    history = sites.site_history(db, records.site, today=TODAY)
    assert [v.id for v in history.open_follow_ups] == [records.second]
    assert history.open_follow_ups[0].follow_up == "Есікті ауыстыру"
    first = next(v for v in history.visits if v.id == records.first)
    assert first.follow_up and not first.follow_up_open  # closed on 05.04.2026


def test_loans_behind_a_business_are_its_products_made_in_its_place(
    db: Database, records: Records
) -> None:
    history = sites.site_history(db, records.site, today=TODAY)
    assert history.loan_product == Product.MICROCREDIT and history.loans_place == "Верх-Уба"
    [loan] = history.loans
    assert loan.id == records.credit and loan.borrower == "Әсел Қасымова"
    assert loan.loan_no == "MC-2026/011" and loan.principal == loan.outstanding  # nothing paid
    assert loan.status == LoanStatus.OVERDUE and loan.days_in_arrears > 0


def test_a_site_no_loan_finances_lists_no_loans(db: Database, east: uuid.UUID) -> None:
    clinic = site_input(
        east, name="Ауылдық амбулатория", site_type=SiteType.HEALTH_FACILITY
    )  # in Верх-Уба, where the loans above would be
    loans.save_loan(db, loan_fields(), borrower(east, "Әсел Қасымова"), OFFICER)
    visit = visits.save_visit(db, visit_fields(), clinic, OFFICER)
    history = sites.site_history(db, visits.load_visit(db, visit).site_id, today=TODAY)
    assert history.loan_product is None and history.loans == ()
    assert len(history.visits) == 1


def test_a_deleted_or_unknown_site_is_a_user_error(db: Database) -> None:
    with pytest.raises(UserError):
        sites.site_history(db, uuid.uuid4())


def test_find_offers_sites_by_name_settlement_and_district(
    db: Database, records: Records, east: uuid.UUID
) -> None:
    found = search.find(db, "НАУБАЙХАНА", today=TODAY)
    assert [f.id for f in found.sites.items] == [records.site]
    assert found.sites.items[0].text == f"{BAKERY} — Верх-Уба, East Kazakhstan Region"
    assert found.visits.total == 3  # the live visits of the site, found as before
    found = search.find(db, "верх-уба", today=TODAY)
    assert found.sites.total == 2  # the bakery and the workshop
    assert found.sites.items[0].id == records.site  # visited last
    assert search.find(db, "шемонаихинский", today=TODAY).sites.total == 2
    assert search.find(db, "жоқ-мұндай", today=TODAY).sites.total == 0


def test_a_site_at_the_region_itself_is_found_without_a_place_of_its_own(
    db: Database, east: uuid.UUID
) -> None:
    at_region = visits.SiteInput(
        "Облыстық оңалту орталығы", SiteType.HEALTH_FACILITY, PlaceInput(east, "", "")
    )
    visits.save_visit(db, visit_fields(), at_region, OFFICER)
    [found] = search.find(db, "оңалту", today=TODAY).sites.items
    assert found.text == "Облыстық оңалту орталығы — East Kazakhstan Region"
