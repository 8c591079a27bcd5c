"""The key figures for a period: the same numbers on screen, in `fieldmon summary` and (later)
in the quarterly workbook. Keys are flat strings ('visits.count') so that later areas add
theirs ('loans.*', 'training.*') beside them."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from fieldmon.db.engine import Database
from fieldmon.db.models import Place, Site, Training, Visit
from fieldmon.domain.loans import LoanStatus, Product, par_ratio
from fieldmon.domain.periods import Period
from fieldmon.services import loans, trainings, visits

# The figures come in sections, each computed by its own queries: results (`services.results`)
# ask only for the sections their indicators measure. Stock sections are values as of the
# period's last day (the same for any period ending then); the others are flows over it.
VISITS, FOLLOW_UPS, PORTFOLIO, LOAN_FLOWS, TRAINING = (
    "visits",
    "follow_ups",
    "portfolio",
    "loan_flows",
    "training",
)
SECTIONS = frozenset({VISITS, FOLLOW_UPS, PORTFOLIO, LOAN_FLOWS, TRAINING})
STOCK_SECTIONS = frozenset({FOLLOW_UPS, PORTFOLIO})


def section_of(key: str) -> str:
    """The section a summary key (`loans.par30`, without a `[...]` part) belongs to."""
    if key == "visits.follow_ups_open":
        return FOLLOW_UPS
    if key.startswith("visits."):
        return VISITS
    if key == "loans.disbursed_in_period" or key.startswith("repayments."):
        return LOAN_FLOWS
    if key.startswith("loans."):
        return PORTFOLIO
    if key.startswith("training."):
        return TRAINING
    raise KeyError(key)


def summary(
    db: Database,
    period: Period,
    region_id: uuid.UUID | None = None,
    project_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    with db.read_session() as session:
        return figures(session, period, region_id, project_id)


def figures(
    session: Session,
    period: Period,
    region_id: uuid.UUID | None = None,
    project_id: uuid.UUID | None = None,
    sections: frozenset[str] = SECTIONS,
) -> dict[str, Any]:
    """The figures of the records in the region and the project (None: all of them), of the
    `sections` asked for (all by default).

    `visits.follow_ups_open` counts follow-up actions (of visits on or before the period's
    end) due by the period's end and not closed by then, so a past quarter's figure does not
    change when a follow-up is closed later."""
    live: list[ColumnElement[bool]] = [Visit.deleted_at.is_(None)]
    if region_id is not None:
        live.append(Visit.site_id.in_(select(Site.id).where(Site.region_id == region_id)))
    if project_id is not None:
        live.append(Visit.project_id == project_id)
    result: dict[str, Any] = {
        "period.start": period.start.isoformat(),
        "period.end": period.end.isoformat(),
    }
    if VISITS in sections:
        in_period = [*live, Visit.visit_date.between(period.start, period.end)]
        count, sites = session.execute(
            select(func.count(), func.count(Visit.site_id.distinct())).where(*in_period)
        ).one()
        by_region_rows = session.execute(
            select(Place.name, func.count())
            .select_from(Visit)
            .join(Site, Site.id == Visit.site_id)
            .join(Place, Place.id == Site.region_id)
            .where(*in_period)
            .group_by(Place.name)
            .order_by(Place.name)
        ).all()
        result |= {"visits.count": int(count), "visits.sites": int(sites)}
    if FOLLOW_UPS in sections:
        follow_ups_open = session.execute(
            select(func.count()).where(
                *live,
                Visit.visit_date <= period.end,
                visits.has_follow_up(),
                Visit.follow_up_due <= period.end,
                or_(
                    Visit.follow_up_closed_on.is_(None),
                    Visit.follow_up_closed_on > period.end,
                ),
            )
        ).scalar_one()
        result["visits.follow_ups_open"] = int(follow_ups_open)
    if VISITS in sections:
        result["visits.by_region"] = {name: int(n) for name, n in by_region_rows}
    result |= _loans(session, period, region_id, project_id, sections)
    if TRAINING in sections:
        result |= _trainings(session, period, region_id, project_id)
    return result


def _trainings(
    session: Session,
    period: Period,
    region_id: uuid.UUID | None,
    project_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    """Events starting in the period and the people present at them at least one day.
    People are counted once however many events they attended; age groups by the age
    reached in the year the period ends; regions are the events' (a person trained in two
    regions counts in both)."""
    conditions = training_conditions(period, region_id, project_id)
    events = session.scalar(select(func.count()).where(Training.deleted_at.is_(None), *conditions))
    people = trainings.attendees(session, conditions)
    figures = trainings.counts(session, conditions, people)
    return {
        "training.events": int(events or 0),
        "training.participations": figures.participations,
        "training.participants": figures.participants,
        "training.participants.female": figures.female,
        "training.participants.male": figures.male,
        "training.completed": figures.completed,
        "training.person_days": figures.person_days,
        "training.by_category": trainings.by_category(people),
        "training.by_age_group": trainings.by_age_group(people, period.end.year),
        "training.by_region": trainings.by_region(session, conditions),
    }


def training_conditions(
    period: Period, region_id: uuid.UUID | None = None, project_id: uuid.UUID | None = None
) -> list[ColumnElement[bool]]:
    """The events a period's training figures count: those starting in it (in the region,
    of the project)."""
    conditions: list[ColumnElement[bool]] = [Training.start_date.between(period.start, period.end)]
    if region_id is not None:
        conditions.append(Training.region_id == region_id)
    if project_id is not None:
        conditions.append(Training.project_id == project_id)
    return conditions


def par30(lines: list[loans.PortfolioLine]) -> dict[str, str]:
    """PAR30 per currency of a `loans.portfolio`: the ratio as a string with 4 places."""
    outstanding: dict[str, Decimal] = {}
    at_risk: dict[str, Decimal] = {}
    for line in lines:
        cur = line.currency.value
        outstanding[cur] = outstanding.get(cur, Decimal(0)) + line.outstanding
        at_risk[cur] = at_risk.get(cur, Decimal(0)) + line.at_risk
    return {c: str(par_ratio(at_risk[c], v)) for c, v in sorted(outstanding.items())}


def _loans(
    session: Session,
    period: Period,
    region_id: uuid.UUID | None,
    project_id: uuid.UUID | None = None,
    sections: frozenset[str] = SECTIONS,
) -> dict[str, Any]:
    """Loans as of the period's last day (disbursed on or before it), repayments dated in the
    period. Money is a decimal string per currency; PAR30 a ratio with 4 places."""
    result: dict[str, Any] = {}
    if PORTFOLIO in sections:
        lines = loans.portfolio(session, period.end, region_id, project_id=project_id)
        by_status = {s.value: 0 for s in LoanStatus}
        by_product = {p.value: 0 for p in Product}
        outstanding: dict[str, Decimal] = {}
        for line in lines:
            by_status[line.status.value] += line.count
            by_product[line.product.value] += line.count
            cur = line.currency.value
            outstanding[cur] = outstanding.get(cur, Decimal(0)) + line.outstanding
        result |= {
            "loans.count": sum(by_status.values()),
            "loans.repaid": by_status["repaid"],
            "loans.overdue": by_status["overdue"],
            "loans.due_next_quarter": by_status["due_next_quarter"],
            "loans.current": by_status["current"],
        }
    if LOAN_FLOWS in sections:
        result["loans.disbursed_in_period"] = loans.disbursed_in(
            session, period, region_id, project_id=project_id
        )
    if PORTFOLIO in sections:
        result |= {
            "loans.outstanding": {c: str(v) for c, v in sorted(outstanding.items())},
            "loans.par30": par30(lines),
            "loans.by_product": by_product,
        }
    if LOAN_FLOWS in sections:
        repayment_count, repaid = loans.repayments_in(session, period, region_id, project_id)
        result |= {
            "repayments.count": repayment_count,
            "repayments.amount": {c.value: str(v) for c, v in sorted(repaid.items())},
        }
    return result
