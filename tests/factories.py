"""Building valid visits for tests; each test changes only what it is about."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date
from typing import Any

from fieldmon.domain.choices import FundsUsed, Purpose, Rating, SiteType
from fieldmon.domain.visits import VisitFields
from fieldmon.services.places import PlaceInput
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
        findings="Equipment installed and in use.",
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
