"""A project's results: each indicator against its baseline and targets, for a period.

Computed indicators are the summary's own figures (`services.summary.span_figures`, which
`fieldmon summary --project` prints for one period) over the project's records, not a second
set of queries. All the indicators share the summary's passes: for each region an indicator
is limited to (most have none), each section the indicators measure is counted once for the
three spans together (one pass over the longest; stocks once, on the common last day).

Three spans, each ending on the period's last day, none starting before the project:
- `period`: the period asked for;
- `year_to_date`: from 1 January of the period's end year;
- `cumulative`: from the project's start (or, without a start date, from the first record).

A flow (visits, disbursements, repayments, trainings) is counted over each span: people are
counted once over the whole span however many events they attended, so the cumulative number
of women trained is not the sum of the quarters'. A stock (loans outstanding or in arrears,
PAR30, open follow-ups) is its value on the period's last day, in all three columns.
Manual indicators add up the values typed for the quarters ending in the span.
`percent_of_target` is the cumulative value as a fraction of the life-of-project target,
with 4 decimals.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from fieldmon.db.engine import Database
from fieldmon.db.models import Indicator, Place, Project
from fieldmon.domain.errors import UserError
from fieldmon.domain.periods import Period
from fieldmon.services import indicators, places, projects, summary
from fieldmon.services.indicators import MANUAL, TypedValue

EARLIEST = date(2000, 1, 1)  # no record is dated before (domain validation)
PERCENT = Decimal("0.0001")
SPANS = ("period", "year_to_date", "cumulative")


@dataclass(frozen=True)
class ProjectInfo:
    id: uuid.UUID
    code: str
    title: str
    donor: str
    start_on: date | None
    end_on: date | None
    partners: str
    regions: tuple[str, ...] = ()  # names, in the language asked for


@dataclass(frozen=True)
class IndicatorResult:
    id: uuid.UUID
    code: str
    title: str
    level: str
    unit: str
    measure: str
    region: str
    baseline: Decimal | None
    target: Decimal | None
    target_year: Decimal | None
    period: Decimal | None
    year_to_date: Decimal | None
    cumulative: Decimal | None
    percent_of_target: Decimal | None
    notes: str


@dataclass(frozen=True)
class ProjectResults:
    project: ProjectInfo
    period: Period
    indicators: list[IndicatorResult]


def spans(period: Period, start: date | None) -> dict[str, Period | None]:
    """The three spans of a period for a project starting on `start` (None: when a span
    lies wholly before the project's start)."""
    floor = start or EARLIEST

    def clip(begin: date) -> Period | None:
        begin = max(begin, floor)
        return Period(begin, period.end) if begin <= period.end else None

    return {
        "period": clip(period.start),
        "year_to_date": clip(date(period.end.year, 1, 1)),
        "cumulative": clip(floor),
    }


def results(db: Database, project: uuid.UUID, period: Period, lang: str = "en") -> ProjectResults:
    with db.read_session() as session:
        row = session.get(Project, project)
        if row is None or row.deleted_at is not None:
            raise UserError(projects.PROJECT_GONE)
        return project_results(session, row, period, lang)


def project_results(
    session: Session, project: Project, period: Period, lang: str = "en"
) -> ProjectResults:
    rows = indicators.live_indicators(session, project.id)
    span_of = spans(period, project.start_on)
    computed = [r for r in rows if r.measure != MANUAL]
    figures = _Figures(session, project.id, span_of)
    figures.plan(computed)
    typed = indicators.typed_values(session, [r.id for r in rows if r.measure == MANUAL])
    names = _region_names(session, {r.region_id for r in rows if r.region_id}, lang)
    found = []
    for row in rows:
        if row.measure == MANUAL:
            values = {name: _typed_sum(typed[row.id], span) for name, span in span_of.items()}
            notes = "; ".join(v.note for v in typed[row.id] if v.note and _in(v, span_of["period"]))
        else:
            values = {name: figures.value(row, name) for name in SPANS}
            notes = ""
        found.append(_result(row, period, values, names.get(row.region_id, ""), notes))
    info = ProjectInfo(
        project.id,
        project.code,
        project.title,
        project.donor,
        project.start_on,
        project.end_on,
        project.partners,
        tuple(projects.region_names(session, project, lang)),
    )
    return ProjectResults(info, period, found)


def _result(
    row: Indicator,
    period: Period,
    values: dict[str, Decimal | None],
    region: str,
    notes: str,
) -> IndicatorResult:
    target, cumulative = row.target, values["cumulative"]
    percent = None
    if target and cumulative is not None:
        percent = (cumulative / target).quantize(PERCENT)
    return IndicatorResult(
        row.id,
        row.code,
        row.title,
        row.level,
        row.unit,
        row.measure,
        region,
        row.baseline,
        target,
        indicators.load_targets(row.year_targets).get(period.end.year),
        values["period"],
        values["year_to_date"],
        cumulative,
        percent,
        notes,
    )


class _Figures:
    """The summary's figures the indicators need: for each region they are limited to (None
    for most), one `summary.span_figures` of the three spans, of the sections they measure."""

    def __init__(self, session: Session, project: uuid.UUID, span_of: dict[str, Period | None]):
        self.session, self.project = session, project
        self.spans = {name: span for name, span in span_of.items() if span is not None}
        self.needed: dict[uuid.UUID | None, set[str]] = {}
        self.done: dict[uuid.UUID | None, dict[str, dict[str, Any]]] = {}

    def plan(self, rows: list[Indicator]) -> None:
        for row in rows:
            key, _part = indicators.parse_measure(row.measure)
            self.needed.setdefault(row.region_id, set()).add(summary.section_of(key))

    def value(self, row: Indicator, span: str) -> Decimal | None:
        if span not in self.spans:
            return None
        region = row.region_id
        if region not in self.done:
            self.done[region] = summary.span_figures(
                self.session,
                self.spans,
                region,
                self.project,
                frozenset(self.needed.get(region, ())),
            )
        key, part = indicators.parse_measure(row.measure)
        value = self.done[region][span][key]
        if part is not None:
            value = value.get(part, 0)
        return Decimal(str(value))


def _in(value: TypedValue, span: Period | None) -> bool:
    return span is not None and indicators.period_of(value.period).end in span


def _typed_sum(values: list[TypedValue], span: Period | None) -> Decimal | None:
    """The values of the quarters ending in the span; None if none was typed."""
    chosen = [v.value for v in values if _in(v, span)]
    return sum(chosen, Decimal(0)) if chosen else None


def _region_names(session: Session, ids: set[uuid.UUID], lang: str) -> dict[uuid.UUID | None, str]:
    names: dict[uuid.UUID | None, str] = {}
    for region in ids:
        place = session.get(Place, region)
        if place is not None:
            names[region] = places.display_name(place, lang)
    return names


def number(value: Decimal | None) -> int | str | None:
    """A figure for JSON: a whole number as a number, any other as its exact decimal text."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else str(value)


def as_json(found: ProjectResults) -> dict[str, Any]:
    """`fieldmon results --json`."""
    project = found.project
    return {
        "project": {
            "code": project.code,
            "title": project.title,
            "donor": project.donor,
            "start": project.start_on.isoformat() if project.start_on else None,
            "end": project.end_on.isoformat() if project.end_on else None,
        },
        "period": {"start": found.period.start.isoformat(), "end": found.period.end.isoformat()},
        "indicators": [
            {
                "code": r.code,
                "title": r.title,
                "level": r.level,
                "unit": r.unit,
                "measure": r.measure,
                "region": r.region or None,
                "baseline": number(r.baseline),
                "target": number(r.target),
                "target_year": number(r.target_year),
                "period": number(r.period),
                "year_to_date": number(r.year_to_date),
                "cumulative": number(r.cumulative),
                "percent_of_target": (
                    None if r.percent_of_target is None else str(r.percent_of_target)
                ),
                "notes": r.notes,
            }
            for r in found.indicators
        ],
    }
