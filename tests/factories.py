"""Building valid visits, loans, people and trainings for tests; each test changes only what it is
about. Text defaults are Cyrillic with Kazakh letters (ә ғ қ ң ө ұ ү і), as the field data is,
so every test carries them through every layer."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from fieldmon.domain.choices import FundsUsed, Purpose, Rating, SiteType
from fieldmon.domain.loans import BorrowerKind, LoanFields, Method, Product, Sex
from fieldmon.domain.money import Currency
from fieldmon.domain.people import PersonFields
from fieldmon.domain.trainings import Category, TrainingFields, TrainingKind
from fieldmon.domain.visits import VisitFields
from fieldmon.services.loans import BorrowerInput
from fieldmon.services.places import PlaceInput
from fieldmon.services.trainings import ParticipantInput
from fieldmon.services.visits import SiteInput


def visit_fields(**changes: Any) -> VisitFields:
    base = VisitFields(
        visit_date=date(2026, 8, 14),
        officer="Ерлан Сапаров",
        purpose=Purpose.ROUTINE,
        funds_used=FundsUsed.YES,
        equipment_ok=True,
        beneficiaries=12,
        rating=Rating.ON_TRACK,
        findings="Жабдық орнатылған, жұмыс істейді.",
    )
    return dataclasses.replace(base, **changes)


def site_input(
    region_id: uuid.UUID | None,
    name: str = "Мини-пекарня «Нан»",
    district: str = "Шемонаихинский район",
    settlement: str = "Верх-Уба",
    site_type: SiteType | None = SiteType.MICROCREDIT_BUSINESS,
) -> SiteInput:
    return SiteInput(name, site_type, PlaceInput(region_id, district, settlement))


def loan_fields(**changes: Any) -> LoanFields:
    base = LoanFields(
        loan_no="MC-2026/001",
        product=Product.MICROCREDIT,
        purpose="Наубайхана пеші",
        principal=Decimal("1000000"),
        currency=Currency.KZT,
        annual_rate_pct=Decimal("12"),
        method=Method.FLAT,
        term_months=12,
        disbursed_on=date(2026, 1, 15),
        first_due_on=date(2026, 2, 15),
    )
    return dataclasses.replace(base, **changes)


def person_fields(**changes: Any) -> PersonFields:
    base = PersonFields(
        full_name="Нұрлан Өтегенов",
        sex=Sex.MALE,
        birth_year=1985,
        iin="",
        phone="+7 701 234 56 78",
    )
    return dataclasses.replace(base, **changes)


def borrower_input(
    region_id: uuid.UUID | None,
    *members: PersonFields,
    group_name: str = "",
    district: str = "Шемонаихинский район",
    settlement: str = "Верх-Уба",
) -> BorrowerInput:
    kind = BorrowerKind.GROUP if group_name else BorrowerKind.INDIVIDUAL
    return BorrowerInput(
        kind,
        members or (person_fields(),),
        PlaceInput(region_id, district, settlement),
        group_name,
    )


def training_fields(**changes: Any) -> TrainingFields:
    base = TrainingFields(
        code="TR-2026-07",
        title="Қаржылық сауаттылық",
        topic="Отбасы бюджеті және үнемдеу",
        kind=TrainingKind.MASTER_CLASS,
        start_date=date(2026, 7, 14),
        days=3,
        venue="Өңірлік кәсіпкерлікті қолдау орталығы",
        organizer="Облыстық кәсіпкерлік басқармасы",
        facilitator="Ғалым Сейтқали",
    )
    return dataclasses.replace(base, **changes)


def participant(
    full_name: str = "Әсел Қасымова",
    sex: Sex = Sex.FEMALE,
    birth_year: int = 1984,
    category: Category | None = Category.HEALTH_PROFESSIONAL,
    organization: str = "Қалалық №3 емхана",
    iin: str = "",
    phone: str = "",
) -> ParticipantInput:
    return ParticipantInput(
        PersonFields(full_name, sex, birth_year, iin, phone), category, organization
    )
