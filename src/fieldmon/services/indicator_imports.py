"""Importing a results framework from a workbook: the indicators of one or more projects
(`fieldmon import indicators`), and values typed for manual indicators per quarter
(`fieldmon import indicator_values`). All or nothing, like every import: if any row is wrong
nothing is written and every bad row is reported as `row N, column X: reason`.

An indicator that exists (same project and code) is updated from its row; the yearly
targets are the columns `target_2025`, `target_2026`... A value row for a quarter that has a
value replaces it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldmon.db.engine import Database
from fieldmon.db.models import Indicator, Project
from fieldmon.domain.errors import UserError, ValidationError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP, Message
from fieldmon.domain.periods import NOT_A_QUARTER
from fieldmon.domain.visits import NOT_A_NUMBER
from fieldmon.services import indicators, places
from fieldmon.services.workbooks import (
    REQUIRED_REASON,
    UNKNOWN_REGION,
    Column,
    ProjectCodes,
    RowProblems,
    cell_text,
    no_data_rows,
    read_rows,
    reason,
)

INDICATORS_SHEET = "Indicators"
VALUES_SHEET = "Values"
YEAR_TARGET = re.compile(r"target_(\d{4})")

PROJECT_COLUMN = Column(
    "project",
    True,
    QT_TRANSLATE_NOOP("fieldmon", "The project's code, as in `fieldmon project list`."),
    "UNHS",
)
INDICATOR_COLUMNS = [
    PROJECT_COLUMN,
    Column(
        "code",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "The indicator's code in the results framework."),
        "1.2",
    ),
    Column("title", True, QT_TRANSLATE_NOOP("fieldmon", "What the indicator counts."), ""),
    Column(
        "level",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "The result it belongs to (goal, outcome, output…)."),
        "Output 1",
    ),
    Column(
        "measure",
        True,
        QT_TRANSLATE_NOOP(
            "fieldmon",
            "A key of `fieldmon summary --json` (visits.count, training.participants.female, "
            "loans.par30[KZT]…) computed from the project's records, or 'manual' for values "
            "typed per quarter.",
        ),
        "training.participants.female",
    ),
    Column(
        "region",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "Count only this region's records; empty: all regions."),
        "",
    ),
    Column("baseline", False, QT_TRANSLATE_NOOP("fieldmon", "The value before the project."), "0"),
    Column(
        "target",
        False,
        QT_TRANSLATE_NOOP(
            "fieldmon",
            "The target for the life of the project. Targets per year go in columns "
            "target_2026, target_2027… added after this one.",
        ),
        "1200",
    ),
    Column("unit", False, QT_TRANSLATE_NOOP("fieldmon", "people, loans, %, KZT…"), "people"),
]
VALUE_COLUMNS = [
    PROJECT_COLUMN,
    Column(
        "indicator",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "The code of a manual indicator of the project."),
        "3.1",
    ),
    Column("period", True, QT_TRANSLATE_NOOP("fieldmon", "The quarter, as 2026Q3."), "2026Q3"),
    Column(
        "value",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "The value for the quarter; empty clears it."),
        "12",
    ),
    Column("note", False, QT_TRANSLATE_NOOP("fieldmon", "Where the value comes from."), ""),
]

UNKNOWN_INDICATOR = indicators.NO_INDICATOR
SAME_ROW_TWICE = QT_TRANSLATE_NOOP("fieldmon", "The same {what} is also on row {row}.")


@dataclass(frozen=True)
class IndicatorImport:
    added: int
    updated: int


def _number(values: dict[str, Any], column: str, problems: dict[str, Message]) -> Any:
    raw = cell_text(values.get(column))
    if not raw:
        return None
    try:
        return indicators.parse_number(values.get(column))
    except ValueError:
        problems[column] = reason(NOT_A_NUMBER, value=raw)
        return None


def import_indicators(db: Database, path: str | Path, officer: str) -> IndicatorImport:
    columns = INDICATOR_COLUMNS
    problems = RowProblems(columns)
    added = updated = 0
    seen: dict[tuple[str, str], int] = {}
    with db.read_session() as session, session.begin():
        codes = ProjectCodes(session)
        for number, values in read_rows(path, columns, INDICATORS_SHEET, YEAR_TARGET):
            row_problems: dict[str, Message] = {}
            code = cell_text(values.get("project"))
            project_id, problem = codes.lookup(code)
            project = session.get(Project, project_id) if project_id else None
            if problem is not None or not code:
                row_problems["project"] = problem or REQUIRED_REASON
            region_id = None
            region_name = cell_text(values.get("region"))
            if region_name:
                region = places.find_region(session, region_name)
                if region is None:
                    row_problems["region"] = reason(UNKNOWN_REGION, name=region_name)
                else:
                    region_id = region.id
            measure_problem = indicators.measure_problem(cell_text(values.get("measure")))
            if measure_problem is not None:
                row_problems["measure"] = measure_problem.as_message.as_reason()
            baseline = _number(values, "baseline", row_problems)
            target = _number(values, "target", row_problems)
            years = {}
            for column in values:
                match = YEAR_TARGET.fullmatch(column)
                if match is not None:
                    value = _number(values, column, row_problems)
                    if value is not None:
                        years[int(match[1])] = value
            indicator_code = indicators.normalize_code(cell_text(values.get("code")))
            if project is not None and indicator_code:
                key = (project.code, indicator_code)
                if key in seen:
                    row_problems["code"] = reason(
                        SAME_ROW_TWICE, what=f"{project.code} {indicator_code}", row=seen[key]
                    )
                seen.setdefault(key, number)
            if project is not None and not row_problems:
                fields = indicators.IndicatorFields(
                    project.id,
                    cell_text(values.get("code")),
                    cell_text(values.get("title")),
                    cell_text(values.get("measure")),
                    cell_text(values.get("level")),
                    cell_text(values.get("unit")),
                    region_id,
                    baseline,
                    target,
                    years,
                )
                exists = session.get(Indicator, indicators.indicator_id(project.id, fields.code))
                update = exists is not None and exists.deleted_at is None
                try:
                    if indicators.write_indicator(session, fields, officer, update=update):
                        if update:
                            updated += 1
                        else:
                            added += 1
                except ValidationError as exc:
                    for error in exc.errors:
                        row_problems.setdefault(error.field, error.as_message.as_reason())
            problems.add(number, row_problems)
        problems.raise_if_any()
        if not seen and not problems.lines:
            raise no_data_rows(path)
    return IndicatorImport(added, updated)


def import_indicator_values(db: Database, path: str | Path, officer: str) -> int:
    """The values written or cleared."""
    problems = RowProblems(VALUE_COLUMNS)
    written = 0
    rows = 0
    seen: dict[tuple[str, str, str], int] = {}
    with db.read_session() as session, session.begin():
        codes = ProjectCodes(session)
        for number, values in read_rows(path, VALUE_COLUMNS, VALUES_SHEET):
            rows += 1
            row_problems: dict[str, Message] = {}
            code = cell_text(values.get("project"))
            project_id, problem = codes.lookup(code)
            project = session.get(Project, project_id) if project_id else None
            if problem is not None or not code:
                row_problems["project"] = problem or REQUIRED_REASON
            indicator = None
            indicator_code = cell_text(values.get("indicator"))
            if project is not None and indicator_code:
                try:
                    indicator = indicators.by_code(session, project, indicator_code)
                except UserError:
                    row_problems["indicator"] = reason(
                        UNKNOWN_INDICATOR,
                        project=project.code,
                        code=indicators.normalize_code(indicator_code),
                    )
                if indicator is not None and indicator.measure != indicators.MANUAL:
                    row_problems["indicator"] = reason(
                        indicators.NOT_MANUAL, code=indicator.code, measure=indicator.measure
                    )
            period_text = cell_text(values.get("period"))
            period = None
            try:
                period = indicators.parse_period(period_text)
            except ValueError:
                row_problems["period"] = reason(NOT_A_QUARTER, value=period_text)
            value = _number(values, "value", row_problems)
            if indicator is not None and period is not None:
                key = (project.code if project else "", indicator.code, period)
                if key in seen:
                    row_problems["period"] = reason(
                        SAME_ROW_TWICE, what=f"{indicator.code} {period}", row=seen[key]
                    )
                seen.setdefault(key, number)
            if indicator is not None and period is not None and not row_problems:
                note = cell_text(values.get("note"))
                if indicators.write_value(session, indicator, period, value, note, officer):
                    written += 1
            problems.add(number, row_problems)
        problems.raise_if_any()
        if rows == 0:
            raise no_data_rows(path)
    return written
