"""The key figures for a period: the same numbers on screen, in `fieldmon summary` and (later)
in the quarterly workbook. Keys are flat strings ('visits.count') so that later areas add
theirs ('loans.*', 'training.*') beside them."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Uuid, case, func, literal_column, or_, select, type_coerce
from sqlalchemy.orm import Session

from fieldmon.db.engine import Database
from fieldmon.db.models import Place, Site, Training, Visit
from fieldmon.domain.loans import LoanStatus, Product, Sex, par_ratio
from fieldmon.domain.periods import Period
from fieldmon.services import loans, trainings, visits

# The figures come in sections, each computed by its own queries: results (`services.results`)
# ask only for the sections their indicators measure. Stock sections are values as of the
# period's last day (the same for any period ending then); the others are flows over it.
VISITS, VISITS_BY_REGION, FOLLOW_UPS, PORTFOLIO, LOAN_FLOWS, TRAINING = (
    "visits",
    "visits_by_region",
    "follow_ups",
    "portfolio",
    "loan_flows",
    "training",
)
SECTIONS = frozenset({VISITS, VISITS_BY_REGION, FOLLOW_UPS, PORTFOLIO, LOAN_FLOWS, TRAINING})
STOCK_SECTIONS = frozenset({FOLLOW_UPS, PORTFOLIO})


def section_of(key: str) -> str:
    """The section a summary key (`loans.par30`, without a `[...]` part) belongs to."""
    if key == "visits.follow_ups_open":
        return FOLLOW_UPS
    if key == "visits.by_region":
        return VISITS_BY_REGION
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
    return span_figures(session, {"": period}, region_id, project_id, sections)[""]


def span_figures(
    session: Session,
    spans: Mapping[str, Period],
    region_id: uuid.UUID | None = None,
    project_id: uuid.UUID | None = None,
    sections: frozenset[str] = SECTIONS,
) -> dict[str, dict[str, Any]]:
    """`figures` of several periods that end on the same day (a quarter, its year to date,
    a project's life so far), by name: each flow section is counted in one pass over the
    longest period, each stock once for the common last day."""
    ends = {p.end for p in spans.values()}
    if len(ends) != 1:
        raise ValueError("the periods must end on the same day")
    end = ends.pop()
    names = sorted(spans, key=lambda n: spans[n].start)  # the longest first
    widest = Period(spans[names[0]].start, end)
    found: dict[str, dict[str, Any]] = {
        n: {"period.start": spans[n].start.isoformat(), "period.end": end.isoformat()}
        for n in spans
    }

    def each(values: Mapping[str, dict[str, Any]]) -> None:
        for n in spans:
            found[n] |= values[n]

    live = _live_visits(session, region_id, project_id)
    if VISITS in sections:
        each(_visits(session, spans, widest, live))
    if FOLLOW_UPS in sections:
        open_now = _follow_ups_open(session, end, region_id, project_id)
        each({n: {"visits.follow_ups_open": open_now} for n in spans})
    if VISITS_BY_REGION in sections:
        each(_visits_by_region(session, spans, widest, live))
    each(_loans(session, spans, widest, region_id, project_id, sections))
    if TRAINING in sections:
        each(_trainings(session, spans, widest, region_id, project_id))
    return found


def _since(column: Any, start: date) -> Any:
    """1 for a row dated on or after `start` (within the longest period), else 0."""
    return case((column >= start, 1), else_=0)


def _unindexed(session: Session, column: Any, name: str) -> Any:
    """`column`, which SQLite is told not to look up through its own index (the unary + is
    SQLite's documented way): the query walks another index that holds the column."""
    if session.get_bind().dialect.name != "sqlite":
        return column
    return type_coerce(literal_column(f"+visit.{name}"), Uuid)


def _live_visits(
    session: Session,
    region_id: uuid.UUID | None,
    project_id: uuid.UUID | None,
    *,
    by_project: bool = True,
) -> list[ColumnElement[bool]]:
    """Live visits of the region and the project. A project's visits are found through the
    (project_id, visit_date, site_id) index ix_visit_live_project, which holds all a count
    needs, the region's sites checked in it; `by_project=False` leaves the index to choose
    to the caller (the follow-up index holds the project and the site too)."""
    live: list[ColumnElement[bool]] = [Visit.deleted_at.is_(None)]
    project = (
        Visit.project_id if by_project else _unindexed(session, Visit.project_id, "project_id")
    )
    if project_id is not None:
        live.append(project == project_id)
    if region_id is not None:
        site = Visit.site_id
        if project_id is not None or not by_project:
            site = _unindexed(session, Visit.site_id, "site_id")
        live.append(site.in_(select(Site.id).where(Site.region_id == region_id)))
    return live


def _visits(
    session: Session,
    spans: Mapping[str, Period],
    widest: Period,
    live: list[ColumnElement[bool]],
) -> dict[str, dict[str, Any]]:
    """One query per period: each a range of the date index (the project's, for a project:
    it holds the site too, so the index alone answers). Faster than one pass over the
    longest period counting distinct sites per period, or than grouping by site."""
    found = {}
    for n, period in spans.items():
        count, sites = session.execute(
            select(func.count(), func.count(Visit.site_id.distinct())).where(
                *live, Visit.visit_date.between(period.start, period.end)
            )
        ).one()
        found[n] = {"visits.count": int(count), "visits.sites": int(sites)}
    return found


def _visits_by_region(
    session: Session,
    spans: Mapping[str, Period],
    widest: Period,
    live: list[ColumnElement[bool]],
) -> dict[str, dict[str, Any]]:
    rows = session.execute(
        select(Place.name, *(func.sum(_since(Visit.visit_date, spans[n].start)) for n in spans))
        .select_from(Visit)
        .join(Site, Site.id == Visit.site_id)
        .join(Place, Place.id == Site.region_id)
        .where(*live, Visit.visit_date.between(widest.start, widest.end))
        .group_by(Place.name)
        .order_by(Place.name)
    ).all()
    return {
        n: {"visits.by_region": {r[0]: int(r[i + 1]) for r in rows if r[i + 1]}}
        for i, n in enumerate(spans)
    }


def _follow_ups_open(
    session: Session, end: date, region_id: uuid.UUID | None, project_id: uuid.UUID | None
) -> int:
    # The follow-up index (a few visits in ten have an action) holds the project and the site.
    live = _live_visits(session, region_id, project_id, by_project=False)
    return int(
        session.execute(
            select(func.count()).where(
                *live,
                Visit.visit_date <= end,
                visits.has_follow_up(),
                Visit.follow_up_due <= end,
                or_(Visit.follow_up_closed_on.is_(None), Visit.follow_up_closed_on > end),
            )
        ).scalar_one()
    )


def _trainings(
    session: Session,
    spans: Mapping[str, Period],
    widest: Period,
    region_id: uuid.UUID | None,
    project_id: uuid.UUID | None = None,
) -> dict[str, dict[str, Any]]:
    """Events starting in the period and the people present at them at least one day.
    People are counted once however many events they attended; age groups by the age
    reached in the year the period ends; regions are the events' (a person trained in two
    regions counts in both). The participations of the longest period are read once and
    counted for each period."""
    conditions = training_conditions(widest, region_id, project_id)
    events = session.execute(
        select(*(func.sum(_since(Training.start_date, spans[n].start)) for n in spans)).where(
            Training.deleted_at.is_(None), *conditions
        )
    ).one()
    rows = trainings.attendance_rows(session, conditions)
    found: dict[str, dict[str, Any]] = {}
    for i, n in enumerate(spans):
        start = spans[n].start
        chosen = [r for r in rows if r.start_date >= start] if start > widest.start else rows
        people: dict[Any, trainings.AttendanceRow] = {}
        regions: dict[str, set[Any]] = {}
        for r in chosen:
            people.setdefault(r.person, r)
            regions.setdefault(r.region, set()).add(r.person)
        attendees = [trainings.Attendee(r.sex, r.category, r.birth_year) for r in people.values()]
        found[n] = {
            "training.events": int(events[i] or 0),
            "training.participations": len(chosen),
            "training.participants": len(attendees),
            "training.participants.female": sum(p.sex == Sex.FEMALE.value for p in attendees),
            "training.participants.male": sum(p.sex == Sex.MALE.value for p in attendees),
            "training.completed": sum(r.completed for r in chosen),
            "training.person_days": sum(r.days_present for r in chosen),
            "training.by_category": trainings.by_category(attendees),
            "training.by_age_group": trainings.by_age_group(attendees, widest.end.year),
            "training.by_region": {name: len(ids) for name, ids in sorted(regions.items())},
        }
    return found


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


_PORTFOLIO_KEYS = (
    "loans.count",
    "loans.repaid",
    "loans.overdue",
    "loans.due_next_quarter",
    "loans.current",
    "loans.outstanding",
    "loans.par30",
    "loans.by_product",
)


def _loans(
    session: Session,
    spans: Mapping[str, Period],
    widest: Period,
    region_id: uuid.UUID | None,
    project_id: uuid.UUID | None,
    sections: frozenset[str],
) -> dict[str, dict[str, Any]]:
    """Loans as of the periods' last day (disbursed on or before it), repayments dated in each
    period. Money is a decimal string per currency; PAR30 a ratio with 4 places."""
    found: dict[str, dict[str, Any]] = {n: {} for n in spans}
    if PORTFOLIO in sections:
        lines = loans.portfolio(session, widest.end, region_id, project_id=project_id)
        by_status = {s.value: 0 for s in LoanStatus}
        by_product = {p.value: 0 for p in Product}
        outstanding: dict[str, Decimal] = {}
        for line in lines:
            by_status[line.status.value] += line.count
            by_product[line.product.value] += line.count
            cur = line.currency.value
            outstanding[cur] = outstanding.get(cur, Decimal(0)) + line.outstanding
        stock = {
            "loans.count": sum(by_status.values()),
            "loans.repaid": by_status["repaid"],
            "loans.overdue": by_status["overdue"],
            "loans.due_next_quarter": by_status["due_next_quarter"],
            "loans.current": by_status["current"],
            "loans.outstanding": {c: str(v) for c, v in sorted(outstanding.items())},
            "loans.par30": par30(lines),
            "loans.by_product": by_product,
        }
        for n in spans:
            found[n] |= {k: stock[k] for k in _PORTFOLIO_KEYS[:5]}
    if LOAN_FLOWS in sections:
        starts = {n: spans[n].start for n in spans}
        disbursed = loans.disbursed_since(session, widest, starts, region_id, project_id)
        repaid = loans.repaid_since(session, widest, starts, region_id, project_id)
        for n in spans:
            found[n]["loans.disbursed_in_period"] = disbursed[n]
    if PORTFOLIO in sections:
        for n in spans:
            found[n] |= {k: stock[k] for k in _PORTFOLIO_KEYS[5:]}
    if LOAN_FLOWS in sections:
        for n in spans:
            count, amounts = repaid[n]
            found[n] |= {
                "repayments.count": count,
                "repayments.amount": {c.value: str(v) for c, v in sorted(amounts.items())},
            }
    return found
